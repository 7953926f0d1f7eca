"""Proofme over HTTP: thin translation between requests and `ProofmeBackend`.

Auth: `Authorization: <api key>` (raw, as Proofme documents) or `Authorization: Bearer <api
key>`; the sandbox key is `proofme_test_key` (`IDV_EMULATOR_PROOFME_API_KEY`), more keys (each
its own organisation) can be added with `POST /_emulator/proofme/config {"api_keys": [...]}`.

Errors: `application/hal+json` `{"status", "title", "detail", "field"?, "_links":
{"documentation": {"href", "type"}}}` on every route. Malformed JSON, a body that is not an
object and invalid query parameters are 400 Bad Request; an invalid or missing body field
(including a missing body, reported as `field: proofmeId`) is 422 with `field`; other
content types than JSON and form fields are 415; 401 for a missing or unknown key; 404 for
unknown (or other organisations') identifications and unknown routes; 405 with `Allow`; 409
when revoking an identification that is no longer PENDING; 410 for destroyed data; 413 for
bodies over 1 MiB.

Hosted MyPage: `myPageUrl` is `<emulator>/proofme/_pages/identifications/<id>`. Opening it
sets `scannedAt`; approving makes the identification SUCCESS, declining FAILED; then the
browser is sent (303) to `redirectUrl` exactly as given, or shown a result page without one.

Webhook `identificationStatusUpdate`: on every status change (SUCCESS, FAILED, REVOKED) a POST
of `{"id": "<identification id>"}` to the identification's `webhookUrl`, unsigned (Proofme
signs nothing). Any 2xx ends it; otherwise it is retried up to 10 times (11 attempts) over
about 26 provider hours (10 s, 30 s, 1 min, 5 min, 15 min, 30 min, 1 h, 2 h, 6 h, 16 h),
scaled by the dispatcher's `webhook_backoff_scale`; each attempt waits at most 15 s.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.auth import same
from ..core.errors import ApiError, Failure, Kind
from ..core.http import Request, Response
from ..core.lifecycle import Change
from ..core.pages import result_page
from ..core.provider import Outcome, PageSubject, Provider, operation
from ..core.validation import FORM
from ..core.webhooks import RetryPolicy, Webhook
from .models import URL_FIELDS, Identification, ProofmeBackend, invalid_url, organisation_id
from .settings import ProofmeSettings

HAL_JSON = "application/hal+json"
DOCUMENTATION = "https://docs.proofme.id/#/api/errors"
WEBHOOK_EVENT = "identificationStatusUpdate"
# "Retried up to 10 times over about 26 hours": the ten delays below add up to 25.9 h.
WEBHOOK_POLICY = RetryPolicy(
    max_attempts=11,
    delays=(10, 30, 60, 300, 900, 1800, 3600, 7200, 21600, 57600),
    timeout=15,
)
TITLES = {
    400: "Bad Request",
    401: "Unauthorized Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    410: "Gone",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
UNAUTHENTICATED = "Missing authentication, or failed to authenticate"
_KIND_ERRORS = {
    Kind.NOT_FOUND_ROUTE: (404, "not_found"),
    Kind.METHOD_NOT_ALLOWED: (405, "method_not_allowed"),
    Kind.UNSUPPORTED_MEDIA_TYPE: (415, "unsupported_media_type"),
    Kind.MALFORMED_BODY: (400, "bad_request"),
    Kind.BODY_TOO_LARGE: (413, "payload_too_large"),
    Kind.VALIDATION: (422, "invalid_field"),
    Kind.MISSING: (422, "invalid_field"),
    Kind.UNAUTHENTICATED: (401, "unauthorized"),
    Kind.INTERNAL: (500, "internal_error"),
}
_PAGE = "/_pages/identifications/(?P<identification_id>[0-9A-Fa-f-]{36})"


class ProofmeProvider(Provider):
    name = "proofme"
    settings_type = ProofmeSettings
    settings: ProofmeSettings
    outcomes = (
        Outcome("approve", "Approve", aliases=("success",)),
        Outcome("decline", "Decline", aliases=("fail", "failed")),
        Outcome("revoke", "Revoke", aliases=("revoked",)),
        Outcome("scan", "Scan only", aliases=("scanned",)),
    )
    page_routes = (_PAGE,)

    def reset(self) -> None:
        self.backend = ProofmeBackend(self.clock, self.ids, self.emit)
        self.backend.identifications = self.store(lambda i: i.final)
        key = self.settings.api_key
        self.api_keys: dict[str, str] = {key: organisation_id(key)}

    # -- provider conventions -------------------------------------------------------------

    def render_error(self, error: ApiError) -> Response:
        body: dict[str, Any] = {"status": error.status, "title": error.title, "detail": error.detail}
        if error.field and error.status == 422:
            body["field"] = error.field
        body["_links"] = {"documentation": {"href": f"{DOCUMENTATION}?id={error.status}", "type": "text/html"}}
        return Response.json(body, error.status, content_type=HAL_JSON, headers=error.headers)

    def error_for(self, failure: Failure, request: Request) -> ApiError:
        kind, detail, field = failure.kind, failure.detail, failure.field
        status, code = _KIND_ERRORS[kind]
        if kind == Kind.MISSING and failure.where == "body" and field is None:  # no body: proofmeId is missing
            detail, field = "The proofmeId is required", "proofmeId"
        elif kind in (Kind.VALIDATION, Kind.MISSING) and (field is None or failure.in_parameter):
            status, code = 400, "bad_request"  # not a field of the body: the request is malformed
        elif kind == Kind.UNAUTHENTICATED:
            detail = UNAUTHENTICATED
        if status == 422 and field in URL_FIELDS:  # not a URI at all: same answer as a non-http(s) one
            detail = invalid_url(field)
        return ApiError(status, code, TITLES[status], detail, field=field if status == 422 else None)

    def fault_error(self, status: int, detail: str, request: Request) -> ApiError:
        title = TITLES.get(status, "Error")
        return ApiError(status, title.lower().replace(" ", "_"), title, detail)

    def authenticate(self, request: Request, schemes: tuple[str, ...]) -> None:
        credential = request.headers.get("authorization", "").strip()
        if credential[:7].lower() == "bearer ":
            credential = credential[7:].strip()
        if not credential:
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, UNAUTHENTICATED), request)
        organisation = None
        for key, org in self.api_keys.items():  # compare with every key: no early exit
            if same(credential, key):
                organisation = org
        if organisation is None:
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, UNAUTHENTICATED), request)
        request.principal = organisation

    # -- operations -----------------------------------------------------------------------

    @operation("create_identification")
    def create_identification(self, request: Request) -> Response:
        identification = self.backend.create(
            self._organisation(request),
            request.json,
            form=request.media_type == FORM,
            page_base=f"{request.provider_url}/_pages/identifications",
        )
        return Response.json({"identification": self.backend.view(identification)}, 201)

    @operation("list_identifications")
    def list_identifications(self, request: Request) -> Response:
        query = request.query
        count, rows = self.backend.page(
            self._organisation(request),
            sort_column=query.get("sortColumn", "createdAt"),
            sort_direction=query.get("sortDirection", "DESC"),
            offset=query.get("offset", 0),
            limit=query.get("limit"),
            search=query.get("search"),
        )
        return Response.json({"count": count, "rows": [self.backend.view(i) for i in rows]})

    @operation("get_identification")
    def get_identification(self, request: Request) -> Response:
        identification = self._load(request)
        return Response.json({"identification": self.backend.view(identification, nested=True)})

    @operation("revoke_identification")
    def revoke_identification(self, request: Request) -> Response:
        identification = self._load(request)
        self.backend.revoke(identification)
        return Response.json({"message": "REVOKE_SUCCESSFUL"})

    @operation("get_identification_data")
    def get_identification_data(self, request: Request) -> Response:
        identification = self._load(request)
        data = self.backend.data_view(identification)
        return Response.json(
            {"identification": {**self.backend.view(identification, nested=True), "identificationData": data}}
        )

    # -- hosted MyPage --------------------------------------------------------------------

    def page_subject(self, request: Request, *, opening: bool) -> PageSubject | None:
        try:
            identification = self.backend.get(None, request.path_params["identification_id"])
        except ApiError:
            return None
        if opening:
            self.backend.scan(identification)
        return PageSubject(
            resource_id=identification.id,
            title=f"Share your credentials: {identification.proofme.name}",
            facts={
                "Identification": identification.id,
                "Proofme": identification.proofme.name,
                "Purpose": identification.proofme.purpose,
                "Description": identification.description or "",
                "Mode": identification.mode,
                "Status": identification.status,
            },
            done=identification.final,
            context=identification,
        )

    def page_finished(self, subject: PageSubject, request: Request) -> Response:
        identification: Identification = subject.context
        if identification.redirect_url:
            return Response.redirect(identification.redirect_url)
        return Response.html(result_page(provider=self.name, outcome=identification.status))

    # -- control API ----------------------------------------------------------------------

    def set_outcome(self, resource_id: str, outcome: str, params: dict[str, Any]) -> dict[str, Any]:
        """approve|success → SUCCESS, decline|fail|failed → FAILED (as on the MyPage),
        revoke|revoked → REVOKED (as DELETE), scan|scanned → only sets `scannedAt`."""
        identification = self.backend.get(None, resource_id)
        self.backend.destroy_if_due(identification)
        if outcome == "scan":
            self.backend.scan(identification)
        elif outcome == "revoke":
            self.backend.revoke(identification)
        else:
            self.backend.finish(identification, approved=outcome == "approve")
        return {"identification": self.backend.view(identification)}

    def configure(self, settings: dict[str, Any]) -> dict[str, Any]:
        """`api_keys`: more accepted keys, each its own organisation; `proofmes`: Proofme
        configurations to register (`{"id": <uuid>, "name"?, "purpose"?, …}`);
        `accept_any_proofme`: accept every UUID as proofmeId (registering it on first use)."""
        unknown = set(settings) - {"api_keys", "proofmes", "accept_any_proofme"}
        if unknown:
            raise ApiError(400, "invalid_config", "Invalid config", f"unknown settings {sorted(unknown)}")
        keys = settings.get("api_keys", [])
        if not isinstance(keys, list) or not all(isinstance(k, str) and k.strip() == k and k for k in keys):
            raise ApiError(400, "invalid_config", "Invalid config", "api_keys must be a list of non-empty strings")
        proofmes = settings.get("proofmes", [])
        if not isinstance(proofmes, list) or not all(isinstance(p, dict) for p in proofmes):
            raise ApiError(400, "invalid_config", "Invalid config", "proofmes must be a list of objects")
        accept_any = settings.get("accept_any_proofme", self.backend.accept_any_proofme)
        if not isinstance(accept_any, bool):
            raise ApiError(400, "invalid_config", "Invalid config", "accept_any_proofme must be a boolean")
        for spec in proofmes:
            self.backend.add_proofme(spec)
        for key in keys:
            self.api_keys[key] = organisation_id(key)
        self.backend.accept_any_proofme = accept_any
        return self._settings()

    def tick(self) -> None:
        self.backend.destroy_due()  # data past its destroyDate; statuses never expire

    def dump(self) -> dict[str, Any]:
        return {**self.backend.dump(), **self._settings()}

    # -- helpers --------------------------------------------------------------------------

    def _settings(self) -> dict[str, Any]:
        return {
            "organisations": list(self.api_keys.values()),
            "proofmes": sorted(self.backend.proofmes),
            "accept_any_proofme": self.backend.accept_any_proofme,
        }

    def _organisation(self, request: Request) -> str:
        if request.principal is None:  # every operation is secured; the app authenticated
            raise self.error_for(Failure(Kind.UNAUTHENTICATED, UNAUTHENTICATED), request)
        return request.principal

    def _load(self, request: Request) -> Identification:
        identification = self.backend.get(self._organisation(request), request.path_params["id"])
        self.backend.destroy_if_due(identification)
        return identification

    def webhooks_for(self, change: Change) -> list[Webhook]:
        """`identificationStatusUpdate` on every status change (not on creation), unsigned."""
        identification: Identification = change.subject
        if change.previous is None or not identification.webhook_url:
            return []
        body = json.dumps({"id": identification.id}, separators=(",", ":")).encode()
        return [Webhook(event=WEBHOOK_EVENT, url=identification.webhook_url, body=body, policy=WEBHOOK_POLICY)]

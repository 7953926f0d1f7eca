from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_name import ClaimName
from ..models.flow_type import FlowType
from ..models.initiation_method import InitiationMethod
from ..models.loa_strategy import LoaStrategy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.match_data import MatchData
    from ..models.return_context import ReturnContext
    from ..models.ui_customization import UiCustomization
    from ..models.user_data import UserData
    from ..models.verification_create_metadata import VerificationCreateMetadata


T = TypeVar("T", bound="VerificationCreate")


@_attrs_define
class VerificationCreate:
    """Body of `create_verification`. Unknown fields are not documented as rejected, so the
    object is left open.

    Provider-specific `userData` (documented per provider, enforced below with
    `if`/`then`; missing or invalid → `400 VALIDATION_MISSING_USER_DATA`):
    - `smartid`: `registrationId` (at least 8 characters, e.g. `PNOLT-40504040001`);
    - `audkenni`: `registrationId`;
    - `evrotrust`: `identificationNumber` together with `country`, or `email`, or `phone`;
    - `skmobileid`: `phoneNumber` together with `nationalIdentityNumber`.
    Other providers (e.g. `frejaid`) need no `userData`.

        Attributes:
            provider_id (str): The identifier for the desired eID provider (an `id` from `list_providers`). Quirk: the
                documentation marks it both required and with default `frejaid` (the value its "try it" form pre-fills). We keep
                it required (always sent); the generated model's constructor pre-fills `frejaid`. Default: 'frejaid'. Example:
                frejaid.
            redirect_uri (str | Unset): URL to redirect to after a redirect-based verification. Defaults to
                `http://localhost:3000/callback` when omitted; a request built with the generated model's constructor sends that
                default explicitly. Default: 'http://localhost:3000/callback'. Example: https://rp.example.com/hopae/callback.
            user_data (UserData | Unset): User information required by certain eID providers (see `VerificationCreate` for
                which keys each provider needs). Returns HTTP 400 if required fields are missing.
                The keys below are the documented ones; the object is open for others.

                The official file's `AuthenticationHint` lists `personalNumber`, `cprNumber`,
                `phoneNumber`, `nric`, `emiratesId`, `documentNumber`, `mobileNumber` and `email`,
                but not the seed page's `registrationId`; the seed wins, so both sets are here.
                `get_provider_configuration` tells which keys one provider needs.
                 Example: {'registrationId': 'PNOLT-40504040001'}.
            requested_loa (int | Unset): Minimum Level of Assurance required (1–5). Conflict: the official Dto types it a
                `number` without bounds; the seed page's integer 1–5 stands for requests.
                - Returns HTTP 422 if the provider cannot meet this level (a value outside 1–5 is
                  a 400 `VALIDATION_INVALID_PARAMETER`).
                - Verification status becomes `failed` if the final LoA is lower than requested.
                 Example: 3.
            requested_claims (list[ClaimName] | Unset): Claims to request from the eID provider for this verification.
                - When provided, overrides the default scopes configured in your app settings.
                - When omitted, falls back to your app settings.

                Not all claims are available from every provider. Unavailable claims appear in
                `missing_claims` of the `/userinfo` response.
                 Example: ['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'gender',
                'birthdate', 'locale', 'email', 'phone_number', 'address', 'nationality'].
            match_data (MatchData | Unset): Required when `providerId` is a match-capable provider. Carries the values you
                want
                compared against the authoritative source. The keys are **provider-native** — Hopae
                does not normalize them so the audit trail stays aligned with the upstream IDP. The
                keys submitted here populate `match.submitted_fields` in the result and the values
                appear under `match.details[*].submitted_value` in `/userinfo`.

                Some providers also require a lookup key under `userData` (`userData` selects the
                record; `matchData` is the set of values to verify against it). Which providers are
                match-capable, and their field schemas, are per-provider documents not modelled here.
                 Example: {'fullName': 'Test User', 'dateOfBirth': '1990-01-01'}.
            webhook_url (str | Unset): Where to send this verification's webhooks, instead of the URL configured for the
                application (same secret and signature). In both generations of the official file; the legacy one gives it
                `format: uri`, which we keep for requests. Example: https://example.com/webhook.
            loa_strategy (LoaStrategy | Unset): What happens when the achieved Level of Assurance is below `requestedLoa`:
                `min` fails the verification without data, `lax` fails it but still returns the data, `allow` skips the check.
                From the official Dto (default `lax`).
            purpose (str | Unset): Why you verify the user (e.g. `account_opening`). Conflict: the official Dto requires it,
                but the seed page and the official legacy schema (the one the operation references) do not list it; the seed
                wins for requests, so it is optional here. Send it if your application's configuration asks for it. Example:
                account_opening.
            reference_id (str | Unset): Your own identifier for this verification (an order or customer id). Stored and
                returned on the status call and in webhook payloads. Example: ORDER-2024-12345.
            locale (str | Unset): Language of the user interface, as language tags (official example `en, en-US`). Example:
                en, en-US.
            metadata (VerificationCreateMetadata | Unset): Free-form data of yours, stored with the verification.
            initiation_method (InitiationMethod | Unset): How the flow may start: `auto` lets Hopae choose, `qrOnly` always
                shows a QR code, `appOnly` always opens the eID app on the same device. From the official Dto.
            flow_type (FlowType | Unset): How the user completes the verification: `qr` (scan `flowDetails.qrData`),
                `redirect` (open `flowDetails.authorizationUrl`), `push` (confirm in the eID app) or `dc` (a wallet presents a
                digital credential through the Digital Credentials API; the request comes from `create_dc_request`). The seed
                page lists `qr`, `redirect` and `push`; `dc` is from the official file's Dto schemas.
            return_context (ReturnContext | Unset): State to bind the verification to the user's session; returned to you
                when the user comes back (official Dto `returnContext`).
            ui_customization (UiCustomization | Unset): Look of Hopae's hosted pages for this verification (official Dto).
            private_mode (bool | Unset): When true, the user's data is kept from the data endpoints (`/userinfo`, evidence);
                only the verification status is available. Default false. Default: False. Example: False.
    """

    provider_id: str = "frejaid"
    redirect_uri: str | Unset = "http://localhost:3000/callback"
    user_data: UserData | Unset = UNSET
    requested_loa: int | Unset = UNSET
    requested_claims: list[ClaimName] | Unset = UNSET
    match_data: MatchData | Unset = UNSET
    webhook_url: str | Unset = UNSET
    loa_strategy: LoaStrategy | Unset = UNSET
    purpose: str | Unset = UNSET
    reference_id: str | Unset = UNSET
    locale: str | Unset = UNSET
    metadata: VerificationCreateMetadata | Unset = UNSET
    initiation_method: InitiationMethod | Unset = UNSET
    flow_type: FlowType | Unset = UNSET
    return_context: ReturnContext | Unset = UNSET
    ui_customization: UiCustomization | Unset = UNSET
    private_mode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        redirect_uri = self.redirect_uri

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        requested_loa = self.requested_loa

        requested_claims: list[str] | Unset = UNSET
        if not isinstance(self.requested_claims, Unset):
            requested_claims = []
            for requested_claims_item_data in self.requested_claims:
                requested_claims_item = requested_claims_item_data.value
                requested_claims.append(requested_claims_item)

        match_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match_data, Unset):
            match_data = self.match_data.to_dict()

        webhook_url = self.webhook_url

        loa_strategy: str | Unset = UNSET
        if not isinstance(self.loa_strategy, Unset):
            loa_strategy = self.loa_strategy.value

        purpose = self.purpose

        reference_id = self.reference_id

        locale = self.locale

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        initiation_method: str | Unset = UNSET
        if not isinstance(self.initiation_method, Unset):
            initiation_method = self.initiation_method.value

        flow_type: str | Unset = UNSET
        if not isinstance(self.flow_type, Unset):
            flow_type = self.flow_type.value

        return_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.return_context, Unset):
            return_context = self.return_context.to_dict()

        ui_customization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui_customization, Unset):
            ui_customization = self.ui_customization.to_dict()

        private_mode = self.private_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerId": provider_id,
            }
        )
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if requested_loa is not UNSET:
            field_dict["requestedLoa"] = requested_loa
        if requested_claims is not UNSET:
            field_dict["requestedClaims"] = requested_claims
        if match_data is not UNSET:
            field_dict["matchData"] = match_data
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if loa_strategy is not UNSET:
            field_dict["loaStrategy"] = loa_strategy
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if locale is not UNSET:
            field_dict["locale"] = locale
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if initiation_method is not UNSET:
            field_dict["initiationMethod"] = initiation_method
        if flow_type is not UNSET:
            field_dict["flowType"] = flow_type
        if return_context is not UNSET:
            field_dict["returnContext"] = return_context
        if ui_customization is not UNSET:
            field_dict["uiCustomization"] = ui_customization
        if private_mode is not UNSET:
            field_dict["privateMode"] = private_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_data import MatchData  # noqa: PLC0415
        from ..models.return_context import ReturnContext  # noqa: PLC0415
        from ..models.ui_customization import UiCustomization  # noqa: PLC0415
        from ..models.user_data import UserData  # noqa: PLC0415
        from ..models.verification_create_metadata import VerificationCreateMetadata  # noqa: PLC0415

        d = dict(src_dict)
        provider_id = d.pop("providerId")

        redirect_uri = d.pop("redirectUri", UNSET)

        _user_data = d.pop("userData", UNSET)
        user_data: UserData | Unset
        if isinstance(_user_data, Unset):
            user_data = UNSET
        else:
            user_data = UserData.from_dict(_user_data)

        requested_loa = d.pop("requestedLoa", UNSET)

        _requested_claims = d.pop("requestedClaims", UNSET)
        requested_claims: list[ClaimName] | Unset = UNSET
        if _requested_claims is not UNSET:
            requested_claims = []
            for requested_claims_item_data in _requested_claims:
                requested_claims_item = ClaimName(requested_claims_item_data)

                requested_claims.append(requested_claims_item)

        _match_data = d.pop("matchData", UNSET)
        match_data: MatchData | Unset
        if isinstance(_match_data, Unset):
            match_data = UNSET
        else:
            match_data = MatchData.from_dict(_match_data)

        webhook_url = d.pop("webhookUrl", UNSET)

        _loa_strategy = d.pop("loaStrategy", UNSET)
        loa_strategy: LoaStrategy | Unset
        if isinstance(_loa_strategy, Unset):
            loa_strategy = UNSET
        else:
            loa_strategy = LoaStrategy(_loa_strategy)

        purpose = d.pop("purpose", UNSET)

        reference_id = d.pop("referenceId", UNSET)

        locale = d.pop("locale", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: VerificationCreateMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VerificationCreateMetadata.from_dict(_metadata)

        _initiation_method = d.pop("initiationMethod", UNSET)
        initiation_method: InitiationMethod | Unset
        if isinstance(_initiation_method, Unset):
            initiation_method = UNSET
        else:
            initiation_method = InitiationMethod(_initiation_method)

        _flow_type = d.pop("flowType", UNSET)
        flow_type: FlowType | Unset
        if isinstance(_flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = FlowType(_flow_type)

        _return_context = d.pop("returnContext", UNSET)
        return_context: ReturnContext | Unset
        if isinstance(_return_context, Unset):
            return_context = UNSET
        else:
            return_context = ReturnContext.from_dict(_return_context)

        _ui_customization = d.pop("uiCustomization", UNSET)
        ui_customization: UiCustomization | Unset
        if isinstance(_ui_customization, Unset):
            ui_customization = UNSET
        else:
            ui_customization = UiCustomization.from_dict(_ui_customization)

        private_mode = d.pop("privateMode", UNSET)

        verification_create = cls(
            provider_id=provider_id,
            redirect_uri=redirect_uri,
            user_data=user_data,
            requested_loa=requested_loa,
            requested_claims=requested_claims,
            match_data=match_data,
            webhook_url=webhook_url,
            loa_strategy=loa_strategy,
            purpose=purpose,
            reference_id=reference_id,
            locale=locale,
            metadata=metadata,
            initiation_method=initiation_method,
            flow_type=flow_type,
            return_context=return_context,
            ui_customization=ui_customization,
            private_mode=private_mode,
        )

        verification_create.additional_properties = d
        return verification_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

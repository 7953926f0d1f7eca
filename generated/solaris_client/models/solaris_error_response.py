from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_source import ErrorSource
    from ..models.solaris_error import SolarisError


T = TypeVar("T", bound="SolarisErrorResponse")


@_attrs_define
class SolarisErrorResponse:
    """Error body of every `/v1` endpoint. The sources disagree on its shape, so both are
    accepted (tolerant reader): the Solaris errors page wraps error objects in an
    `errors` array (`{"errors": [{…}]}`, what the local emulator sends), while the
    per-endpoint pages (the seed pages) show one error object flattened
    (`{"id", "status", "code", "title", "detail"}`). This schema has the `errors` array
    and, through `allOf`, the members of one `SolarisError` at the top level; nothing is
    required. Read `errors[0]` when `errors` is set, else the top-level members (the
    `idv` overlay does this).

        Attributes:
            id (str | Unset): Unique ID of this error occurrence (quote it to Solaris support). Either a UUID or
                a Solaris ID ending in `bex`.
                 Example: a95f2aaf-4e0c-4d49-8021-8a16a884ed86.
            status (int | str | Unset): HTTP status of the error. **Both types occur**: the per-endpoint pages show a
                string (`"400"`), the errors page an integer (`400`); both are accepted.
                 Example: 400.
            code (str | Unset): Machine-readable error code. Known codes: 400 `invalid_model`, `validation_error`,
                `type_error`, `invalid_json`, `invalid_webhook_url`, `unsafe_webhook_url`,
                `build_pagination_headers_failure`, `idnow_error`; 401 `invalid_token`,
                `token_required`; 403 `unauthorized_action`; 404 `model_not_found`; 412
                `identification_attempts_exceeded`; 422 `invalid_secret`; 500 `generic_error`.
                Kept a plain string (not an enum) because Solaris has many more codes across its
                API.
                 Example: model_not_found.
            title (str | Unset): Short human-readable summary of the error code. Example: Model Not Found.
            detail (str | Unset): Human-readable explanation of this occurrence. Example: Couldn't find
                'Solaris::Identification' for id 'bbbcccfff388923eb899a5852df6cidt'..
            details (str | Unset): Quirk: the 412 (`identification_attempts_exceeded`) and 422 (`invalid_secret`)
                errors of "Request an identification" carry the explanation in `details`
                (plural) instead of `detail`. Read whichever is present.
                 Example: There are more than 19 unsuccessful attempts.
            source (ErrorSource | Unset): The request field the error refers to (optional).
            errors (list[SolarisError] | Unset): The error objects (the errors page's form); absent in the flattened form.
    """

    id: str | Unset = UNSET
    status: int | str | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    details: str | Unset = UNSET
    source: ErrorSource | Unset = UNSET
    errors: list[SolarisError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        code = self.code

        title = self.title

        detail = self.detail

        details = self.details

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if details is not UNSET:
            field_dict["details"] = details
        if source is not UNSET:
            field_dict["source"] = source
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_source import ErrorSource  # noqa: PLC0415
        from ..models.solaris_error import SolarisError  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        details = d.pop("details", UNSET)

        _source = d.pop("source", UNSET)
        source: ErrorSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = ErrorSource.from_dict(_source)

        _errors = d.pop("errors", UNSET)
        errors: list[SolarisError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = SolarisError.from_dict(errors_item_data)

                errors.append(errors_item)

        solaris_error_response = cls(
            id=id,
            status=status,
            code=code,
            title=title,
            detail=detail,
            details=details,
            source=source,
            errors=errors,
        )

        solaris_error_response.additional_properties = d
        return solaris_error_response

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

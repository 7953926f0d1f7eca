from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_links import ErrorLinks


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Proofme's error envelope, sent as `application/hal+json` for every error status.
    `field` is present on 422 answers and names the offending request field. Only
    `status` is required (tolerant reader): the errors page shows one example, which
    carries `title` and `detail` too, but a gateway's 502 or a 429 may not, and an error
    body that fails to parse would hide the error.

        Attributes:
            status (int): The HTTP status code, repeated. Example: 401.
            title (str | Unset): Short, human-readable summary of the error. Example: Unauthorized Request.
            detail (str | Unset): Human-readable explanation of this occurrence. Example: Missing authentication, or failed
                to authenticate.
            field (str | Unset): On 422, the request field that caused the error. Example: proofmeId.
            links (ErrorLinks | Unset): HAL links of an error.
    """

    status: int
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    field: str | Unset = UNSET
    links: ErrorLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        title = self.title

        detail = self.detail

        field = self.field

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if field is not UNSET:
            field_dict["field"] = field
        if links is not UNSET:
            field_dict["_links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_links import ErrorLinks  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        field = d.pop("field", UNSET)

        _links = d.pop("_links", UNSET)
        links: ErrorLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ErrorLinks.from_dict(_links)

        error = cls(
            status=status,
            title=title,
            detail=detail,
            field=field,
            links=links,
        )

        error.additional_properties = d
        return error

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

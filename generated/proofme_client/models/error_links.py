from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.documentation_link import DocumentationLink


T = TypeVar("T", bound="ErrorLinks")


@_attrs_define
class ErrorLinks:
    """HAL links of an error.

    Attributes:
        documentation (DocumentationLink | Unset): Link to the documentation page about the error. HAL makes `href`
            mandatory on a link,
            but nothing is required here: a link Proofme sends without it must not make the
            whole error envelope fail to parse.
    """

    documentation: DocumentationLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.documentation, Unset):
            documentation = self.documentation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if documentation is not UNSET:
            field_dict["documentation"] = documentation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.documentation_link import DocumentationLink  # noqa: PLC0415

        d = dict(src_dict)
        _documentation = d.pop("documentation", UNSET)
        documentation: DocumentationLink | Unset
        if isinstance(_documentation, Unset):
            documentation = UNSET
        else:
            documentation = DocumentationLink.from_dict(_documentation)

        error_links = cls(
            documentation=documentation,
        )

        error_links.additional_properties = d
        return error_links

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

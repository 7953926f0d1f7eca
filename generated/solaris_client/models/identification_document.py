from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identification_document_type import IdentificationDocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentificationDocument")


@_attrs_define
class IdentificationDocument:
    """A document collected during the identification.

    Attributes:
        id (str | Unset): ID of the document. Example: 448b75fa1c57eecda41d91c66c22faa6cdoc.
        name (str | Unset): The filename of the document. Example: file1.pdf.
        content_type (str | Unset): Formatting type (MIME type) of the document. Not necessarily consistent with the
            file name (the docs' example pairs `file1.pdf` with `application/json`).
             Example: image/jpeg.
        document_type (IdentificationDocumentType | Unset): The type of document submitted.
        size (int | Unset): The file size (in bytes). Example: 803580.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    content_type: str | Unset = UNSET
    document_type: IdentificationDocumentType | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        content_type = self.content_type

        document_type: str | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if document_type is not UNSET:
            field_dict["document_type"] = document_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        content_type = d.pop("content_type", UNSET)

        _document_type = d.pop("document_type", UNSET)
        document_type: IdentificationDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = IdentificationDocumentType(_document_type)

        size = d.pop("size", UNSET)

        identification_document = cls(
            id=id,
            name=name,
            content_type=content_type,
            document_type=document_type,
            size=size,
        )

        identification_document.additional_properties = d
        return identification_document

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

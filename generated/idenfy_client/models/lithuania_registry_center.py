from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_center_resource_type import RegistryCenterResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LithuaniaRegistryCenter")


@_attrs_define
class LithuaniaRegistryCenter:
    """The Lithuanian registry centre's answer.

    Attributes:
        checked_personal_number (str | Unset): The personal number that was checked.
        checked_document_type (str | Unset): The document type that was checked (a two-letter code).
        personal_number (None | str | Unset): Personal number in the registry.
        name (None | str | Unset): Name in the registry.
        surname (None | str | Unset): Surname in the registry.
        document_number (None | str | Unset): Document number in the registry.
        document_expiration (None | str | Unset): Document expiry (a date in the official file; a plain string here).
        face_photo (None | str | Unset): Link to the registry's face photo.
        resource_type (RegistryCenterResourceType | Unset): Which registry centre answered a registry-centre check;
            tells the variants of
            `registryCenterCheck` apart.
             Example: LithuaniaRegistryCenterCheck.
    """

    checked_personal_number: str | Unset = UNSET
    checked_document_type: str | Unset = UNSET
    personal_number: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    document_number: None | str | Unset = UNSET
    document_expiration: None | str | Unset = UNSET
    face_photo: None | str | Unset = UNSET
    resource_type: RegistryCenterResourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_personal_number = self.checked_personal_number

        checked_document_type = self.checked_document_type

        personal_number: None | str | Unset
        if isinstance(self.personal_number, Unset):
            personal_number = UNSET
        else:
            personal_number = self.personal_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        document_number: None | str | Unset
        if isinstance(self.document_number, Unset):
            document_number = UNSET
        else:
            document_number = self.document_number

        document_expiration: None | str | Unset
        if isinstance(self.document_expiration, Unset):
            document_expiration = UNSET
        else:
            document_expiration = self.document_expiration

        face_photo: None | str | Unset
        if isinstance(self.face_photo, Unset):
            face_photo = UNSET
        else:
            face_photo = self.face_photo

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checked_personal_number is not UNSET:
            field_dict["checkedPersonalNumber"] = checked_personal_number
        if checked_document_type is not UNSET:
            field_dict["checkedDocumentType"] = checked_document_type
        if personal_number is not UNSET:
            field_dict["personalNumber"] = personal_number
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if document_expiration is not UNSET:
            field_dict["documentExpiration"] = document_expiration
        if face_photo is not UNSET:
            field_dict["facePhoto"] = face_photo
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_personal_number = d.pop("checkedPersonalNumber", UNSET)

        checked_document_type = d.pop("checkedDocumentType", UNSET)

        def _parse_personal_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_number = _parse_personal_number(d.pop("personalNumber", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        def _parse_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_number = _parse_document_number(d.pop("documentNumber", UNSET))

        def _parse_document_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_expiration = _parse_document_expiration(d.pop("documentExpiration", UNSET))

        def _parse_face_photo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        face_photo = _parse_face_photo(d.pop("facePhoto", UNSET))

        _resource_type = d.pop("resourceType", UNSET)
        resource_type: RegistryCenterResourceType | Unset
        if isinstance(_resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = RegistryCenterResourceType(_resource_type)

        lithuania_registry_center = cls(
            checked_personal_number=checked_personal_number,
            checked_document_type=checked_document_type,
            personal_number=personal_number,
            name=name,
            surname=surname,
            document_number=document_number,
            document_expiration=document_expiration,
            face_photo=face_photo,
            resource_type=resource_type,
        )

        lithuania_registry_center.additional_properties = d
        return lithuania_registry_center

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

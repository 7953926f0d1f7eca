from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUrls")


@_attrs_define
class FileUrls:
    """Links to the verification's files (document sides, face photo, video, …), keyed by
    file type. The keys beyond `FRONT`, `BACK` and `FACE` vary with the token type and
    the additional steps; the links expire after a while.

        Example:
            {'FRONT': 'https://s3.eu-west-1.amazonaws.com/production.users.storage/users_storage/users/FRONT.png', 'FACE':
                'https://s3.eu-west-1.amazonaws.com/production.users.storage/users_storage/users/FACE.png'}

        Attributes:
            front (str | Unset): Photo of the document's front side.
            back (str | Unset): Photo of the document's back side.
            face (str | Unset): The client's selfie.
    """

    front: str | Unset = UNSET
    back: str | Unset = UNSET
    face: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front = self.front

        back = self.back

        face = self.face

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if front is not UNSET:
            field_dict["FRONT"] = front
        if back is not UNSET:
            field_dict["BACK"] = back
        if face is not UNSET:
            field_dict["FACE"] = face

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        front = d.pop("FRONT", UNSET)

        back = d.pop("BACK", UNSET)

        face = d.pop("FACE", UNSET)

        file_urls = cls(
            front=front,
            back=back,
            face=face,
        )

        file_urls.additional_properties = d
        return file_urls

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

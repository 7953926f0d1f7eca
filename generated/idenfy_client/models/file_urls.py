from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUrls")


@_attrs_define
class FileUrls:
    """Links to the verification's files (document sides, face photo, video, …), keyed by
    file type. The keys beyond `FRONT`, `BACK` and `FACE` vary with the token type and
    the additional steps; the links expire after a while. A map of anything in the
    official file: values that are not strings (e.g. `null`) are read too.

        Example:
            {'FRONT': 'https://s3.eu-west-1.amazonaws.com/production.users.storage/users_storage/users/FRONT.png', 'FACE':
                'https://s3.eu-west-1.amazonaws.com/production.users.storage/users_storage/users/FACE.png'}

        Attributes:
            front (None | str | Unset): Photo of the document's front side (a URL).
            back (None | str | Unset): Photo of the document's back side (a URL).
            face (None | str | Unset): The client's selfie (a URL).
    """

    front: None | str | Unset = UNSET
    back: None | str | Unset = UNSET
    face: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front: None | str | Unset
        if isinstance(self.front, Unset):
            front = UNSET
        else:
            front = self.front

        back: None | str | Unset
        if isinstance(self.back, Unset):
            back = UNSET
        else:
            back = self.back

        face: None | str | Unset
        if isinstance(self.face, Unset):
            face = UNSET
        else:
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

        def _parse_front(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        front = _parse_front(d.pop("FRONT", UNSET))

        def _parse_back(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        back = _parse_back(d.pop("BACK", UNSET))

        def _parse_face(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        face = _parse_face(d.pop("FACE", UNSET))

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

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

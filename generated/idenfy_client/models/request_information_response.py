from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="RequestInformationResponse")


@_attrs_define
class RequestInformationResponse:
    """The reopened session: a new link and token for the client.

    Attributes:
        session_url (str): Where to send the client for the new session (it embeds the new token). A URI
            in the official file; the format is not enforced on the answer.
             Example: https://ui.idenfy.com/?authToken=pgYQX0z2T8mtcpNj9I20uWVCLKNuG0vgr12f0wAC.
        token_string (str): The new session's token (opens the hosted page). Example:
            pgYQX0z2T8mtcpNj9I20uWVCLKNuG0vgr12f0wAC.
    """

    session_url: str = _attrs_field(repr=_redacted)
    token_string: str = _attrs_field(repr=_redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_url = self.session_url

        token_string = self.token_string

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionUrl": session_url,
                "tokenString": token_string,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_url = d.pop("sessionUrl")

        token_string = d.pop("tokenString")

        request_information_response = cls(
            session_url=session_url,
            token_string=token_string,
        )

        request_information_response.additional_properties = d
        return request_information_response

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

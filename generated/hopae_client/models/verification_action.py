from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verification_action_metadata import VerificationActionMetadata


T = TypeVar("T", bound="VerificationAction")


@_attrs_define
class VerificationAction:
    """A step the user has to take, e.g. a face liveness check behind a redirect (official `VerificationActionDto`). The
    official file requires `type`; no documentation example shows an action, so nothing is required here.

        Attributes:
            type_ (ActionType | Unset): Kind of step the user has to take (official `VerificationActionDto.type`): follow a
                `redirect` URL, scan a `qr` code, confirm a `push` message, or open a `deeplink`.
            url (str | Unset): Where the user goes for the step. Example: https://sv-lite.identt.pl/self-
                verify/?document_id=xxx&session_id=yyy.
            message (str | Unset): What to tell the user. Example: Please complete face liveness check.
            metadata (VerificationActionMetadata | Unset): Extra data about the step. Example: {'autoOpenAttempted': True}.
    """

    type_: ActionType | Unset = UNSET
    url: str | Unset = UNSET
    message: str | Unset = UNSET
    metadata: VerificationActionMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        message = self.message

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if message is not UNSET:
            field_dict["message"] = message
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verification_action_metadata import VerificationActionMetadata  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ActionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ActionType(_type_)

        url = d.pop("url", UNSET)

        message = d.pop("message", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: VerificationActionMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = VerificationActionMetadata.from_dict(_metadata)

        verification_action = cls(
            type_=type_,
            url=url,
            message=message,
            metadata=metadata,
        )

        verification_action.additional_properties = d
        return verification_action

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

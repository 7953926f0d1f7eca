from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verification_event_type import VerificationEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verification_event_data import VerificationEventData


T = TypeVar("T", bound="VerificationEvent")


@_attrs_define
class VerificationEvent:
    """Payload of the `verificationEvent` webhook. Community-derived (low confidence; the official file defines no webhook
    payload): only `event` and `data` are required, everything is open.

        Attributes:
            event (VerificationEventType): The webhook event type. `verification.completed`, `.failed`, `.expired` and
                `.cancelled` are the documented ones; `.initiated` and `.awaiting_user_action` are also reported. Treat the list
                as open.
            data (VerificationEventData): The verification concerned, in the shape of the status answer; open for further
                fields.
            event_id (str | Unset): Unique event id (`evt_…`); use it to deduplicate retried deliveries. Example:
                evt_2c5d8f1e9a7b4c3d.
            timestamp (datetime.datetime | Unset): When the event occurred (ISO 8601). Example: 2025-08-06T11:01:30Z.
            api_version (str | Unset): API version of the payload. Example: v1.
            client_id (str | Unset): The Client ID of the application the verification belongs to.
    """

    event: VerificationEventType
    data: VerificationEventData
    event_id: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    api_version: str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        data = self.data.to_dict()

        event_id = self.event_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        api_version = self.api_version

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verification_event_data import VerificationEventData  # noqa: PLC0415

        d = dict(src_dict)
        event = VerificationEventType(d.pop("event"))

        data = VerificationEventData.from_dict(d.pop("data"))

        event_id = d.pop("eventId", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        api_version = d.pop("apiVersion", UNSET)

        client_id = d.pop("clientId", UNSET)

        verification_event = cls(
            event=event,
            data=data,
            event_id=event_id,
            timestamp=timestamp,
            api_version=api_version,
            client_id=client_id,
        )

        verification_event.additional_properties = d
        return verification_event

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType
from ..types import UNSET, Unset


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="Webhook")


@_attrs_define
class Webhook:
    """A webhook subscription. Only `id` is required (tolerant reader).

    Attributes:
        id (str): ID of the subscription (sent as `Solaris-Webhook-Subscription-Id` on deliveries). Example:
            9b8bb1bb2b7a4d9a8e2cf4bb6c5b6a2fwhk.
        event_type (WebhookEventType | Unset): Webhook event type. This KYC spec documents `IDENTIFICATION` only (the
            event the
            identification flow needs); Solaris has more event types, which the generated enum
            still parses in responses.
        url (str | Unset): The subscribed endpoint. Example: https://example.com/webhooks/solaris/identification.
        secret (None | str | Unset): Signing secret for `Solaris-Webhook-Signature`. **Shown only once**, in the
            `create_webhook` response; absent (or null) from get and list. Store it.
             Example: 6bfb0a7e4e3c2d1f0a9b8c7d6e5f4a3b.
    """

    id: str
    event_type: WebhookEventType | Unset = UNSET
    url: str | Unset = UNSET
    secret: None | str | Unset = _attrs_field(default=UNSET, repr=_redacted)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = self.event_type.value

        url = self.url

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if url is not UNSET:
            field_dict["url"] = url
        if secret is not UNSET:
            field_dict["secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _event_type = d.pop("event_type", UNSET)
        event_type: WebhookEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = WebhookEventType(_event_type)

        url = d.pop("url", UNSET)

        def _parse_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret = _parse_secret(d.pop("secret", UNSET))

        webhook = cls(
            id=id,
            event_type=event_type,
            url=url,
            secret=secret,
        )

        webhook.additional_properties = d
        return webhook

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

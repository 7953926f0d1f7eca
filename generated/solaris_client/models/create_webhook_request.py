from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event_type import WebhookEventType

T = TypeVar("T", bound="CreateWebhookRequest")


@_attrs_define
class CreateWebhookRequest:
    """A webhook subscription to create.

    Attributes:
        event_type (WebhookEventType): Webhook event type. This KYC spec documents `IDENTIFICATION` only (the event the
            identification flow needs); Solaris has more event types, which the generated enum
            still parses in responses.
        url (str): HTTPS endpoint to deliver to. A non-HTTPS URL is refused with 400
            `unsafe_webhook_url` (by the server's own check, so the error carries that code;
            no schema `pattern`: the local emulator also accepts `http://` on loopback hosts
            so that a receiver on the developer's machine works); an endpoint that does not answer the WEBHOOK-SUBSCRIPTION
            probe with 2xx is refused with 400 `invalid_webhook_url`.
             Example: https://example.com/webhooks/solaris/identification.
    """

    event_type: WebhookEventType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type.value

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_type = WebhookEventType(d.pop("event_type"))

        url = d.pop("url")

        create_webhook_request = cls(
            event_type=event_type,
            url=url,
        )

        create_webhook_request.additional_properties = d
        return create_webhook_request

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

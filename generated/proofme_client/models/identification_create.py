from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify import Notify


T = TypeVar("T", bound="IdentificationCreate")


@_attrs_define
class IdentificationCreate:
    """JSON body of `create_identification`. Proofme does not document rejecting unknown
    fields, so the object stays open.

        Attributes:
            proofme_id (UUID): The ID of the Proofme you have created before. Example: 03682de3-b51c-451c-b50e-1977a332c9f2.
            description (str | Unset): The description of the identification you are creating. This will be shown to
                your customer on their MyPage and is also visible in any exports you generate.
                We recommend a unique identifier (e.g. your order ID) so that you can always link
                the identification to the order in your Dashboard.
                The maximum length is 255 characters, but the API does **not reject** longer
                strings: it truncates them to 255 characters. This schema therefore sets no
                `maxLength`.
                 Example: New description.
            redirect_url (str | Unset): The URL your customer will be redirected to after the identification process. It
                could make sense for it to contain a unique identifier, like your order ID, so you
                can show the right page when your customer returns.
                 Example: https://your-application.example.org/redirect/.
            webhook_url (str | Unset): The URL Proofme sends identification status updates to (webhook
                `identificationStatusUpdate`). Optional, but without it you miss important status
                changes. It must be reachable from Proofme's point of view, so `localhost` cannot
                be used (use a tunnel such as ngrok during development); Proofme does not
                document rejecting such URLs, so the schema does not.
                 Example: https://your-application.example.org/webhook/.
            metadata (Any | Unset): Any JSON value you like, for example a string or a JSON object. Proofme saves it
                alongside the identification and returns it whenever you fetch the
                identification.
                 Example: {'my-data': 12345}.
            testmode (bool | Unset): Set this to `true` to make this identification a test identification (response `mode`
                `test`). Default: False. Example: True.
            notify (Notify | Unset): Hashed keys identifying the user to send a notification to. Any of the keys may be
                given, alone or combined. The documentation's example value is a 64-character hex
                digest (SHA-256); the hash function is not documented, so no pattern is enforced.
                 Example: {'hashedPhonenumber': '4c0fe29edc91206df827fb98262f09429ddc0e650ae498f2f06bec1b36563dc1'}.
    """

    proofme_id: UUID
    description: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    metadata: Any | Unset = UNSET
    testmode: bool | Unset = False
    notify: Notify | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proofme_id = str(self.proofme_id)

        description = self.description

        redirect_url = self.redirect_url

        webhook_url = self.webhook_url

        metadata = self.metadata

        testmode = self.testmode

        notify: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify, Unset):
            notify = self.notify.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proofmeId": proofme_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if testmode is not UNSET:
            field_dict["testmode"] = testmode
        if notify is not UNSET:
            field_dict["notify"] = notify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify import Notify  # noqa: PLC0415

        d = dict(src_dict)
        proofme_id = UUID(d.pop("proofmeId"))

        description = d.pop("description", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        metadata = d.pop("metadata", UNSET)

        testmode = d.pop("testmode", UNSET)

        _notify = d.pop("notify", UNSET)
        notify: Notify | Unset
        if isinstance(_notify, Unset):
            notify = UNSET
        else:
            notify = Notify.from_dict(_notify)

        identification_create = cls(
            proofme_id=proofme_id,
            description=description,
            redirect_url=redirect_url,
            webhook_url=webhook_url,
            metadata=metadata,
            testmode=testmode,
            notify=notify,
        )

        identification_create.additional_properties = d
        return identification_create

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

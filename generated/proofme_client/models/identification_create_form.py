from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentificationCreateForm")


@_attrs_define
class IdentificationCreateForm:
    """Form-encoded (`application/x-www-form-urlencoded`) body of `create_identification`,
    as in the documentation's curl example. Every value travels as text: `testmode` as
    `true`/`false`, and `metadata` as a **string holding JSON** (e.g.
    `{"my-data": 12345}`), which Proofme parses and returns as a JSON value (the seed's
    example comes back as an object). A `metadata` string that is not valid JSON is
    stored as that string. `notify` is an object and cannot be expressed as flat form
    fields: send a JSON body (`IdentificationCreate`) to use it.

        Attributes:
            proofme_id (UUID): The ID of the Proofme you have created before. Example: 03682de3-b51c-451c-b50e-1977a332c9f2.
            description (str | Unset): The description of the identification, shown to your customer on their MyPage and
                in exports. Maximum 255 characters, but longer strings are **not rejected**: the
                API truncates them to 255 characters, so this schema sets no `maxLength`.
                 Example: New description.
            redirect_url (str | Unset): The URL your customer will be redirected to after the identification process.
                Example: https://your-application.example.org/redirect/.
            webhook_url (str | Unset): The URL Proofme sends identification status updates to. Must be reachable from
                Proofme (not `localhost`).
                 Example: https://your-application.example.org/webhook/.
            metadata (str | Unset): JSON text, e.g. `{"my-data": 12345}`. Proofme parses it and returns the parsed
                value as `metadata` (an object for this example); a string that is not valid JSON
                is kept as a string.
                 Example: {"my-data": 12345}.
            testmode (bool | Unset): Set this to `true` to make this identification a test identification (sent as the form
                value `true`). Default: False. Example: True.
    """

    proofme_id: UUID
    description: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    metadata: str | Unset = UNSET
    testmode: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proofme_id = str(self.proofme_id)

        description = self.description

        redirect_url = self.redirect_url

        webhook_url = self.webhook_url

        metadata = self.metadata

        testmode = self.testmode

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proofme_id = UUID(d.pop("proofmeId"))

        description = d.pop("description", UNSET)

        redirect_url = d.pop("redirectUrl", UNSET)

        webhook_url = d.pop("webhookUrl", UNSET)

        metadata = d.pop("metadata", UNSET)

        testmode = d.pop("testmode", UNSET)

        identification_create_form = cls(
            proofme_id=proofme_id,
            description=description,
            redirect_url=redirect_url,
            webhook_url=webhook_url,
            metadata=metadata,
            testmode=testmode,
        )

        identification_create_form.additional_properties = d
        return identification_create_form

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

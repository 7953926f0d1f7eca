from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.identification_mode import IdentificationMode
from ..models.identification_status import IdentificationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notify import Notify
    from ..models.proofme_configuration import ProofmeConfiguration


T = TypeVar("T", bound="Identification")


@_attrs_define
class Identification:
    """An identification intent. Proofme serialises every column, sending `null` for unset
    ones (the documentation's example carries `"notify": null` and `"scannedAt": null`),
    so the fields shown in the create example are `required`, nullable where they can be
    unset. `myPageUrl` is the exception, see its description. GET responses may also
    carry a nested `proofme` configuration object.

        Attributes:
            id (UUID): Identifier of the identification. Example: 32daaa56-377f-4db9-acd7-fae2e327421e.
            organisation_id (UUID): The organisation the identification belongs to. Example:
                dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8.
            proofme_id (UUID): The Proofme (configuration) the identification was created for. Example:
                03682de3-b51c-451c-b50e-1977a332c9f2.
            proofme_revision (int): Revision of the Proofme configuration in force when the identification was created.
                Example: 1.
            description (None | str): The description given at creation, **truncated** to 255 characters if it was
                longer (Proofme truncates rather than rejecting). `null` when none was given.
                 Example: New description.
            is_request (bool): Documented as a boolean without further explanation; `true` in the documentation's create
                example. Example: True.
            status (IdentificationStatus): Status of an identification: `PENDING` until the customer has finished, then
                `SUCCESS` or `FAILED`; `REVOKED` after `revoke_identification`.
                 Example: PENDING.
            redirect_url (None | str): Where the customer is sent after the identification process; `null` when none was
                given. Example: https://your-application.example.org/redirect/.
            webhook_url (None | str): Where status updates are POSTed; `null` when none was given. Example: https://your-
                application.example.org/webhook/.
            metadata (Any): The metadata given at creation, as any JSON value, or `null` when none was given.
                Metadata sent as a form field (a string holding JSON) comes back parsed, e.g. as
                an object.
                 Example: {'my-data': 12345}.
            mode (IdentificationMode): `test` for identifications created with `testmode: true`, otherwise `live`. Example:
                test.
            notify (None | Notify): The `notify` object given at creation, or `null`.
            created_at (datetime.datetime): Creation time, ISO 8601 with a `+00:00` offset. Example:
                2022-01-01T12:00:00+00:00.
            updated_at (datetime.datetime): Time of the last change, ISO 8601 with a `+00:00` offset. Example:
                2022-01-01T12:00:00+00:00.
            scanned_at (datetime.datetime | None): When the customer's Proofme app scanned the identification; `null` until
                then.
            my_page_url (str | Unset): The URL to redirect your customer to, where they complete the identification.
                The create page's prose calls this property `MyPageUrl` while its JSON example
                sends `myPageUrl`; we model the example's spelling and leave the field optional,
                so a response using the prose's spelling still parses (the value then appears
                under `MyPageUrl` among the additional properties).
                 Example: https://your-application.proofme.id/32daaa56-377f-4db9-acd7-fae2e327421e.
            proofme (ProofmeConfiguration | Unset): The Proofme (configuration) an identification was created for: which
                credentials
                are requested and why. GET responses may nest it as `identification.proofme`. Only
                partly documented: the listed fields are known, more may be sent (they land in the
                additional properties), and none is marked required.
    """

    id: UUID
    organisation_id: UUID
    proofme_id: UUID
    proofme_revision: int
    description: None | str
    is_request: bool
    status: IdentificationStatus
    redirect_url: None | str
    webhook_url: None | str
    metadata: Any
    mode: IdentificationMode
    notify: None | Notify
    created_at: datetime.datetime
    updated_at: datetime.datetime
    scanned_at: datetime.datetime | None
    my_page_url: str | Unset = UNSET
    proofme: ProofmeConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notify import Notify  # noqa: PLC0415

        id = str(self.id)

        organisation_id = str(self.organisation_id)

        proofme_id = str(self.proofme_id)

        proofme_revision = self.proofme_revision

        description: None | str
        description = self.description

        is_request = self.is_request

        status = self.status.value

        redirect_url: None | str
        redirect_url = self.redirect_url

        webhook_url: None | str
        webhook_url = self.webhook_url

        metadata = self.metadata

        mode = self.mode.value

        notify: dict[str, Any] | None
        if isinstance(self.notify, Notify):
            notify = self.notify.to_dict()
        else:
            notify = self.notify

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        scanned_at: None | str
        if isinstance(self.scanned_at, datetime.datetime):
            scanned_at = self.scanned_at.isoformat()
        else:
            scanned_at = self.scanned_at

        my_page_url = self.my_page_url

        proofme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proofme, Unset):
            proofme = self.proofme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
                "proofmeId": proofme_id,
                "proofmeRevision": proofme_revision,
                "description": description,
                "isRequest": is_request,
                "status": status,
                "redirectUrl": redirect_url,
                "webhookUrl": webhook_url,
                "metadata": metadata,
                "mode": mode,
                "notify": notify,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "scannedAt": scanned_at,
            }
        )
        if my_page_url is not UNSET:
            field_dict["myPageUrl"] = my_page_url
        if proofme is not UNSET:
            field_dict["proofme"] = proofme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify import Notify  # noqa: PLC0415
        from ..models.proofme_configuration import ProofmeConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        organisation_id = UUID(d.pop("organisationId"))

        proofme_id = UUID(d.pop("proofmeId"))

        proofme_revision = d.pop("proofmeRevision")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        is_request = d.pop("isRequest")

        status = IdentificationStatus(d.pop("status"))

        def _parse_redirect_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        redirect_url = _parse_redirect_url(d.pop("redirectUrl"))

        def _parse_webhook_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        webhook_url = _parse_webhook_url(d.pop("webhookUrl"))

        metadata = d.pop("metadata")

        mode = IdentificationMode(d.pop("mode"))

        def _parse_notify(data: object) -> None | Notify:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notify_type_0 = Notify.from_dict(data)

                return notify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Notify, data)

        notify = _parse_notify(d.pop("notify"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_scanned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scanned_at_type_0 = datetime.datetime.fromisoformat(data)

                return scanned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        scanned_at = _parse_scanned_at(d.pop("scannedAt"))

        my_page_url = d.pop("myPageUrl", UNSET)

        _proofme = d.pop("proofme", UNSET)
        proofme: ProofmeConfiguration | Unset
        if isinstance(_proofme, Unset):
            proofme = UNSET
        else:
            proofme = ProofmeConfiguration.from_dict(_proofme)

        identification = cls(
            id=id,
            organisation_id=organisation_id,
            proofme_id=proofme_id,
            proofme_revision=proofme_revision,
            description=description,
            is_request=is_request,
            status=status,
            redirect_url=redirect_url,
            webhook_url=webhook_url,
            metadata=metadata,
            mode=mode,
            notify=notify,
            created_at=created_at,
            updated_at=updated_at,
            scanned_at=scanned_at,
            my_page_url=my_page_url,
            proofme=proofme,
        )

        identification.additional_properties = d
        return identification

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

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
    so every field that can be unset is nullable. Only `id` and `status` are required
    (tolerant reader, specs/README.md): the create example shows the other fields, but
    Proofme does not promise them in every answer, and a client must not fail on an answer
    that lacks one. GET responses may also carry a nested `proofme` configuration object.

        Attributes:
            id (UUID): Identifier of the identification. Example: 32daaa56-377f-4db9-acd7-fae2e327421e.
            status (IdentificationStatus): Status of an identification: `PENDING` until the customer has finished, then
                `SUCCESS` or `FAILED`; `REVOKED` after `revoke_identification`.
                 Example: PENDING.
            organisation_id (UUID | Unset): The organisation the identification belongs to. Example:
                dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8.
            proofme_id (UUID | Unset): The Proofme (configuration) the identification was created for. Example:
                03682de3-b51c-451c-b50e-1977a332c9f2.
            proofme_revision (int | Unset): Revision of the Proofme configuration in force when the identification was
                created. Example: 1.
            description (None | str | Unset): The description given at creation, **truncated** to 255 characters if it was
                longer (Proofme truncates rather than rejecting). `null` when none was given.
                 Example: New description.
            is_request (bool | Unset): Documented as a boolean without further explanation; `true` in the documentation's
                create example. Example: True.
            redirect_url (None | str | Unset): Where the customer is sent after the identification process; `null` when none
                was given. Example: https://your-application.example.org/redirect/.
            webhook_url (None | str | Unset): Where status updates are POSTed; `null` when none was given. Example:
                https://your-application.example.org/webhook/.
            metadata (Any | Unset): The metadata given at creation, as any JSON value, or `null` when none was given.
                Metadata sent as a form field (a string holding JSON) comes back parsed, e.g. as
                an object.
                 Example: {'my-data': 12345}.
            mode (IdentificationMode | Unset): `test` for identifications created with `testmode: true`, otherwise `live`.
                Example: test.
            notify (None | Notify | Unset): The `notify` object given at creation, or `null`.
            my_page_url (str | Unset): The URL to redirect your customer to, where they complete the identification.
                The create page's prose calls this property `MyPageUrl` while its JSON example
                sends `myPageUrl`; we model the example's spelling, and (like every field but
                `id` and `status`) it is optional, so a response using the prose's spelling
                still parses (the value then appears under `MyPageUrl` among the additional
                properties).
                 Example: https://your-application.proofme.id/32daaa56-377f-4db9-acd7-fae2e327421e.
            created_at (datetime.datetime | Unset): Creation time, ISO 8601 with a `+00:00` offset. Example:
                2022-01-01T12:00:00+00:00.
            updated_at (datetime.datetime | Unset): Time of the last change, ISO 8601 with a `+00:00` offset. Example:
                2022-01-01T12:00:00+00:00.
            scanned_at (datetime.datetime | None | Unset): When the customer's Proofme app scanned the identification;
                `null` until then.
            proofme (ProofmeConfiguration | Unset): The Proofme (configuration) an identification was created for: which
                credentials
                are requested and why. GET responses may nest it as `identification.proofme`. Only
                partly documented: the listed fields are known, more may be sent (they land in the
                additional properties), and none is marked required.
    """

    id: UUID
    status: IdentificationStatus
    organisation_id: UUID | Unset = UNSET
    proofme_id: UUID | Unset = UNSET
    proofme_revision: int | Unset = UNSET
    description: None | str | Unset = UNSET
    is_request: bool | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    metadata: Any | Unset = UNSET
    mode: IdentificationMode | Unset = UNSET
    notify: None | Notify | Unset = UNSET
    my_page_url: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    scanned_at: datetime.datetime | None | Unset = UNSET
    proofme: ProofmeConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.notify import Notify  # noqa: PLC0415

        id = str(self.id)

        status = self.status.value

        organisation_id: str | Unset = UNSET
        if not isinstance(self.organisation_id, Unset):
            organisation_id = str(self.organisation_id)

        proofme_id: str | Unset = UNSET
        if not isinstance(self.proofme_id, Unset):
            proofme_id = str(self.proofme_id)

        proofme_revision = self.proofme_revision

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_request = self.is_request

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        metadata = self.metadata

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        notify: dict[str, Any] | None | Unset
        if isinstance(self.notify, Unset):
            notify = UNSET
        elif isinstance(self.notify, Notify):
            notify = self.notify.to_dict()
        else:
            notify = self.notify

        my_page_url = self.my_page_url

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        scanned_at: None | str | Unset
        if isinstance(self.scanned_at, Unset):
            scanned_at = UNSET
        elif isinstance(self.scanned_at, datetime.datetime):
            scanned_at = self.scanned_at.isoformat()
        else:
            scanned_at = self.scanned_at

        proofme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proofme, Unset):
            proofme = self.proofme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if organisation_id is not UNSET:
            field_dict["organisationId"] = organisation_id
        if proofme_id is not UNSET:
            field_dict["proofmeId"] = proofme_id
        if proofme_revision is not UNSET:
            field_dict["proofmeRevision"] = proofme_revision
        if description is not UNSET:
            field_dict["description"] = description
        if is_request is not UNSET:
            field_dict["isRequest"] = is_request
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if mode is not UNSET:
            field_dict["mode"] = mode
        if notify is not UNSET:
            field_dict["notify"] = notify
        if my_page_url is not UNSET:
            field_dict["myPageUrl"] = my_page_url
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if scanned_at is not UNSET:
            field_dict["scannedAt"] = scanned_at
        if proofme is not UNSET:
            field_dict["proofme"] = proofme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notify import Notify  # noqa: PLC0415
        from ..models.proofme_configuration import ProofmeConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = IdentificationStatus(d.pop("status"))

        _organisation_id = d.pop("organisationId", UNSET)
        organisation_id: UUID | Unset
        if isinstance(_organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = UUID(_organisation_id)

        _proofme_id = d.pop("proofmeId", UNSET)
        proofme_id: UUID | Unset
        if isinstance(_proofme_id, Unset):
            proofme_id = UNSET
        else:
            proofme_id = UUID(_proofme_id)

        proofme_revision = d.pop("proofmeRevision", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_request = d.pop("isRequest", UNSET)

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirectUrl", UNSET))

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhookUrl", UNSET))

        metadata = d.pop("metadata", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: IdentificationMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = IdentificationMode(_mode)

        def _parse_notify(data: object) -> None | Notify | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notify_type_0 = Notify.from_dict(data)

                return notify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Notify | Unset, data)

        notify = _parse_notify(d.pop("notify", UNSET))

        my_page_url = d.pop("myPageUrl", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_scanned_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scanned_at_type_0 = datetime.datetime.fromisoformat(data)

                return scanned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scanned_at = _parse_scanned_at(d.pop("scannedAt", UNSET))

        _proofme = d.pop("proofme", UNSET)
        proofme: ProofmeConfiguration | Unset
        if isinstance(_proofme, Unset):
            proofme = UNSET
        else:
            proofme = ProofmeConfiguration.from_dict(_proofme)

        identification = cls(
            id=id,
            status=status,
            organisation_id=organisation_id,
            proofme_id=proofme_id,
            proofme_revision=proofme_revision,
            description=description,
            is_request=is_request,
            redirect_url=redirect_url,
            webhook_url=webhook_url,
            metadata=metadata,
            mode=mode,
            notify=notify,
            my_page_url=my_page_url,
            created_at=created_at,
            updated_at=updated_at,
            scanned_at=scanned_at,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encryption_mode import EncryptionMode
from ..types import UNSET, Unset


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="IdentificationData")


@_attrs_define
class IdentificationData:
    """The encrypted data shared for an identification. `encryptedData` is encrypted with a
    symmetric secret (cipher mode `encryptionMode`, documented value `GCM`); that secret
    is encrypted with PGP and sent, ASCII-armoured, as `encryptedEncryptionSecret`.
    Only `id` is required (tolerant reader): Proofme lists the fields but publishes no
    example answer, so none of the others is promised in every answer.

        Attributes:
            id (UUID): Identifier of this data record. Example: 5b1e7c1a-3f43-4a58-9a53-0f3c3f7d9b11.
            identification_id (UUID | Unset): The identification this data belongs to. Example:
                32daaa56-377f-4db9-acd7-fae2e327421e.
            encrypted_data (str | Unset): The shared data, encrypted with the secret in `encryptedEncryptionSecret`,
                base64-encoded. Example: 3q2+7wAAAAEAAAAC.
            encrypted_encryption_secret (str | Unset): The symmetric secret of `encryptedData`, PGP-encrypted, as an ASCII-
                armoured PGP message. Example: -----BEGIN PGP MESSAGE-----

                wcBMA0...
                -----END PGP MESSAGE-----
                .
            storage (Any | Unset): Where the data is stored. Proofme does not document the type or values of this field, so
                any JSON value is accepted. Example: PROOFME.
            additional_info (list[Any] | Unset): Additional information about the shared data. The item structure is not
                documented. Example: [].
            destroy_date (datetime.datetime | None | Unset): When the data will be destroyed. Example:
                2022-02-01T12:05:00+00:00.
            encryption_mode (EncryptionMode | Unset): Symmetric cipher mode of `encryptedData`; documented value `GCM`.
                Example: GCM.
            created_at (datetime.datetime | Unset): Creation time. Example: 2022-01-01T12:05:00+00:00.
            updated_at (datetime.datetime | Unset): Time of the last change. Example: 2022-01-01T12:05:00+00:00.
    """

    id: UUID
    identification_id: UUID | Unset = UNSET
    encrypted_data: str | Unset = UNSET
    encrypted_encryption_secret: str | Unset = _attrs_field(default=UNSET, repr=_redacted)
    storage: Any | Unset = UNSET
    additional_info: list[Any] | Unset = UNSET
    destroy_date: datetime.datetime | None | Unset = UNSET
    encryption_mode: EncryptionMode | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        identification_id: str | Unset = UNSET
        if not isinstance(self.identification_id, Unset):
            identification_id = str(self.identification_id)

        encrypted_data = self.encrypted_data

        encrypted_encryption_secret = self.encrypted_encryption_secret

        storage = self.storage

        additional_info: list[Any] | Unset = UNSET
        if not isinstance(self.additional_info, Unset):
            additional_info = self.additional_info

        destroy_date: None | str | Unset
        if isinstance(self.destroy_date, Unset):
            destroy_date = UNSET
        elif isinstance(self.destroy_date, datetime.datetime):
            destroy_date = self.destroy_date.isoformat()
        else:
            destroy_date = self.destroy_date

        encryption_mode: str | Unset = UNSET
        if not isinstance(self.encryption_mode, Unset):
            encryption_mode = self.encryption_mode.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if identification_id is not UNSET:
            field_dict["identificationId"] = identification_id
        if encrypted_data is not UNSET:
            field_dict["encryptedData"] = encrypted_data
        if encrypted_encryption_secret is not UNSET:
            field_dict["encryptedEncryptionSecret"] = encrypted_encryption_secret
        if storage is not UNSET:
            field_dict["storage"] = storage
        if additional_info is not UNSET:
            field_dict["additionalInfo"] = additional_info
        if destroy_date is not UNSET:
            field_dict["destroyDate"] = destroy_date
        if encryption_mode is not UNSET:
            field_dict["encryptionMode"] = encryption_mode
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        _identification_id = d.pop("identificationId", UNSET)
        identification_id: UUID | Unset
        if isinstance(_identification_id, Unset):
            identification_id = UNSET
        else:
            identification_id = UUID(_identification_id)

        encrypted_data = d.pop("encryptedData", UNSET)

        encrypted_encryption_secret = d.pop("encryptedEncryptionSecret", UNSET)

        storage = d.pop("storage", UNSET)

        additional_info = cast(list[Any], d.pop("additionalInfo", UNSET))

        def _parse_destroy_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                destroy_date_type_0 = datetime.datetime.fromisoformat(data)

                return destroy_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        destroy_date = _parse_destroy_date(d.pop("destroyDate", UNSET))

        _encryption_mode = d.pop("encryptionMode", UNSET)
        encryption_mode: EncryptionMode | Unset
        if isinstance(_encryption_mode, Unset):
            encryption_mode = UNSET
        else:
            encryption_mode = EncryptionMode(_encryption_mode)

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

        identification_data = cls(
            id=id,
            identification_id=identification_id,
            encrypted_data=encrypted_data,
            encrypted_encryption_secret=encrypted_encryption_secret,
            storage=storage,
            additional_info=additional_info,
            destroy_date=destroy_date,
            encryption_mode=encryption_mode,
            created_at=created_at,
            updated_at=updated_at,
        )

        identification_data.additional_properties = d
        return identification_data

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

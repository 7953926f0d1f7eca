from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProofmeConfiguration")


@_attrs_define
class ProofmeConfiguration:
    """The Proofme (configuration) an identification was created for: which credentials
    are requested and why. GET responses may nest it as `identification.proofme`. Only
    partly documented: the listed fields are known, more may be sent (they land in the
    additional properties), and none is marked required.

        Attributes:
            id (UUID | Unset): Identifier of the Proofme (the `proofmeId` of identifications). Example:
                03682de3-b51c-451c-b50e-1977a332c9f2.
            name (str | Unset): Name of the Proofme. Example: Age check.
            organisation_id (UUID | Unset): The organisation owning the Proofme. Example:
                dc1d8dc2-a5b9-4c9d-b855-7024d1d93ca8.
            requested_credentials (Any | Unset): The credentials the Proofme requests from the customer. Structure not
                documented; any JSON value.
            purpose (str | Unset): Why the credentials are requested, shown to the customer. Example: Verify that you are
                over 18..
            storage (Any | Unset): Storage setting of the Proofme. Type not documented; any JSON value.
            revision (int | Unset): Current revision of the Proofme (compare `identification.proofmeRevision`). Example: 1.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    organisation_id: UUID | Unset = UNSET
    requested_credentials: Any | Unset = UNSET
    purpose: str | Unset = UNSET
    storage: Any | Unset = UNSET
    revision: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        organisation_id: str | Unset = UNSET
        if not isinstance(self.organisation_id, Unset):
            organisation_id = str(self.organisation_id)

        requested_credentials = self.requested_credentials

        purpose = self.purpose

        storage = self.storage

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organisation_id is not UNSET:
            field_dict["organisationId"] = organisation_id
        if requested_credentials is not UNSET:
            field_dict["requestedCredentials"] = requested_credentials
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if storage is not UNSET:
            field_dict["storage"] = storage
        if revision is not UNSET:
            field_dict["revision"] = revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        _organisation_id = d.pop("organisationId", UNSET)
        organisation_id: UUID | Unset
        if isinstance(_organisation_id, Unset):
            organisation_id = UNSET
        else:
            organisation_id = UUID(_organisation_id)

        requested_credentials = d.pop("requestedCredentials", UNSET)

        purpose = d.pop("purpose", UNSET)

        storage = d.pop("storage", UNSET)

        revision = d.pop("revision", UNSET)

        proofme_configuration = cls(
            id=id,
            name=name,
            organisation_id=organisation_id,
            requested_credentials=requested_credentials,
            purpose=purpose,
            storage=storage,
            revision=revision,
        )

        proofme_configuration.additional_properties = d
        return proofme_configuration

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_identification_method import CreateIdentificationMethod
from ..models.identification_language import IdentificationLanguage
from ..models.proof_of_address_type import ProofOfAddressType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIdentificationRequest")


@_attrs_define
class CreateIdentificationRequest:
    """Body of "Create an identification within an identification session". No field is
    documented as required, except that `iban` is **mandatory when `method` is `bank` or
    `bank_id`** (encoded below with `if`/`then`). General request rules: no
    leading/trailing whitespace, `null` is ignored, enums are case-sensitive, unknown
    fields are dropped.

        Attributes:
            method (CreateIdentificationMethod | Unset): The identification method to use, as accepted by "Create an
                identification within an
                identification session". Narrower than `IdentificationMethod` (the response enum of
                "Request an identification"), which adds `bank_plus`, `idnow_autoident` and
                `idnow_custom`: those are set by Solaris / the session flow and cannot be chosen here.
                Two enums keep the request strict without making responses fail.
            language (IdentificationLanguage | Unset): (IDnow only) The customer's preferred language for the identification
                process.
            reference (str | Unset): A reference supplied by the identification provider. Example: TST-ELCCJ.
            proof_of_address_type (ProofOfAddressType | Unset): The type of document submitted by the customer as a proof of
                address (needed if the
                customer's identification document does not include their address).
            proof_of_address_issued_at (datetime.date | Unset): The date when the proof of address document was issued.
                Needed if the customer's
                identification document does not include their address (the docs' sentence is
                garbled — "This field is if …" — we read it as "required if"; it cannot be
                enforced by a schema because it depends on the document).
                 Example: 2021-12-03.
            iban (str | Unset): The customer's IBAN. This field is mandatory if the identification method is
                `bank` or `bank_id` (the method names are missing from the seed sentence; they are
                restored from the "Request an identification" page: "Optional IBAN provided for
                bank and bank_id identifications"). Solaris only accepts certain banks for the
                Bankident KYC flow: https://docs.solarisgroup.com/guides/kyc/bankident/#allowed-banks
                 Example: DE11010101010101010100.
            device_data (str | Unset): Encoded device fingerprint generated using the Seon SDK (https://seon.io); see the
                device monitoring guide (https://docs.solarisgroup.com/guides/kyc/device-monitoring).
                An opaque, long string (the documented example is ~4 KB).
                 Example: Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZ
                f/zbau0P2MIEUE+Lsif.
    """

    method: CreateIdentificationMethod | Unset = UNSET
    language: IdentificationLanguage | Unset = UNSET
    reference: str | Unset = UNSET
    proof_of_address_type: ProofOfAddressType | Unset = UNSET
    proof_of_address_issued_at: datetime.date | Unset = UNSET
    iban: str | Unset = UNSET
    device_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        reference = self.reference

        proof_of_address_type: str | Unset = UNSET
        if not isinstance(self.proof_of_address_type, Unset):
            proof_of_address_type = self.proof_of_address_type.value

        proof_of_address_issued_at: str | Unset = UNSET
        if not isinstance(self.proof_of_address_issued_at, Unset):
            proof_of_address_issued_at = self.proof_of_address_issued_at.isoformat()

        iban = self.iban

        device_data = self.device_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if language is not UNSET:
            field_dict["language"] = language
        if reference is not UNSET:
            field_dict["reference"] = reference
        if proof_of_address_type is not UNSET:
            field_dict["proof_of_address_type"] = proof_of_address_type
        if proof_of_address_issued_at is not UNSET:
            field_dict["proof_of_address_issued_at"] = proof_of_address_issued_at
        if iban is not UNSET:
            field_dict["iban"] = iban
        if device_data is not UNSET:
            field_dict["device_data"] = device_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _method = d.pop("method", UNSET)
        method: CreateIdentificationMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = CreateIdentificationMethod(_method)

        _language = d.pop("language", UNSET)
        language: IdentificationLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = IdentificationLanguage(_language)

        reference = d.pop("reference", UNSET)

        _proof_of_address_type = d.pop("proof_of_address_type", UNSET)
        proof_of_address_type: ProofOfAddressType | Unset
        if isinstance(_proof_of_address_type, Unset):
            proof_of_address_type = UNSET
        else:
            proof_of_address_type = ProofOfAddressType(_proof_of_address_type)

        _proof_of_address_issued_at = d.pop("proof_of_address_issued_at", UNSET)
        proof_of_address_issued_at: datetime.date | Unset
        if isinstance(_proof_of_address_issued_at, Unset):
            proof_of_address_issued_at = UNSET
        else:
            proof_of_address_issued_at = datetime.date.fromisoformat(_proof_of_address_issued_at)

        iban = d.pop("iban", UNSET)

        device_data = d.pop("device_data", UNSET)

        create_identification_request = cls(
            method=method,
            language=language,
            reference=reference,
            proof_of_address_type=proof_of_address_type,
            proof_of_address_issued_at=proof_of_address_issued_at,
            iban=iban,
            device_data=device_data,
        )

        create_identification_request.additional_properties = d
        return create_identification_request

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

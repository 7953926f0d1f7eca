from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
            method (CreateIdentificationMethod | None | Unset): The identification method to use
                (`CreateIdentificationMethod`).
            language (IdentificationLanguage | None | Unset): (IDnow only) The customer's preferred language for the
                identification process.
            reference (None | str | Unset): A reference supplied by the identification provider. Example: TST-ELCCJ.
            proof_of_address_type (None | ProofOfAddressType | Unset): The type of document submitted as a proof of address,
                if the identification document does not include the address.
            proof_of_address_issued_at (datetime.date | None | Unset): The date when the proof of address document was
                issued. Needed if the customer's
                identification document does not include their address (the docs' sentence is
                garbled — "This field is if …" — we read it as "required if"; it cannot be
                enforced by a schema because it depends on the document).
                 Example: 2021-12-03.
            iban (None | str | Unset): The customer's IBAN. This field is mandatory if the identification method is
                `bank` or `bank_id` (the method names are missing from the seed sentence; they are
                restored from the "Request an identification" page: "Optional IBAN provided for
                bank and bank_id identifications"). Solaris only accepts certain banks for the
                Bankident KYC flow: https://docs.solarisgroup.com/guides/kyc/bankident/#allowed-banks
                 Example: DE11010101010101010100.
            device_data (None | str | Unset): Encoded device fingerprint generated using the Seon SDK (https://seon.io); see
                the
                device monitoring guide (https://docs.solarisgroup.com/guides/kyc/device-monitoring).
                An opaque, long string (the documented example is ~4 KB).
                 Example: Web;179ac83968ab42f79e960c1753a4078fdcon;jVl14emA+OcyALb9F+CMFg==;NU7aFh0jdzM15wj8hQtqbA5LbzEFWDI1bUwZ
                f/zbau0P2MIEUE+Lsif.
    """

    method: CreateIdentificationMethod | None | Unset = UNSET
    language: IdentificationLanguage | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    proof_of_address_type: None | ProofOfAddressType | Unset = UNSET
    proof_of_address_issued_at: datetime.date | None | Unset = UNSET
    iban: None | str | Unset = UNSET
    device_data: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, CreateIdentificationMethod):
            method = self.method.value
        else:
            method = self.method

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, IdentificationLanguage):
            language = self.language.value
        else:
            language = self.language

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        proof_of_address_type: None | str | Unset
        if isinstance(self.proof_of_address_type, Unset):
            proof_of_address_type = UNSET
        elif isinstance(self.proof_of_address_type, ProofOfAddressType):
            proof_of_address_type = self.proof_of_address_type.value
        else:
            proof_of_address_type = self.proof_of_address_type

        proof_of_address_issued_at: None | str | Unset
        if isinstance(self.proof_of_address_issued_at, Unset):
            proof_of_address_issued_at = UNSET
        elif isinstance(self.proof_of_address_issued_at, datetime.date):
            proof_of_address_issued_at = self.proof_of_address_issued_at.isoformat()
        else:
            proof_of_address_issued_at = self.proof_of_address_issued_at

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        device_data: None | str | Unset
        if isinstance(self.device_data, Unset):
            device_data = UNSET
        else:
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

        def _parse_method(data: object) -> CreateIdentificationMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = CreateIdentificationMethod(data)

                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateIdentificationMethod | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_language(data: object) -> IdentificationLanguage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = IdentificationLanguage(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentificationLanguage | None | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_proof_of_address_type(data: object) -> None | ProofOfAddressType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proof_of_address_type_type_0 = ProofOfAddressType(data)

                return proof_of_address_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProofOfAddressType | Unset, data)

        proof_of_address_type = _parse_proof_of_address_type(d.pop("proof_of_address_type", UNSET))

        def _parse_proof_of_address_issued_at(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proof_of_address_issued_at_type_0 = datetime.date.fromisoformat(data)

                return proof_of_address_issued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        proof_of_address_issued_at = _parse_proof_of_address_issued_at(d.pop("proof_of_address_issued_at", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_device_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_data = _parse_device_data(d.pop("device_data", UNSET))

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserData")


@_attrs_define
class UserData:
    """User information required by certain eID providers (see `VerificationCreate` for
    which keys each provider needs). Returns HTTP 400 if required fields are missing.
    The keys below are the documented ones; the object is open for others.

    The official file's `AuthenticationHint` lists `personalNumber`, `cprNumber`,
    `phoneNumber`, `nric`, `emiratesId`, `documentNumber`, `mobileNumber` and `email`,
    but not the seed page's `registrationId`; the seed wins, so both sets are here.
    `get_provider_configuration` tells which keys one provider needs.

        Example:
            {'registrationId': 'PNOLT-40504040001'}

        Attributes:
            registration_id (str | Unset): Registration / document number (`smartid`: at least 8 characters, e.g.
                `PNOLT-40504040001`; `audkenni`). Example: PNOLT-40504040001.
            identification_number (str | Unset): National identification number (`evrotrust`, together with `country`).
            country (str | Unset): Country of the identification number (`evrotrust`). Example: BG.
            email (str | Unset): E-mail address of the user (`evrotrust`). Example: user@example.com.
            phone (str | Unset): Phone number of the user (`evrotrust`). Example: +359888123456.
            phone_number (str | Unset): Phone number of the user (`skmobileid`, with `nationalIdentityNumber`; UAE Pass per
                the official file). Example: +37200000766.
            personal_number (str | Unset): Swedish personal identity number, a hint for Swedish BankID (official file).
            cpr_number (str | Unset): Danish CPR number, a hint for MitID (official file).
            nric (str | Unset): Singapore NRIC number, a hint for Singpass (official file).
            emirates_id (str | Unset): Emirates ID number, a hint for UAE providers (official file).
            document_number (str | Unset): Document number, a hint for mobile driving licences (mDL) (official file).
            mobile_number (str | Unset): Mobile phone number hint (official file; which providers read it is not stated).
            preset_bank (str | Unset): The user's bank (BIC) for iDIN, as listed by `get_provider_configuration` (official
                example `ABNANL2A`). Example: ABNANL2A.
            national_identity_number (str | Unset): National identity number (`skmobileid`, with `phoneNumber`). Example:
                60001019906.
    """

    registration_id: str | Unset = UNSET
    identification_number: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    personal_number: str | Unset = UNSET
    cpr_number: str | Unset = UNSET
    nric: str | Unset = UNSET
    emirates_id: str | Unset = UNSET
    document_number: str | Unset = UNSET
    mobile_number: str | Unset = UNSET
    preset_bank: str | Unset = UNSET
    national_identity_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registration_id = self.registration_id

        identification_number = self.identification_number

        country = self.country

        email = self.email

        phone = self.phone

        phone_number = self.phone_number

        personal_number = self.personal_number

        cpr_number = self.cpr_number

        nric = self.nric

        emirates_id = self.emirates_id

        document_number = self.document_number

        mobile_number = self.mobile_number

        preset_bank = self.preset_bank

        national_identity_number = self.national_identity_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registration_id is not UNSET:
            field_dict["registrationId"] = registration_id
        if identification_number is not UNSET:
            field_dict["identificationNumber"] = identification_number
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if personal_number is not UNSET:
            field_dict["personalNumber"] = personal_number
        if cpr_number is not UNSET:
            field_dict["cprNumber"] = cpr_number
        if nric is not UNSET:
            field_dict["nric"] = nric
        if emirates_id is not UNSET:
            field_dict["emiratesId"] = emirates_id
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if mobile_number is not UNSET:
            field_dict["mobileNumber"] = mobile_number
        if preset_bank is not UNSET:
            field_dict["presetBank"] = preset_bank
        if national_identity_number is not UNSET:
            field_dict["nationalIdentityNumber"] = national_identity_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        registration_id = d.pop("registrationId", UNSET)

        identification_number = d.pop("identificationNumber", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        personal_number = d.pop("personalNumber", UNSET)

        cpr_number = d.pop("cprNumber", UNSET)

        nric = d.pop("nric", UNSET)

        emirates_id = d.pop("emiratesId", UNSET)

        document_number = d.pop("documentNumber", UNSET)

        mobile_number = d.pop("mobileNumber", UNSET)

        preset_bank = d.pop("presetBank", UNSET)

        national_identity_number = d.pop("nationalIdentityNumber", UNSET)

        user_data = cls(
            registration_id=registration_id,
            identification_number=identification_number,
            country=country,
            email=email,
            phone=phone,
            phone_number=phone_number,
            personal_number=personal_number,
            cpr_number=cpr_number,
            nric=nric,
            emirates_id=emirates_id,
            document_number=document_number,
            mobile_number=mobile_number,
            preset_bank=preset_bank,
            national_identity_number=national_identity_number,
        )

        user_data.additional_properties = d
        return user_data

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

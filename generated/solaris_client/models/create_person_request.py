from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_status import EmploymentStatus
from ..models.salutation import Salutation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="CreatePersonRequest")


@_attrs_define
class CreatePersonRequest:
    """Person to create. `first_name` and `last_name` are required (other mandatory fields
    depend on the Solaris product). General request rules: no leading/trailing
    whitespace, `null` is ignored, enums are case-sensitive, unknown fields are dropped.

        Attributes:
            first_name (str): First name(s), at most 50 characters. Example: Erika.
            last_name (str): Last name, at most 50 characters. Example: Mustermann.
            salutation (Salutation | Unset): Salutation (case-sensitive).
            title (str | Unset): Academic title, e.g. `DR`. Example: DR.
            birth_date (datetime.date | Unset): Date of birth (`YYYY-MM-DD`). Example: 1985-06-15.
            birth_city (str | Unset): City of birth. Example: Berlin.
            birth_country (str | Unset): Country of birth, ISO 3166-1 alpha-2. Example: DE.
            nationality (str | Unset): Nationality, ISO 3166-1 alpha-2. Example: DE.
            address (Address | Unset): A postal address (persons and identifications).
            email (str | Unset): Email address. Example: erika.mustermann@example.com.
            mobile_number (str | Unset): Mobile number in international format. Example: +4915112345678.
            employment_status (EmploymentStatus | Unset): The person's employment status (case-sensitive).
            terms_conditions_signed_at (datetime.datetime | Unset): When the customer accepted the Solaris terms and
                conditions. Example: 2021-09-14T18:00:00.000Z.
    """

    first_name: str
    last_name: str
    salutation: Salutation | Unset = UNSET
    title: str | Unset = UNSET
    birth_date: datetime.date | Unset = UNSET
    birth_city: str | Unset = UNSET
    birth_country: str | Unset = UNSET
    nationality: str | Unset = UNSET
    address: Address | Unset = UNSET
    email: str | Unset = UNSET
    mobile_number: str | Unset = UNSET
    employment_status: EmploymentStatus | Unset = UNSET
    terms_conditions_signed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        salutation: str | Unset = UNSET
        if not isinstance(self.salutation, Unset):
            salutation = self.salutation.value

        title = self.title

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        birth_city = self.birth_city

        birth_country = self.birth_country

        nationality = self.nationality

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        email = self.email

        mobile_number = self.mobile_number

        employment_status: str | Unset = UNSET
        if not isinstance(self.employment_status, Unset):
            employment_status = self.employment_status.value

        terms_conditions_signed_at: str | Unset = UNSET
        if not isinstance(self.terms_conditions_signed_at, Unset):
            terms_conditions_signed_at = self.terms_conditions_signed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if title is not UNSET:
            field_dict["title"] = title
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if birth_city is not UNSET:
            field_dict["birth_city"] = birth_city
        if birth_country is not UNSET:
            field_dict["birth_country"] = birth_country
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if address is not UNSET:
            field_dict["address"] = address
        if email is not UNSET:
            field_dict["email"] = email
        if mobile_number is not UNSET:
            field_dict["mobile_number"] = mobile_number
        if employment_status is not UNSET:
            field_dict["employment_status"] = employment_status
        if terms_conditions_signed_at is not UNSET:
            field_dict["terms_conditions_signed_at"] = terms_conditions_signed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        _salutation = d.pop("salutation", UNSET)
        salutation: Salutation | Unset
        if isinstance(_salutation, Unset):
            salutation = UNSET
        else:
            salutation = Salutation(_salutation)

        title = d.pop("title", UNSET)

        _birth_date = d.pop("birth_date", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = datetime.date.fromisoformat(_birth_date)

        birth_city = d.pop("birth_city", UNSET)

        birth_country = d.pop("birth_country", UNSET)

        nationality = d.pop("nationality", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        email = d.pop("email", UNSET)

        mobile_number = d.pop("mobile_number", UNSET)

        _employment_status = d.pop("employment_status", UNSET)
        employment_status: EmploymentStatus | Unset
        if isinstance(_employment_status, Unset):
            employment_status = UNSET
        else:
            employment_status = EmploymentStatus(_employment_status)

        _terms_conditions_signed_at = d.pop("terms_conditions_signed_at", UNSET)
        terms_conditions_signed_at: datetime.datetime | Unset
        if isinstance(_terms_conditions_signed_at, Unset):
            terms_conditions_signed_at = UNSET
        else:
            terms_conditions_signed_at = datetime.datetime.fromisoformat(_terms_conditions_signed_at)

        create_person_request = cls(
            first_name=first_name,
            last_name=last_name,
            salutation=salutation,
            title=title,
            birth_date=birth_date,
            birth_city=birth_city,
            birth_country=birth_country,
            nationality=nationality,
            address=address,
            email=email,
            mobile_number=mobile_number,
            employment_status=employment_status,
            terms_conditions_signed_at=terms_conditions_signed_at,
        )

        create_person_request.additional_properties = d
        return create_person_request

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

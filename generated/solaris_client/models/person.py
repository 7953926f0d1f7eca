from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.employment_status import EmploymentStatus
from ..models.salutation import Salutation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """A person (customer) resource. Only `id` is required (tolerant reader).

    Attributes:
        id (str): ID of the person (32 hex characters plus `cper`). Example: dc1a6812a14f6cc338cd084208535bcdcper.
        salutation (None | Salutation | Unset): Salutation.
        title (None | str | Unset): Academic title. Example: DR.
        first_name (str | Unset): First name(s). Example: Erika.
        last_name (str | Unset): Last name. Example: Mustermann.
        birth_date (datetime.date | None | Unset): Date of birth. Example: 1985-06-15.
        birth_city (None | str | Unset): City of birth. Example: Berlin.
        birth_country (None | str | Unset): Country of birth, ISO 3166-1 alpha-2. Example: DE.
        nationality (None | str | Unset): Nationality, ISO 3166-1 alpha-2. Example: DE.
        address (Address | None | Unset): The person's address.
        email (None | str | Unset): Email address. Example: erika.mustermann@example.com.
        mobile_number (None | str | Unset): Mobile number in international format. Example: +4915112345678.
        employment_status (EmploymentStatus | None | Unset): Employment status.
        terms_conditions_signed_at (datetime.datetime | None | Unset): When the customer accepted the Solaris terms and
            conditions. Example: 2021-09-14T18:00:00.000Z.
    """

    id: str
    salutation: None | Salutation | Unset = UNSET
    title: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    birth_city: None | str | Unset = UNSET
    birth_country: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    address: Address | None | Unset = UNSET
    email: None | str | Unset = UNSET
    mobile_number: None | str | Unset = UNSET
    employment_status: EmploymentStatus | None | Unset = UNSET
    terms_conditions_signed_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

        id = self.id

        salutation: None | str | Unset
        if isinstance(self.salutation, Unset):
            salutation = UNSET
        elif isinstance(self.salutation, Salutation):
            salutation = self.salutation.value
        else:
            salutation = self.salutation

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        first_name = self.first_name

        last_name = self.last_name

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        birth_city: None | str | Unset
        if isinstance(self.birth_city, Unset):
            birth_city = UNSET
        else:
            birth_city = self.birth_city

        birth_country: None | str | Unset
        if isinstance(self.birth_country, Unset):
            birth_country = UNSET
        else:
            birth_country = self.birth_country

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile_number: None | str | Unset
        if isinstance(self.mobile_number, Unset):
            mobile_number = UNSET
        else:
            mobile_number = self.mobile_number

        employment_status: None | str | Unset
        if isinstance(self.employment_status, Unset):
            employment_status = UNSET
        elif isinstance(self.employment_status, EmploymentStatus):
            employment_status = self.employment_status.value
        else:
            employment_status = self.employment_status

        terms_conditions_signed_at: None | str | Unset
        if isinstance(self.terms_conditions_signed_at, Unset):
            terms_conditions_signed_at = UNSET
        elif isinstance(self.terms_conditions_signed_at, datetime.datetime):
            terms_conditions_signed_at = self.terms_conditions_signed_at.isoformat()
        else:
            terms_conditions_signed_at = self.terms_conditions_signed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if title is not UNSET:
            field_dict["title"] = title
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
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
        id = d.pop("id")

        def _parse_salutation(data: object) -> None | Salutation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                salutation_type_0 = Salutation(data)

                return salutation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Salutation | Unset, data)

        salutation = _parse_salutation(d.pop("salutation", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        def _parse_birth_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_city = _parse_birth_city(d.pop("birth_city", UNSET))

        def _parse_birth_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_country = _parse_birth_country(d.pop("birth_country", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = Address.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_mobile_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_number = _parse_mobile_number(d.pop("mobile_number", UNSET))

        def _parse_employment_status(data: object) -> EmploymentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employment_status_type_0 = EmploymentStatus(data)

                return employment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmploymentStatus | None | Unset, data)

        employment_status = _parse_employment_status(d.pop("employment_status", UNSET))

        def _parse_terms_conditions_signed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terms_conditions_signed_at_type_0 = datetime.datetime.fromisoformat(data)

                return terms_conditions_signed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        terms_conditions_signed_at = _parse_terms_conditions_signed_at(d.pop("terms_conditions_signed_at", UNSET))

        person = cls(
            id=id,
            salutation=salutation,
            title=title,
            first_name=first_name,
            last_name=last_name,
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

        person.additional_properties = d
        return person

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

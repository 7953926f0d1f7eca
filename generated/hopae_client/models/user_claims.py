from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="UserClaims")


@_attrs_define
class UserClaims:
    """Normalized user data (OpenID Connect standard claims plus `nationality`). Only the claims that were requested and
    that the provider supplied are present; the others are listed in `missing_claims`. Open for provider extras.

        Attributes:
            name (str | Unset):  Example: OK TESTNUMBER.
            given_name (str | Unset):  Example: OK.
            family_name (str | Unset):  Example: TESTNUMBER.
            middle_name (str | Unset):
            nickname (str | Unset):
            preferred_username (str | Unset):
            gender (str | Unset):
            birthdate (str | Unset): `YYYY-MM-DD`. Kept a plain string (no `format: date`) because OpenID Connect allows
                partial dates (`YYYY`, `0000-MM-DD`). Example: 1905-04-04.
            locale (str | Unset):
            email (str | Unset):
            phone_number (str | Unset):
            address (Address | str | Unset): Postal address. OpenID Connect defines it as an object; a provider that only
                has a single line may send a string, so both are accepted.
            nationality (str | Unset): Nationality (country code). Example: LT.
    """

    name: str | Unset = UNSET
    given_name: str | Unset = UNSET
    family_name: str | Unset = UNSET
    middle_name: str | Unset = UNSET
    nickname: str | Unset = UNSET
    preferred_username: str | Unset = UNSET
    gender: str | Unset = UNSET
    birthdate: str | Unset = UNSET
    locale: str | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    address: Address | str | Unset = UNSET
    nationality: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

        name = self.name

        given_name = self.given_name

        family_name = self.family_name

        middle_name = self.middle_name

        nickname = self.nickname

        preferred_username = self.preferred_username

        gender = self.gender

        birthdate = self.birthdate

        locale = self.locale

        email = self.email

        phone_number = self.phone_number

        address: dict[str, Any] | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        nationality = self.nationality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if given_name is not UNSET:
            field_dict["given_name"] = given_name
        if family_name is not UNSET:
            field_dict["family_name"] = family_name
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if nickname is not UNSET:
            field_dict["nickname"] = nickname
        if preferred_username is not UNSET:
            field_dict["preferred_username"] = preferred_username
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if locale is not UNSET:
            field_dict["locale"] = locale
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if address is not UNSET:
            field_dict["address"] = address
        if nationality is not UNSET:
            field_dict["nationality"] = nationality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        given_name = d.pop("given_name", UNSET)

        family_name = d.pop("family_name", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        nickname = d.pop("nickname", UNSET)

        preferred_username = d.pop("preferred_username", UNSET)

        gender = d.pop("gender", UNSET)

        birthdate = d.pop("birthdate", UNSET)

        locale = d.pop("locale", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        def _parse_address(data: object) -> Address | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = Address.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        nationality = d.pop("nationality", UNSET)

        user_claims = cls(
            name=name,
            given_name=given_name,
            family_name=family_name,
            middle_name=middle_name,
            nickname=nickname,
            preferred_username=preferred_username,
            gender=gender,
            birthdate=birthdate,
            locale=locale,
            email=email,
            phone_number=phone_number,
            address=address,
            nationality=nationality,
        )

        user_claims.additional_properties = d
        return user_claims

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

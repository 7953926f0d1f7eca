from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provider_status import ProviderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Provider")


@_attrs_define
class Provider:
    """An eID provider available to your application. The official file requires nothing in it; the `id` is the identifier
    every entry has.

        Attributes:
            id (str): The provider id — the `providerId` of `create_verification`. Example: frejaid.
            logo_url (str | Unset): URL of the provider's logo.
            name (str | Unset): Display name of the provider. Example: Freja eID.
            description (str | Unset): Short description of the provider.
            countries (list[str] | Unset): Countries the provider covers (country codes). Example: ['SE'].
            status (ProviderStatus | Unset): The provider's status for your application.
    """

    id: str
    logo_url: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    countries: list[str] | Unset = UNSET
    status: ProviderStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        logo_url = self.logo_url

        name = self.name

        description = self.description

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if countries is not UNSET:
            field_dict["countries"] = countries
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        logo_url = d.pop("logoUrl", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        countries = cast(list[str], d.pop("countries", UNSET))

        _status = d.pop("status", UNSET)
        status: ProviderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProviderStatus(_status)

        provider = cls(
            id=id,
            logo_url=logo_url,
            name=name,
            description=description,
            countries=countries,
            status=status,
        )

        provider.additional_properties = d
        return provider

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provider_info_requirements import ProviderInfoRequirements


T = TypeVar("T", bound="ProviderInfo")


@_attrs_define
class ProviderInfo:
    """About the eID provider's side of the verification (official Dto).

    Attributes:
        name (str | Unset): The eID provider's name.
        transaction_id (str | Unset): The eID provider's own transaction id.
        requirements (ProviderInfoRequirements | Unset): What the provider requires of the user or device.
    """

    name: str | Unset = UNSET
    transaction_id: str | Unset = UNSET
    requirements: ProviderInfoRequirements | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        transaction_id = self.transaction_id

        requirements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requirements, Unset):
            requirements = self.requirements.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if requirements is not UNSET:
            field_dict["requirements"] = requirements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provider_info_requirements import ProviderInfoRequirements  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        transaction_id = d.pop("transactionId", UNSET)

        _requirements = d.pop("requirements", UNSET)
        requirements: ProviderInfoRequirements | Unset
        if isinstance(_requirements, Unset):
            requirements = UNSET
        else:
            requirements = ProviderInfoRequirements.from_dict(_requirements)

        provider_info = cls(
            name=name,
            transaction_id=transaction_id,
            requirements=requirements,
        )

        provider_info.additional_properties = d
        return provider_info

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

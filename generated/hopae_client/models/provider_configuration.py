from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_data_field import UserDataField


T = TypeVar("T", bound="ProviderConfiguration")


@_attrs_define
class ProviderConfiguration:
    """Answer of `get_provider_configuration` (official `ProviderConfigurationDto`). The official file also requires
    `requiredUserData` and `flowTypes`; with no documentation example beyond its own field examples, only the identifier
    is guaranteed.

        Attributes:
            provider_id (str): The eID provider. Example: idin.
            required_user_data (list[UserDataField] | Unset): The `userData` fields the provider needs.
            optional_user_data (list[UserDataField] | Unset): The `userData` fields the provider also accepts.
            flow_types (list[str] | Unset): The flows the provider offers. Plain strings in the official file (not its flow-
                type enum), so any value is accepted. Example: ['redirect'].
            last_updated (datetime.datetime | Unset): When this configuration last changed (official example
                `2024-01-15T10:30:00Z`).
    """

    provider_id: str
    required_user_data: list[UserDataField] | Unset = UNSET
    optional_user_data: list[UserDataField] | Unset = UNSET
    flow_types: list[str] | Unset = UNSET
    last_updated: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        required_user_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.required_user_data, Unset):
            required_user_data = []
            for required_user_data_item_data in self.required_user_data:
                required_user_data_item = required_user_data_item_data.to_dict()
                required_user_data.append(required_user_data_item)

        optional_user_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.optional_user_data, Unset):
            optional_user_data = []
            for optional_user_data_item_data in self.optional_user_data:
                optional_user_data_item = optional_user_data_item_data.to_dict()
                optional_user_data.append(optional_user_data_item)

        flow_types: list[str] | Unset = UNSET
        if not isinstance(self.flow_types, Unset):
            flow_types = self.flow_types

        last_updated: str | Unset = UNSET
        if not isinstance(self.last_updated, Unset):
            last_updated = self.last_updated.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerId": provider_id,
            }
        )
        if required_user_data is not UNSET:
            field_dict["requiredUserData"] = required_user_data
        if optional_user_data is not UNSET:
            field_dict["optionalUserData"] = optional_user_data
        if flow_types is not UNSET:
            field_dict["flowTypes"] = flow_types
        if last_updated is not UNSET:
            field_dict["lastUpdated"] = last_updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_data_field import UserDataField  # noqa: PLC0415

        d = dict(src_dict)
        provider_id = d.pop("providerId")

        _required_user_data = d.pop("requiredUserData", UNSET)
        required_user_data: list[UserDataField] | Unset = UNSET
        if _required_user_data is not UNSET:
            required_user_data = []
            for required_user_data_item_data in _required_user_data:
                required_user_data_item = UserDataField.from_dict(required_user_data_item_data)

                required_user_data.append(required_user_data_item)

        _optional_user_data = d.pop("optionalUserData", UNSET)
        optional_user_data: list[UserDataField] | Unset = UNSET
        if _optional_user_data is not UNSET:
            optional_user_data = []
            for optional_user_data_item_data in _optional_user_data:
                optional_user_data_item = UserDataField.from_dict(optional_user_data_item_data)

                optional_user_data.append(optional_user_data_item)

        flow_types = cast(list[str], d.pop("flowTypes", UNSET))

        _last_updated = d.pop("lastUpdated", UNSET)
        last_updated: datetime.datetime | Unset
        if isinstance(_last_updated, Unset):
            last_updated = UNSET
        else:
            last_updated = datetime.datetime.fromisoformat(_last_updated)

        provider_configuration = cls(
            provider_id=provider_id,
            required_user_data=required_user_data,
            optional_user_data=optional_user_data,
            flow_types=flow_types,
            last_updated=last_updated,
        )

        provider_configuration.additional_properties = d
        return provider_configuration

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

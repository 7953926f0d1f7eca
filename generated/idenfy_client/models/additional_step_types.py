from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_step_type import AdditionalStepType

T = TypeVar("T", bound="AdditionalStepTypes")


@_attrs_define
class AdditionalStepTypes:
    """The webhook's map of additional steps: step name (e.g. `UTILITY_BILL`) → what the
    step did, or `null`.

        Example:
            {'UTILITY_BILL': 'EXTRACT'}

    """

    additional_properties: dict[str, AdditionalStepType | None] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, AdditionalStepType):
                field_dict[prop_name] = prop.value
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        additional_step_types = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> AdditionalStepType | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    additional_property_type_0 = AdditionalStepType(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AdditionalStepType | None, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        additional_step_types.additional_properties = additional_properties
        return additional_step_types

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AdditionalStepType | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AdditionalStepType | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollingInfo")


@_attrs_define
class PollingInfo:
    """How to poll `get_verification` (milliseconds; official Dto). The official file requires `recommendedInterval`; the
    seed example has no `polling` at all, so it is optional here.

        Attributes:
            recommended_interval (float | Unset): Suggested interval between status calls, in milliseconds.
            max_duration (float | Unset): How long polling makes sense, in milliseconds.
    """

    recommended_interval: float | Unset = UNSET
    max_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recommended_interval = self.recommended_interval

        max_duration = self.max_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recommended_interval is not UNSET:
            field_dict["recommendedInterval"] = recommended_interval
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recommended_interval = d.pop("recommendedInterval", UNSET)

        max_duration = d.pop("maxDuration", UNSET)

        polling_info = cls(
            recommended_interval=recommended_interval,
            max_duration=max_duration,
        )

        polling_info.additional_properties = d
        return polling_info

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MatchData")


@_attrs_define
class MatchData:
    """Required when `providerId` is a match-capable provider. Carries the values you want
    compared against the authoritative source. The keys are **provider-native** — Hopae
    does not normalize them so the audit trail stays aligned with the upstream IDP. The
    keys submitted here populate `match.submitted_fields` in the result and the values
    appear under `match.details[*].submitted_value` in `/userinfo`.

    Some providers also require a lookup key under `userData` (`userData` selects the
    record; `matchData` is the set of values to verify against it). Which providers are
    match-capable, and their field schemas, are per-provider documents not modelled here.

        Example:
            {'fullName': 'Test User', 'dateOfBirth': '1990-01-01'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        match_data = cls()

        match_data.additional_properties = d
        return match_data

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

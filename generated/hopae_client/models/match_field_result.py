from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchFieldResult")


@_attrs_define
class MatchFieldResult:
    """Result for one submitted field (official `MatchFieldDetailDto`).

    Attributes:
        matched (bool | Unset): Whether this field matched.
        submitted_value (Any | Unset): The value submitted in `matchData` for this field (any JSON value); only in
            `/userinfo`, not in the ID token.
        similarity (float | Unset): Similarity score, 0–100 per the documentation (the official file gives no bounds, so
            none are enforced on answers).
    """

    matched: bool | Unset = UNSET
    submitted_value: Any | Unset = UNSET
    similarity: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched = self.matched

        submitted_value = self.submitted_value

        similarity = self.similarity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched is not UNSET:
            field_dict["matched"] = matched
        if submitted_value is not UNSET:
            field_dict["submitted_value"] = submitted_value
        if similarity is not UNSET:
            field_dict["similarity"] = similarity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        matched = d.pop("matched", UNSET)

        submitted_value = d.pop("submitted_value", UNSET)

        similarity = d.pop("similarity", UNSET)

        match_field_result = cls(
            matched=matched,
            submitted_value=submitted_value,
            similarity=similarity,
        )

        match_field_result.additional_properties = d
        return match_field_result

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

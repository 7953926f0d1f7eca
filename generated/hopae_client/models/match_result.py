from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.match_granularity import MatchGranularity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.match_details import MatchDetails


T = TypeVar("T", bound="MatchResult")


@_attrs_define
class MatchResult:
    """Comparison of the submitted `matchData` against the authoritative source (official `MatchEnvelopeDto`). The official
    file requires `matched`, `granularity` and `submitted_fields`; the only documented example of it is illustrative, so
    nothing is required here.

        Attributes:
            matched (bool | Unset): Overall verdict.
            granularity (MatchGranularity | Unset): `aggregate`: one overall `matched` verdict; `per_field`: a verdict per
                submitted field in `details`.
            submitted_fields (list[str] | Unset): The `matchData` keys that were submitted (provider-native names).
            details (MatchDetails | Unset): Per-field results, keyed by field name; present only for `per_field`
                granularity, and may hold keys beyond `submitted_fields`.
    """

    matched: bool | Unset = UNSET
    granularity: MatchGranularity | Unset = UNSET
    submitted_fields: list[str] | Unset = UNSET
    details: MatchDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        matched = self.matched

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity.value

        submitted_fields: list[str] | Unset = UNSET
        if not isinstance(self.submitted_fields, Unset):
            submitted_fields = self.submitted_fields

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if matched is not UNSET:
            field_dict["matched"] = matched
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if submitted_fields is not UNSET:
            field_dict["submitted_fields"] = submitted_fields
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_details import MatchDetails  # noqa: PLC0415

        d = dict(src_dict)
        matched = d.pop("matched", UNSET)

        _granularity = d.pop("granularity", UNSET)
        granularity: MatchGranularity | Unset
        if isinstance(_granularity, Unset):
            granularity = UNSET
        else:
            granularity = MatchGranularity(_granularity)

        submitted_fields = cast(list[str], d.pop("submitted_fields", UNSET))

        _details = d.pop("details", UNSET)
        details: MatchDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = MatchDetails.from_dict(_details)

        match_result = cls(
            matched=matched,
            granularity=granularity,
            submitted_fields=submitted_fields,
            details=details,
        )

        match_result.additional_properties = d
        return match_result

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

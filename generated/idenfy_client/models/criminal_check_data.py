from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criminal_check_offense import CriminalCheckOffense


T = TypeVar("T", bound="CriminalCheckData")


@_attrs_define
class CriminalCheckData:
    """One criminal record found.

    Attributes:
        offenses (list[CriminalCheckOffense] | Unset): The offenses on the record.
        full_name (None | str | Unset): Full name on the record.
        county (None | str | Unset): County of the record.
        region (None | str | Unset): US state (or DC) of the record, as a two-letter code; the official file's
            51-value list is not repeated here.
    """

    offenses: list[CriminalCheckOffense] | Unset = UNSET
    full_name: None | str | Unset = UNSET
    county: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offenses, Unset):
            offenses = []
            for offenses_item_data in self.offenses:
                offenses_item = offenses_item_data.to_dict()
                offenses.append(offenses_item)

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        county: None | str | Unset
        if isinstance(self.county, Unset):
            county = UNSET
        else:
            county = self.county

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offenses is not UNSET:
            field_dict["offenses"] = offenses
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if county is not UNSET:
            field_dict["county"] = county
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criminal_check_offense import CriminalCheckOffense  # noqa: PLC0415

        d = dict(src_dict)
        _offenses = d.pop("offenses", UNSET)
        offenses: list[CriminalCheckOffense] | Unset = UNSET
        if _offenses is not UNSET:
            offenses = []
            for offenses_item_data in _offenses:
                offenses_item = CriminalCheckOffense.from_dict(offenses_item_data)

                offenses.append(offenses_item)

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("fullName", UNSET))

        def _parse_county(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        county = _parse_county(d.pop("county", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        criminal_check_data = cls(
            offenses=offenses,
            full_name=full_name,
            county=county,
            region=region,
        )

        criminal_check_data.additional_properties = d
        return criminal_check_data

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

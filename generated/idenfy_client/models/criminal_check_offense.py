from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CriminalCheckOffense")


@_attrs_define
class CriminalCheckOffense:
    """One offense on a criminal record.

    Attributes:
        offense (None | str | Unset): The offense.
        offense_class (None | str | Unset): Its class.
        offense_description (None | str | Unset): Its description.
        offense_level (None | str | Unset): Its level.
        sentence_date (None | str | Unset): Sentence date (plain string).
        court_name (None | str | Unset): The court.
        court_case_number (None | str | Unset): The court case number.
        release_date (None | str | Unset): Release date (plain string).
    """

    offense: None | str | Unset = UNSET
    offense_class: None | str | Unset = UNSET
    offense_description: None | str | Unset = UNSET
    offense_level: None | str | Unset = UNSET
    sentence_date: None | str | Unset = UNSET
    court_name: None | str | Unset = UNSET
    court_case_number: None | str | Unset = UNSET
    release_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offense: None | str | Unset
        if isinstance(self.offense, Unset):
            offense = UNSET
        else:
            offense = self.offense

        offense_class: None | str | Unset
        if isinstance(self.offense_class, Unset):
            offense_class = UNSET
        else:
            offense_class = self.offense_class

        offense_description: None | str | Unset
        if isinstance(self.offense_description, Unset):
            offense_description = UNSET
        else:
            offense_description = self.offense_description

        offense_level: None | str | Unset
        if isinstance(self.offense_level, Unset):
            offense_level = UNSET
        else:
            offense_level = self.offense_level

        sentence_date: None | str | Unset
        if isinstance(self.sentence_date, Unset):
            sentence_date = UNSET
        else:
            sentence_date = self.sentence_date

        court_name: None | str | Unset
        if isinstance(self.court_name, Unset):
            court_name = UNSET
        else:
            court_name = self.court_name

        court_case_number: None | str | Unset
        if isinstance(self.court_case_number, Unset):
            court_case_number = UNSET
        else:
            court_case_number = self.court_case_number

        release_date: None | str | Unset
        if isinstance(self.release_date, Unset):
            release_date = UNSET
        else:
            release_date = self.release_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if offense is not UNSET:
            field_dict["offense"] = offense
        if offense_class is not UNSET:
            field_dict["offenseClass"] = offense_class
        if offense_description is not UNSET:
            field_dict["offenseDescription"] = offense_description
        if offense_level is not UNSET:
            field_dict["offenseLevel"] = offense_level
        if sentence_date is not UNSET:
            field_dict["sentenceDate"] = sentence_date
        if court_name is not UNSET:
            field_dict["courtName"] = court_name
        if court_case_number is not UNSET:
            field_dict["courtCaseNumber"] = court_case_number
        if release_date is not UNSET:
            field_dict["releaseDate"] = release_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_offense(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offense = _parse_offense(d.pop("offense", UNSET))

        def _parse_offense_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offense_class = _parse_offense_class(d.pop("offenseClass", UNSET))

        def _parse_offense_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offense_description = _parse_offense_description(d.pop("offenseDescription", UNSET))

        def _parse_offense_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offense_level = _parse_offense_level(d.pop("offenseLevel", UNSET))

        def _parse_sentence_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sentence_date = _parse_sentence_date(d.pop("sentenceDate", UNSET))

        def _parse_court_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        court_name = _parse_court_name(d.pop("courtName", UNSET))

        def _parse_court_case_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        court_case_number = _parse_court_case_number(d.pop("courtCaseNumber", UNSET))

        def _parse_release_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_date = _parse_release_date(d.pop("releaseDate", UNSET))

        criminal_check_offense = cls(
            offense=offense,
            offense_class=offense_class,
            offense_description=offense_description,
            offense_level=offense_level,
            sentence_date=sentence_date,
            court_name=court_name,
            court_case_number=court_case_number,
            release_date=release_date,
        )

        criminal_check_offense.additional_properties = d
        return criminal_check_offense

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aml_suspicion_type import AmlSuspicionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyAmlData")


@_attrs_define
class CompanyAmlData:
    """One hit of a company screening (the name-screening fields without `exitDate`).

    Attributes:
        name (None | str | Unset): Name of the listed person.
        surname (None | str | Unset): Surname of the listed person.
        nationality (None | str | Unset): Nationality of the listed person.
        dob (None | str | Unset): Date of birth of the listed person (plain string).
        suspicion (AmlSuspicionType | None | Unset): Kind of list the hit comes from.
        reason (None | str | Unset): Why the person is listed.
        list_number (None | str | Unset): Entry number in the list.
        list_name (None | str | Unset): Name of the list.
        score (int | None | Unset): Match score.
        last_update (None | str | Unset): When the entry was last updated (plain string).
        is_person (bool | None | Unset): Whether the entry is a person.
        is_active (bool | None | Unset): Whether the entry is active.
        linked_document (None | str | Unset): Link to the source document.
        pep_level (int | None | Unset): PEP level.
        category (None | str | Unset): Category of the entry.
        other_information (None | str | Unset): Other information on the entry.
        check_date (None | str | Unset): When the check ran (plain string).
        whitelisted (bool | Unset): Whether you whitelisted this hit.
    """

    name: None | str | Unset = UNSET
    surname: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    dob: None | str | Unset = UNSET
    suspicion: AmlSuspicionType | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    list_number: None | str | Unset = UNSET
    list_name: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    last_update: None | str | Unset = UNSET
    is_person: bool | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    linked_document: None | str | Unset = UNSET
    pep_level: int | None | Unset = UNSET
    category: None | str | Unset = UNSET
    other_information: None | str | Unset = UNSET
    check_date: None | str | Unset = UNSET
    whitelisted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        surname: None | str | Unset
        if isinstance(self.surname, Unset):
            surname = UNSET
        else:
            surname = self.surname

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        else:
            dob = self.dob

        suspicion: None | str | Unset
        if isinstance(self.suspicion, Unset):
            suspicion = UNSET
        elif isinstance(self.suspicion, AmlSuspicionType):
            suspicion = self.suspicion.value
        else:
            suspicion = self.suspicion

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        list_number: None | str | Unset
        if isinstance(self.list_number, Unset):
            list_number = UNSET
        else:
            list_number = self.list_number

        list_name: None | str | Unset
        if isinstance(self.list_name, Unset):
            list_name = UNSET
        else:
            list_name = self.list_name

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        last_update: None | str | Unset
        if isinstance(self.last_update, Unset):
            last_update = UNSET
        else:
            last_update = self.last_update

        is_person: bool | None | Unset
        if isinstance(self.is_person, Unset):
            is_person = UNSET
        else:
            is_person = self.is_person

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        linked_document: None | str | Unset
        if isinstance(self.linked_document, Unset):
            linked_document = UNSET
        else:
            linked_document = self.linked_document

        pep_level: int | None | Unset
        if isinstance(self.pep_level, Unset):
            pep_level = UNSET
        else:
            pep_level = self.pep_level

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        other_information: None | str | Unset
        if isinstance(self.other_information, Unset):
            other_information = UNSET
        else:
            other_information = self.other_information

        check_date: None | str | Unset
        if isinstance(self.check_date, Unset):
            check_date = UNSET
        else:
            check_date = self.check_date

        whitelisted = self.whitelisted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if dob is not UNSET:
            field_dict["dob"] = dob
        if suspicion is not UNSET:
            field_dict["suspicion"] = suspicion
        if reason is not UNSET:
            field_dict["reason"] = reason
        if list_number is not UNSET:
            field_dict["listNumber"] = list_number
        if list_name is not UNSET:
            field_dict["listName"] = list_name
        if score is not UNSET:
            field_dict["score"] = score
        if last_update is not UNSET:
            field_dict["lastUpdate"] = last_update
        if is_person is not UNSET:
            field_dict["isPerson"] = is_person
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if linked_document is not UNSET:
            field_dict["linkedDocument"] = linked_document
        if pep_level is not UNSET:
            field_dict["pepLevel"] = pep_level
        if category is not UNSET:
            field_dict["category"] = category
        if other_information is not UNSET:
            field_dict["otherInformation"] = other_information
        if check_date is not UNSET:
            field_dict["checkDate"] = check_date
        if whitelisted is not UNSET:
            field_dict["whitelisted"] = whitelisted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_surname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        surname = _parse_surname(d.pop("surname", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_dob(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dob = _parse_dob(d.pop("dob", UNSET))

        def _parse_suspicion(data: object) -> AmlSuspicionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                suspicion_type_0 = AmlSuspicionType(data)

                return suspicion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlSuspicionType | None | Unset, data)

        suspicion = _parse_suspicion(d.pop("suspicion", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_list_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_number = _parse_list_number(d.pop("listNumber", UNSET))

        def _parse_list_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_name = _parse_list_name(d.pop("listName", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_last_update(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_update = _parse_last_update(d.pop("lastUpdate", UNSET))

        def _parse_is_person(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_person = _parse_is_person(d.pop("isPerson", UNSET))

        def _parse_is_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_active = _parse_is_active(d.pop("isActive", UNSET))

        def _parse_linked_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linked_document = _parse_linked_document(d.pop("linkedDocument", UNSET))

        def _parse_pep_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pep_level = _parse_pep_level(d.pop("pepLevel", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_other_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        other_information = _parse_other_information(d.pop("otherInformation", UNSET))

        def _parse_check_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        check_date = _parse_check_date(d.pop("checkDate", UNSET))

        whitelisted = d.pop("whitelisted", UNSET)

        company_aml_data = cls(
            name=name,
            surname=surname,
            nationality=nationality,
            dob=dob,
            suspicion=suspicion,
            reason=reason,
            list_number=list_number,
            list_name=list_name,
            score=score,
            last_update=last_update,
            is_person=is_person,
            is_active=is_active,
            linked_document=linked_document,
            pep_level=pep_level,
            category=category,
            other_information=other_information,
            check_date=check_date,
            whitelisted=whitelisted,
        )

        company_aml_data.additional_properties = d
        return company_aml_data

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

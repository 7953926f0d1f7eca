from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_section import QuestionnaireSection


T = TypeVar("T", bound="QuestionnaireAnswers")


@_attrs_define
class QuestionnaireAnswers:
    """The client's answers to the questionnaire.

    Attributes:
        title (str | Unset): Title of the questionnaire.
        sections (list[QuestionnaireSection] | Unset): The questionnaire's sections.
    """

    title: str | Unset = UNSET
    sections: list[QuestionnaireSection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        sections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sections, Unset):
            sections = []
            for sections_item_data in self.sections:
                sections_item = sections_item_data.to_dict()
                sections.append(sections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if sections is not UNSET:
            field_dict["sections"] = sections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.questionnaire_section import QuestionnaireSection  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _sections = d.pop("sections", UNSET)
        sections: list[QuestionnaireSection] | Unset = UNSET
        if _sections is not UNSET:
            sections = []
            for sections_item_data in _sections:
                sections_item = QuestionnaireSection.from_dict(sections_item_data)

                sections.append(sections_item)

        questionnaire_answers = cls(
            title=title,
            sections=sections,
        )

        questionnaire_answers.additional_properties = d
        return questionnaire_answers

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

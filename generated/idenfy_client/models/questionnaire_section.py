from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.questionnaire_question import QuestionnaireQuestion


T = TypeVar("T", bound="QuestionnaireSection")


@_attrs_define
class QuestionnaireSection:
    """One section of a questionnaire.

    Attributes:
        title (str | Unset): Title of the section.
        questions (list[QuestionnaireQuestion] | Unset): The section's questions with their answers.
    """

    title: str | Unset = UNSET
    questions: list[QuestionnaireQuestion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        questions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.questions, Unset):
            questions = []
            for questions_item_data in self.questions:
                questions_item = questions_item_data.to_dict()
                questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.questionnaire_question import QuestionnaireQuestion  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _questions = d.pop("questions", UNSET)
        questions: list[QuestionnaireQuestion] | Unset = UNSET
        if _questions is not UNSET:
            questions = []
            for questions_item_data in _questions:
                questions_item = QuestionnaireQuestion.from_dict(questions_item_data)

                questions.append(questions_item)

        questionnaire_section = cls(
            title=title,
            questions=questions,
        )

        questionnaire_section.additional_properties = d
        return questionnaire_section

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

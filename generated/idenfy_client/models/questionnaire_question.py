from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_question_type import QuestionnaireQuestionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuestionnaireQuestion")


@_attrs_define
class QuestionnaireQuestion:
    """One question with the client's answer.

    Attributes:
        key (str): Key of the question.
        title (str | Unset): The question.
        type_ (QuestionnaireQuestionType | Unset): The input type of a questionnaire question.
             Example: TEXT.
        value (bool | list[str] | None | str | Unset): The answer (a list, a string or a boolean), `null` when
            unanswered.
    """

    key: str
    title: str | Unset = UNSET
    type_: QuestionnaireQuestionType | Unset = UNSET
    value: bool | list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        value: bool | list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: QuestionnaireQuestionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = QuestionnaireQuestionType(_type_)

        def _parse_value(data: object) -> bool | list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_0 = cast(list[str], data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        questionnaire_question = cls(
            key=key,
            title=title,
            type_=type_,
            value=value,
        )

        questionnaire_question.additional_properties = d
        return questionnaire_question

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aml_article_type import AmlArticleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdverseMediaData")


@_attrs_define
class AdverseMediaData:
    """One adverse-media article.

    Attributes:
        title (None | str | Unset): Title of the article.
        url (None | str | Unset): Link to the article.
        text (None | str | Unset): Excerpt.
        score (None | str | Unset): Relevance score (a string in the official file).
        type_ (AmlArticleType | None | Unset): Kind of article.
        check_date (None | str | Unset): When the check ran (plain string; non-null in the official file).
        publish_date (None | str | Unset): When the article was published (plain string).
    """

    title: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    score: None | str | Unset = UNSET
    type_: AmlArticleType | None | Unset = UNSET
    check_date: None | str | Unset = UNSET
    publish_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        score: None | str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AmlArticleType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        check_date: None | str | Unset
        if isinstance(self.check_date, Unset):
            check_date = UNSET
        else:
            check_date = self.check_date

        publish_date: None | str | Unset
        if isinstance(self.publish_date, Unset):
            publish_date = UNSET
        else:
            publish_date = self.publish_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if text is not UNSET:
            field_dict["text"] = text
        if score is not UNSET:
            field_dict["score"] = score
        if type_ is not UNSET:
            field_dict["type"] = type_
        if check_date is not UNSET:
            field_dict["checkDate"] = check_date
        if publish_date is not UNSET:
            field_dict["publishDate"] = publish_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_score(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_type_(data: object) -> AmlArticleType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AmlArticleType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlArticleType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_check_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        check_date = _parse_check_date(d.pop("checkDate", UNSET))

        def _parse_publish_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_date = _parse_publish_date(d.pop("publishDate", UNSET))

        adverse_media_data = cls(
            title=title,
            url=url,
            text=text,
            score=score,
            type_=type_,
            check_date=check_date,
            publish_date=publish_date,
        )

        adverse_media_data.additional_properties = d
        return adverse_media_data

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

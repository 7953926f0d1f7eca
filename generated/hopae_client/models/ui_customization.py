from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_theme import UiTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="UiCustomization")


@_attrs_define
class UiCustomization:
    """Look of Hopae's hosted pages for this verification (official Dto).

    Attributes:
        color_scheme (str | Unset): Colour scheme (e.g. a brand colour).
        logo_url (str | Unset): URL of your logo.
        theme (UiTheme | Unset): Colour theme of Hopae's hosted pages (official Dto `uiCustomization.theme`).
    """

    color_scheme: str | Unset = UNSET
    logo_url: str | Unset = UNSET
    theme: UiTheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color_scheme = self.color_scheme

        logo_url = self.logo_url

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color_scheme is not UNSET:
            field_dict["colorScheme"] = color_scheme
        if logo_url is not UNSET:
            field_dict["logoUrl"] = logo_url
        if theme is not UNSET:
            field_dict["theme"] = theme

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        color_scheme = d.pop("colorScheme", UNSET)

        logo_url = d.pop("logoUrl", UNSET)

        _theme = d.pop("theme", UNSET)
        theme: UiTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = UiTheme(_theme)

        ui_customization = cls(
            color_scheme=color_scheme,
            logo_url=logo_url,
            theme=theme,
        )

        ui_customization.additional_properties = d
        return ui_customization

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_data_field_type import UserDataFieldType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_data_option import UserDataOption


T = TypeVar("T", bound="UserDataField")


@_attrs_define
class UserDataField:
    """One `userData` field of a provider configuration (official `UserDataFieldDto`, which also requires `type`,
    `required` and `label`; only the field name, its identifier, is guaranteed here).

        Attributes:
            field (str): The `userData` key. Example: presetBank.
            type_ (UserDataFieldType | Unset): Input type of a `userData` field in a provider configuration: free `text`, or
                a `select` among `options`.
            required (bool | Unset): Whether the provider needs the field. Example: True.
            label (str | Unset): Label for a form. Example: Bank Selection.
            description (str | Unset): Help text for a form. Example: Select your Dutch bank for iDIN verification.
            options (list[UserDataOption] | Unset): The allowed values of a `select` field.
            pattern (str | Unset): A regular expression the value must match. Example: ^[A-Z]{2}[0-9]{9}$.
    """

    field: str
    type_: UserDataFieldType | Unset = UNSET
    required: bool | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    options: list[UserDataOption] | Unset = UNSET
    pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        required = self.required

        label = self.label

        description = self.description

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        pattern = self.pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if options is not UNSET:
            field_dict["options"] = options
        if pattern is not UNSET:
            field_dict["pattern"] = pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_data_option import UserDataOption  # noqa: PLC0415

        d = dict(src_dict)
        field = d.pop("field")

        _type_ = d.pop("type", UNSET)
        type_: UserDataFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = UserDataFieldType(_type_)

        required = d.pop("required", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        _options = d.pop("options", UNSET)
        options: list[UserDataOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = UserDataOption.from_dict(options_item_data)

                options.append(options_item)

        pattern = d.pop("pattern", UNSET)

        user_data_field = cls(
            field=field,
            type_=type_,
            required=required,
            label=label,
            description=description,
            options=options,
            pattern=pattern,
        )

        user_data_field.additional_properties = d
        return user_data_field

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

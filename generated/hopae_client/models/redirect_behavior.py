from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redirect_target import RedirectTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedirectBehavior")


@_attrs_define
class RedirectBehavior:
    """How to open `flowDetails.authorizationUrl` (official Dto, which requires all three fields; no documentation example
    shows the object, so they are optional here).

        Attributes:
            method (str | Unset): HTTP method of the redirect.
            target (RedirectTarget | Unset): Where a redirect opens (official `RedirectBehavior.target`): `_self` in the
                same window, `_blank` in a new one.
            mobile_behavior (str | Unset): How to redirect on mobile devices.
    """

    method: str | Unset = UNSET
    target: RedirectTarget | Unset = UNSET
    mobile_behavior: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        target: str | Unset = UNSET
        if not isinstance(self.target, Unset):
            target = self.target.value

        mobile_behavior = self.mobile_behavior

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if target is not UNSET:
            field_dict["target"] = target
        if mobile_behavior is not UNSET:
            field_dict["mobileBehavior"] = mobile_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method", UNSET)

        _target = d.pop("target", UNSET)
        target: RedirectTarget | Unset
        if isinstance(_target, Unset):
            target = UNSET
        else:
            target = RedirectTarget(_target)

        mobile_behavior = d.pop("mobileBehavior", UNSET)

        redirect_behavior = cls(
            method=method,
            target=target,
            mobile_behavior=mobile_behavior,
        )

        redirect_behavior.additional_properties = d
        return redirect_behavior

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

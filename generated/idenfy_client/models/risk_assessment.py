from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskAssessment")


@_attrs_define
class RiskAssessment:
    """Result of the risk assessment.

    Attributes:
        risk_score (int | None | Unset): Risk score from 0 to 100. Example: 12.
        risk_level (None | RiskLevel | Unset): The risk level.
    """

    risk_score: int | None | Unset = UNSET
    risk_level: None | RiskLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        risk_score: int | None | Unset
        if isinstance(self.risk_score, Unset):
            risk_score = UNSET
        else:
            risk_score = self.risk_score

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, RiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if risk_score is not UNSET:
            field_dict["riskScore"] = risk_score
        if risk_level is not UNSET:
            field_dict["riskLevel"] = risk_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_risk_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        risk_score = _parse_risk_score(d.pop("riskScore", UNSET))

        def _parse_risk_level(data: object) -> None | RiskLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_type_0 = RiskLevel(data)

                return risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | Unset, data)

        risk_level = _parse_risk_level(d.pop("riskLevel", UNSET))

        risk_assessment = cls(
            risk_score=risk_score,
            risk_level=risk_level,
        )

        risk_assessment.additional_properties = d
        return risk_assessment

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

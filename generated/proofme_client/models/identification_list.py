from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.identification import Identification


T = TypeVar("T", bound="IdentificationList")


@_attrs_define
class IdentificationList:
    """One page of identifications, as returned by `list_identifications`. Neither member is
    required: Proofme publishes the shape (`{count, rows}`) but no example of it, so a
    page without `count` (or, on an empty page, without `rows`) still parses; treat a
    missing `rows` as an empty page.

        Attributes:
            count (int | Unset): Total number of identifications matching the query (`search`), independent of `offset` and
                `limit`. Example: 1.
            rows (list[Identification] | Unset): The identifications on this page.
    """

    count: int | Unset = UNSET
    rows: list[Identification] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if rows is not UNSET:
            field_dict["rows"] = rows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identification import Identification  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        _rows = d.pop("rows", UNSET)
        rows: list[Identification] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = Identification.from_dict(rows_item_data)

                rows.append(rows_item)

        identification_list = cls(
            count=count,
            rows=rows,
        )

        identification_list.additional_properties = d
        return identification_list

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

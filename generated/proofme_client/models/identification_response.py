from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.identification import Identification


T = TypeVar("T", bound="IdentificationResponse")


@_attrs_define
class IdentificationResponse:
    """Wrapper returned by `create_identification` and `get_identification`.

    Attributes:
        identification (Identification): An identification intent. Proofme serialises every column, sending `null` for
            unset
            ones (the documentation's example carries `"notify": null` and `"scannedAt": null`),
            so every field that can be unset is nullable. Only `id` and `status` are required
            (tolerant reader, specs/README.md): the create example shows the other fields, but
            Proofme does not promise them in every answer, and a client must not fail on an answer
            that lacks one. GET responses may also carry a nested `proofme` configuration object.
    """

    identification: Identification
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identification = self.identification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identification": identification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.identification import Identification  # noqa: PLC0415

        d = dict(src_dict)
        identification = Identification.from_dict(d.pop("identification"))

        identification_response = cls(
            identification=identification,
        )

        identification_response.additional_properties = d
        return identification_response

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

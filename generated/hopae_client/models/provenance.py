from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.provenance_metadata import ProvenanceMetadata
    from ..models.provenance_presentation import ProvenancePresentation


T = TypeVar("T", bound="Provenance")


@_attrs_define
class Provenance:
    """Where the data came from (official `VerificationProvenanceDto`); open for provider extras.

    Attributes:
        presentation (ProvenancePresentation | Unset): The presentation the eID provider or wallet returned.
        field_metadata (ProvenanceMetadata | Unset): Metadata about how the data was obtained.
    """

    presentation: ProvenancePresentation | Unset = UNSET
    field_metadata: ProvenanceMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        presentation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.presentation, Unset):
            presentation = self.presentation.to_dict()

        field_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_metadata, Unset):
            field_metadata = self.field_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if presentation is not UNSET:
            field_dict["presentation"] = presentation
        if field_metadata is not UNSET:
            field_dict["_metadata"] = field_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.provenance_metadata import ProvenanceMetadata  # noqa: PLC0415
        from ..models.provenance_presentation import ProvenancePresentation  # noqa: PLC0415

        d = dict(src_dict)
        _presentation = d.pop("presentation", UNSET)
        presentation: ProvenancePresentation | Unset
        if isinstance(_presentation, Unset):
            presentation = UNSET
        else:
            presentation = ProvenancePresentation.from_dict(_presentation)

        _field_metadata = d.pop("_metadata", UNSET)
        field_metadata: ProvenanceMetadata | Unset
        if isinstance(_field_metadata, Unset):
            field_metadata = UNSET
        else:
            field_metadata = ProvenanceMetadata.from_dict(_field_metadata)

        provenance = cls(
            presentation=presentation,
            field_metadata=field_metadata,
        )

        provenance.additional_properties = d
        return provenance

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

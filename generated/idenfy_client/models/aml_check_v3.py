from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0
    from ..models.aml_v3_adverse_media import AmlV3AdverseMedia
    from ..models.aml_v3_check_data import AmlV3CheckData


T = TypeVar("T", bound="AmlCheckV3")


@_attrs_define
class AmlCheckV3:
    """AML screening result in the newer (v3) form.

    Attributes:
        id (None | str): Identifier of the AML check.
        overall_status (None | str): Overall status of the AML check (no fixed list in the official file).
        status_set_by (AmlCheckV3StatusSetByType0 | None | Unset): Who set the status (free-form).
        status_set_at (None | str | Unset): When the status was set (date-time in the official file; a plain string
            here).
        adverse_media (list[AmlV3AdverseMedia] | None | Unset): Adverse-media hits.
        aml_check (list[AmlV3CheckData] | None | Unset): Watch-list hits.
    """

    id: None | str
    overall_status: None | str
    status_set_by: AmlCheckV3StatusSetByType0 | None | Unset = UNSET
    status_set_at: None | str | Unset = UNSET
    adverse_media: list[AmlV3AdverseMedia] | None | Unset = UNSET
    aml_check: list[AmlV3CheckData] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0  # noqa: PLC0415

        id: None | str
        id = self.id

        overall_status: None | str
        overall_status = self.overall_status

        status_set_by: dict[str, Any] | None | Unset
        if isinstance(self.status_set_by, Unset):
            status_set_by = UNSET
        elif isinstance(self.status_set_by, AmlCheckV3StatusSetByType0):
            status_set_by = self.status_set_by.to_dict()
        else:
            status_set_by = self.status_set_by

        status_set_at: None | str | Unset
        if isinstance(self.status_set_at, Unset):
            status_set_at = UNSET
        else:
            status_set_at = self.status_set_at

        adverse_media: list[dict[str, Any]] | None | Unset
        if isinstance(self.adverse_media, Unset):
            adverse_media = UNSET
        elif isinstance(self.adverse_media, list):
            adverse_media = []
            for adverse_media_type_0_item_data in self.adverse_media:
                adverse_media_type_0_item = adverse_media_type_0_item_data.to_dict()
                adverse_media.append(adverse_media_type_0_item)

        else:
            adverse_media = self.adverse_media

        aml_check: list[dict[str, Any]] | None | Unset
        if isinstance(self.aml_check, Unset):
            aml_check = UNSET
        elif isinstance(self.aml_check, list):
            aml_check = []
            for aml_check_type_0_item_data in self.aml_check:
                aml_check_type_0_item = aml_check_type_0_item_data.to_dict()
                aml_check.append(aml_check_type_0_item)

        else:
            aml_check = self.aml_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "overallStatus": overall_status,
            }
        )
        if status_set_by is not UNSET:
            field_dict["statusSetBy"] = status_set_by
        if status_set_at is not UNSET:
            field_dict["statusSetAt"] = status_set_at
        if adverse_media is not UNSET:
            field_dict["adverseMedia"] = adverse_media
        if aml_check is not UNSET:
            field_dict["amlCheck"] = aml_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0  # noqa: PLC0415
        from ..models.aml_v3_adverse_media import AmlV3AdverseMedia  # noqa: PLC0415
        from ..models.aml_v3_check_data import AmlV3CheckData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_overall_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        overall_status = _parse_overall_status(d.pop("overallStatus"))

        def _parse_status_set_by(data: object) -> AmlCheckV3StatusSetByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_set_by_type_0 = AmlCheckV3StatusSetByType0.from_dict(data)

                return status_set_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlCheckV3StatusSetByType0 | None | Unset, data)

        status_set_by = _parse_status_set_by(d.pop("statusSetBy", UNSET))

        def _parse_status_set_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_set_at = _parse_status_set_at(d.pop("statusSetAt", UNSET))

        def _parse_adverse_media(data: object) -> list[AmlV3AdverseMedia] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                adverse_media_type_0 = []
                _adverse_media_type_0 = data
                for adverse_media_type_0_item_data in _adverse_media_type_0:
                    adverse_media_type_0_item = AmlV3AdverseMedia.from_dict(adverse_media_type_0_item_data)

                    adverse_media_type_0.append(adverse_media_type_0_item)

                return adverse_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AmlV3AdverseMedia] | None | Unset, data)

        adverse_media = _parse_adverse_media(d.pop("adverseMedia", UNSET))

        def _parse_aml_check(data: object) -> list[AmlV3CheckData] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aml_check_type_0 = []
                _aml_check_type_0 = data
                for aml_check_type_0_item_data in _aml_check_type_0:
                    aml_check_type_0_item = AmlV3CheckData.from_dict(aml_check_type_0_item_data)

                    aml_check_type_0.append(aml_check_type_0_item)

                return aml_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AmlV3CheckData] | None | Unset, data)

        aml_check = _parse_aml_check(d.pop("amlCheck", UNSET))

        aml_check_v3 = cls(
            id=id,
            overall_status=overall_status,
            status_set_by=status_set_by,
            status_set_at=status_set_at,
            adverse_media=adverse_media,
            aml_check=aml_check,
        )

        aml_check_v3.additional_properties = d
        return aml_check_v3

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

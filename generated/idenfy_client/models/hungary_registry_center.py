from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_center_resource_type import RegistryCenterResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hungary_registry_center_additional_data_type_0 import HungaryRegistryCenterAdditionalDataType0
    from ..models.hungary_registry_center_address_type_0 import HungaryRegistryCenterAddressType0
    from ..models.hungary_registry_center_id_card_type_0 import HungaryRegistryCenterIdCardType0
    from ..models.hungary_registry_center_passport_type_0 import HungaryRegistryCenterPassportType0
    from ..models.hungary_registry_center_residential_address_type_0 import HungaryRegistryCenterResidentialAddressType0


T = TypeVar("T", bound="HungaryRegistryCenter")


@_attrs_define
class HungaryRegistryCenter:
    """The Hungarian registry centre's answer.

    Attributes:
        checked_mrz (str | Unset): The MRZ that was checked.
        first_name (None | str | Unset): First name in the registry.
        last_name (None | str | Unset): Last name in the registry.
        maiden_name (None | str | Unset): Maiden name.
        mothers_maiden_name (None | str | Unset): Mother's maiden name.
        birth_date (None | str | Unset): Date of birth (a date in the official file; a plain string here).
        birth_place (None | str | Unset): Place of birth.
        address (HungaryRegistryCenterAddressType0 | None | Unset): Registered address (free-form).
        residential_address (HungaryRegistryCenterResidentialAddressType0 | None | Unset): Residential address (free-
            form).
        nationality (None | str | Unset): Nationality (alpha-2; the official file's country list is not repeated here).
        id_card (HungaryRegistryCenterIdCardType0 | None | Unset): ID card record (free-form).
        passport (HungaryRegistryCenterPassportType0 | None | Unset): Passport record (free-form).
        additional_data (HungaryRegistryCenterAdditionalDataType0 | None | Unset): Other data (free-form).
        resource_type (RegistryCenterResourceType | Unset): Which registry centre answered a registry-centre check;
            tells the variants of
            `registryCenterCheck` apart.
             Example: LithuaniaRegistryCenterCheck.
    """

    checked_mrz: str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    maiden_name: None | str | Unset = UNSET
    mothers_maiden_name: None | str | Unset = UNSET
    birth_date: None | str | Unset = UNSET
    birth_place: None | str | Unset = UNSET
    address: HungaryRegistryCenterAddressType0 | None | Unset = UNSET
    residential_address: HungaryRegistryCenterResidentialAddressType0 | None | Unset = UNSET
    nationality: None | str | Unset = UNSET
    id_card: HungaryRegistryCenterIdCardType0 | None | Unset = UNSET
    passport: HungaryRegistryCenterPassportType0 | None | Unset = UNSET
    additional_data: HungaryRegistryCenterAdditionalDataType0 | None | Unset = UNSET
    resource_type: RegistryCenterResourceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hungary_registry_center_additional_data_type_0 import HungaryRegistryCenterAdditionalDataType0  # noqa: PLC0415
        from ..models.hungary_registry_center_address_type_0 import HungaryRegistryCenterAddressType0  # noqa: PLC0415
        from ..models.hungary_registry_center_id_card_type_0 import HungaryRegistryCenterIdCardType0  # noqa: PLC0415
        from ..models.hungary_registry_center_passport_type_0 import HungaryRegistryCenterPassportType0  # noqa: PLC0415
        from ..models.hungary_registry_center_residential_address_type_0 import (
            HungaryRegistryCenterResidentialAddressType0,  # noqa: PLC0415
        )

        checked_mrz = self.checked_mrz

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        maiden_name: None | str | Unset
        if isinstance(self.maiden_name, Unset):
            maiden_name = UNSET
        else:
            maiden_name = self.maiden_name

        mothers_maiden_name: None | str | Unset
        if isinstance(self.mothers_maiden_name, Unset):
            mothers_maiden_name = UNSET
        else:
            mothers_maiden_name = self.mothers_maiden_name

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = self.birth_date

        birth_place: None | str | Unset
        if isinstance(self.birth_place, Unset):
            birth_place = UNSET
        else:
            birth_place = self.birth_place

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, HungaryRegistryCenterAddressType0):
            address = self.address.to_dict()
        else:
            address = self.address

        residential_address: dict[str, Any] | None | Unset
        if isinstance(self.residential_address, Unset):
            residential_address = UNSET
        elif isinstance(self.residential_address, HungaryRegistryCenterResidentialAddressType0):
            residential_address = self.residential_address.to_dict()
        else:
            residential_address = self.residential_address

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        id_card: dict[str, Any] | None | Unset
        if isinstance(self.id_card, Unset):
            id_card = UNSET
        elif isinstance(self.id_card, HungaryRegistryCenterIdCardType0):
            id_card = self.id_card.to_dict()
        else:
            id_card = self.id_card

        passport: dict[str, Any] | None | Unset
        if isinstance(self.passport, Unset):
            passport = UNSET
        elif isinstance(self.passport, HungaryRegistryCenterPassportType0):
            passport = self.passport.to_dict()
        else:
            passport = self.passport

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, HungaryRegistryCenterAdditionalDataType0):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if checked_mrz is not UNSET:
            field_dict["checkedMrz"] = checked_mrz
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if maiden_name is not UNSET:
            field_dict["maidenName"] = maiden_name
        if mothers_maiden_name is not UNSET:
            field_dict["mothersMaidenName"] = mothers_maiden_name
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if birth_place is not UNSET:
            field_dict["birthPlace"] = birth_place
        if address is not UNSET:
            field_dict["address"] = address
        if residential_address is not UNSET:
            field_dict["residentialAddress"] = residential_address
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if id_card is not UNSET:
            field_dict["idCard"] = id_card
        if passport is not UNSET:
            field_dict["passport"] = passport
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hungary_registry_center_additional_data_type_0 import HungaryRegistryCenterAdditionalDataType0  # noqa: PLC0415
        from ..models.hungary_registry_center_address_type_0 import HungaryRegistryCenterAddressType0  # noqa: PLC0415
        from ..models.hungary_registry_center_id_card_type_0 import HungaryRegistryCenterIdCardType0  # noqa: PLC0415
        from ..models.hungary_registry_center_passport_type_0 import HungaryRegistryCenterPassportType0  # noqa: PLC0415
        from ..models.hungary_registry_center_residential_address_type_0 import (
            HungaryRegistryCenterResidentialAddressType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        checked_mrz = d.pop("checkedMrz", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maiden_name = _parse_maiden_name(d.pop("maidenName", UNSET))

        def _parse_mothers_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mothers_maiden_name = _parse_mothers_maiden_name(d.pop("mothersMaidenName", UNSET))

        def _parse_birth_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_date = _parse_birth_date(d.pop("birthDate", UNSET))

        def _parse_birth_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_place = _parse_birth_place(d.pop("birthPlace", UNSET))

        def _parse_address(data: object) -> HungaryRegistryCenterAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = HungaryRegistryCenterAddressType0.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HungaryRegistryCenterAddressType0 | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_residential_address(data: object) -> HungaryRegistryCenterResidentialAddressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                residential_address_type_0 = HungaryRegistryCenterResidentialAddressType0.from_dict(data)

                return residential_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HungaryRegistryCenterResidentialAddressType0 | None | Unset, data)

        residential_address = _parse_residential_address(d.pop("residentialAddress", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_id_card(data: object) -> HungaryRegistryCenterIdCardType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                id_card_type_0 = HungaryRegistryCenterIdCardType0.from_dict(data)

                return id_card_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HungaryRegistryCenterIdCardType0 | None | Unset, data)

        id_card = _parse_id_card(d.pop("idCard", UNSET))

        def _parse_passport(data: object) -> HungaryRegistryCenterPassportType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                passport_type_0 = HungaryRegistryCenterPassportType0.from_dict(data)

                return passport_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HungaryRegistryCenterPassportType0 | None | Unset, data)

        passport = _parse_passport(d.pop("passport", UNSET))

        def _parse_additional_data(data: object) -> HungaryRegistryCenterAdditionalDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_0 = HungaryRegistryCenterAdditionalDataType0.from_dict(data)

                return additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HungaryRegistryCenterAdditionalDataType0 | None | Unset, data)

        additional_data = _parse_additional_data(d.pop("additionalData", UNSET))

        _resource_type = d.pop("resourceType", UNSET)
        resource_type: RegistryCenterResourceType | Unset
        if isinstance(_resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = RegistryCenterResourceType(_resource_type)

        hungary_registry_center = cls(
            checked_mrz=checked_mrz,
            first_name=first_name,
            last_name=last_name,
            maiden_name=maiden_name,
            mothers_maiden_name=mothers_maiden_name,
            birth_date=birth_date,
            birth_place=birth_place,
            address=address,
            residential_address=residential_address,
            nationality=nationality,
            id_card=id_card,
            passport=passport,
            additional_data=additional_data,
            resource_type=resource_type,
        )

        hungary_registry_center.additional_properties = d
        return hungary_registry_center

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

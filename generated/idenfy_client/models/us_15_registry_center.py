from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_center_resource_type import RegistryCenterResourceType
from ..models.soft_kyc_match_status import SoftKycMatchStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Us15RegistryCenter")


@_attrs_define
class Us15RegistryCenter:
    """The US (Us15) registry check's answer: the data sent and how each field matched.

    Attributes:
        first_name (str | Unset): First name sent.
        last_name (str | Unset): Last name sent.
        middle_name (None | str | Unset): Middle name.
        dob (None | str | Unset): Date of birth (plain string).
        yob (int | None | Unset): Year of birth.
        address1 (None | str | Unset): Address line 1.
        address2 (None | str | Unset): Address line 2.
        city (None | str | Unset): City.
        state (None | str | Unset): State (two letters).
        zip_ (None | str | Unset): ZIP code.
        id_num (None | str | Unset): Identity number (e.g. SSN).
        phone (None | str | Unset): Phone number.
        email (None | str | Unset): E-mail address.
        resource_type (RegistryCenterResourceType | Unset): Which registry centre answered a registry-centre check;
            tells the variants of
            `registryCenterCheck` apart.
             Example: LithuaniaRegistryCenterCheck.
        first_name_status (None | SoftKycMatchStatus | Unset): How `firstName` compared with the registry.
        last_name_status (None | SoftKycMatchStatus | Unset): How `lastName` compared with the registry.
        middle_name_status (None | SoftKycMatchStatus | Unset): How `middleName` compared with the registry.
        dob_status (None | SoftKycMatchStatus | Unset): How `dob` compared with the registry.
        yob_status (None | SoftKycMatchStatus | Unset): How `yob` compared with the registry.
        address_1_status (None | SoftKycMatchStatus | Unset): How `address1` compared with the registry.
        address_2_status (None | SoftKycMatchStatus | Unset): How `address2` compared with the registry.
        city_status (None | SoftKycMatchStatus | Unset): How `city` compared with the registry.
        state_status (None | SoftKycMatchStatus | Unset): How `state` compared with the registry.
        zip_status (None | SoftKycMatchStatus | Unset): How `zip` compared with the registry.
        id_num_status (None | SoftKycMatchStatus | Unset): How `idNum` compared with the registry.
        phone_status (None | SoftKycMatchStatus | Unset): How `phone` compared with the registry.
        email_status (None | SoftKycMatchStatus | Unset): How `email` compared with the registry.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    middle_name: None | str | Unset = UNSET
    dob: None | str | Unset = UNSET
    yob: int | None | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zip_: None | str | Unset = UNSET
    id_num: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    resource_type: RegistryCenterResourceType | Unset = UNSET
    first_name_status: None | SoftKycMatchStatus | Unset = UNSET
    last_name_status: None | SoftKycMatchStatus | Unset = UNSET
    middle_name_status: None | SoftKycMatchStatus | Unset = UNSET
    dob_status: None | SoftKycMatchStatus | Unset = UNSET
    yob_status: None | SoftKycMatchStatus | Unset = UNSET
    address_1_status: None | SoftKycMatchStatus | Unset = UNSET
    address_2_status: None | SoftKycMatchStatus | Unset = UNSET
    city_status: None | SoftKycMatchStatus | Unset = UNSET
    state_status: None | SoftKycMatchStatus | Unset = UNSET
    zip_status: None | SoftKycMatchStatus | Unset = UNSET
    id_num_status: None | SoftKycMatchStatus | Unset = UNSET
    phone_status: None | SoftKycMatchStatus | Unset = UNSET
    email_status: None | SoftKycMatchStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        dob: None | str | Unset
        if isinstance(self.dob, Unset):
            dob = UNSET
        else:
            dob = self.dob

        yob: int | None | Unset
        if isinstance(self.yob, Unset):
            yob = UNSET
        else:
            yob = self.yob

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        id_num: None | str | Unset
        if isinstance(self.id_num, Unset):
            id_num = UNSET
        else:
            id_num = self.id_num

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        resource_type: str | Unset = UNSET
        if not isinstance(self.resource_type, Unset):
            resource_type = self.resource_type.value

        first_name_status: None | str | Unset
        if isinstance(self.first_name_status, Unset):
            first_name_status = UNSET
        elif isinstance(self.first_name_status, SoftKycMatchStatus):
            first_name_status = self.first_name_status.value
        else:
            first_name_status = self.first_name_status

        last_name_status: None | str | Unset
        if isinstance(self.last_name_status, Unset):
            last_name_status = UNSET
        elif isinstance(self.last_name_status, SoftKycMatchStatus):
            last_name_status = self.last_name_status.value
        else:
            last_name_status = self.last_name_status

        middle_name_status: None | str | Unset
        if isinstance(self.middle_name_status, Unset):
            middle_name_status = UNSET
        elif isinstance(self.middle_name_status, SoftKycMatchStatus):
            middle_name_status = self.middle_name_status.value
        else:
            middle_name_status = self.middle_name_status

        dob_status: None | str | Unset
        if isinstance(self.dob_status, Unset):
            dob_status = UNSET
        elif isinstance(self.dob_status, SoftKycMatchStatus):
            dob_status = self.dob_status.value
        else:
            dob_status = self.dob_status

        yob_status: None | str | Unset
        if isinstance(self.yob_status, Unset):
            yob_status = UNSET
        elif isinstance(self.yob_status, SoftKycMatchStatus):
            yob_status = self.yob_status.value
        else:
            yob_status = self.yob_status

        address_1_status: None | str | Unset
        if isinstance(self.address_1_status, Unset):
            address_1_status = UNSET
        elif isinstance(self.address_1_status, SoftKycMatchStatus):
            address_1_status = self.address_1_status.value
        else:
            address_1_status = self.address_1_status

        address_2_status: None | str | Unset
        if isinstance(self.address_2_status, Unset):
            address_2_status = UNSET
        elif isinstance(self.address_2_status, SoftKycMatchStatus):
            address_2_status = self.address_2_status.value
        else:
            address_2_status = self.address_2_status

        city_status: None | str | Unset
        if isinstance(self.city_status, Unset):
            city_status = UNSET
        elif isinstance(self.city_status, SoftKycMatchStatus):
            city_status = self.city_status.value
        else:
            city_status = self.city_status

        state_status: None | str | Unset
        if isinstance(self.state_status, Unset):
            state_status = UNSET
        elif isinstance(self.state_status, SoftKycMatchStatus):
            state_status = self.state_status.value
        else:
            state_status = self.state_status

        zip_status: None | str | Unset
        if isinstance(self.zip_status, Unset):
            zip_status = UNSET
        elif isinstance(self.zip_status, SoftKycMatchStatus):
            zip_status = self.zip_status.value
        else:
            zip_status = self.zip_status

        id_num_status: None | str | Unset
        if isinstance(self.id_num_status, Unset):
            id_num_status = UNSET
        elif isinstance(self.id_num_status, SoftKycMatchStatus):
            id_num_status = self.id_num_status.value
        else:
            id_num_status = self.id_num_status

        phone_status: None | str | Unset
        if isinstance(self.phone_status, Unset):
            phone_status = UNSET
        elif isinstance(self.phone_status, SoftKycMatchStatus):
            phone_status = self.phone_status.value
        else:
            phone_status = self.phone_status

        email_status: None | str | Unset
        if isinstance(self.email_status, Unset):
            email_status = UNSET
        elif isinstance(self.email_status, SoftKycMatchStatus):
            email_status = self.email_status.value
        else:
            email_status = self.email_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if middle_name is not UNSET:
            field_dict["middleName"] = middle_name
        if dob is not UNSET:
            field_dict["dob"] = dob
        if yob is not UNSET:
            field_dict["yob"] = yob
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if id_num is not UNSET:
            field_dict["idNum"] = id_num
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if first_name_status is not UNSET:
            field_dict["firstNameStatus"] = first_name_status
        if last_name_status is not UNSET:
            field_dict["lastNameStatus"] = last_name_status
        if middle_name_status is not UNSET:
            field_dict["middleNameStatus"] = middle_name_status
        if dob_status is not UNSET:
            field_dict["dobStatus"] = dob_status
        if yob_status is not UNSET:
            field_dict["yobStatus"] = yob_status
        if address_1_status is not UNSET:
            field_dict["address1Status"] = address_1_status
        if address_2_status is not UNSET:
            field_dict["address2Status"] = address_2_status
        if city_status is not UNSET:
            field_dict["cityStatus"] = city_status
        if state_status is not UNSET:
            field_dict["stateStatus"] = state_status
        if zip_status is not UNSET:
            field_dict["zipStatus"] = zip_status
        if id_num_status is not UNSET:
            field_dict["idNumStatus"] = id_num_status
        if phone_status is not UNSET:
            field_dict["phoneStatus"] = phone_status
        if email_status is not UNSET:
            field_dict["emailStatus"] = email_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middleName", UNSET))

        def _parse_dob(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dob = _parse_dob(d.pop("dob", UNSET))

        def _parse_yob(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        yob = _parse_yob(d.pop("yob", UNSET))

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_zip_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zip_ = _parse_zip_(d.pop("zip", UNSET))

        def _parse_id_num(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id_num = _parse_id_num(d.pop("idNum", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        _resource_type = d.pop("resourceType", UNSET)
        resource_type: RegistryCenterResourceType | Unset
        if isinstance(_resource_type, Unset):
            resource_type = UNSET
        else:
            resource_type = RegistryCenterResourceType(_resource_type)

        def _parse_first_name_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_name_status_type_0 = SoftKycMatchStatus(data)

                return first_name_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        first_name_status = _parse_first_name_status(d.pop("firstNameStatus", UNSET))

        def _parse_last_name_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_name_status_type_0 = SoftKycMatchStatus(data)

                return last_name_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        last_name_status = _parse_last_name_status(d.pop("lastNameStatus", UNSET))

        def _parse_middle_name_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                middle_name_status_type_0 = SoftKycMatchStatus(data)

                return middle_name_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        middle_name_status = _parse_middle_name_status(d.pop("middleNameStatus", UNSET))

        def _parse_dob_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dob_status_type_0 = SoftKycMatchStatus(data)

                return dob_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        dob_status = _parse_dob_status(d.pop("dobStatus", UNSET))

        def _parse_yob_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                yob_status_type_0 = SoftKycMatchStatus(data)

                return yob_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        yob_status = _parse_yob_status(d.pop("yobStatus", UNSET))

        def _parse_address_1_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                address_1_status_type_0 = SoftKycMatchStatus(data)

                return address_1_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        address_1_status = _parse_address_1_status(d.pop("address1Status", UNSET))

        def _parse_address_2_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                address_2_status_type_0 = SoftKycMatchStatus(data)

                return address_2_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        address_2_status = _parse_address_2_status(d.pop("address2Status", UNSET))

        def _parse_city_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                city_status_type_0 = SoftKycMatchStatus(data)

                return city_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        city_status = _parse_city_status(d.pop("cityStatus", UNSET))

        def _parse_state_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                state_status_type_0 = SoftKycMatchStatus(data)

                return state_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        state_status = _parse_state_status(d.pop("stateStatus", UNSET))

        def _parse_zip_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                zip_status_type_0 = SoftKycMatchStatus(data)

                return zip_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        zip_status = _parse_zip_status(d.pop("zipStatus", UNSET))

        def _parse_id_num_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_num_status_type_0 = SoftKycMatchStatus(data)

                return id_num_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        id_num_status = _parse_id_num_status(d.pop("idNumStatus", UNSET))

        def _parse_phone_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phone_status_type_0 = SoftKycMatchStatus(data)

                return phone_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        phone_status = _parse_phone_status(d.pop("phoneStatus", UNSET))

        def _parse_email_status(data: object) -> None | SoftKycMatchStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                email_status_type_0 = SoftKycMatchStatus(data)

                return email_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftKycMatchStatus | Unset, data)

        email_status = _parse_email_status(d.pop("emailStatus", UNSET))

        us_15_registry_center = cls(
            first_name=first_name,
            last_name=last_name,
            middle_name=middle_name,
            dob=dob,
            yob=yob,
            address1=address1,
            address2=address2,
            city=city,
            state=state,
            zip_=zip_,
            id_num=id_num,
            phone=phone,
            email=email,
            resource_type=resource_type,
            first_name_status=first_name_status,
            last_name_status=last_name_status,
            middle_name_status=middle_name_status,
            dob_status=dob_status,
            yob_status=yob_status,
            address_1_status=address_1_status,
            address_2_status=address_2_status,
            city_status=city_status,
            state_status=state_status,
            zip_status=zip_status,
            id_num_status=id_num_status,
            phone_status=phone_status,
            email_status=email_status,
        )

        us_15_registry_center.additional_properties = d
        return us_15_registry_center

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

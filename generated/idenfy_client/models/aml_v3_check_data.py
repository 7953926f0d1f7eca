from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aml_v3_address import AmlV3Address


T = TypeVar("T", bound="AmlV3CheckData")


@_attrs_define
class AmlV3CheckData:
    """One watch-list hit of the v3 AML check.

    Attributes:
        resource_id (str): Identifier of the record.
        addresses (list[AmlV3Address] | None | Unset): Addresses of the listed person.
        dates_of_birth (list[str] | None | Unset): Dates of birth (plain strings).
        gender (None | str | Unset): Gender of the listed person.
        nationalities (list[str] | None | Unset): Nationalities.
        match (str | Unset): How the hit matched.
        former_san_body_ids (list[int] | None | Unset): Former sanctioning bodies.
        countries (list[str] | None | Unset): Countries linked to the person.
        datasets (list[str] | Unset): Datasets the hit comes from.
        current_san_body_ids (list[int] | None | Unset): Current sanctioning bodies.
        version (int | Unset): Version of the record.
        pep_tier (None | str | Unset): PEP tier.
        score (int | None | Unset): Match score.
        profile_image (None | str | Unset): Link to a profile image.
        name (None | str | Unset): Name of the listed person.
    """

    resource_id: str
    addresses: list[AmlV3Address] | None | Unset = UNSET
    dates_of_birth: list[str] | None | Unset = UNSET
    gender: None | str | Unset = UNSET
    nationalities: list[str] | None | Unset = UNSET
    match: str | Unset = UNSET
    former_san_body_ids: list[int] | None | Unset = UNSET
    countries: list[str] | None | Unset = UNSET
    datasets: list[str] | Unset = UNSET
    current_san_body_ids: list[int] | None | Unset = UNSET
    version: int | Unset = UNSET
    pep_tier: None | str | Unset = UNSET
    score: int | None | Unset = UNSET
    profile_image: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        dates_of_birth: list[str] | None | Unset
        if isinstance(self.dates_of_birth, Unset):
            dates_of_birth = UNSET
        elif isinstance(self.dates_of_birth, list):
            dates_of_birth = self.dates_of_birth

        else:
            dates_of_birth = self.dates_of_birth

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        nationalities: list[str] | None | Unset
        if isinstance(self.nationalities, Unset):
            nationalities = UNSET
        elif isinstance(self.nationalities, list):
            nationalities = self.nationalities

        else:
            nationalities = self.nationalities

        match = self.match

        former_san_body_ids: list[int] | None | Unset
        if isinstance(self.former_san_body_ids, Unset):
            former_san_body_ids = UNSET
        elif isinstance(self.former_san_body_ids, list):
            former_san_body_ids = self.former_san_body_ids

        else:
            former_san_body_ids = self.former_san_body_ids

        countries: list[str] | None | Unset
        if isinstance(self.countries, Unset):
            countries = UNSET
        elif isinstance(self.countries, list):
            countries = self.countries

        else:
            countries = self.countries

        datasets: list[str] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = self.datasets

        current_san_body_ids: list[int] | None | Unset
        if isinstance(self.current_san_body_ids, Unset):
            current_san_body_ids = UNSET
        elif isinstance(self.current_san_body_ids, list):
            current_san_body_ids = self.current_san_body_ids

        else:
            current_san_body_ids = self.current_san_body_ids

        version = self.version

        pep_tier: None | str | Unset
        if isinstance(self.pep_tier, Unset):
            pep_tier = UNSET
        else:
            pep_tier = self.pep_tier

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        profile_image: None | str | Unset
        if isinstance(self.profile_image, Unset):
            profile_image = UNSET
        else:
            profile_image = self.profile_image

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceId": resource_id,
            }
        )
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if dates_of_birth is not UNSET:
            field_dict["datesOfBirth"] = dates_of_birth
        if gender is not UNSET:
            field_dict["gender"] = gender
        if nationalities is not UNSET:
            field_dict["nationalities"] = nationalities
        if match is not UNSET:
            field_dict["match"] = match
        if former_san_body_ids is not UNSET:
            field_dict["formerSanBodyIds"] = former_san_body_ids
        if countries is not UNSET:
            field_dict["countries"] = countries
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if current_san_body_ids is not UNSET:
            field_dict["currentSanBodyIds"] = current_san_body_ids
        if version is not UNSET:
            field_dict["version"] = version
        if pep_tier is not UNSET:
            field_dict["pepTier"] = pep_tier
        if score is not UNSET:
            field_dict["score"] = score
        if profile_image is not UNSET:
            field_dict["profileImage"] = profile_image
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aml_v3_address import AmlV3Address  # noqa: PLC0415

        d = dict(src_dict)
        resource_id = d.pop("resourceId")

        def _parse_addresses(data: object) -> list[AmlV3Address] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = []
                _addresses_type_0 = data
                for addresses_type_0_item_data in _addresses_type_0:
                    addresses_type_0_item = AmlV3Address.from_dict(addresses_type_0_item_data)

                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AmlV3Address] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        def _parse_dates_of_birth(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dates_of_birth_type_0 = cast(list[str], data)

                return dates_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dates_of_birth = _parse_dates_of_birth(d.pop("datesOfBirth", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_nationalities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nationalities_type_0 = cast(list[str], data)

                return nationalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        nationalities = _parse_nationalities(d.pop("nationalities", UNSET))

        match = d.pop("match", UNSET)

        def _parse_former_san_body_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                former_san_body_ids_type_0 = cast(list[int], data)

                return former_san_body_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        former_san_body_ids = _parse_former_san_body_ids(d.pop("formerSanBodyIds", UNSET))

        def _parse_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                countries_type_0 = cast(list[str], data)

                return countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        countries = _parse_countries(d.pop("countries", UNSET))

        datasets = cast(list[str], d.pop("datasets", UNSET))

        def _parse_current_san_body_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                current_san_body_ids_type_0 = cast(list[int], data)

                return current_san_body_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        current_san_body_ids = _parse_current_san_body_ids(d.pop("currentSanBodyIds", UNSET))

        version = d.pop("version", UNSET)

        def _parse_pep_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pep_tier = _parse_pep_tier(d.pop("pepTier", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_profile_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_image = _parse_profile_image(d.pop("profileImage", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        aml_v3_check_data = cls(
            resource_id=resource_id,
            addresses=addresses,
            dates_of_birth=dates_of_birth,
            gender=gender,
            nationalities=nationalities,
            match=match,
            former_san_body_ids=former_san_body_ids,
            countries=countries,
            datasets=datasets,
            current_san_body_ids=current_san_body_ids,
            version=version,
            pep_tier=pep_tier,
            score=score,
            profile_image=profile_image,
            name=name,
        )

        aml_v3_check_data.additional_properties = d
        return aml_v3_check_data

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

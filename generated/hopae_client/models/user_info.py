from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_name import ClaimName
from ..models.hopae_loa_label import HopaeLoaLabel
from ..models.verification_model import VerificationModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.match_result import MatchResult
    from ..models.provenance import Provenance
    from ..models.user_claims import UserClaims
    from ..models.user_info_amr_type_1 import UserInfoAmrType1


T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """Answer of `get_verification_userinfo` (snake_case throughout, OpenID Connect style). The official Dto has no
    `required` list; the subject and the provider (identifiers) are guaranteed. `verification_model` is said to be
    always present but the official schema does not require it, so it is optional.

        Attributes:
            sub (str): Subject identifier of the verified user (pairwise per application).
            provider_id (str): The eID provider that performed the verification. Example: smartid.
            acr (str | Unset): Authentication context class reference of the achieved LoA. Example: urn:hopae:loa:3.
            hopae_loa (float | Unset): Achieved Hopae Level of Assurance (1–5; no bounds in the official file). Example: 3.
            hopae_loa_label (HopaeLoaLabel | None | Unset): Name of `hopae_loa`. Listed by the documentation, not by the
                official userinfo schema; accepted when present.
            amr (list[str] | Unset | UserInfoAmrType1): Authentication methods references. Conflict: the project and OpenID
                Connect use a list; the official file types it an object while saying `provider_id` mirrors its "single
                element". Both shapes are accepted.
            verification_model (VerificationModel | Unset): Resolved from the provider's capability. `disclosure` returns
                user attributes (`user` in `/userinfo`); `match` returns a comparison envelope (`match` in `/userinfo`).
            missing_claims (list[ClaimName] | Unset): Requested claims the provider could not supply.
            user (None | Unset | UserClaims): The normalized user claims (`disclosure` model); `null` for the `match` model.
            match (MatchResult | None | Unset): The comparison result (`match` model only). Documented as present for the
                match model only; we also accept `null` for the disclosure model, mirroring `user`.
            provenance (Provenance | Unset): Where the data came from (official `VerificationProvenanceDto`); open for
                provider extras.
    """

    sub: str
    provider_id: str
    acr: str | Unset = UNSET
    hopae_loa: float | Unset = UNSET
    hopae_loa_label: HopaeLoaLabel | None | Unset = UNSET
    amr: list[str] | Unset | UserInfoAmrType1 = UNSET
    verification_model: VerificationModel | Unset = UNSET
    missing_claims: list[ClaimName] | Unset = UNSET
    user: None | Unset | UserClaims = UNSET
    match: MatchResult | None | Unset = UNSET
    provenance: Provenance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.match_result import MatchResult  # noqa: PLC0415
        from ..models.user_claims import UserClaims  # noqa: PLC0415

        sub = self.sub

        provider_id = self.provider_id

        acr = self.acr

        hopae_loa = self.hopae_loa

        hopae_loa_label: None | str | Unset
        if isinstance(self.hopae_loa_label, Unset):
            hopae_loa_label = UNSET
        elif isinstance(self.hopae_loa_label, HopaeLoaLabel):
            hopae_loa_label = self.hopae_loa_label.value
        else:
            hopae_loa_label = self.hopae_loa_label

        amr: dict[str, Any] | list[str] | Unset
        if isinstance(self.amr, Unset):
            amr = UNSET
        elif isinstance(self.amr, list):
            amr = self.amr

        else:
            amr = self.amr.to_dict()

        verification_model: str | Unset = UNSET
        if not isinstance(self.verification_model, Unset):
            verification_model = self.verification_model.value

        missing_claims: list[str] | Unset = UNSET
        if not isinstance(self.missing_claims, Unset):
            missing_claims = []
            for missing_claims_item_data in self.missing_claims:
                missing_claims_item = missing_claims_item_data.value
                missing_claims.append(missing_claims_item)

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserClaims):
            user = self.user.to_dict()
        else:
            user = self.user

        match: dict[str, Any] | None | Unset
        if isinstance(self.match, Unset):
            match = UNSET
        elif isinstance(self.match, MatchResult):
            match = self.match.to_dict()
        else:
            match = self.match

        provenance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provenance, Unset):
            provenance = self.provenance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub": sub,
                "provider_id": provider_id,
            }
        )
        if acr is not UNSET:
            field_dict["acr"] = acr
        if hopae_loa is not UNSET:
            field_dict["hopae_loa"] = hopae_loa
        if hopae_loa_label is not UNSET:
            field_dict["hopae_loa_label"] = hopae_loa_label
        if amr is not UNSET:
            field_dict["amr"] = amr
        if verification_model is not UNSET:
            field_dict["verification_model"] = verification_model
        if missing_claims is not UNSET:
            field_dict["missing_claims"] = missing_claims
        if user is not UNSET:
            field_dict["user"] = user
        if match is not UNSET:
            field_dict["match"] = match
        if provenance is not UNSET:
            field_dict["provenance"] = provenance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_result import MatchResult  # noqa: PLC0415
        from ..models.provenance import Provenance  # noqa: PLC0415
        from ..models.user_claims import UserClaims  # noqa: PLC0415
        from ..models.user_info_amr_type_1 import UserInfoAmrType1  # noqa: PLC0415

        d = dict(src_dict)
        sub = d.pop("sub")

        provider_id = d.pop("provider_id")

        acr = d.pop("acr", UNSET)

        hopae_loa = d.pop("hopae_loa", UNSET)

        def _parse_hopae_loa_label(data: object) -> HopaeLoaLabel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hopae_loa_label_type_0 = HopaeLoaLabel(data)

                return hopae_loa_label_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HopaeLoaLabel | None | Unset, data)

        hopae_loa_label = _parse_hopae_loa_label(d.pop("hopae_loa_label", UNSET))

        def _parse_amr(data: object) -> list[str] | Unset | UserInfoAmrType1:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                amr_type_0 = cast(list[str], data)

                return amr_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            amr_type_1 = UserInfoAmrType1.from_dict(data)

            return amr_type_1

        amr = _parse_amr(d.pop("amr", UNSET))

        _verification_model = d.pop("verification_model", UNSET)
        verification_model: VerificationModel | Unset
        if isinstance(_verification_model, Unset):
            verification_model = UNSET
        else:
            verification_model = VerificationModel(_verification_model)

        _missing_claims = d.pop("missing_claims", UNSET)
        missing_claims: list[ClaimName] | Unset = UNSET
        if _missing_claims is not UNSET:
            missing_claims = []
            for missing_claims_item_data in _missing_claims:
                missing_claims_item = ClaimName(missing_claims_item_data)

                missing_claims.append(missing_claims_item)

        def _parse_user(data: object) -> None | Unset | UserClaims:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserClaims.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserClaims, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_match(data: object) -> MatchResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                match_type_0 = MatchResult.from_dict(data)

                return match_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MatchResult | None | Unset, data)

        match = _parse_match(d.pop("match", UNSET))

        _provenance = d.pop("provenance", UNSET)
        provenance: Provenance | Unset
        if isinstance(_provenance, Unset):
            provenance = UNSET
        else:
            provenance = Provenance.from_dict(_provenance)

        user_info = cls(
            sub=sub,
            provider_id=provider_id,
            acr=acr,
            hopae_loa=hopae_loa,
            hopae_loa_label=hopae_loa_label,
            amr=amr,
            verification_model=verification_model,
            missing_claims=missing_claims,
            user=user,
            match=match,
            provenance=provenance,
        )

        user_info.additional_properties = d
        return user_info

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

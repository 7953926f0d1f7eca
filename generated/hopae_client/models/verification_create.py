from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.claim_name import ClaimName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.match_data import MatchData
    from ..models.user_data import UserData


T = TypeVar("T", bound="VerificationCreate")


@_attrs_define
class VerificationCreate:
    """Body of `create_verification`. Unknown fields are not documented as rejected, so the
    object is left open.

    Provider-specific `userData` (documented per provider, enforced below with
    `if`/`then`; missing or invalid → `400 VALIDATION_MISSING_USER_DATA`):
    - `smartid`: `registrationId` (at least 8 characters, e.g. `PNOLT-40504040001`);
    - `audkenni`: `registrationId`;
    - `evrotrust`: `identificationNumber` together with `country`, or `email`, or `phone`;
    - `skmobileid`: `phoneNumber` together with `nationalIdentityNumber`.
    Other providers (e.g. `frejaid`) need no `userData`.

        Attributes:
            provider_id (str): The identifier for the desired eID provider (an `id` from `list_providers`). Quirk: the
                documentation marks it both required and with default `frejaid` (the value its "try it" form pre-fills). We keep
                it required (always sent); the generated model's constructor pre-fills `frejaid`. Default: 'frejaid'. Example:
                frejaid.
            redirect_uri (str | Unset): URL to redirect to after a redirect-based verification. Defaults to
                `http://localhost:3000/callback` when omitted; a request built with the generated model's constructor sends that
                default explicitly. Default: 'http://localhost:3000/callback'. Example: https://rp.example.com/hopae/callback.
            user_data (UserData | Unset): User information required by certain eID providers (see `VerificationCreate` for
                which keys each provider needs). Returns HTTP 400 if required fields are missing.
                The keys below are the documented ones; the object is open for others.
                 Example: {'registrationId': 'PNOLT-40504040001'}.
            requested_loa (int | Unset): Minimum Level of Assurance required (1–5).
                - Returns HTTP 422 if the provider cannot meet this level (a value outside 1–5 is
                  a 400 `VALIDATION_INVALID_PARAMETER`).
                - Verification status becomes `failed` if the final LoA is lower than requested.
                 Example: 3.
            requested_claims (list[ClaimName] | Unset): Claims to request from the eID provider for this verification.
                - When provided, overrides the default scopes configured in your app settings.
                - When omitted, falls back to your app settings.

                Not all claims are available from every provider. Unavailable claims appear in
                `missing_claims` of the `/userinfo` response.
                 Example: ['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'gender',
                'birthdate', 'locale', 'email', 'phone_number', 'address', 'nationality'].
            match_data (MatchData | Unset): Required when `providerId` is a match-capable provider. Carries the values you
                want
                compared against the authoritative source. The keys are **provider-native** — Hopae
                does not normalize them so the audit trail stays aligned with the upstream IDP. The
                keys submitted here populate `match.submitted_fields` in the result and the values
                appear under `match.details[*].submitted_value` in `/userinfo`.

                Some providers also require a lookup key under `userData` (`userData` selects the
                record; `matchData` is the set of values to verify against it). Which providers are
                match-capable, and their field schemas, are per-provider documents not modelled here.
                 Example: {'fullName': 'Test User', 'dateOfBirth': '1990-01-01'}.
    """

    provider_id: str = "frejaid"
    redirect_uri: str | Unset = "http://localhost:3000/callback"
    user_data: UserData | Unset = UNSET
    requested_loa: int | Unset = UNSET
    requested_claims: list[ClaimName] | Unset = UNSET
    match_data: MatchData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider_id = self.provider_id

        redirect_uri = self.redirect_uri

        user_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_data, Unset):
            user_data = self.user_data.to_dict()

        requested_loa = self.requested_loa

        requested_claims: list[str] | Unset = UNSET
        if not isinstance(self.requested_claims, Unset):
            requested_claims = []
            for requested_claims_item_data in self.requested_claims:
                requested_claims_item = requested_claims_item_data.value
                requested_claims.append(requested_claims_item)

        match_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.match_data, Unset):
            match_data = self.match_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providerId": provider_id,
            }
        )
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if user_data is not UNSET:
            field_dict["userData"] = user_data
        if requested_loa is not UNSET:
            field_dict["requestedLoa"] = requested_loa
        if requested_claims is not UNSET:
            field_dict["requestedClaims"] = requested_claims
        if match_data is not UNSET:
            field_dict["matchData"] = match_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.match_data import MatchData  # noqa: PLC0415
        from ..models.user_data import UserData  # noqa: PLC0415

        d = dict(src_dict)
        provider_id = d.pop("providerId")

        redirect_uri = d.pop("redirectUri", UNSET)

        _user_data = d.pop("userData", UNSET)
        user_data: UserData | Unset
        if isinstance(_user_data, Unset):
            user_data = UNSET
        else:
            user_data = UserData.from_dict(_user_data)

        requested_loa = d.pop("requestedLoa", UNSET)

        _requested_claims = d.pop("requestedClaims", UNSET)
        requested_claims: list[ClaimName] | Unset = UNSET
        if _requested_claims is not UNSET:
            requested_claims = []
            for requested_claims_item_data in _requested_claims:
                requested_claims_item = ClaimName(requested_claims_item_data)

                requested_claims.append(requested_claims_item)

        _match_data = d.pop("matchData", UNSET)
        match_data: MatchData | Unset
        if isinstance(_match_data, Unset):
            match_data = UNSET
        else:
            match_data = MatchData.from_dict(_match_data)

        verification_create = cls(
            provider_id=provider_id,
            redirect_uri=redirect_uri,
            user_data=user_data,
            requested_loa=requested_loa,
            requested_claims=requested_claims,
            match_data=match_data,
        )

        verification_create.additional_properties = d
        return verification_create

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_type import FlowType
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationMetadata")


@_attrs_define
class VerificationMetadata:
    """Answer of `get_verification`: status metadata, no personal data. `verifiedAt`, `acr`, `hopae_loa` and
    `hopae_loa_label` are only filled once the verification is `completed` (absent or `null` before). No `flowDetails`
    and no `verification_model` here.

        Attributes:
            verification_id (str): The unique identifier for the verification session. Example:
                058ff1aa613a40a883d367a07d7b3713.
            status (VerificationStatus): Status of a verification. `initiated`, `pending`, `authenticating`, `completed`,
                `failed`, `expired` and `cancelled` are listed on the API reference;
                `awaiting_user_action` appears only in the verification lifecycle guide and is
                included so that it parses as a known value.

                Terminal statuses: `completed`, `failed`, `expired`, `cancelled`. A new verification
                is `initiated` or `pending`; past `expiresAt` it reads `expired`; a final Level of
                Assurance below `requestedLoa` makes it `failed`.
            provider_id (str): The identifier of the eID provider. Example: smartid.
            flow_type (FlowType): How the user completes the verification: `qr` (scan `flowDetails.qrData`), `redirect`
                (open `flowDetails.authorizationUrl`), `push` (confirm in the eID app).
            created_at (datetime.datetime): When the verification session was created.
            expires_at (datetime.datetime): When the verification session expires; afterwards the status reads `expired`.
            verified_at (datetime.datetime | None | Unset): When the user completed the verification; only set once
                `completed`.
            acr (None | str | Unset): Authentication context class reference of the achieved LoA; set once completed.
                Example: urn:hopae:loa:3.
            hopae_loa (float | None | Unset): Achieved Hopae Level of Assurance (1–5); set once completed. Example: 3.
            hopae_loa_label (None | str | Unset): Human-readable label of `hopae_loa`. Example: substantial.
    """

    verification_id: str
    status: VerificationStatus
    provider_id: str
    flow_type: FlowType
    created_at: datetime.datetime
    expires_at: datetime.datetime
    verified_at: datetime.datetime | None | Unset = UNSET
    acr: None | str | Unset = UNSET
    hopae_loa: float | None | Unset = UNSET
    hopae_loa_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_id = self.verification_id

        status = self.status.value

        provider_id = self.provider_id

        flow_type = self.flow_type.value

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

        acr: None | str | Unset
        if isinstance(self.acr, Unset):
            acr = UNSET
        else:
            acr = self.acr

        hopae_loa: float | None | Unset
        if isinstance(self.hopae_loa, Unset):
            hopae_loa = UNSET
        else:
            hopae_loa = self.hopae_loa

        hopae_loa_label: None | str | Unset
        if isinstance(self.hopae_loa_label, Unset):
            hopae_loa_label = UNSET
        else:
            hopae_loa_label = self.hopae_loa_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationId": verification_id,
                "status": status,
                "providerId": provider_id,
                "flowType": flow_type,
                "createdAt": created_at,
                "expiresAt": expires_at,
            }
        )
        if verified_at is not UNSET:
            field_dict["verifiedAt"] = verified_at
        if acr is not UNSET:
            field_dict["acr"] = acr
        if hopae_loa is not UNSET:
            field_dict["hopae_loa"] = hopae_loa
        if hopae_loa_label is not UNSET:
            field_dict["hopae_loa_label"] = hopae_loa_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verification_id = d.pop("verificationId")

        status = VerificationStatus(d.pop("status"))

        provider_id = d.pop("providerId")

        flow_type = FlowType(d.pop("flowType"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verifiedAt", UNSET))

        def _parse_acr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        acr = _parse_acr(d.pop("acr", UNSET))

        def _parse_hopae_loa(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hopae_loa = _parse_hopae_loa(d.pop("hopae_loa", UNSET))

        def _parse_hopae_loa_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hopae_loa_label = _parse_hopae_loa_label(d.pop("hopae_loa_label", UNSET))

        verification_metadata = cls(
            verification_id=verification_id,
            status=status,
            provider_id=provider_id,
            flow_type=flow_type,
            created_at=created_at,
            expires_at=expires_at,
            verified_at=verified_at,
            acr=acr,
            hopae_loa=hopae_loa,
            hopae_loa_label=hopae_loa_label,
        )

        verification_metadata.additional_properties = d
        return verification_metadata

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_type import FlowType
from ..models.verification_model import VerificationModel
from ..models.verification_status import VerificationStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_details import FlowDetails
    from ..models.polling_info import PollingInfo
    from ..models.provider_info import ProviderInfo
    from ..models.redirect_behavior import RedirectBehavior
    from ..models.user_confirmation import UserConfirmation


T = TypeVar("T", bound="Verification")


@_attrs_define
class Verification:
    """Answer of `create_verification`. A new verification's `status` is `initiated` or
    `pending`.

    Unlike `VerificationMetadata` (the status call) it carries `verification_model`.
    Quirk: `verification_model` is snake_case among camelCase fields and is returned only
    on this creation response, never on status calls.

    Guaranteed: the identifiers, the status, and `expiresAt` / `createdAt`, which the
    official `CreateVerificationResponseDto` requires and the seed example carries. The
    Dto also requires `links`, absent from the seed example, so it is optional; `flowType`
    is in the seed example but not required by the Dto, so it is optional too.

        Attributes:
            verification_id (str): The unique identifier for the verification session (32 hex characters). Example:
                058ff1aa613a40a883d367a07d7b3713.
            status (VerificationStatus): Status of a verification. `initiated`, `pending`, `authenticating`, `completed`,
                `failed`, `expired` and `cancelled` are listed on the API reference (the seed page);
                `awaiting_user_action` appears in the verification lifecycle guide.

                Conflict with the official file: its Dto status enum has `awaiting_user_action` and
                `processing` and no `pending`; its legacy create schema has only `initiated` and
                `pending`. Answers may use either vocabulary, so all nine values are known here.
                `processing` (the provider's answer is being checked) and `awaiting_user_action` (the
                user must do something, see `action`) are intermediate, like `authenticating`.

                Terminal statuses: `completed`, `failed`, `expired`, `cancelled`. A new verification
                is `initiated` or `pending`; past `expiresAt` it reads `expired`; a final Level of
                Assurance below `requestedLoa` makes it `failed`.
            provider_id (str): The identifier of the eID provider. Example: frejaid.
            expires_at (datetime.datetime): ISO 8601 timestamp when the verification session expires. Once the current time
                passes this value, treat the verification as expired — the user can no longer complete it, and subsequent status
                calls will report `status: "expired"`. Stop polling and start a new verification if the user still needs to
                authenticate. (The official Dto gives no `format`; the seed page says ISO 8601.) Example: 2025-08-06T12:00:00Z.
            created_at (datetime.datetime): ISO 8601 timestamp when the verification session was created. Example:
                2025-08-06T11:00:00Z.
            flow_type (FlowType | Unset): How the user completes the verification: `qr` (scan `flowDetails.qrData`),
                `redirect` (open `flowDetails.authorizationUrl`), `push` (confirm in the eID app) or `dc` (a wallet presents a
                digital credential through the Digital Credentials API; the request comes from `create_dc_request`). The seed
                page lists `qr`, `redirect` and `push`; `dc` is from the official file's Dto schemas.
            flow_details (FlowDetails | Unset): How to continue the flow; which keys are present depends on `flowType` and
                on the eID provider. The seed page documents `qrData` and `authorizationUrl` (also the official legacy schema);
                the other keys are from the official Dto `flowDetails`.
            polling (PollingInfo | Unset): How to poll `get_verification` (milliseconds; official Dto). The official file
                requires `recommendedInterval`; the seed example has no `polling` at all, so it is optional here.
            provider_info (ProviderInfo | Unset): About the eID provider's side of the verification (official Dto).
            redirect_behavior (RedirectBehavior | Unset): How to open `flowDetails.authorizationUrl` (official Dto, which
                requires all three fields; no documentation example shows the object, so they are optional here).
            user_confirmation (UserConfirmation | Unset): The identity the user is asked to confirm (official Dto, which
                requires `confirmedIdentity`; no documentation example shows it).
            links (Any | Unset): Related resources. The official Dtos require `links` but type it a plain string, and no
                documentation example shows it; its shape is unknown, so any JSON value (or none) is accepted.
            reference_id (None | str | Unset): Your `referenceId`, echoed. Not in the official create schemas (only in the
                status Dto); the emulator echoes it here, a real answer may leave it out.
            verification_model (VerificationModel | Unset): Resolved from the provider's capability. `disclosure` returns
                user attributes (`user` in `/userinfo`); `match` returns a comparison envelope (`match` in `/userinfo`).
    """

    verification_id: str
    status: VerificationStatus
    provider_id: str
    expires_at: datetime.datetime
    created_at: datetime.datetime
    flow_type: FlowType | Unset = UNSET
    flow_details: FlowDetails | Unset = UNSET
    polling: PollingInfo | Unset = UNSET
    provider_info: ProviderInfo | Unset = UNSET
    redirect_behavior: RedirectBehavior | Unset = UNSET
    user_confirmation: UserConfirmation | Unset = UNSET
    links: Any | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    verification_model: VerificationModel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_id = self.verification_id

        status = self.status.value

        provider_id = self.provider_id

        expires_at = self.expires_at.isoformat()

        created_at = self.created_at.isoformat()

        flow_type: str | Unset = UNSET
        if not isinstance(self.flow_type, Unset):
            flow_type = self.flow_type.value

        flow_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow_details, Unset):
            flow_details = self.flow_details.to_dict()

        polling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.polling, Unset):
            polling = self.polling.to_dict()

        provider_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider_info, Unset):
            provider_info = self.provider_info.to_dict()

        redirect_behavior: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirect_behavior, Unset):
            redirect_behavior = self.redirect_behavior.to_dict()

        user_confirmation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_confirmation, Unset):
            user_confirmation = self.user_confirmation.to_dict()

        links = self.links

        reference_id: None | str | Unset
        if isinstance(self.reference_id, Unset):
            reference_id = UNSET
        else:
            reference_id = self.reference_id

        verification_model: str | Unset = UNSET
        if not isinstance(self.verification_model, Unset):
            verification_model = self.verification_model.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "verificationId": verification_id,
                "status": status,
                "providerId": provider_id,
                "expiresAt": expires_at,
                "createdAt": created_at,
            }
        )
        if flow_type is not UNSET:
            field_dict["flowType"] = flow_type
        if flow_details is not UNSET:
            field_dict["flowDetails"] = flow_details
        if polling is not UNSET:
            field_dict["polling"] = polling
        if provider_info is not UNSET:
            field_dict["providerInfo"] = provider_info
        if redirect_behavior is not UNSET:
            field_dict["redirectBehavior"] = redirect_behavior
        if user_confirmation is not UNSET:
            field_dict["userConfirmation"] = user_confirmation
        if links is not UNSET:
            field_dict["links"] = links
        if reference_id is not UNSET:
            field_dict["referenceId"] = reference_id
        if verification_model is not UNSET:
            field_dict["verification_model"] = verification_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_details import FlowDetails  # noqa: PLC0415
        from ..models.polling_info import PollingInfo  # noqa: PLC0415
        from ..models.provider_info import ProviderInfo  # noqa: PLC0415
        from ..models.redirect_behavior import RedirectBehavior  # noqa: PLC0415
        from ..models.user_confirmation import UserConfirmation  # noqa: PLC0415

        d = dict(src_dict)
        verification_id = d.pop("verificationId")

        status = VerificationStatus(d.pop("status"))

        provider_id = d.pop("providerId")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        _flow_type = d.pop("flowType", UNSET)
        flow_type: FlowType | Unset
        if isinstance(_flow_type, Unset):
            flow_type = UNSET
        else:
            flow_type = FlowType(_flow_type)

        _flow_details = d.pop("flowDetails", UNSET)
        flow_details: FlowDetails | Unset
        if isinstance(_flow_details, Unset):
            flow_details = UNSET
        else:
            flow_details = FlowDetails.from_dict(_flow_details)

        _polling = d.pop("polling", UNSET)
        polling: PollingInfo | Unset
        if isinstance(_polling, Unset):
            polling = UNSET
        else:
            polling = PollingInfo.from_dict(_polling)

        _provider_info = d.pop("providerInfo", UNSET)
        provider_info: ProviderInfo | Unset
        if isinstance(_provider_info, Unset):
            provider_info = UNSET
        else:
            provider_info = ProviderInfo.from_dict(_provider_info)

        _redirect_behavior = d.pop("redirectBehavior", UNSET)
        redirect_behavior: RedirectBehavior | Unset
        if isinstance(_redirect_behavior, Unset):
            redirect_behavior = UNSET
        else:
            redirect_behavior = RedirectBehavior.from_dict(_redirect_behavior)

        _user_confirmation = d.pop("userConfirmation", UNSET)
        user_confirmation: UserConfirmation | Unset
        if isinstance(_user_confirmation, Unset):
            user_confirmation = UNSET
        else:
            user_confirmation = UserConfirmation.from_dict(_user_confirmation)

        links = d.pop("links", UNSET)

        def _parse_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference_id = _parse_reference_id(d.pop("referenceId", UNSET))

        _verification_model = d.pop("verification_model", UNSET)
        verification_model: VerificationModel | Unset
        if isinstance(_verification_model, Unset):
            verification_model = UNSET
        else:
            verification_model = VerificationModel(_verification_model)

        verification = cls(
            verification_id=verification_id,
            status=status,
            provider_id=provider_id,
            expires_at=expires_at,
            created_at=created_at,
            flow_type=flow_type,
            flow_details=flow_details,
            polling=polling,
            provider_info=provider_info,
            redirect_behavior=redirect_behavior,
            user_confirmation=user_confirmation,
            links=links,
            reference_id=reference_id,
            verification_model=verification_model,
        )

        verification.additional_properties = d
        return verification

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_details_display_instructions import FlowDetailsDisplayInstructions
    from ..models.flow_details_hint_provided import FlowDetailsHintProvided
    from ..models.flow_details_metadata import FlowDetailsMetadata
    from ..models.flow_details_session_data import FlowDetailsSessionData
    from ..models.verification_action import VerificationAction


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="FlowDetails")


@_attrs_define
class FlowDetails:
    """How to continue the flow; which keys are present depends on `flowType` and on the eID provider. The seed page
    documents `qrData` and `authorizationUrl` (also the official legacy schema); the other keys are from the official
    Dto `flowDetails`.

        Attributes:
            qr_data (str | Unset): Data for QR code generation (`flowType: qr`). Documented as "Base64 data", but the
                documented example is a deep-link URL (`qr-deep-link-url`): treat it as an opaque string and encode it into the
                QR code as is. No `contentEncoding` for that reason. Example: qr-deep-link-url.
            authorization_url (str | Unset): URL for browser redirection (`flowType: redirect`).
            auto_start_token (str | Unset): Token that starts the eID app on the same device (Swedish BankID style). It
                opens the user's authentication session, hence redacted in reprs.
            message (str | Unset): Message for the user about the next step.
            hint_provided (FlowDetailsHintProvided | Unset): The login hints (`userData`) the flow was started with, as the
                provider took them.
            state (str | Unset): Provider-side state of the flow.
            session_data (FlowDetailsSessionData | Unset): Provider-specific session data.
            push_reference (str | Unset): Reference of the push notification sent to the user's eID app.
            hint_accepted (bool | Unset): Whether the provider accepted the login hint.
            masked_identifier (str | Unset): The user's identifier, partly masked, to show which account is asked.
            message_displayed (str | Unset): The text shown to the user in the eID app.
            display_instructions (FlowDetailsDisplayInstructions | Unset): Instructions for your user interface (provider-
                specific).
            verification_code (str | Unset): Control code to show the user, who checks it matches the one in the app (Smart-
                ID, Mobile-ID push flows).
            description (str | Unset): Description of the flow step.
            deeplink (str | Unset): Deep link that opens a wallet or eID app.
            link_data (str | Unset): Data of the link to show as a QR code (QR and `dc` flows).
            action (VerificationAction | Unset): A step the user has to take, e.g. a face liveness check behind a redirect
                (official `VerificationActionDto`). The official file requires `type`; no documentation example shows an action,
                so nothing is required here.
            metadata (FlowDetailsMetadata | Unset): Provider-specific extra data.
    """

    qr_data: str | Unset = UNSET
    authorization_url: str | Unset = UNSET
    auto_start_token: str | Unset = _attrs_field(default=UNSET, repr=_redacted)
    message: str | Unset = UNSET
    hint_provided: FlowDetailsHintProvided | Unset = UNSET
    state: str | Unset = UNSET
    session_data: FlowDetailsSessionData | Unset = UNSET
    push_reference: str | Unset = UNSET
    hint_accepted: bool | Unset = UNSET
    masked_identifier: str | Unset = UNSET
    message_displayed: str | Unset = UNSET
    display_instructions: FlowDetailsDisplayInstructions | Unset = UNSET
    verification_code: str | Unset = UNSET
    description: str | Unset = UNSET
    deeplink: str | Unset = UNSET
    link_data: str | Unset = UNSET
    action: VerificationAction | Unset = UNSET
    metadata: FlowDetailsMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        qr_data = self.qr_data

        authorization_url = self.authorization_url

        auto_start_token = self.auto_start_token

        message = self.message

        hint_provided: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hint_provided, Unset):
            hint_provided = self.hint_provided.to_dict()

        state = self.state

        session_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_data, Unset):
            session_data = self.session_data.to_dict()

        push_reference = self.push_reference

        hint_accepted = self.hint_accepted

        masked_identifier = self.masked_identifier

        message_displayed = self.message_displayed

        display_instructions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display_instructions, Unset):
            display_instructions = self.display_instructions.to_dict()

        verification_code = self.verification_code

        description = self.description

        deeplink = self.deeplink

        link_data = self.link_data

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if qr_data is not UNSET:
            field_dict["qrData"] = qr_data
        if authorization_url is not UNSET:
            field_dict["authorizationUrl"] = authorization_url
        if auto_start_token is not UNSET:
            field_dict["autoStartToken"] = auto_start_token
        if message is not UNSET:
            field_dict["message"] = message
        if hint_provided is not UNSET:
            field_dict["hintProvided"] = hint_provided
        if state is not UNSET:
            field_dict["state"] = state
        if session_data is not UNSET:
            field_dict["sessionData"] = session_data
        if push_reference is not UNSET:
            field_dict["pushReference"] = push_reference
        if hint_accepted is not UNSET:
            field_dict["hintAccepted"] = hint_accepted
        if masked_identifier is not UNSET:
            field_dict["maskedIdentifier"] = masked_identifier
        if message_displayed is not UNSET:
            field_dict["messageDisplayed"] = message_displayed
        if display_instructions is not UNSET:
            field_dict["displayInstructions"] = display_instructions
        if verification_code is not UNSET:
            field_dict["verificationCode"] = verification_code
        if description is not UNSET:
            field_dict["description"] = description
        if deeplink is not UNSET:
            field_dict["deeplink"] = deeplink
        if link_data is not UNSET:
            field_dict["linkData"] = link_data
        if action is not UNSET:
            field_dict["action"] = action
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_details_display_instructions import FlowDetailsDisplayInstructions  # noqa: PLC0415
        from ..models.flow_details_hint_provided import FlowDetailsHintProvided  # noqa: PLC0415
        from ..models.flow_details_metadata import FlowDetailsMetadata  # noqa: PLC0415
        from ..models.flow_details_session_data import FlowDetailsSessionData  # noqa: PLC0415
        from ..models.verification_action import VerificationAction  # noqa: PLC0415

        d = dict(src_dict)
        qr_data = d.pop("qrData", UNSET)

        authorization_url = d.pop("authorizationUrl", UNSET)

        auto_start_token = d.pop("autoStartToken", UNSET)

        message = d.pop("message", UNSET)

        _hint_provided = d.pop("hintProvided", UNSET)
        hint_provided: FlowDetailsHintProvided | Unset
        if isinstance(_hint_provided, Unset):
            hint_provided = UNSET
        else:
            hint_provided = FlowDetailsHintProvided.from_dict(_hint_provided)

        state = d.pop("state", UNSET)

        _session_data = d.pop("sessionData", UNSET)
        session_data: FlowDetailsSessionData | Unset
        if isinstance(_session_data, Unset):
            session_data = UNSET
        else:
            session_data = FlowDetailsSessionData.from_dict(_session_data)

        push_reference = d.pop("pushReference", UNSET)

        hint_accepted = d.pop("hintAccepted", UNSET)

        masked_identifier = d.pop("maskedIdentifier", UNSET)

        message_displayed = d.pop("messageDisplayed", UNSET)

        _display_instructions = d.pop("displayInstructions", UNSET)
        display_instructions: FlowDetailsDisplayInstructions | Unset
        if isinstance(_display_instructions, Unset):
            display_instructions = UNSET
        else:
            display_instructions = FlowDetailsDisplayInstructions.from_dict(_display_instructions)

        verification_code = d.pop("verificationCode", UNSET)

        description = d.pop("description", UNSET)

        deeplink = d.pop("deeplink", UNSET)

        link_data = d.pop("linkData", UNSET)

        _action = d.pop("action", UNSET)
        action: VerificationAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = VerificationAction.from_dict(_action)

        _metadata = d.pop("metadata", UNSET)
        metadata: FlowDetailsMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = FlowDetailsMetadata.from_dict(_metadata)

        flow_details = cls(
            qr_data=qr_data,
            authorization_url=authorization_url,
            auto_start_token=auto_start_token,
            message=message,
            hint_provided=hint_provided,
            state=state,
            session_data=session_data,
            push_reference=push_reference,
            hint_accepted=hint_accepted,
            masked_identifier=masked_identifier,
            message_displayed=message_displayed,
            display_instructions=display_instructions,
            verification_code=verification_code,
            description=description,
            deeplink=deeplink,
            link_data=link_data,
            action=action,
            metadata=metadata,
        )

        flow_details.additional_properties = d
        return flow_details

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

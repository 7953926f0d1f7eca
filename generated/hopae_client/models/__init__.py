"""Contains all the data models used in inputs/outputs"""

from .action_type import ActionType
from .address import Address
from .claim_name import ClaimName
from .dc_request import DcRequest
from .dc_request_response import DcRequestResponse
from .error_body import ErrorBody
from .error_details import ErrorDetails
from .error_info import ErrorInfo
from .error_info_details import ErrorInfoDetails
from .error_response import ErrorResponse
from .flow_details import FlowDetails
from .flow_details_display_instructions import FlowDetailsDisplayInstructions
from .flow_details_hint_provided import FlowDetailsHintProvided
from .flow_details_metadata import FlowDetailsMetadata
from .flow_details_session_data import FlowDetailsSessionData
from .flow_type import FlowType
from .grant_type import GrantType
from .hopae_loa_label import HopaeLoaLabel
from .initiation_method import InitiationMethod
from .loa_strategy import LoaStrategy
from .match_data import MatchData
from .match_details import MatchDetails
from .match_field_result import MatchFieldResult
from .match_granularity import MatchGranularity
from .match_result import MatchResult
from .polling_info import PollingInfo
from .provenance import Provenance
from .provenance_metadata import ProvenanceMetadata
from .provenance_presentation import ProvenancePresentation
from .provider import Provider
from .provider_configuration import ProviderConfiguration
from .provider_info import ProviderInfo
from .provider_info_requirements import ProviderInfoRequirements
from .provider_status import ProviderStatus
from .redirect_behavior import RedirectBehavior
from .redirect_target import RedirectTarget
from .return_context import ReturnContext
from .token_error_response import TokenErrorResponse
from .token_request import TokenRequest
from .token_response import TokenResponse
from .ui_customization import UiCustomization
from .ui_theme import UiTheme
from .user_claims import UserClaims
from .user_confirmation import UserConfirmation
from .user_confirmation_confirmed_identity import UserConfirmationConfirmedIdentity
from .user_data import UserData
from .user_data_field import UserDataField
from .user_data_field_type import UserDataFieldType
from .user_data_option import UserDataOption
from .user_info import UserInfo
from .user_info_amr_type_1 import UserInfoAmrType1
from .verification import Verification
from .verification_action import VerificationAction
from .verification_action_metadata import VerificationActionMetadata
from .verification_create import VerificationCreate
from .verification_create_metadata import VerificationCreateMetadata
from .verification_event import VerificationEvent
from .verification_event_data import VerificationEventData
from .verification_event_type import VerificationEventType
from .verification_evidence import VerificationEvidence
from .verification_metadata import VerificationMetadata
from .verification_metadata_verified_attributes_type_0 import VerificationMetadataVerifiedAttributesType0
from .verification_model import VerificationModel
from .verification_status import VerificationStatus

__all__ = (
    "ActionType",
    "Address",
    "ClaimName",
    "DcRequest",
    "DcRequestResponse",
    "ErrorBody",
    "ErrorDetails",
    "ErrorInfo",
    "ErrorInfoDetails",
    "ErrorResponse",
    "FlowDetails",
    "FlowDetailsDisplayInstructions",
    "FlowDetailsHintProvided",
    "FlowDetailsMetadata",
    "FlowDetailsSessionData",
    "FlowType",
    "GrantType",
    "HopaeLoaLabel",
    "InitiationMethod",
    "LoaStrategy",
    "MatchData",
    "MatchDetails",
    "MatchFieldResult",
    "MatchGranularity",
    "MatchResult",
    "PollingInfo",
    "Provenance",
    "ProvenanceMetadata",
    "ProvenancePresentation",
    "Provider",
    "ProviderConfiguration",
    "ProviderInfo",
    "ProviderInfoRequirements",
    "ProviderStatus",
    "RedirectBehavior",
    "RedirectTarget",
    "ReturnContext",
    "TokenErrorResponse",
    "TokenRequest",
    "TokenResponse",
    "UiCustomization",
    "UiTheme",
    "UserClaims",
    "UserConfirmation",
    "UserConfirmationConfirmedIdentity",
    "UserData",
    "UserDataField",
    "UserDataFieldType",
    "UserDataOption",
    "UserInfo",
    "UserInfoAmrType1",
    "Verification",
    "VerificationAction",
    "VerificationActionMetadata",
    "VerificationCreate",
    "VerificationCreateMetadata",
    "VerificationEvent",
    "VerificationEventData",
    "VerificationEventType",
    "VerificationEvidence",
    "VerificationMetadata",
    "VerificationMetadataVerifiedAttributesType0",
    "VerificationModel",
    "VerificationStatus",
)

"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .claim_name import ClaimName
from .error_body import ErrorBody
from .error_details import ErrorDetails
from .error_response import ErrorResponse
from .flow_details import FlowDetails
from .flow_type import FlowType
from .match_data import MatchData
from .match_details import MatchDetails
from .match_field_result import MatchFieldResult
from .match_granularity import MatchGranularity
from .match_result import MatchResult
from .provenance import Provenance
from .provider import Provider
from .provider_status import ProviderStatus
from .user_claims import UserClaims
from .user_data import UserData
from .user_info import UserInfo
from .verification import Verification
from .verification_create import VerificationCreate
from .verification_event import VerificationEvent
from .verification_event_data import VerificationEventData
from .verification_event_type import VerificationEventType
from .verification_metadata import VerificationMetadata
from .verification_model import VerificationModel
from .verification_status import VerificationStatus

__all__ = (
    "Address",
    "ClaimName",
    "ErrorBody",
    "ErrorDetails",
    "ErrorResponse",
    "FlowDetails",
    "FlowType",
    "MatchData",
    "MatchDetails",
    "MatchFieldResult",
    "MatchGranularity",
    "MatchResult",
    "Provenance",
    "Provider",
    "ProviderStatus",
    "UserClaims",
    "UserData",
    "UserInfo",
    "Verification",
    "VerificationCreate",
    "VerificationEvent",
    "VerificationEventData",
    "VerificationEventType",
    "VerificationMetadata",
    "VerificationModel",
    "VerificationStatus",
)

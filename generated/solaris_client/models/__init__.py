"""Contains all the data models used in inputs/outputs"""

from .account_verification_error import AccountVerificationError
from .address import Address
from .bank_plus_metadata import BankPlusMetadata
from .create_identification_method import CreateIdentificationMethod
from .create_identification_request import CreateIdentificationRequest
from .create_identification_session_request import CreateIdentificationSessionRequest
from .create_person_request import CreatePersonRequest
from .create_webhook_request import CreateWebhookRequest
from .employment_status import EmploymentStatus
from .error_source import ErrorSource
from .fourthline_provider_status_code import FourthlineProviderStatusCode
from .grant_type import GrantType
from .identification_document import IdentificationDocument
from .identification_document_type import IdentificationDocumentType
from .identification_language import IdentificationLanguage
from .identification_method import IdentificationMethod
from .identification_session import IdentificationSession
from .identification_session_method import IdentificationSessionMethod
from .identification_session_request_method import IdentificationSessionRequestMethod
from .identification_session_status import IdentificationSessionStatus
from .identification_status import IdentificationStatus
from .identification_webhook_payload import IdentificationWebhookPayload
from .o_auth_error_code import OAuthErrorCode
from .o_auth_error_response import OAuthErrorResponse
from .person import Person
from .person_identification import PersonIdentification
from .proof_of_address_type import ProofOfAddressType
from .request_identification_request import RequestIdentificationRequest
from .salutation import Salutation
from .solaris_error import SolarisError
from .solaris_error_response import SolarisErrorResponse
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_type import TokenType
from .webhook import Webhook
from .webhook_event_type import WebhookEventType

__all__ = (
    "AccountVerificationError",
    "Address",
    "BankPlusMetadata",
    "CreateIdentificationMethod",
    "CreateIdentificationRequest",
    "CreateIdentificationSessionRequest",
    "CreatePersonRequest",
    "CreateWebhookRequest",
    "EmploymentStatus",
    "ErrorSource",
    "FourthlineProviderStatusCode",
    "GrantType",
    "IdentificationDocument",
    "IdentificationDocumentType",
    "IdentificationLanguage",
    "IdentificationMethod",
    "IdentificationSession",
    "IdentificationSessionMethod",
    "IdentificationSessionRequestMethod",
    "IdentificationSessionStatus",
    "IdentificationStatus",
    "IdentificationWebhookPayload",
    "OAuthErrorCode",
    "OAuthErrorResponse",
    "Person",
    "PersonIdentification",
    "ProofOfAddressType",
    "RequestIdentificationRequest",
    "Salutation",
    "SolarisError",
    "SolarisErrorResponse",
    "TokenRequest",
    "TokenResponse",
    "TokenType",
    "Webhook",
    "WebhookEventType",
)

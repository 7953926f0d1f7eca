"""Contains all the data models used in inputs/outputs"""

from .additional_data import AdditionalData
from .additional_step_results import AdditionalStepResults
from .additional_steps import AdditionalSteps
from .allowed_documents import AllowedDocuments
from .api_error import ApiError
from .data_response import DataResponse
from .detection_type import DetectionType
from .document_data import DocumentData
from .document_result import DocumentResult
from .document_type import DocumentType
from .dummy_status import DummyStatus
from .error_identifier import ErrorIdentifier
from .face_result import FaceResult
from .file_urls import FileUrls
from .fraud_service import FraudService
from .fraud_tag import FraudTag
from .identification_status import IdentificationStatus
from .identification_webhook import IdentificationWebhook
from .locale import Locale
from .mismatch_tag import MismatchTag
from .overall_status import OverallStatus
from .platform import Platform
from .scan_ref_request import ScanRefRequest
from .sex import Sex
from .status_response import StatusResponse
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_type import TokenType
from .webhook_event_type import WebhookEventType

__all__ = (
    "AdditionalData",
    "AdditionalStepResults",
    "AdditionalSteps",
    "AllowedDocuments",
    "ApiError",
    "DataResponse",
    "DetectionType",
    "DocumentData",
    "DocumentResult",
    "DocumentType",
    "DummyStatus",
    "ErrorIdentifier",
    "FaceResult",
    "FileUrls",
    "FraudService",
    "FraudTag",
    "IdentificationStatus",
    "IdentificationWebhook",
    "Locale",
    "MismatchTag",
    "OverallStatus",
    "Platform",
    "ScanRefRequest",
    "Sex",
    "StatusResponse",
    "TokenRequest",
    "TokenResponse",
    "TokenType",
    "WebhookEventType",
)

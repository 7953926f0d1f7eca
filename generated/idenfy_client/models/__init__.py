"""Contains all the data models used in inputs/outputs"""

from .additional_data import AdditionalData
from .additional_step_pdf_urls import AdditionalStepPdfUrls
from .additional_step_status import AdditionalStepStatus
from .additional_step_type import AdditionalStepType
from .additional_step_types import AdditionalStepTypes
from .additional_steps import AdditionalSteps
from .address_verification import AddressVerification
from .address_verification_quality import AddressVerificationQuality
from .address_verification_status import AddressVerificationStatus
from .adverse_media_data import AdverseMediaData
from .age_group import AgeGroup
from .allowed_documents import AllowedDocuments
from .aml_article_type import AmlArticleType
from .aml_check_suspicion import AmlCheckSuspicion
from .aml_check_v3 import AmlCheckV3
from .aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0
from .aml_company_name_results import AmlCompanyNameResults
from .aml_data import AmlData
from .aml_name_results import AmlNameResults
from .aml_news_results import AmlNewsResults
from .aml_suspicion_type import AmlSuspicionType
from .aml_v3_address import AmlV3Address
from .aml_v3_adverse_media import AmlV3AdverseMedia
from .aml_v3_check_data import AmlV3CheckData
from .api_error import ApiError
from .bank_account import BankAccount
from .bank_balances_overview import BankBalancesOverview
from .bank_card_no_match_reason import BankCardNoMatchReason
from .bank_card_verification import BankCardVerification
from .bank_card_verification_status import BankCardVerificationStatus
from .bank_verification import BankVerification
from .company_aml_data import CompanyAmlData
from .criminal_check_data import CriminalCheckData
from .criminal_check_offense import CriminalCheckOffense
from .criminal_check_results import CriminalCheckResults
from .data_response import DataResponse
from .detection_type import DetectionType
from .document_data import DocumentData
from .document_expiration_threshold import DocumentExpirationThreshold
from .document_expiration_webhook import DocumentExpirationWebhook
from .document_result import DocumentResult
from .document_sex import DocumentSex
from .document_type import DocumentType
from .driver_license_check import DriverLicenseCheck
from .dummy_status import DummyStatus
from .email_verification import EmailVerification
from .error_identifier import ErrorIdentifier
from .face_result import FaceResult
from .file_urls import FileUrls
from .fraud_service import FraudService
from .fraud_status import FraudStatus
from .fraud_tag import FraudTag
from .hungary_registry_center import HungaryRegistryCenter
from .hungary_registry_center_additional_data_type_0 import HungaryRegistryCenterAdditionalDataType0
from .hungary_registry_center_address_type_0 import HungaryRegistryCenterAddressType0
from .hungary_registry_center_id_card_type_0 import HungaryRegistryCenterIdCardType0
from .hungary_registry_center_passport_type_0 import HungaryRegistryCenterPassportType0
from .hungary_registry_center_residential_address_type_0 import HungaryRegistryCenterResidentialAddressType0
from .identification_page import IdentificationPage
from .identification_status import IdentificationStatus
from .identification_webhook import IdentificationWebhook
from .kyc_document_type import KycDocumentType
from .lid_data import LidData
from .lid_results import LidResults
from .lithuania_registry_center import LithuaniaRegistryCenter
from .locale import Locale
from .mismatch_tag import MismatchTag
from .overall_status import OverallStatus
from .partner_identification import PartnerIdentification
from .phone_verification import PhoneVerification
from .platform import Platform
from .questionnaire_answers import QuestionnaireAnswers
from .questionnaire_question import QuestionnaireQuestion
from .questionnaire_question_type import QuestionnaireQuestionType
from .questionnaire_section import QuestionnaireSection
from .registry_center_resource_type import RegistryCenterResourceType
from .request_information_request import RequestInformationRequest
from .request_information_response import RequestInformationResponse
from .risk_assessment import RiskAssessment
from .risk_level import RiskLevel
from .scan_ref_request import ScanRefRequest
from .sex import Sex
from .soft_kyc_match_status import SoftKycMatchStatus
from .status_response import StatusResponse
from .token_request import TokenRequest
from .token_response import TokenResponse
from .token_type import TokenType
from .us_15_registry_center import Us15RegistryCenter
from .verification_checks import VerificationChecks
from .webhook_event_type import WebhookEventType

__all__ = (
    "AdditionalData",
    "AdditionalStepPdfUrls",
    "AdditionalSteps",
    "AdditionalStepStatus",
    "AdditionalStepType",
    "AdditionalStepTypes",
    "AddressVerification",
    "AddressVerificationQuality",
    "AddressVerificationStatus",
    "AdverseMediaData",
    "AgeGroup",
    "AllowedDocuments",
    "AmlArticleType",
    "AmlCheckSuspicion",
    "AmlCheckV3",
    "AmlCheckV3StatusSetByType0",
    "AmlCompanyNameResults",
    "AmlData",
    "AmlNameResults",
    "AmlNewsResults",
    "AmlSuspicionType",
    "AmlV3Address",
    "AmlV3AdverseMedia",
    "AmlV3CheckData",
    "ApiError",
    "BankAccount",
    "BankBalancesOverview",
    "BankCardNoMatchReason",
    "BankCardVerification",
    "BankCardVerificationStatus",
    "BankVerification",
    "CompanyAmlData",
    "CriminalCheckData",
    "CriminalCheckOffense",
    "CriminalCheckResults",
    "DataResponse",
    "DetectionType",
    "DocumentData",
    "DocumentExpirationThreshold",
    "DocumentExpirationWebhook",
    "DocumentResult",
    "DocumentSex",
    "DocumentType",
    "DriverLicenseCheck",
    "DummyStatus",
    "EmailVerification",
    "ErrorIdentifier",
    "FaceResult",
    "FileUrls",
    "FraudService",
    "FraudStatus",
    "FraudTag",
    "HungaryRegistryCenter",
    "HungaryRegistryCenterAdditionalDataType0",
    "HungaryRegistryCenterAddressType0",
    "HungaryRegistryCenterIdCardType0",
    "HungaryRegistryCenterPassportType0",
    "HungaryRegistryCenterResidentialAddressType0",
    "IdentificationPage",
    "IdentificationStatus",
    "IdentificationWebhook",
    "KycDocumentType",
    "LidData",
    "LidResults",
    "LithuaniaRegistryCenter",
    "Locale",
    "MismatchTag",
    "OverallStatus",
    "PartnerIdentification",
    "PhoneVerification",
    "Platform",
    "QuestionnaireAnswers",
    "QuestionnaireQuestion",
    "QuestionnaireQuestionType",
    "QuestionnaireSection",
    "RegistryCenterResourceType",
    "RequestInformationRequest",
    "RequestInformationResponse",
    "RiskAssessment",
    "RiskLevel",
    "ScanRefRequest",
    "Sex",
    "SoftKycMatchStatus",
    "StatusResponse",
    "TokenRequest",
    "TokenResponse",
    "TokenType",
    "Us15RegistryCenter",
    "VerificationChecks",
    "WebhookEventType",
)

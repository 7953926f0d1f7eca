from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detection_type import DetectionType
from ..models.document_type import DocumentType
from ..models.dummy_status import DummyStatus
from ..models.fraud_service import FraudService
from ..models.locale import Locale
from ..models.sex import Sex
from ..models.token_type import TokenType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_data import AdditionalData
    from ..models.additional_steps import AdditionalSteps
    from ..models.allowed_documents import AllowedDocuments


def _redacted(value: object) -> str:
    """repr() of a field marked `x-sensitive` in the spec: whether it is set, never its value."""
    return repr(value) if value is None or isinstance(value, Unset) else "'<redacted>'"


T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """The created token. It echoes every request field with the defaults filled in for
    those not sent, and adds `message`, `authToken`, `scanRef`, `personScanRef`,
    `digitString`, `redirectUrl` and `allowedDocuments`.

    Quirks: names come back upper-cased (`"John Tom"` → `"JOHN TOM"`). The echoed
    defaults are the environment's, which can differ from the documented ones (the
    documentation's own no-fields example returns `expiryTime: 3600`, `sessionLength:
    300` and four `documents`), and fields not sent may come back `null` (e.g.
    `successUrl`) or be missing (e.g. `unverifiedUrl`). So the request's bounds and
    patterns are not repeated here, and only the always-sent fields are required.

        Attributes:
            message (str): A message for the developer about the generated token. Example: Token created successfully.
            auth_token (str): Unique string for the verification process; passed as a URL parameter when
                sending the client to the verification UI.
                 Example: 3FA5TFPA2ZE3LMPGGS1EGOJNJE.
            scan_ref (str): iDenfy's unique identifier of the verification. Example: d2714c8a-ec05-11e8-834f-067891e3383a.
            client_id (str): The `clientId` of the request. Example: 5F7E4FR14.
            person_scan_ref (None | str | Unset): iDenfy's identifier of the person (shared by that person's verifications).
                Example: 100000.
            digit_string (None | str | Unset): String identifying the token in iDenfy's mobile application; `null` unless
                `generateDigitString` was `true`. Documented as exactly 8 digits, but the
                documentation's own examples carry 7 (`"4823657"`), so the length is not
                enforced.
                 Example: 89567412.
            redirect_url (None | str | Unset): The hosted verification UI for this token, where to send the client (e.g.
                `https://ui.idenfy.com/?authToken=…`).
                 Example: https://ui.idenfy.com/?authToken=3FA5TFPA2ZE3LMPGGS1EGOJNJE.
            allowed_documents (AllowedDocuments | Unset): The document types the client may use, keyed by document country
                (alpha-2 code) or
                `ALL` for every country.
                 Example: {'ALL': ['ID_CARD', 'PASSPORT', 'DRIVER_LICENSE', 'RESIDENCE_PERMIT']}.
            first_name (None | str | Unset): The client's name(s), upper-cased by iDenfy. Example: JOHN TOM.
            last_name (None | str | Unset): The client's surname(s), upper-cased by iDenfy. Example: SMITH.
            success_url (None | str | Unset): Redirect after a successful verification. Example: https://www.my-
                company.com/idenfy/success.
            error_url (None | str | Unset): Redirect after a failed verification. Example: https://www.my-
                company.com/idenfy/fail.
            unverified_url (None | str | Unset): Redirect after a verification that was not analysed. Example:
                https://www.my-company.com/idenfy/unverified.
            callback_url (None | str | Unset): The session's webhook endpoint, if one was given. Example:
                https://mywebsite.com/idenfy/webhookendpoint.
            locale (Locale | Unset): Language of the verification UI, as an alpha-2 code: `lt` Lithuanian, `en` English,
                `ru` Russian, `pl` Polish, `lv` Latvian, `ro` Romanian, `it` Italian, `de` German,
                `fr` French, `sv` Swedish, `es` Spanish, `hu` Hungarian, `ja` Japanese, `bg`
                Bulgarian, `et` Estonian, `cs` Czech.
                 Example: en.
            show_instructions (bool | Unset): Whether the UI shows instructions.
            expiry_time (int | Unset): Seconds until the token becomes invalid. Example: 600.
            session_length (int | Unset): Seconds the client has to finish in the UI. Example: 600.
            country (None | str | Unset): Fixed document country (alpha-2, as sent). Example: lt.
            documents (list[DocumentType] | Unset): Document types the client may use. Example: ['PASSPORT'].
            date_of_birth (datetime.date | None | Unset): The client's date of birth. Example: 1990-12-20.
            date_of_expiry (datetime.date | None | Unset): Expiry date of the client's document. Example: 1990-12-20.
            date_of_issue (datetime.date | None | Unset): Issue date of the client's document. Example: 1990-12-20.
            nationality (None | str | Unset): The client's nationality (alpha-2, as sent). Example: lt.
            personal_number (None | str | Unset): The client's personal number. Example: 123456789.
            document_number (None | str | Unset): Number of the client's document. Example: 123456.
            sex (None | Sex | Unset): The client's sex.
            generate_digit_string (bool | Unset): Whether a digit string was requested.
            address (None | str | Unset): The client's address. Example: Address.
            token_type (TokenType | Unset): What processing the client goes through: `DOCUMENT` (document only),
                `IDENTIFICATION` (document and face), `VIDEO_CALL`, `VIDEO_CALL_PHOTOS`,
                `VIDEO_CALL_IDENTIFICATION` (with a live video call).
                 Example: IDENTIFICATION.
            video_call_questions (list[str] | Unset): Questions for the video call. Example: ['Question 1', 'Question 2'].
            external_ref (None | str | Unset): Your external reference. Example: reference.
            utility_bill (bool | Unset): Whether a utility bill is required.
            additional_steps (AdditionalSteps | None | Unset): The additional steps requested.
            additional_data (AdditionalData | None | Unset): The data sent for the additional steps.
            dummy_status (DummyStatus | None | Unset): Sandbox only; the outcome requested.
            check_liveness (bool | Unset): Custom setting, as sent.
            review_successful (bool | Unset): Custom setting, as sent.
            review_failed (bool | Unset): Custom setting, as sent.
            driver_license_back (bool | Unset): Custom setting, as sent.
            auto_aml_monitoring (bool | Unset): Custom setting, as sent.
            fraud_services (list[FraudService] | Unset): Custom setting, as sent.
            check_ip_proxy (bool | Unset): Custom setting, as sent.
            max_attempt_count (int | Unset): Custom setting, as sent.
            check_face_blacklist (bool | Unset): Custom setting, as sent.
            check_doc_face_blacklist (bool | Unset): Custom setting, as sent.
            check_duplicate_faces (bool | Unset): Custom setting, as sent.
            check_duplicate_doc_faces (bool | Unset): Custom setting, as sent.
            nfc_required (bool | Unset): Custom setting, as sent.
            face_matching_threshold_modifier (float | Unset): Custom setting, as sent.
            levenshtein_text_match_ratio (float | Unset): Custom setting, as sent.
            levenshtein_mrz_match_ratio (float | Unset): Custom setting, as sent.
            check_urjanet (bool | Unset): Custom setting, as sent.
            detection_types (list[DetectionType] | Unset): Custom setting, as sent.
    """

    message: str
    auth_token: str = _attrs_field(repr=_redacted)
    scan_ref: str
    client_id: str
    person_scan_ref: None | str | Unset = UNSET
    digit_string: None | str | Unset = _attrs_field(default=UNSET, repr=_redacted)
    redirect_url: None | str | Unset = _attrs_field(default=UNSET, repr=_redacted)
    allowed_documents: AllowedDocuments | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    success_url: None | str | Unset = UNSET
    error_url: None | str | Unset = UNSET
    unverified_url: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    locale: Locale | Unset = UNSET
    show_instructions: bool | Unset = UNSET
    expiry_time: int | Unset = UNSET
    session_length: int | Unset = UNSET
    country: None | str | Unset = UNSET
    documents: list[DocumentType] | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    date_of_expiry: datetime.date | None | Unset = UNSET
    date_of_issue: datetime.date | None | Unset = UNSET
    nationality: None | str | Unset = UNSET
    personal_number: None | str | Unset = UNSET
    document_number: None | str | Unset = UNSET
    sex: None | Sex | Unset = UNSET
    generate_digit_string: bool | Unset = UNSET
    address: None | str | Unset = UNSET
    token_type: TokenType | Unset = UNSET
    video_call_questions: list[str] | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    utility_bill: bool | Unset = UNSET
    additional_steps: AdditionalSteps | None | Unset = UNSET
    additional_data: AdditionalData | None | Unset = UNSET
    dummy_status: DummyStatus | None | Unset = UNSET
    check_liveness: bool | Unset = UNSET
    review_successful: bool | Unset = UNSET
    review_failed: bool | Unset = UNSET
    driver_license_back: bool | Unset = UNSET
    auto_aml_monitoring: bool | Unset = UNSET
    fraud_services: list[FraudService] | Unset = UNSET
    check_ip_proxy: bool | Unset = UNSET
    max_attempt_count: int | Unset = UNSET
    check_face_blacklist: bool | Unset = UNSET
    check_doc_face_blacklist: bool | Unset = UNSET
    check_duplicate_faces: bool | Unset = UNSET
    check_duplicate_doc_faces: bool | Unset = UNSET
    nfc_required: bool | Unset = UNSET
    face_matching_threshold_modifier: float | Unset = UNSET
    levenshtein_text_match_ratio: float | Unset = UNSET
    levenshtein_mrz_match_ratio: float | Unset = UNSET
    check_urjanet: bool | Unset = UNSET
    detection_types: list[DetectionType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415

        message = self.message

        auth_token = self.auth_token

        scan_ref = self.scan_ref

        client_id = self.client_id

        person_scan_ref: None | str | Unset
        if isinstance(self.person_scan_ref, Unset):
            person_scan_ref = UNSET
        else:
            person_scan_ref = self.person_scan_ref

        digit_string: None | str | Unset
        if isinstance(self.digit_string, Unset):
            digit_string = UNSET
        else:
            digit_string = self.digit_string

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        allowed_documents: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allowed_documents, Unset):
            allowed_documents = self.allowed_documents.to_dict()

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        success_url: None | str | Unset
        if isinstance(self.success_url, Unset):
            success_url = UNSET
        else:
            success_url = self.success_url

        error_url: None | str | Unset
        if isinstance(self.error_url, Unset):
            error_url = UNSET
        else:
            error_url = self.error_url

        unverified_url: None | str | Unset
        if isinstance(self.unverified_url, Unset):
            unverified_url = UNSET
        else:
            unverified_url = self.unverified_url

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = self.locale.value

        show_instructions = self.show_instructions

        expiry_time = self.expiry_time

        session_length = self.session_length

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        documents: list[str] | Unset = UNSET
        if not isinstance(self.documents, Unset):
            documents = []
            for documents_item_data in self.documents:
                documents_item = documents_item_data.value
                documents.append(documents_item)

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        date_of_expiry: None | str | Unset
        if isinstance(self.date_of_expiry, Unset):
            date_of_expiry = UNSET
        elif isinstance(self.date_of_expiry, datetime.date):
            date_of_expiry = self.date_of_expiry.isoformat()
        else:
            date_of_expiry = self.date_of_expiry

        date_of_issue: None | str | Unset
        if isinstance(self.date_of_issue, Unset):
            date_of_issue = UNSET
        elif isinstance(self.date_of_issue, datetime.date):
            date_of_issue = self.date_of_issue.isoformat()
        else:
            date_of_issue = self.date_of_issue

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        personal_number: None | str | Unset
        if isinstance(self.personal_number, Unset):
            personal_number = UNSET
        else:
            personal_number = self.personal_number

        document_number: None | str | Unset
        if isinstance(self.document_number, Unset):
            document_number = UNSET
        else:
            document_number = self.document_number

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, Sex):
            sex = self.sex.value
        else:
            sex = self.sex

        generate_digit_string = self.generate_digit_string

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type.value

        video_call_questions: list[str] | Unset = UNSET
        if not isinstance(self.video_call_questions, Unset):
            video_call_questions = self.video_call_questions

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        utility_bill = self.utility_bill

        additional_steps: dict[str, Any] | None | Unset
        if isinstance(self.additional_steps, Unset):
            additional_steps = UNSET
        elif isinstance(self.additional_steps, AdditionalSteps):
            additional_steps = self.additional_steps.to_dict()
        else:
            additional_steps = self.additional_steps

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, AdditionalData):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        dummy_status: None | str | Unset
        if isinstance(self.dummy_status, Unset):
            dummy_status = UNSET
        elif isinstance(self.dummy_status, DummyStatus):
            dummy_status = self.dummy_status.value
        else:
            dummy_status = self.dummy_status

        check_liveness = self.check_liveness

        review_successful = self.review_successful

        review_failed = self.review_failed

        driver_license_back = self.driver_license_back

        auto_aml_monitoring = self.auto_aml_monitoring

        fraud_services: list[str] | Unset = UNSET
        if not isinstance(self.fraud_services, Unset):
            fraud_services = []
            for fraud_services_item_data in self.fraud_services:
                fraud_services_item = fraud_services_item_data.value
                fraud_services.append(fraud_services_item)

        check_ip_proxy = self.check_ip_proxy

        max_attempt_count = self.max_attempt_count

        check_face_blacklist = self.check_face_blacklist

        check_doc_face_blacklist = self.check_doc_face_blacklist

        check_duplicate_faces = self.check_duplicate_faces

        check_duplicate_doc_faces = self.check_duplicate_doc_faces

        nfc_required = self.nfc_required

        face_matching_threshold_modifier = self.face_matching_threshold_modifier

        levenshtein_text_match_ratio = self.levenshtein_text_match_ratio

        levenshtein_mrz_match_ratio = self.levenshtein_mrz_match_ratio

        check_urjanet = self.check_urjanet

        detection_types: list[str] | Unset = UNSET
        if not isinstance(self.detection_types, Unset):
            detection_types = []
            for detection_types_item_data in self.detection_types:
                detection_types_item = detection_types_item_data.value
                detection_types.append(detection_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "authToken": auth_token,
                "scanRef": scan_ref,
                "clientId": client_id,
            }
        )
        if person_scan_ref is not UNSET:
            field_dict["personScanRef"] = person_scan_ref
        if digit_string is not UNSET:
            field_dict["digitString"] = digit_string
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if allowed_documents is not UNSET:
            field_dict["allowedDocuments"] = allowed_documents
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if success_url is not UNSET:
            field_dict["successUrl"] = success_url
        if error_url is not UNSET:
            field_dict["errorUrl"] = error_url
        if unverified_url is not UNSET:
            field_dict["unverifiedUrl"] = unverified_url
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if locale is not UNSET:
            field_dict["locale"] = locale
        if show_instructions is not UNSET:
            field_dict["showInstructions"] = show_instructions
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if session_length is not UNSET:
            field_dict["sessionLength"] = session_length
        if country is not UNSET:
            field_dict["country"] = country
        if documents is not UNSET:
            field_dict["documents"] = documents
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if date_of_expiry is not UNSET:
            field_dict["dateOfExpiry"] = date_of_expiry
        if date_of_issue is not UNSET:
            field_dict["dateOfIssue"] = date_of_issue
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if personal_number is not UNSET:
            field_dict["personalNumber"] = personal_number
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if sex is not UNSET:
            field_dict["sex"] = sex
        if generate_digit_string is not UNSET:
            field_dict["generateDigitString"] = generate_digit_string
        if address is not UNSET:
            field_dict["address"] = address
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if video_call_questions is not UNSET:
            field_dict["videoCallQuestions"] = video_call_questions
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if utility_bill is not UNSET:
            field_dict["utilityBill"] = utility_bill
        if additional_steps is not UNSET:
            field_dict["additionalSteps"] = additional_steps
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data
        if dummy_status is not UNSET:
            field_dict["dummyStatus"] = dummy_status
        if check_liveness is not UNSET:
            field_dict["checkLiveness"] = check_liveness
        if review_successful is not UNSET:
            field_dict["reviewSuccessful"] = review_successful
        if review_failed is not UNSET:
            field_dict["reviewFailed"] = review_failed
        if driver_license_back is not UNSET:
            field_dict["driverLicenseBack"] = driver_license_back
        if auto_aml_monitoring is not UNSET:
            field_dict["autoAmlMonitoring"] = auto_aml_monitoring
        if fraud_services is not UNSET:
            field_dict["fraudServices"] = fraud_services
        if check_ip_proxy is not UNSET:
            field_dict["checkIpProxy"] = check_ip_proxy
        if max_attempt_count is not UNSET:
            field_dict["maxAttemptCount"] = max_attempt_count
        if check_face_blacklist is not UNSET:
            field_dict["checkFaceBlacklist"] = check_face_blacklist
        if check_doc_face_blacklist is not UNSET:
            field_dict["checkDocFaceBlacklist"] = check_doc_face_blacklist
        if check_duplicate_faces is not UNSET:
            field_dict["checkDuplicateFaces"] = check_duplicate_faces
        if check_duplicate_doc_faces is not UNSET:
            field_dict["checkDuplicateDocFaces"] = check_duplicate_doc_faces
        if nfc_required is not UNSET:
            field_dict["nfcRequired"] = nfc_required
        if face_matching_threshold_modifier is not UNSET:
            field_dict["faceMatchingThresholdModifier"] = face_matching_threshold_modifier
        if levenshtein_text_match_ratio is not UNSET:
            field_dict["levenshteinTextMatchRatio"] = levenshtein_text_match_ratio
        if levenshtein_mrz_match_ratio is not UNSET:
            field_dict["levenshteinMrzMatchRatio"] = levenshtein_mrz_match_ratio
        if check_urjanet is not UNSET:
            field_dict["checkUrjanet"] = check_urjanet
        if detection_types is not UNSET:
            field_dict["detectionTypes"] = detection_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415
        from ..models.allowed_documents import AllowedDocuments  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        auth_token = d.pop("authToken")

        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

        def _parse_person_scan_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_scan_ref = _parse_person_scan_ref(d.pop("personScanRef", UNSET))

        def _parse_digit_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digit_string = _parse_digit_string(d.pop("digitString", UNSET))

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirectUrl", UNSET))

        _allowed_documents = d.pop("allowedDocuments", UNSET)
        allowed_documents: AllowedDocuments | Unset
        if isinstance(_allowed_documents, Unset):
            allowed_documents = UNSET
        else:
            allowed_documents = AllowedDocuments.from_dict(_allowed_documents)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_success_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        success_url = _parse_success_url(d.pop("successUrl", UNSET))

        def _parse_error_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_url = _parse_error_url(d.pop("errorUrl", UNSET))

        def _parse_unverified_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unverified_url = _parse_unverified_url(d.pop("unverifiedUrl", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callbackUrl", UNSET))

        _locale = d.pop("locale", UNSET)
        locale: Locale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        else:
            locale = Locale(_locale)

        show_instructions = d.pop("showInstructions", UNSET)

        expiry_time = d.pop("expiryTime", UNSET)

        session_length = d.pop("sessionLength", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        _documents = d.pop("documents", UNSET)
        documents: list[DocumentType] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = DocumentType(documents_item_data)

                documents.append(documents_item)

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth", UNSET))

        def _parse_date_of_expiry(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_expiry_type_0 = datetime.date.fromisoformat(data)

                return date_of_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_expiry = _parse_date_of_expiry(d.pop("dateOfExpiry", UNSET))

        def _parse_date_of_issue(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_issue_type_0 = datetime.date.fromisoformat(data)

                return date_of_issue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_issue = _parse_date_of_issue(d.pop("dateOfIssue", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_personal_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_number = _parse_personal_number(d.pop("personalNumber", UNSET))

        def _parse_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_number = _parse_document_number(d.pop("documentNumber", UNSET))

        def _parse_sex(data: object) -> None | Sex | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = Sex(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sex | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        generate_digit_string = d.pop("generateDigitString", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        _token_type = d.pop("tokenType", UNSET)
        token_type: TokenType | Unset
        if isinstance(_token_type, Unset):
            token_type = UNSET
        else:
            token_type = TokenType(_token_type)

        video_call_questions = cast(list[str], d.pop("videoCallQuestions", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("externalRef", UNSET))

        utility_bill = d.pop("utilityBill", UNSET)

        def _parse_additional_steps(data: object) -> AdditionalSteps | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_steps_type_0 = AdditionalSteps.from_dict(data)

                return additional_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalSteps | None | Unset, data)

        additional_steps = _parse_additional_steps(d.pop("additionalSteps", UNSET))

        def _parse_additional_data(data: object) -> AdditionalData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_0 = AdditionalData.from_dict(data)

                return additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalData | None | Unset, data)

        additional_data = _parse_additional_data(d.pop("additionalData", UNSET))

        def _parse_dummy_status(data: object) -> DummyStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dummy_status_type_0 = DummyStatus(data)

                return dummy_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DummyStatus | None | Unset, data)

        dummy_status = _parse_dummy_status(d.pop("dummyStatus", UNSET))

        check_liveness = d.pop("checkLiveness", UNSET)

        review_successful = d.pop("reviewSuccessful", UNSET)

        review_failed = d.pop("reviewFailed", UNSET)

        driver_license_back = d.pop("driverLicenseBack", UNSET)

        auto_aml_monitoring = d.pop("autoAmlMonitoring", UNSET)

        _fraud_services = d.pop("fraudServices", UNSET)
        fraud_services: list[FraudService] | Unset = UNSET
        if _fraud_services is not UNSET:
            fraud_services = []
            for fraud_services_item_data in _fraud_services:
                fraud_services_item = FraudService(fraud_services_item_data)

                fraud_services.append(fraud_services_item)

        check_ip_proxy = d.pop("checkIpProxy", UNSET)

        max_attempt_count = d.pop("maxAttemptCount", UNSET)

        check_face_blacklist = d.pop("checkFaceBlacklist", UNSET)

        check_doc_face_blacklist = d.pop("checkDocFaceBlacklist", UNSET)

        check_duplicate_faces = d.pop("checkDuplicateFaces", UNSET)

        check_duplicate_doc_faces = d.pop("checkDuplicateDocFaces", UNSET)

        nfc_required = d.pop("nfcRequired", UNSET)

        face_matching_threshold_modifier = d.pop("faceMatchingThresholdModifier", UNSET)

        levenshtein_text_match_ratio = d.pop("levenshteinTextMatchRatio", UNSET)

        levenshtein_mrz_match_ratio = d.pop("levenshteinMrzMatchRatio", UNSET)

        check_urjanet = d.pop("checkUrjanet", UNSET)

        _detection_types = d.pop("detectionTypes", UNSET)
        detection_types: list[DetectionType] | Unset = UNSET
        if _detection_types is not UNSET:
            detection_types = []
            for detection_types_item_data in _detection_types:
                detection_types_item = DetectionType(detection_types_item_data)

                detection_types.append(detection_types_item)

        token_response = cls(
            message=message,
            auth_token=auth_token,
            scan_ref=scan_ref,
            client_id=client_id,
            person_scan_ref=person_scan_ref,
            digit_string=digit_string,
            redirect_url=redirect_url,
            allowed_documents=allowed_documents,
            first_name=first_name,
            last_name=last_name,
            success_url=success_url,
            error_url=error_url,
            unverified_url=unverified_url,
            callback_url=callback_url,
            locale=locale,
            show_instructions=show_instructions,
            expiry_time=expiry_time,
            session_length=session_length,
            country=country,
            documents=documents,
            date_of_birth=date_of_birth,
            date_of_expiry=date_of_expiry,
            date_of_issue=date_of_issue,
            nationality=nationality,
            personal_number=personal_number,
            document_number=document_number,
            sex=sex,
            generate_digit_string=generate_digit_string,
            address=address,
            token_type=token_type,
            video_call_questions=video_call_questions,
            external_ref=external_ref,
            utility_bill=utility_bill,
            additional_steps=additional_steps,
            additional_data=additional_data,
            dummy_status=dummy_status,
            check_liveness=check_liveness,
            review_successful=review_successful,
            review_failed=review_failed,
            driver_license_back=driver_license_back,
            auto_aml_monitoring=auto_aml_monitoring,
            fraud_services=fraud_services,
            check_ip_proxy=check_ip_proxy,
            max_attempt_count=max_attempt_count,
            check_face_blacklist=check_face_blacklist,
            check_doc_face_blacklist=check_doc_face_blacklist,
            check_duplicate_faces=check_duplicate_faces,
            check_duplicate_doc_faces=check_duplicate_doc_faces,
            nfc_required=nfc_required,
            face_matching_threshold_modifier=face_matching_threshold_modifier,
            levenshtein_text_match_ratio=levenshtein_text_match_ratio,
            levenshtein_mrz_match_ratio=levenshtein_mrz_match_ratio,
            check_urjanet=check_urjanet,
            detection_types=detection_types,
        )

        token_response.additional_properties = d
        return token_response

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

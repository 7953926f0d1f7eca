from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detection_type import DetectionType
from ..models.dummy_status import DummyStatus
from ..models.fraud_service import FraudService
from ..models.kyc_document_type import KycDocumentType
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
    """The created token. It echoes the request's fields with the defaults filled in for
    those not sent, and adds `message`, `authToken`, `scanRef`, `personScanRef`,
    `digitString`, `redirectUrl` and `allowedDocuments`.

    Quirks: names come back upper-cased (`"John Tom"` → `"JOHN TOM"`). The echoed
    defaults are the environment's, which can differ from the documented ones (the
    documentation's own no-fields example returns `expiryTime: 3600`, `sessionLength:
    300` and four `documents`), and fields not sent may come back `null` (e.g.
    `successUrl`) or be missing (e.g. `unverifiedUrl`). So the request's bounds,
    formats, patterns and enums are not repeated here (the official OpenAPI file drops
    them for the echo too).

    Guaranteed (required) are only `authToken`, `scanRef` and `tokenType`: the official
    file requires exactly these three. The documentation calls `clientId` "not null"
    and every example carries `message`, but the official file makes `message`
    optional and `clientId` optional and nullable, so both are read as optional here.
    The request-only fields of the official file (`questionnaireRequired`,
    `nfcOptional`, `ageLimit`, `ageMax`) are not echoed.

        Attributes:
            auth_token (str): Unique string for the verification process; passed as a URL parameter when
                sending the client to the verification UI.
                 Example: 3FA5TFPA2ZE3LMPGGS1EGOJNJE.
            scan_ref (str): iDenfy's unique identifier of the verification. Example: d2714c8a-ec05-11e8-834f-067891e3383a.
            token_type (TokenType): What processing the client goes through: `DOCUMENT` (document only),
                `IDENTIFICATION` (document and face), `VIDEO_CALL`, `VIDEO_CALL_PHOTOS`,
                `VIDEO_CALL_IDENTIFICATION` (with a live video call).

                The official OpenAPI file lists only `IDENTIFICATION` and `DOCUMENT` (and makes the
                request field required); the documentation lists all five and makes it optional. The
                request follows the documentation; the response accepts all five.
                 Example: IDENTIFICATION.
            message (str | Unset): A message for the developer about the generated token. The documentation says
                at most 100 characters and shows it in every example; the official file makes it
                optional and unbounded, so neither is enforced here.
                 Example: Token created successfully.
            client_id (None | str | Unset): The `clientId` of the request. The documentation calls it "not null" (at most
                100
                characters); the official file makes it optional and nullable: both accepted.
                 Example: 5F7E4FR14.
            person_scan_ref (None | str | Unset): iDenfy's identifier of the person (shared by that person's verifications).
                Example: 100000.
            digit_string (None | str | Unset): String identifying the token in iDenfy's mobile application; `null` unless
                `generateDigitString` was `true`. Documented as exactly 8 digits, but the
                documentation's own examples carry 7 (`"4823657"`) and the official file states
                no length, so the length is not enforced.
                 Example: 89567412.
            redirect_url (None | str | Unset): The hosted verification UI for this token, where to send the client (e.g.
                `https://ui.idenfy.com/?authToken=…`); it embeds the token.
                 Example: https://ui.idenfy.com/?authToken=3FA5TFPA2ZE3LMPGGS1EGOJNJE.
            allowed_documents (AllowedDocuments | Unset): The document types the client may use, keyed by document country
                (alpha-2 code) or
                `ALL` for every country. The types are read with the wider `KycDocumentType` list.
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
            locale (None | str | Unset): Language of the verification UI. A free, nullable string here: the official file
                has no list (its text mentions e.g. `ko`), the documentation lists 16 codes (see
                `Locale`).
                 Example: en.
            show_instructions (bool | Unset): Whether the UI shows instructions.
            expiry_time (int | Unset): Seconds until the token becomes invalid. Example: 600.
            session_length (int | Unset): Seconds the client has to finish in the UI. Example: 600.
            country (None | str | Unset): Fixed document country (alpha-2, as sent). Example: lt.
            documents (list[KycDocumentType] | Unset): Document types the client may use. Items are read with the wider
                `KycDocumentType` list (the official file leaves them free strings).
                 Example: ['PASSPORT'].
            date_of_birth (None | str | Unset): The client's date of birth (YYYY-MM-DD as sent; the official file drops the
                request's date format in the echo, so it is a plain string here).
                 Example: 1990-12-20.
            date_of_expiry (None | str | Unset): Expiry date of the client's document (plain string, as sent). Example:
                1990-12-20.
            date_of_issue (None | str | Unset): Issue date of the client's document (plain string, as sent). Example:
                1990-12-20.
            nationality (None | str | Unset): The client's nationality (alpha-2, as sent). Example: lt.
            personal_number (None | str | Unset): The client's personal number. Example: 123456789.
            document_number (None | str | Unset): Number of the client's document. Example: 123456.
            sex (None | str | Unset): The client's sex as sent (`M` or `F`); the official file gives the echo no enum,
                so any string is read.
                 Example: M.
            generate_digit_string (bool | Unset): Whether a digit string was requested. Echoed by the documentation's rule
                ("exact
                same fields"); the official file does not list it in the response.
            address (None | str | Unset): The client's address. Example: Address.
            video_call_questions (list[str] | Unset): Questions for the video call (documentation only; not in the official
                file). Example: ['Question 1', 'Question 2'].
            external_ref (None | str | Unset): Your external reference. Example: reference.
            utility_bill (bool | None | Unset): Whether a utility bill is required. The official file gives it no type and
                lets
                it be null; the documentation's examples send `false`.
            additional_steps (AdditionalSteps | None | Unset): The additional steps requested. A non-nullable object in the
                official file,
                `null` in the documentation's examples: both accepted.
            additional_data (AdditionalData | None | Unset): The data sent for the additional steps. A non-nullable object
                in the official
                file, `null` in the documentation's examples: both accepted.
            dummy_status (DummyStatus | None | Unset): Sandbox only; the outcome requested.
            questionnaire (None | str | Unset): The questionnaire key, as sent. Example: onboarding-questionnaire.
            risk_assessment_profile (None | str | Unset): The risk-assessment profile id, as sent (a UUID; the format is not
                enforced on
                the answer).
            theme (None | str | Unset): The UI theme id, as sent (a UUID; not enforced on the answer).
            registry_centers_countries (list[str] | None | Unset): Registry-centre countries, as sent. Not nullable in the
                official file's answer,
                but the request may send `null` and the answer echoes it: null accepted.
                 Example: ['LT'].
            check_liveness (bool | Unset): Custom setting, as sent.
            review_successful (bool | Unset): Custom setting, as sent.
            review_failed (bool | Unset): Custom setting, as sent.
            driver_license_back (bool | Unset): Custom setting, as sent.
            auto_aml_monitoring (bool | Unset): Custom setting, as sent.
            fraud_services (list[FraudService] | Unset): Custom setting, as sent (documentation only).
            check_ip_proxy (bool | Unset): Custom setting, as sent.
            max_attempt_count (int | Unset): Custom setting, as sent (documentation only).
            check_face_blacklist (bool | Unset): Custom setting, as sent.
            check_doc_face_blacklist (bool | Unset): Custom setting, as sent.
            check_duplicate_faces (bool | Unset): Custom setting, as sent.
            check_duplicate_doc_faces (bool | Unset): Custom setting, as sent.
            nfc_required (bool | Unset): Custom setting, as sent.
            face_matching_threshold_modifier (float | Unset): Custom setting, as sent.
            levenshtein_text_match_ratio (float | Unset): Custom setting, as sent (documentation only).
            levenshtein_mrz_match_ratio (float | Unset): Custom setting, as sent (documentation only).
            check_urjanet (bool | Unset): Custom setting, as sent (documentation only).
            detection_types (list[DetectionType] | Unset): Custom setting, as sent (documentation only).
            allow_bsn_masking (bool | Unset): BSN masking allowed, as sent.
            verify_bank_transactions (bool | Unset): Bank transactions read, as sent.
            bank_card_verification (bool | Unset): Bank card verification requested, as sent.
            bank_card_pdf_upload (bool | Unset): Bank statement upload allowed, as sent.
            check_lid (bool | Unset): Lost and invalid documents check requested, as sent.
            check_driver_license (bool | Unset): Driver's licence registry check requested, as sent.
            verify_address (bool | Unset): Address verification requested, as sent.
            verify_email (bool | Unset): E-mail verification requested, as sent.
            check_person_blacklist (bool | Unset): Person blocklist check requested, as sent.
            verify_bank (bool | Unset): Bank verification requested, as sent.
            verify_phone (bool | Unset): Phone verification requested, as sent.
            check_criminal (bool | Unset): Criminal-record check requested, as sent.
            check_aml (bool | Unset): AML screening requested, as sent.
            verify_bank_accounts (bool | Unset): Bank accounts read, as sent.
            check_duplicate_personal_data (bool | Unset): Duplicate personal-data check requested, as sent.
            verify_bank_balances (bool | Unset): Bank balances read, as sent.
    """

    auth_token: str = _attrs_field(repr=_redacted)
    scan_ref: str
    token_type: TokenType
    message: str | Unset = UNSET
    client_id: None | str | Unset = UNSET
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
    locale: None | str | Unset = UNSET
    show_instructions: bool | Unset = UNSET
    expiry_time: int | Unset = UNSET
    session_length: int | Unset = UNSET
    country: None | str | Unset = UNSET
    documents: list[KycDocumentType] | Unset = UNSET
    date_of_birth: None | str | Unset = UNSET
    date_of_expiry: None | str | Unset = UNSET
    date_of_issue: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    personal_number: None | str | Unset = UNSET
    document_number: None | str | Unset = UNSET
    sex: None | str | Unset = UNSET
    generate_digit_string: bool | Unset = UNSET
    address: None | str | Unset = UNSET
    video_call_questions: list[str] | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    utility_bill: bool | None | Unset = UNSET
    additional_steps: AdditionalSteps | None | Unset = UNSET
    additional_data: AdditionalData | None | Unset = UNSET
    dummy_status: DummyStatus | None | Unset = UNSET
    questionnaire: None | str | Unset = UNSET
    risk_assessment_profile: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    registry_centers_countries: list[str] | None | Unset = UNSET
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
    allow_bsn_masking: bool | Unset = UNSET
    verify_bank_transactions: bool | Unset = UNSET
    bank_card_verification: bool | Unset = UNSET
    bank_card_pdf_upload: bool | Unset = UNSET
    check_lid: bool | Unset = UNSET
    check_driver_license: bool | Unset = UNSET
    verify_address: bool | Unset = UNSET
    verify_email: bool | Unset = UNSET
    check_person_blacklist: bool | Unset = UNSET
    verify_bank: bool | Unset = UNSET
    verify_phone: bool | Unset = UNSET
    check_criminal: bool | Unset = UNSET
    check_aml: bool | Unset = UNSET
    verify_bank_accounts: bool | Unset = UNSET
    check_duplicate_personal_data: bool | Unset = UNSET
    verify_bank_balances: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415

        auth_token = self.auth_token

        scan_ref = self.scan_ref

        token_type = self.token_type.value

        message = self.message

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
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

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

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
        else:
            date_of_birth = self.date_of_birth

        date_of_expiry: None | str | Unset
        if isinstance(self.date_of_expiry, Unset):
            date_of_expiry = UNSET
        else:
            date_of_expiry = self.date_of_expiry

        date_of_issue: None | str | Unset
        if isinstance(self.date_of_issue, Unset):
            date_of_issue = UNSET
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
        else:
            sex = self.sex

        generate_digit_string = self.generate_digit_string

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        video_call_questions: list[str] | Unset = UNSET
        if not isinstance(self.video_call_questions, Unset):
            video_call_questions = self.video_call_questions

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        utility_bill: bool | None | Unset
        if isinstance(self.utility_bill, Unset):
            utility_bill = UNSET
        else:
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

        questionnaire: None | str | Unset
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        else:
            questionnaire = self.questionnaire

        risk_assessment_profile: None | str | Unset
        if isinstance(self.risk_assessment_profile, Unset):
            risk_assessment_profile = UNSET
        else:
            risk_assessment_profile = self.risk_assessment_profile

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        registry_centers_countries: list[str] | None | Unset
        if isinstance(self.registry_centers_countries, Unset):
            registry_centers_countries = UNSET
        elif isinstance(self.registry_centers_countries, list):
            registry_centers_countries = self.registry_centers_countries

        else:
            registry_centers_countries = self.registry_centers_countries

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

        allow_bsn_masking = self.allow_bsn_masking

        verify_bank_transactions = self.verify_bank_transactions

        bank_card_verification = self.bank_card_verification

        bank_card_pdf_upload = self.bank_card_pdf_upload

        check_lid = self.check_lid

        check_driver_license = self.check_driver_license

        verify_address = self.verify_address

        verify_email = self.verify_email

        check_person_blacklist = self.check_person_blacklist

        verify_bank = self.verify_bank

        verify_phone = self.verify_phone

        check_criminal = self.check_criminal

        check_aml = self.check_aml

        verify_bank_accounts = self.verify_bank_accounts

        check_duplicate_personal_data = self.check_duplicate_personal_data

        verify_bank_balances = self.verify_bank_balances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authToken": auth_token,
                "scanRef": scan_ref,
                "tokenType": token_type,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
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
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if risk_assessment_profile is not UNSET:
            field_dict["riskAssessmentProfile"] = risk_assessment_profile
        if theme is not UNSET:
            field_dict["theme"] = theme
        if registry_centers_countries is not UNSET:
            field_dict["registryCentersCountries"] = registry_centers_countries
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
        if allow_bsn_masking is not UNSET:
            field_dict["allowBsnMasking"] = allow_bsn_masking
        if verify_bank_transactions is not UNSET:
            field_dict["verifyBankTransactions"] = verify_bank_transactions
        if bank_card_verification is not UNSET:
            field_dict["bankCardVerification"] = bank_card_verification
        if bank_card_pdf_upload is not UNSET:
            field_dict["bankCardPdfUpload"] = bank_card_pdf_upload
        if check_lid is not UNSET:
            field_dict["checkLid"] = check_lid
        if check_driver_license is not UNSET:
            field_dict["checkDriverLicense"] = check_driver_license
        if verify_address is not UNSET:
            field_dict["verifyAddress"] = verify_address
        if verify_email is not UNSET:
            field_dict["verifyEmail"] = verify_email
        if check_person_blacklist is not UNSET:
            field_dict["checkPersonBlacklist"] = check_person_blacklist
        if verify_bank is not UNSET:
            field_dict["verifyBank"] = verify_bank
        if verify_phone is not UNSET:
            field_dict["verifyPhone"] = verify_phone
        if check_criminal is not UNSET:
            field_dict["checkCriminal"] = check_criminal
        if check_aml is not UNSET:
            field_dict["checkAml"] = check_aml
        if verify_bank_accounts is not UNSET:
            field_dict["verifyBankAccounts"] = verify_bank_accounts
        if check_duplicate_personal_data is not UNSET:
            field_dict["checkDuplicatePersonalData"] = check_duplicate_personal_data
        if verify_bank_balances is not UNSET:
            field_dict["verifyBankBalances"] = verify_bank_balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415
        from ..models.allowed_documents import AllowedDocuments  # noqa: PLC0415

        d = dict(src_dict)
        auth_token = d.pop("authToken")

        scan_ref = d.pop("scanRef")

        token_type = TokenType(d.pop("tokenType"))

        message = d.pop("message", UNSET)

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

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

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

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
        documents: list[KycDocumentType] | Unset = UNSET
        if _documents is not UNSET:
            documents = []
            for documents_item_data in _documents:
                documents_item = KycDocumentType(documents_item_data)

                documents.append(documents_item)

        def _parse_date_of_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth", UNSET))

        def _parse_date_of_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_expiry = _parse_date_of_expiry(d.pop("dateOfExpiry", UNSET))

        def _parse_date_of_issue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_sex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        generate_digit_string = d.pop("generateDigitString", UNSET)

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        video_call_questions = cast(list[str], d.pop("videoCallQuestions", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("externalRef", UNSET))

        def _parse_utility_bill(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        utility_bill = _parse_utility_bill(d.pop("utilityBill", UNSET))

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

        def _parse_questionnaire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        questionnaire = _parse_questionnaire(d.pop("questionnaire", UNSET))

        def _parse_risk_assessment_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        risk_assessment_profile = _parse_risk_assessment_profile(d.pop("riskAssessmentProfile", UNSET))

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

        def _parse_registry_centers_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                registry_centers_countries_type_0 = cast(list[str], data)

                return registry_centers_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        registry_centers_countries = _parse_registry_centers_countries(d.pop("registryCentersCountries", UNSET))

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

        allow_bsn_masking = d.pop("allowBsnMasking", UNSET)

        verify_bank_transactions = d.pop("verifyBankTransactions", UNSET)

        bank_card_verification = d.pop("bankCardVerification", UNSET)

        bank_card_pdf_upload = d.pop("bankCardPdfUpload", UNSET)

        check_lid = d.pop("checkLid", UNSET)

        check_driver_license = d.pop("checkDriverLicense", UNSET)

        verify_address = d.pop("verifyAddress", UNSET)

        verify_email = d.pop("verifyEmail", UNSET)

        check_person_blacklist = d.pop("checkPersonBlacklist", UNSET)

        verify_bank = d.pop("verifyBank", UNSET)

        verify_phone = d.pop("verifyPhone", UNSET)

        check_criminal = d.pop("checkCriminal", UNSET)

        check_aml = d.pop("checkAml", UNSET)

        verify_bank_accounts = d.pop("verifyBankAccounts", UNSET)

        check_duplicate_personal_data = d.pop("checkDuplicatePersonalData", UNSET)

        verify_bank_balances = d.pop("verifyBankBalances", UNSET)

        token_response = cls(
            auth_token=auth_token,
            scan_ref=scan_ref,
            token_type=token_type,
            message=message,
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
            video_call_questions=video_call_questions,
            external_ref=external_ref,
            utility_bill=utility_bill,
            additional_steps=additional_steps,
            additional_data=additional_data,
            dummy_status=dummy_status,
            questionnaire=questionnaire,
            risk_assessment_profile=risk_assessment_profile,
            theme=theme,
            registry_centers_countries=registry_centers_countries,
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
            allow_bsn_masking=allow_bsn_masking,
            verify_bank_transactions=verify_bank_transactions,
            bank_card_verification=bank_card_verification,
            bank_card_pdf_upload=bank_card_pdf_upload,
            check_lid=check_lid,
            check_driver_license=check_driver_license,
            verify_address=verify_address,
            verify_email=verify_email,
            check_person_blacklist=check_person_blacklist,
            verify_bank=verify_bank,
            verify_phone=verify_phone,
            check_criminal=check_criminal,
            check_aml=check_aml,
            verify_bank_accounts=verify_bank_accounts,
            check_duplicate_personal_data=check_duplicate_personal_data,
            verify_bank_balances=verify_bank_balances,
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

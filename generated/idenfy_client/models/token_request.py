from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

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


T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Parameters of a new verification session. Only `clientId` is required.

    Defaults: `default` gives the value iDenfy applies when the field is absent (the
    response echoes it). The generated client's constructor sends these defaults
    explicitly unless you pass `UNSET`; that matters for the redirect URLs, which must
    not be sent with the iframe integration, and for `expiryTime` together with
    `generateDigitString`.

    Cross-field rules (enforced here with `not` and `if`/`then`): `utilityBill: true`
    cannot be combined with a non-null `additionalSteps`; a non-null `additionalData`
    requires a non-null `additionalSteps`. Sending `utilityBill: false` with
    `additionalSteps: null` (as the documentation's full example does) is valid.

    Custom settings (`checkLiveness` … `detectionTypes`) must first be enabled in the
    environment's configuration (some need a contract change); their defaults come from
    that configuration, so the spec gives them none. Once enabled they apply to every
    token unless a request says otherwise.

    Unknown fields are not documented as rejected, so the object is left open (the
    official OpenAPI file sets no `additionalProperties` either).

    The official OpenAPI file adds 24 fields the documentation page lacks
    (`questionnaire` … `ageMax`, below the custom settings) and lacks some the page has
    (`videoCallQuestions`, `fraudServices`, `maxAttemptCount`, the Levenshtein ratios,
    `checkUrjanet`, `detectionTypes`): all are accepted. Where the two disagree on a
    constraint (`tokenType`, `locale`, `documents`, `expiryTime`, `sessionLength`,
    `additionalSteps`, `additionalData`) the documentation's stands, as each field's
    description says.

        Attributes:
            client_id (str): A unique string identifying a client on your side. Not null. Example: 100000.
            first_name (str | Unset): The client's name(s). No digits and none of the characters
                ``~!@#$%^*()_+={}[]|:;",<>/?`` (apostrophes, hyphens, dots and spaces are
                allowed). iDenfy recommends not sending it: a value that differs from the
                document makes the verification `SUSPECTED`. The response returns it upper-cased.
                 Example: John Tom.
            last_name (str | Unset): The client's surname(s). Same rules as `firstName`; returned upper-cased.
                 Example: Smith.
            success_url (str | Unset): Where the client is redirected after a successful verification. Cannot be used
                with the iframe implementation (there, pass `UNSET` in the generated client so the
                default is not sent).
                 Default: 'https://ui.idenfy.com/result?status=success'. Example: https://www.my-company.com/idenfy/success.
            error_url (str | Unset): Where the client is redirected after a failed verification. Cannot be used with
                the iframe implementation.
                 Default: 'https://ui.idenfy.com/result?status=fail'. Example: https://www.my-company.com/idenfy/fail.
            unverified_url (str | Unset): Where the client is redirected after a verification that was not analysed, e.g.
                because the client cancelled at once. Cannot be used with the iframe
                implementation.
                 Default: 'https://ui.idenfy.com/result?status=unverified'. Example: https://www.my-
                company.com/idenfy/unverified.
            callback_url (str | Unset): Webhook endpoint for this session, overriding the one configured in the
                dashboard. Must be an HTTPS URL (not enforced by a pattern here, so a local
                emulator can call back to a loopback `http` receiver). Requires a permission on
                the account: without it the request is refused (ask tech support via the
                dashboard).
                 Example: https://mywebsite.com/idenfy/webhookendpoint.
            locale (Locale | Unset): Language of the verification UI, as an alpha-2 code: `lt` Lithuanian, `en` English,
                `ru` Russian, `pl` Polish, `lv` Latvian, `ro` Romanian, `it` Italian, `de` German,
                `fr` French, `sv` Swedish, `es` Spanish, `hu` Hungarian, `ja` Japanese, `bg`
                Bulgarian, `et` Estonian, `cs` Czech.

                Used by the token request only. The official OpenAPI file has no list here (a free
                string of at most 7 characters, its text mentioning e.g. `ko`): requests keep the
                documentation's 16 codes, the token response accepts any string.
                 Default: Locale.EN. Example: en.
            show_instructions (bool | Unset): Whether the UI shows instructions. Default: True.
            expiry_time (int | Unset): Seconds after which the new token becomes invalid: more than 0, at most 2592000
                (30 days). The official OpenAPI file allows 0 and gives no default; the
                documentation's stricter "more than 0" and its default stand. With `generateDigitString: true` it must not
                exceed the digit string's
                maximum expiry time (the default `expiryTime` unless iDenfy raised it for you),
                so the generated client's explicit default may be refused there: set it.
                 Default: 86400. Example: 600.
            session_length (int | Unset): Seconds the client has to finish the verification in the UI: more than 60, less
                than 3600. The official OpenAPI file allows 60 and 3600 themselves and gives no
                default; the documentation's exclusive bounds and default stand.
                 Default: 1800. Example: 600.
            country (None | str | Unset): Default document country as an alpha-2 code; the client cannot choose another.
                The documentation's examples use lower case (`lt`): both cases are accepted.
                 Example: lt.
            documents (list[DocumentType] | Unset): Document types the client may use. Default `[ID_CARD, PASSPORT]` (the
                generated
                client does not fill list defaults in). The documentation's 18 types; the
                official OpenAPI file leaves the items free (and the list nullable), but the
                documented list stands for requests.
                 Example: ['PASSPORT'].
            date_of_birth (datetime.date | None | Unset): The client's date of birth (YYYY-MM-DD). Example: 1990-12-20.
            date_of_expiry (datetime.date | None | Unset): Expiry date of the client's document (YYYY-MM-DD). Example:
                1990-12-20.
            date_of_issue (datetime.date | None | Unset): Issue date of the client's document (YYYY-MM-DD). Example:
                1990-12-20.
            nationality (None | str | Unset): The client's nationality as an alpha-2 code; both cases are accepted. Example:
                lt.
            personal_number (None | str | Unset): The client's personal (national) number. At least 1 character
                (documentation);
                the official OpenAPI file adds at most 50, which does not contradict it.
                 Example: 123456789.
            document_number (None | str | Unset): Number of the client's document. At least 1 character (documentation), at
                most
                50 (official OpenAPI file).
                 Example: 123456.
            sex (None | Sex | Unset): The client's sex, `M` or `F`.
            generate_digit_string (bool | Unset): Whether to generate an 8-digit string identifying the token, for iDenfy's
                mobile
                application. `true` requires a contract that allows it, and `expiryTime` must not
                exceed the digit string's maximum expiry time.
                 Default: False.
            address (None | str | Unset): The client's address, as known to you. Example: Address.
            token_type (TokenType | Unset): What processing the client goes through: `DOCUMENT` (document only),
                `IDENTIFICATION` (document and face), `VIDEO_CALL`, `VIDEO_CALL_PHOTOS`,
                `VIDEO_CALL_IDENTIFICATION` (with a live video call).

                The official OpenAPI file lists only `IDENTIFICATION` and `DOCUMENT` (and makes the
                request field required); the documentation lists all five and makes it optional. The
                request follows the documentation; the response accepts all five.
                 Default: TokenType.IDENTIFICATION. Example: IDENTIFICATION.
            video_call_questions (list[str] | Unset): Questions the agent should ask the client in a video call. Example:
                ['Question 1', 'Question 2'].
            external_ref (None | str | Unset): A unique string linking the client to your own records. Example: reference.
            utility_bill (bool | Unset): Require a utility bill upload as an additional step. Cannot be `true` together
                with a non-null `additionalSteps`.
                 Default: False.
            additional_steps (AdditionalSteps | None | Unset): Additional photos the client must upload (see "Additional
                steps"). Cannot be
                combined with `utilityBill: true`. The official OpenAPI file makes it a
                non-nullable object, but the documentation's examples send `null`: null is
                accepted.
            additional_data (AdditionalData | None | Unset): Data for the additional steps, e.g. a Social Security Number
                for
                `UTILITY_BILL` (used by `COMPARE` steps). Requires a non-null `additionalSteps`.
                Non-nullable in the official OpenAPI file, `null` in the documentation's
                examples: null is accepted.
            dummy_status (DummyStatus | None | Unset): Sandbox (development environment) only: the verification is created
                already
                finished with this overall status, and the matching webhook fires, with no UI.
            check_liveness (bool | Unset): Custom setting. Add liveness face detection to the token.
            review_successful (bool | Unset): Custom setting. Have iDenfy's manual review team review successful
                verifications
                after the automatic processing.
            review_failed (bool | Unset): Custom setting. Have iDenfy's manual review team review failed verifications
                after the automatic processing.
            driver_license_back (bool | Unset): Custom setting. Allow uploading the back side of a driver's license.
            auto_aml_monitoring (bool | Unset): Custom setting. Add the verified person to AML monitoring automatically.
            fraud_services (list[FraudService] | Unset): Custom setting. Fraud services to run for the verification.
                Example: ['AML_NAMES_CHECK'].
            check_ip_proxy (bool | Unset): Custom setting. Check whether the client used an IP proxy.
            max_attempt_count (int | Unset): Custom setting. How many times the client may retry after the automatic
                processing fails: `0` means the first attempt must succeed, `3` allows three
                retries. (The documentation states no bound; a negative count is meaningless, so
                `minimum: 0`.)
                 Example: 3.
            check_face_blacklist (bool | Unset): Custom setting. Check the selfie against the environment's face blacklist;
                a
                match makes the verification `SUSPECTED`.
            check_doc_face_blacklist (bool | Unset): Custom setting. Check the document photo against the face blacklist.
            check_duplicate_faces (bool | Unset): Custom setting. Check whether the environment already has a verification
                of the
                same person's face.
            check_duplicate_doc_faces (bool | Unset): Custom setting. Check whether the environment already has a
                verification of the
                same person's document face.
            nfc_required (bool | Unset): Custom setting. Require NFC reading of the document.
            face_matching_threshold_modifier (float | Unset): Custom setting. Sensitivity of the face matching algorithm
                (float or integer).
                iDenfy's tested, optimal default is `1`; not given as a schema `default` because
                the generated client would then send it on every request, also where the setting
                is not enabled.
                 Example: 1.
            levenshtein_text_match_ratio (float | Unset): Custom setting. Levenshtein matching ratio for comparing text
                fields. iDenfy's
                tested, optimal default is `0.8` (not a schema `default`, see
                `faceMatchingThresholdModifier`).
                 Example: 0.8.
            levenshtein_mrz_match_ratio (float | Unset): Custom setting. Levenshtein matching ratio for the document's MRZ.
                iDenfy's
                tested, optimal default is `0.7` (not a schema `default`, see
                `faceMatchingThresholdModifier`).
                 Example: 0.7.
            check_urjanet (bool | Unset): Custom setting. Check the utility bill's address (Urjanet).
            detection_types (list[DetectionType] | Unset): Custom setting. Detection priority for selfies taken on mobile
                devices. Example: ['FACE', 'EYES'].
            questionnaire (None | str | Unset): Key of a questionnaire (set up in the dashboard) the client fills in during
                the
                verification; the answers come back as the webhook's `questionnaireAnswers`.
                `null` switches an environment-wide questionnaire off for this token.
                 Example: onboarding-questionnaire.
            questionnaire_required (bool | Unset): Whether the client must answer the questionnaire to finish. The official
                file's
                default is `true`; not given as a schema `default`, so the generated client does
                not send it with every token (it means nothing without a questionnaire).
            risk_assessment_profile (None | Unset | UUID): Identifier of a risk-assessment profile to score this
                verification with; the
                result comes back as the webhook's `riskAssessment`.
                 Example: 0b7c4c38-5c7a-4c39-9d2f-6f1f6d7f1e21.
            theme (None | Unset | UUID): Identifier of a UI theme (from the dashboard) for the hosted pages. Example:
                5d0e1f2a-3b4c-4d5e-8f60-718293a4b5c6.
            registry_centers_countries (list[str] | None | Unset): Countries whose registry centres to check the person
                against (alpha-2 codes, as
                the official file's text says; it gives no pattern). The answer comes back as the
                webhook's `registryCenterCheck`.
                 Example: ['LT'].
            verify_email (bool | Unset): Ask the client to confirm an e-mail address (result `emailVerification`).
            verify_phone (bool | Unset): Ask the client to confirm a phone number (result `phoneVerification`).
            verify_bank (bool | Unset): Verify the client through their bank (open banking; result `bankVerification`).
            verify_bank_accounts (bool | Unset): With the bank verification, read the client's accounts.
            verify_bank_balances (bool | Unset): With the bank verification, read the accounts' balances.
            verify_bank_transactions (bool | Unset): With the bank verification, read the accounts' transactions.
            bank_card_verification (bool | Unset): Ask the client to photograph a bank card and compare it with them (result
                `bankCardVerification`).
            bank_card_pdf_upload (bool | Unset): Let the client upload a bank statement PDF for the card verification.
            verify_address (bool | Unset): Verify the client's address against external sources (result
                `addressVerification`).
            check_aml (bool | Unset): Screen the person against sanctions, PEP and watch lists (results in the
                webhook's `AML` list and `amlCheck` block).
            check_criminal (bool | Unset): Run a criminal-record check (results in `CRIMINAL_CHECK`).
            check_person_blacklist (bool | Unset): Check the person's data against the environment's blocklist.
            check_duplicate_personal_data (bool | Unset): Check whether the environment already has a verification with the
                same personal
                data.
            check_driver_license (bool | Unset): Check a driver's licence against the issuing registry (result
                `driverLicenseCheck`).
            check_lid (bool | Unset): Check the document against lost and invalid document registers (results in
                `LID`).
            allow_bsn_masking (bool | Unset): Let the client mask the Dutch citizen service number (BSN) on the document.
            nfc_optional (bool | Unset): Offer NFC reading of the document without requiring it.
            age_limit (int | Unset): Minimum age in years: a younger person makes the verification `SUSPECTED`
                (mismatch tag `UNDER_AGE`). The official file states no bound; a negative age is
                meaningless, so `minimum: 0`.
                 Example: 18.
            age_max (int | Unset): Maximum age in years: an older person makes the verification `SUSPECTED`
                (mismatch tag `OVER_AGE`). No bound in the official file; `minimum: 0` as for
                `ageLimit`.
                 Example: 99.
    """

    client_id: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    success_url: str | Unset = "https://ui.idenfy.com/result?status=success"
    error_url: str | Unset = "https://ui.idenfy.com/result?status=fail"
    unverified_url: str | Unset = "https://ui.idenfy.com/result?status=unverified"
    callback_url: str | Unset = UNSET
    locale: Locale | Unset = Locale.EN
    show_instructions: bool | Unset = True
    expiry_time: int | Unset = 86400
    session_length: int | Unset = 1800
    country: None | str | Unset = UNSET
    documents: list[DocumentType] | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    date_of_expiry: datetime.date | None | Unset = UNSET
    date_of_issue: datetime.date | None | Unset = UNSET
    nationality: None | str | Unset = UNSET
    personal_number: None | str | Unset = UNSET
    document_number: None | str | Unset = UNSET
    sex: None | Sex | Unset = UNSET
    generate_digit_string: bool | Unset = False
    address: None | str | Unset = UNSET
    token_type: TokenType | Unset = TokenType.IDENTIFICATION
    video_call_questions: list[str] | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    utility_bill: bool | Unset = False
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
    questionnaire: None | str | Unset = UNSET
    questionnaire_required: bool | Unset = UNSET
    risk_assessment_profile: None | Unset | UUID = UNSET
    theme: None | Unset | UUID = UNSET
    registry_centers_countries: list[str] | None | Unset = UNSET
    verify_email: bool | Unset = UNSET
    verify_phone: bool | Unset = UNSET
    verify_bank: bool | Unset = UNSET
    verify_bank_accounts: bool | Unset = UNSET
    verify_bank_balances: bool | Unset = UNSET
    verify_bank_transactions: bool | Unset = UNSET
    bank_card_verification: bool | Unset = UNSET
    bank_card_pdf_upload: bool | Unset = UNSET
    verify_address: bool | Unset = UNSET
    check_aml: bool | Unset = UNSET
    check_criminal: bool | Unset = UNSET
    check_person_blacklist: bool | Unset = UNSET
    check_duplicate_personal_data: bool | Unset = UNSET
    check_driver_license: bool | Unset = UNSET
    check_lid: bool | Unset = UNSET
    allow_bsn_masking: bool | Unset = UNSET
    nfc_optional: bool | Unset = UNSET
    age_limit: int | Unset = UNSET
    age_max: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415

        client_id = self.client_id

        first_name = self.first_name

        last_name = self.last_name

        success_url = self.success_url

        error_url = self.error_url

        unverified_url = self.unverified_url

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

        questionnaire: None | str | Unset
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        else:
            questionnaire = self.questionnaire

        questionnaire_required = self.questionnaire_required

        risk_assessment_profile: None | str | Unset
        if isinstance(self.risk_assessment_profile, Unset):
            risk_assessment_profile = UNSET
        elif isinstance(self.risk_assessment_profile, UUID):
            risk_assessment_profile = str(self.risk_assessment_profile)
        else:
            risk_assessment_profile = self.risk_assessment_profile

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        elif isinstance(self.theme, UUID):
            theme = str(self.theme)
        else:
            theme = self.theme

        registry_centers_countries: list[str] | None | Unset
        if isinstance(self.registry_centers_countries, Unset):
            registry_centers_countries = UNSET
        elif isinstance(self.registry_centers_countries, list):
            registry_centers_countries = self.registry_centers_countries

        else:
            registry_centers_countries = self.registry_centers_countries

        verify_email = self.verify_email

        verify_phone = self.verify_phone

        verify_bank = self.verify_bank

        verify_bank_accounts = self.verify_bank_accounts

        verify_bank_balances = self.verify_bank_balances

        verify_bank_transactions = self.verify_bank_transactions

        bank_card_verification = self.bank_card_verification

        bank_card_pdf_upload = self.bank_card_pdf_upload

        verify_address = self.verify_address

        check_aml = self.check_aml

        check_criminal = self.check_criminal

        check_person_blacklist = self.check_person_blacklist

        check_duplicate_personal_data = self.check_duplicate_personal_data

        check_driver_license = self.check_driver_license

        check_lid = self.check_lid

        allow_bsn_masking = self.allow_bsn_masking

        nfc_optional = self.nfc_optional

        age_limit = self.age_limit

        age_max = self.age_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
            }
        )
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
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if questionnaire_required is not UNSET:
            field_dict["questionnaireRequired"] = questionnaire_required
        if risk_assessment_profile is not UNSET:
            field_dict["riskAssessmentProfile"] = risk_assessment_profile
        if theme is not UNSET:
            field_dict["theme"] = theme
        if registry_centers_countries is not UNSET:
            field_dict["registryCentersCountries"] = registry_centers_countries
        if verify_email is not UNSET:
            field_dict["verifyEmail"] = verify_email
        if verify_phone is not UNSET:
            field_dict["verifyPhone"] = verify_phone
        if verify_bank is not UNSET:
            field_dict["verifyBank"] = verify_bank
        if verify_bank_accounts is not UNSET:
            field_dict["verifyBankAccounts"] = verify_bank_accounts
        if verify_bank_balances is not UNSET:
            field_dict["verifyBankBalances"] = verify_bank_balances
        if verify_bank_transactions is not UNSET:
            field_dict["verifyBankTransactions"] = verify_bank_transactions
        if bank_card_verification is not UNSET:
            field_dict["bankCardVerification"] = bank_card_verification
        if bank_card_pdf_upload is not UNSET:
            field_dict["bankCardPdfUpload"] = bank_card_pdf_upload
        if verify_address is not UNSET:
            field_dict["verifyAddress"] = verify_address
        if check_aml is not UNSET:
            field_dict["checkAml"] = check_aml
        if check_criminal is not UNSET:
            field_dict["checkCriminal"] = check_criminal
        if check_person_blacklist is not UNSET:
            field_dict["checkPersonBlacklist"] = check_person_blacklist
        if check_duplicate_personal_data is not UNSET:
            field_dict["checkDuplicatePersonalData"] = check_duplicate_personal_data
        if check_driver_license is not UNSET:
            field_dict["checkDriverLicense"] = check_driver_license
        if check_lid is not UNSET:
            field_dict["checkLid"] = check_lid
        if allow_bsn_masking is not UNSET:
            field_dict["allowBsnMasking"] = allow_bsn_masking
        if nfc_optional is not UNSET:
            field_dict["nfcOptional"] = nfc_optional
        if age_limit is not UNSET:
            field_dict["ageLimit"] = age_limit
        if age_max is not UNSET:
            field_dict["ageMax"] = age_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("clientId")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        success_url = d.pop("successUrl", UNSET)

        error_url = d.pop("errorUrl", UNSET)

        unverified_url = d.pop("unverifiedUrl", UNSET)

        callback_url = d.pop("callbackUrl", UNSET)

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

        def _parse_questionnaire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        questionnaire = _parse_questionnaire(d.pop("questionnaire", UNSET))

        questionnaire_required = d.pop("questionnaireRequired", UNSET)

        def _parse_risk_assessment_profile(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_assessment_profile_type_0 = UUID(data)

                return risk_assessment_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        risk_assessment_profile = _parse_risk_assessment_profile(d.pop("riskAssessmentProfile", UNSET))

        def _parse_theme(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                theme_type_0 = UUID(data)

                return theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

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

        verify_email = d.pop("verifyEmail", UNSET)

        verify_phone = d.pop("verifyPhone", UNSET)

        verify_bank = d.pop("verifyBank", UNSET)

        verify_bank_accounts = d.pop("verifyBankAccounts", UNSET)

        verify_bank_balances = d.pop("verifyBankBalances", UNSET)

        verify_bank_transactions = d.pop("verifyBankTransactions", UNSET)

        bank_card_verification = d.pop("bankCardVerification", UNSET)

        bank_card_pdf_upload = d.pop("bankCardPdfUpload", UNSET)

        verify_address = d.pop("verifyAddress", UNSET)

        check_aml = d.pop("checkAml", UNSET)

        check_criminal = d.pop("checkCriminal", UNSET)

        check_person_blacklist = d.pop("checkPersonBlacklist", UNSET)

        check_duplicate_personal_data = d.pop("checkDuplicatePersonalData", UNSET)

        check_driver_license = d.pop("checkDriverLicense", UNSET)

        check_lid = d.pop("checkLid", UNSET)

        allow_bsn_masking = d.pop("allowBsnMasking", UNSET)

        nfc_optional = d.pop("nfcOptional", UNSET)

        age_limit = d.pop("ageLimit", UNSET)

        age_max = d.pop("ageMax", UNSET)

        token_request = cls(
            client_id=client_id,
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
            questionnaire=questionnaire,
            questionnaire_required=questionnaire_required,
            risk_assessment_profile=risk_assessment_profile,
            theme=theme,
            registry_centers_countries=registry_centers_countries,
            verify_email=verify_email,
            verify_phone=verify_phone,
            verify_bank=verify_bank,
            verify_bank_accounts=verify_bank_accounts,
            verify_bank_balances=verify_bank_balances,
            verify_bank_transactions=verify_bank_transactions,
            bank_card_verification=bank_card_verification,
            bank_card_pdf_upload=bank_card_pdf_upload,
            verify_address=verify_address,
            check_aml=check_aml,
            check_criminal=check_criminal,
            check_person_blacklist=check_person_blacklist,
            check_duplicate_personal_data=check_duplicate_personal_data,
            check_driver_license=check_driver_license,
            check_lid=check_lid,
            allow_bsn_masking=allow_bsn_masking,
            nfc_optional=nfc_optional,
            age_limit=age_limit,
            age_max=age_max,
        )

        token_request.additional_properties = d
        return token_request

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_group import AgeGroup
from ..models.document_sex import DocumentSex
from ..models.kyc_document_type import KycDocumentType
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_data import AdditionalData
    from ..models.address_verification import AddressVerification
    from ..models.aml_check_v3 import AmlCheckV3
    from ..models.aml_company_name_results import AmlCompanyNameResults
    from ..models.aml_name_results import AmlNameResults
    from ..models.aml_news_results import AmlNewsResults
    from ..models.bank_card_verification import BankCardVerification
    from ..models.bank_verification import BankVerification
    from ..models.criminal_check_results import CriminalCheckResults
    from ..models.driver_license_check import DriverLicenseCheck
    from ..models.email_verification import EmailVerification
    from ..models.hungary_registry_center import HungaryRegistryCenter
    from ..models.lid_results import LidResults
    from ..models.lithuania_registry_center import LithuaniaRegistryCenter
    from ..models.phone_verification import PhoneVerification
    from ..models.questionnaire_answers import QuestionnaireAnswers
    from ..models.risk_assessment import RiskAssessment
    from ..models.us_15_registry_center import Us15RegistryCenter


T = TypeVar("T", bound="DataResponse")


@_attrs_define
class DataResponse:
    """The document data of a verification, with its identifiers and the results of the
    extra checks its token asked for (absent or `null` when not asked for).

        Attributes:
            scan_ref (str): iDenfy's identifier of the verification. Example: ec6a7108-8c26-11e9-9758-309c231b1bac.
            doc_first_name (None | str | Unset): Name(s) on the document. Example: JOHN TOM.
            doc_last_name (None | str | Unset): Surname(s) on the document. Example: SMITH.
            doc_number (None | str | Unset): Document number. Example: 123456.
            doc_personal_code (None | str | Unset): Personal (national) number on the document. Example: 123456789.
            doc_expiry (None | str | Unset): Expiry date of the document (plain string: the official file gives these
                dates no format (documented values are YYYY-MM-DD)).
                 Example: 2030-12-20.
            doc_dob (None | str | Unset): Date of birth on the document (plain string: the official file gives these
                dates no format (documented values are YYYY-MM-DD)).
                 Example: 1990-12-20.
            doc_date_of_issue (None | str | Unset): Issue date of the document (plain string: the official file gives these
                dates no format (documented values are YYYY-MM-DD)).
                 Example: 2020-12-20.
            doc_type (KycDocumentType | None | Unset): Type of the document (the official 35 types plus the documentation's
                `INTERNATIONAL_PASSPORT`).
            doc_sex (DocumentSex | None | Unset): Sex on the document, in words (`MALE`, `FEMALE`, `UNDEFINED`), unlike the
                token's `M`/`F`.
            doc_nationality (None | str | Unset): Nationality on the document (alpha-2). Example: LT.
            doc_issuing_country (None | str | Unset): Issuing country of the document (alpha-2). Example: LT.
            selected_country (None | str | Unset): The document country the client selected in the UI (alpha-2). Example:
                LT.
            birth_place (None | str | Unset): Place of birth on the document. Example: KAUNAS.
            authority (None | str | Unset): Issuing authority on the document. Example: LIETUVOS RESPUBLIKA.
            address (None | str | Unset): Address on the document.
            doc_temporary_address (None | str | Unset): Temporary address on the document.
            doc_birth_name (None | str | Unset): Birth name on the document.
            doc_patronymic (None | str | Unset): Patronymic on the document.
            mothers_maiden_name (None | str | Unset): Mother's maiden name on the document.
            driver_license_category (None | str | Unset): Vehicle categories on a driver's licence. Example: B.
            manually_data_changed (bool | None | Unset): Whether a reviewer corrected the data read automatically. Example:
                False.
            full_name (None | str | Unset): The full name on the document (first and last names together). Example: JOHN TOM
                SMITH.
            org_first_name (None | str | Unset): Name(s) in the original (non-Latin) script, when the document has one.
            org_last_name (None | str | Unset): Surname(s) in the original script.
            org_nationality (None | str | Unset): Nationality in the original script.
            org_birth_place (None | str | Unset): Place of birth in the original script.
            org_authority (None | str | Unset): Issuing authority in the original script.
            org_address (None | str | Unset): Address in the original script.
            org_temporary_address (None | str | Unset): Temporary address in the original script.
            org_mothers_maiden_name (None | str | Unset): Mother's maiden name in the original script.
            org_patronymic (None | str | Unset): Patronymic in the original script.
            org_birth_name (None | str | Unset): Birth name in the original script.
            age_estimate (AgeGroup | None | Unset): Age group estimated from the selfie.
            client_ip_proxy_risk_level (None | RiskLevel | Unset): Risk that the client used an IP proxy (`checkIpProxy`);
                `null` when not checked.
            duplicate_faces (list[str] | None | Unset): `scanRef`s of earlier verifications with the same face
                (`checkDuplicateFaces`); `null` when not checked.
            duplicate_doc_faces (list[str] | None | Unset): `scanRef`s of earlier verifications with the same document face
                (`checkDuplicateDocFaces`); `null` when not checked.
            additional_data (AdditionalData | None | Unset): Data read in the additional steps (e.g. from a utility bill).
            aml (list[AmlCompanyNameResults | AmlNameResults | AmlNewsResults] | None | Unset): Results of the AML screening
                services (the legacy form; `amlCheck` is the newer
                one), one item per service.
            aml_check (AmlCheckV3 | None | Unset): AML screening result, newer form.
            lid (list[LidResults] | None | Unset): Results of the lost and invalid documents check, one item per service.
            criminal_check (list[CriminalCheckResults] | None | Unset): Results of the criminal-record check, one item per
                service.
            registry_center_check (HungaryRegistryCenter | LithuaniaRegistryCenter | None | Unset | Us15RegistryCenter):
                Answer of a national registry centre (Hungary, Lithuania or the US).
            address_verification (AddressVerification | None | Unset): Result of the address verification.
            questionnaire_answers (None | QuestionnaireAnswers | Unset): The client's questionnaire answers.
            risk_assessment (None | RiskAssessment | Unset): Result of the risk assessment.
            bank_verification (BankVerification | None | Unset): Result of the bank verification.
            email_verification (EmailVerification | None | Unset): Result of the e-mail verification.
            phone_verification (None | PhoneVerification | Unset): Result of the phone verification.
            driver_license_check (DriverLicenseCheck | None | Unset): Result of the driver's-licence registry check.
            bank_card_verification (BankCardVerification | None | Unset): Result of the bank card verification.
            client_id (None | str | Unset): Your identifier of the client. Example: 100000.
    """

    scan_ref: str
    doc_first_name: None | str | Unset = UNSET
    doc_last_name: None | str | Unset = UNSET
    doc_number: None | str | Unset = UNSET
    doc_personal_code: None | str | Unset = UNSET
    doc_expiry: None | str | Unset = UNSET
    doc_dob: None | str | Unset = UNSET
    doc_date_of_issue: None | str | Unset = UNSET
    doc_type: KycDocumentType | None | Unset = UNSET
    doc_sex: DocumentSex | None | Unset = UNSET
    doc_nationality: None | str | Unset = UNSET
    doc_issuing_country: None | str | Unset = UNSET
    selected_country: None | str | Unset = UNSET
    birth_place: None | str | Unset = UNSET
    authority: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    doc_temporary_address: None | str | Unset = UNSET
    doc_birth_name: None | str | Unset = UNSET
    doc_patronymic: None | str | Unset = UNSET
    mothers_maiden_name: None | str | Unset = UNSET
    driver_license_category: None | str | Unset = UNSET
    manually_data_changed: bool | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    org_first_name: None | str | Unset = UNSET
    org_last_name: None | str | Unset = UNSET
    org_nationality: None | str | Unset = UNSET
    org_birth_place: None | str | Unset = UNSET
    org_authority: None | str | Unset = UNSET
    org_address: None | str | Unset = UNSET
    org_temporary_address: None | str | Unset = UNSET
    org_mothers_maiden_name: None | str | Unset = UNSET
    org_patronymic: None | str | Unset = UNSET
    org_birth_name: None | str | Unset = UNSET
    age_estimate: AgeGroup | None | Unset = UNSET
    client_ip_proxy_risk_level: None | RiskLevel | Unset = UNSET
    duplicate_faces: list[str] | None | Unset = UNSET
    duplicate_doc_faces: list[str] | None | Unset = UNSET
    additional_data: AdditionalData | None | Unset = UNSET
    aml: list[AmlCompanyNameResults | AmlNameResults | AmlNewsResults] | None | Unset = UNSET
    aml_check: AmlCheckV3 | None | Unset = UNSET
    lid: list[LidResults] | None | Unset = UNSET
    criminal_check: list[CriminalCheckResults] | None | Unset = UNSET
    registry_center_check: HungaryRegistryCenter | LithuaniaRegistryCenter | None | Unset | Us15RegistryCenter = UNSET
    address_verification: AddressVerification | None | Unset = UNSET
    questionnaire_answers: None | QuestionnaireAnswers | Unset = UNSET
    risk_assessment: None | RiskAssessment | Unset = UNSET
    bank_verification: BankVerification | None | Unset = UNSET
    email_verification: EmailVerification | None | Unset = UNSET
    phone_verification: None | PhoneVerification | Unset = UNSET
    driver_license_check: DriverLicenseCheck | None | Unset = UNSET
    bank_card_verification: BankCardVerification | None | Unset = UNSET
    client_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.aml_check_v3 import AmlCheckV3  # noqa: PLC0415
        from ..models.aml_company_name_results import AmlCompanyNameResults  # noqa: PLC0415
        from ..models.aml_name_results import AmlNameResults  # noqa: PLC0415
        from ..models.bank_card_verification import BankCardVerification  # noqa: PLC0415
        from ..models.bank_verification import BankVerification  # noqa: PLC0415
        from ..models.driver_license_check import DriverLicenseCheck  # noqa: PLC0415
        from ..models.email_verification import EmailVerification  # noqa: PLC0415
        from ..models.hungary_registry_center import HungaryRegistryCenter  # noqa: PLC0415
        from ..models.lithuania_registry_center import LithuaniaRegistryCenter  # noqa: PLC0415
        from ..models.phone_verification import PhoneVerification  # noqa: PLC0415
        from ..models.questionnaire_answers import QuestionnaireAnswers  # noqa: PLC0415
        from ..models.risk_assessment import RiskAssessment  # noqa: PLC0415
        from ..models.us_15_registry_center import Us15RegistryCenter  # noqa: PLC0415

        scan_ref = self.scan_ref

        doc_first_name: None | str | Unset
        if isinstance(self.doc_first_name, Unset):
            doc_first_name = UNSET
        else:
            doc_first_name = self.doc_first_name

        doc_last_name: None | str | Unset
        if isinstance(self.doc_last_name, Unset):
            doc_last_name = UNSET
        else:
            doc_last_name = self.doc_last_name

        doc_number: None | str | Unset
        if isinstance(self.doc_number, Unset):
            doc_number = UNSET
        else:
            doc_number = self.doc_number

        doc_personal_code: None | str | Unset
        if isinstance(self.doc_personal_code, Unset):
            doc_personal_code = UNSET
        else:
            doc_personal_code = self.doc_personal_code

        doc_expiry: None | str | Unset
        if isinstance(self.doc_expiry, Unset):
            doc_expiry = UNSET
        else:
            doc_expiry = self.doc_expiry

        doc_dob: None | str | Unset
        if isinstance(self.doc_dob, Unset):
            doc_dob = UNSET
        else:
            doc_dob = self.doc_dob

        doc_date_of_issue: None | str | Unset
        if isinstance(self.doc_date_of_issue, Unset):
            doc_date_of_issue = UNSET
        else:
            doc_date_of_issue = self.doc_date_of_issue

        doc_type: None | str | Unset
        if isinstance(self.doc_type, Unset):
            doc_type = UNSET
        elif isinstance(self.doc_type, KycDocumentType):
            doc_type = self.doc_type.value
        else:
            doc_type = self.doc_type

        doc_sex: None | str | Unset
        if isinstance(self.doc_sex, Unset):
            doc_sex = UNSET
        elif isinstance(self.doc_sex, DocumentSex):
            doc_sex = self.doc_sex.value
        else:
            doc_sex = self.doc_sex

        doc_nationality: None | str | Unset
        if isinstance(self.doc_nationality, Unset):
            doc_nationality = UNSET
        else:
            doc_nationality = self.doc_nationality

        doc_issuing_country: None | str | Unset
        if isinstance(self.doc_issuing_country, Unset):
            doc_issuing_country = UNSET
        else:
            doc_issuing_country = self.doc_issuing_country

        selected_country: None | str | Unset
        if isinstance(self.selected_country, Unset):
            selected_country = UNSET
        else:
            selected_country = self.selected_country

        birth_place: None | str | Unset
        if isinstance(self.birth_place, Unset):
            birth_place = UNSET
        else:
            birth_place = self.birth_place

        authority: None | str | Unset
        if isinstance(self.authority, Unset):
            authority = UNSET
        else:
            authority = self.authority

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        doc_temporary_address: None | str | Unset
        if isinstance(self.doc_temporary_address, Unset):
            doc_temporary_address = UNSET
        else:
            doc_temporary_address = self.doc_temporary_address

        doc_birth_name: None | str | Unset
        if isinstance(self.doc_birth_name, Unset):
            doc_birth_name = UNSET
        else:
            doc_birth_name = self.doc_birth_name

        doc_patronymic: None | str | Unset
        if isinstance(self.doc_patronymic, Unset):
            doc_patronymic = UNSET
        else:
            doc_patronymic = self.doc_patronymic

        mothers_maiden_name: None | str | Unset
        if isinstance(self.mothers_maiden_name, Unset):
            mothers_maiden_name = UNSET
        else:
            mothers_maiden_name = self.mothers_maiden_name

        driver_license_category: None | str | Unset
        if isinstance(self.driver_license_category, Unset):
            driver_license_category = UNSET
        else:
            driver_license_category = self.driver_license_category

        manually_data_changed: bool | None | Unset
        if isinstance(self.manually_data_changed, Unset):
            manually_data_changed = UNSET
        else:
            manually_data_changed = self.manually_data_changed

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        org_first_name: None | str | Unset
        if isinstance(self.org_first_name, Unset):
            org_first_name = UNSET
        else:
            org_first_name = self.org_first_name

        org_last_name: None | str | Unset
        if isinstance(self.org_last_name, Unset):
            org_last_name = UNSET
        else:
            org_last_name = self.org_last_name

        org_nationality: None | str | Unset
        if isinstance(self.org_nationality, Unset):
            org_nationality = UNSET
        else:
            org_nationality = self.org_nationality

        org_birth_place: None | str | Unset
        if isinstance(self.org_birth_place, Unset):
            org_birth_place = UNSET
        else:
            org_birth_place = self.org_birth_place

        org_authority: None | str | Unset
        if isinstance(self.org_authority, Unset):
            org_authority = UNSET
        else:
            org_authority = self.org_authority

        org_address: None | str | Unset
        if isinstance(self.org_address, Unset):
            org_address = UNSET
        else:
            org_address = self.org_address

        org_temporary_address: None | str | Unset
        if isinstance(self.org_temporary_address, Unset):
            org_temporary_address = UNSET
        else:
            org_temporary_address = self.org_temporary_address

        org_mothers_maiden_name: None | str | Unset
        if isinstance(self.org_mothers_maiden_name, Unset):
            org_mothers_maiden_name = UNSET
        else:
            org_mothers_maiden_name = self.org_mothers_maiden_name

        org_patronymic: None | str | Unset
        if isinstance(self.org_patronymic, Unset):
            org_patronymic = UNSET
        else:
            org_patronymic = self.org_patronymic

        org_birth_name: None | str | Unset
        if isinstance(self.org_birth_name, Unset):
            org_birth_name = UNSET
        else:
            org_birth_name = self.org_birth_name

        age_estimate: None | str | Unset
        if isinstance(self.age_estimate, Unset):
            age_estimate = UNSET
        elif isinstance(self.age_estimate, AgeGroup):
            age_estimate = self.age_estimate.value
        else:
            age_estimate = self.age_estimate

        client_ip_proxy_risk_level: None | str | Unset
        if isinstance(self.client_ip_proxy_risk_level, Unset):
            client_ip_proxy_risk_level = UNSET
        elif isinstance(self.client_ip_proxy_risk_level, RiskLevel):
            client_ip_proxy_risk_level = self.client_ip_proxy_risk_level.value
        else:
            client_ip_proxy_risk_level = self.client_ip_proxy_risk_level

        duplicate_faces: list[str] | None | Unset
        if isinstance(self.duplicate_faces, Unset):
            duplicate_faces = UNSET
        elif isinstance(self.duplicate_faces, list):
            duplicate_faces = self.duplicate_faces

        else:
            duplicate_faces = self.duplicate_faces

        duplicate_doc_faces: list[str] | None | Unset
        if isinstance(self.duplicate_doc_faces, Unset):
            duplicate_doc_faces = UNSET
        elif isinstance(self.duplicate_doc_faces, list):
            duplicate_doc_faces = self.duplicate_doc_faces

        else:
            duplicate_doc_faces = self.duplicate_doc_faces

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, AdditionalData):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        aml: list[dict[str, Any]] | None | Unset
        if isinstance(self.aml, Unset):
            aml = UNSET
        elif isinstance(self.aml, list):
            aml = []
            for aml_type_0_item_data in self.aml:
                aml_type_0_item: dict[str, Any]
                if isinstance(aml_type_0_item_data, AmlNameResults):
                    aml_type_0_item = aml_type_0_item_data.to_dict()
                elif isinstance(aml_type_0_item_data, AmlCompanyNameResults):
                    aml_type_0_item = aml_type_0_item_data.to_dict()
                else:
                    aml_type_0_item = aml_type_0_item_data.to_dict()

                aml.append(aml_type_0_item)

        else:
            aml = self.aml

        aml_check: dict[str, Any] | None | Unset
        if isinstance(self.aml_check, Unset):
            aml_check = UNSET
        elif isinstance(self.aml_check, AmlCheckV3):
            aml_check = self.aml_check.to_dict()
        else:
            aml_check = self.aml_check

        lid: list[dict[str, Any]] | None | Unset
        if isinstance(self.lid, Unset):
            lid = UNSET
        elif isinstance(self.lid, list):
            lid = []
            for lid_type_0_item_data in self.lid:
                lid_type_0_item = lid_type_0_item_data.to_dict()
                lid.append(lid_type_0_item)

        else:
            lid = self.lid

        criminal_check: list[dict[str, Any]] | None | Unset
        if isinstance(self.criminal_check, Unset):
            criminal_check = UNSET
        elif isinstance(self.criminal_check, list):
            criminal_check = []
            for criminal_check_type_0_item_data in self.criminal_check:
                criminal_check_type_0_item = criminal_check_type_0_item_data.to_dict()
                criminal_check.append(criminal_check_type_0_item)

        else:
            criminal_check = self.criminal_check

        registry_center_check: dict[str, Any] | None | Unset
        if isinstance(self.registry_center_check, Unset):
            registry_center_check = UNSET
        elif isinstance(self.registry_center_check, HungaryRegistryCenter):
            registry_center_check = self.registry_center_check.to_dict()
        elif isinstance(self.registry_center_check, LithuaniaRegistryCenter):
            registry_center_check = self.registry_center_check.to_dict()
        elif isinstance(self.registry_center_check, Us15RegistryCenter):
            registry_center_check = self.registry_center_check.to_dict()
        else:
            registry_center_check = self.registry_center_check

        address_verification: dict[str, Any] | None | Unset
        if isinstance(self.address_verification, Unset):
            address_verification = UNSET
        elif isinstance(self.address_verification, AddressVerification):
            address_verification = self.address_verification.to_dict()
        else:
            address_verification = self.address_verification

        questionnaire_answers: dict[str, Any] | None | Unset
        if isinstance(self.questionnaire_answers, Unset):
            questionnaire_answers = UNSET
        elif isinstance(self.questionnaire_answers, QuestionnaireAnswers):
            questionnaire_answers = self.questionnaire_answers.to_dict()
        else:
            questionnaire_answers = self.questionnaire_answers

        risk_assessment: dict[str, Any] | None | Unset
        if isinstance(self.risk_assessment, Unset):
            risk_assessment = UNSET
        elif isinstance(self.risk_assessment, RiskAssessment):
            risk_assessment = self.risk_assessment.to_dict()
        else:
            risk_assessment = self.risk_assessment

        bank_verification: dict[str, Any] | None | Unset
        if isinstance(self.bank_verification, Unset):
            bank_verification = UNSET
        elif isinstance(self.bank_verification, BankVerification):
            bank_verification = self.bank_verification.to_dict()
        else:
            bank_verification = self.bank_verification

        email_verification: dict[str, Any] | None | Unset
        if isinstance(self.email_verification, Unset):
            email_verification = UNSET
        elif isinstance(self.email_verification, EmailVerification):
            email_verification = self.email_verification.to_dict()
        else:
            email_verification = self.email_verification

        phone_verification: dict[str, Any] | None | Unset
        if isinstance(self.phone_verification, Unset):
            phone_verification = UNSET
        elif isinstance(self.phone_verification, PhoneVerification):
            phone_verification = self.phone_verification.to_dict()
        else:
            phone_verification = self.phone_verification

        driver_license_check: dict[str, Any] | None | Unset
        if isinstance(self.driver_license_check, Unset):
            driver_license_check = UNSET
        elif isinstance(self.driver_license_check, DriverLicenseCheck):
            driver_license_check = self.driver_license_check.to_dict()
        else:
            driver_license_check = self.driver_license_check

        bank_card_verification: dict[str, Any] | None | Unset
        if isinstance(self.bank_card_verification, Unset):
            bank_card_verification = UNSET
        elif isinstance(self.bank_card_verification, BankCardVerification):
            bank_card_verification = self.bank_card_verification.to_dict()
        else:
            bank_card_verification = self.bank_card_verification

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
            }
        )
        if doc_first_name is not UNSET:
            field_dict["docFirstName"] = doc_first_name
        if doc_last_name is not UNSET:
            field_dict["docLastName"] = doc_last_name
        if doc_number is not UNSET:
            field_dict["docNumber"] = doc_number
        if doc_personal_code is not UNSET:
            field_dict["docPersonalCode"] = doc_personal_code
        if doc_expiry is not UNSET:
            field_dict["docExpiry"] = doc_expiry
        if doc_dob is not UNSET:
            field_dict["docDob"] = doc_dob
        if doc_date_of_issue is not UNSET:
            field_dict["docDateOfIssue"] = doc_date_of_issue
        if doc_type is not UNSET:
            field_dict["docType"] = doc_type
        if doc_sex is not UNSET:
            field_dict["docSex"] = doc_sex
        if doc_nationality is not UNSET:
            field_dict["docNationality"] = doc_nationality
        if doc_issuing_country is not UNSET:
            field_dict["docIssuingCountry"] = doc_issuing_country
        if selected_country is not UNSET:
            field_dict["selectedCountry"] = selected_country
        if birth_place is not UNSET:
            field_dict["birthPlace"] = birth_place
        if authority is not UNSET:
            field_dict["authority"] = authority
        if address is not UNSET:
            field_dict["address"] = address
        if doc_temporary_address is not UNSET:
            field_dict["docTemporaryAddress"] = doc_temporary_address
        if doc_birth_name is not UNSET:
            field_dict["docBirthName"] = doc_birth_name
        if doc_patronymic is not UNSET:
            field_dict["docPatronymic"] = doc_patronymic
        if mothers_maiden_name is not UNSET:
            field_dict["mothersMaidenName"] = mothers_maiden_name
        if driver_license_category is not UNSET:
            field_dict["driverLicenseCategory"] = driver_license_category
        if manually_data_changed is not UNSET:
            field_dict["manuallyDataChanged"] = manually_data_changed
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if org_first_name is not UNSET:
            field_dict["orgFirstName"] = org_first_name
        if org_last_name is not UNSET:
            field_dict["orgLastName"] = org_last_name
        if org_nationality is not UNSET:
            field_dict["orgNationality"] = org_nationality
        if org_birth_place is not UNSET:
            field_dict["orgBirthPlace"] = org_birth_place
        if org_authority is not UNSET:
            field_dict["orgAuthority"] = org_authority
        if org_address is not UNSET:
            field_dict["orgAddress"] = org_address
        if org_temporary_address is not UNSET:
            field_dict["orgTemporaryAddress"] = org_temporary_address
        if org_mothers_maiden_name is not UNSET:
            field_dict["orgMothersMaidenName"] = org_mothers_maiden_name
        if org_patronymic is not UNSET:
            field_dict["orgPatronymic"] = org_patronymic
        if org_birth_name is not UNSET:
            field_dict["orgBirthName"] = org_birth_name
        if age_estimate is not UNSET:
            field_dict["ageEstimate"] = age_estimate
        if client_ip_proxy_risk_level is not UNSET:
            field_dict["clientIpProxyRiskLevel"] = client_ip_proxy_risk_level
        if duplicate_faces is not UNSET:
            field_dict["duplicateFaces"] = duplicate_faces
        if duplicate_doc_faces is not UNSET:
            field_dict["duplicateDocFaces"] = duplicate_doc_faces
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data
        if aml is not UNSET:
            field_dict["AML"] = aml
        if aml_check is not UNSET:
            field_dict["amlCheck"] = aml_check
        if lid is not UNSET:
            field_dict["LID"] = lid
        if criminal_check is not UNSET:
            field_dict["CRIMINAL_CHECK"] = criminal_check
        if registry_center_check is not UNSET:
            field_dict["registryCenterCheck"] = registry_center_check
        if address_verification is not UNSET:
            field_dict["addressVerification"] = address_verification
        if questionnaire_answers is not UNSET:
            field_dict["questionnaireAnswers"] = questionnaire_answers
        if risk_assessment is not UNSET:
            field_dict["riskAssessment"] = risk_assessment
        if bank_verification is not UNSET:
            field_dict["bankVerification"] = bank_verification
        if email_verification is not UNSET:
            field_dict["emailVerification"] = email_verification
        if phone_verification is not UNSET:
            field_dict["phoneVerification"] = phone_verification
        if driver_license_check is not UNSET:
            field_dict["driverLicenseCheck"] = driver_license_check
        if bank_card_verification is not UNSET:
            field_dict["bankCardVerification"] = bank_card_verification
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_data import AdditionalData  # noqa: PLC0415
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.aml_check_v3 import AmlCheckV3  # noqa: PLC0415
        from ..models.aml_company_name_results import AmlCompanyNameResults  # noqa: PLC0415
        from ..models.aml_name_results import AmlNameResults  # noqa: PLC0415
        from ..models.aml_news_results import AmlNewsResults  # noqa: PLC0415
        from ..models.bank_card_verification import BankCardVerification  # noqa: PLC0415
        from ..models.bank_verification import BankVerification  # noqa: PLC0415
        from ..models.criminal_check_results import CriminalCheckResults  # noqa: PLC0415
        from ..models.driver_license_check import DriverLicenseCheck  # noqa: PLC0415
        from ..models.email_verification import EmailVerification  # noqa: PLC0415
        from ..models.hungary_registry_center import HungaryRegistryCenter  # noqa: PLC0415
        from ..models.lid_results import LidResults  # noqa: PLC0415
        from ..models.lithuania_registry_center import LithuaniaRegistryCenter  # noqa: PLC0415
        from ..models.phone_verification import PhoneVerification  # noqa: PLC0415
        from ..models.questionnaire_answers import QuestionnaireAnswers  # noqa: PLC0415
        from ..models.risk_assessment import RiskAssessment  # noqa: PLC0415
        from ..models.us_15_registry_center import Us15RegistryCenter  # noqa: PLC0415

        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        def _parse_doc_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_first_name = _parse_doc_first_name(d.pop("docFirstName", UNSET))

        def _parse_doc_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_last_name = _parse_doc_last_name(d.pop("docLastName", UNSET))

        def _parse_doc_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_number = _parse_doc_number(d.pop("docNumber", UNSET))

        def _parse_doc_personal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_personal_code = _parse_doc_personal_code(d.pop("docPersonalCode", UNSET))

        def _parse_doc_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_expiry = _parse_doc_expiry(d.pop("docExpiry", UNSET))

        def _parse_doc_dob(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_dob = _parse_doc_dob(d.pop("docDob", UNSET))

        def _parse_doc_date_of_issue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_date_of_issue = _parse_doc_date_of_issue(d.pop("docDateOfIssue", UNSET))

        def _parse_doc_type(data: object) -> KycDocumentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_type_type_0 = KycDocumentType(data)

                return doc_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KycDocumentType | None | Unset, data)

        doc_type = _parse_doc_type(d.pop("docType", UNSET))

        def _parse_doc_sex(data: object) -> DocumentSex | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_sex_type_0 = DocumentSex(data)

                return doc_sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentSex | None | Unset, data)

        doc_sex = _parse_doc_sex(d.pop("docSex", UNSET))

        def _parse_doc_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_nationality = _parse_doc_nationality(d.pop("docNationality", UNSET))

        def _parse_doc_issuing_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_issuing_country = _parse_doc_issuing_country(d.pop("docIssuingCountry", UNSET))

        def _parse_selected_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_country = _parse_selected_country(d.pop("selectedCountry", UNSET))

        def _parse_birth_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_place = _parse_birth_place(d.pop("birthPlace", UNSET))

        def _parse_authority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authority = _parse_authority(d.pop("authority", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_doc_temporary_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_temporary_address = _parse_doc_temporary_address(d.pop("docTemporaryAddress", UNSET))

        def _parse_doc_birth_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_birth_name = _parse_doc_birth_name(d.pop("docBirthName", UNSET))

        def _parse_doc_patronymic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_patronymic = _parse_doc_patronymic(d.pop("docPatronymic", UNSET))

        def _parse_mothers_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mothers_maiden_name = _parse_mothers_maiden_name(d.pop("mothersMaidenName", UNSET))

        def _parse_driver_license_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_license_category = _parse_driver_license_category(d.pop("driverLicenseCategory", UNSET))

        def _parse_manually_data_changed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manually_data_changed = _parse_manually_data_changed(d.pop("manuallyDataChanged", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("fullName", UNSET))

        def _parse_org_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_first_name = _parse_org_first_name(d.pop("orgFirstName", UNSET))

        def _parse_org_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_last_name = _parse_org_last_name(d.pop("orgLastName", UNSET))

        def _parse_org_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_nationality = _parse_org_nationality(d.pop("orgNationality", UNSET))

        def _parse_org_birth_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_birth_place = _parse_org_birth_place(d.pop("orgBirthPlace", UNSET))

        def _parse_org_authority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_authority = _parse_org_authority(d.pop("orgAuthority", UNSET))

        def _parse_org_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_address = _parse_org_address(d.pop("orgAddress", UNSET))

        def _parse_org_temporary_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_temporary_address = _parse_org_temporary_address(d.pop("orgTemporaryAddress", UNSET))

        def _parse_org_mothers_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_mothers_maiden_name = _parse_org_mothers_maiden_name(d.pop("orgMothersMaidenName", UNSET))

        def _parse_org_patronymic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_patronymic = _parse_org_patronymic(d.pop("orgPatronymic", UNSET))

        def _parse_org_birth_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_birth_name = _parse_org_birth_name(d.pop("orgBirthName", UNSET))

        def _parse_age_estimate(data: object) -> AgeGroup | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                age_estimate_type_0 = AgeGroup(data)

                return age_estimate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgeGroup | None | Unset, data)

        age_estimate = _parse_age_estimate(d.pop("ageEstimate", UNSET))

        def _parse_client_ip_proxy_risk_level(data: object) -> None | RiskLevel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_ip_proxy_risk_level_type_0 = RiskLevel(data)

                return client_ip_proxy_risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | Unset, data)

        client_ip_proxy_risk_level = _parse_client_ip_proxy_risk_level(d.pop("clientIpProxyRiskLevel", UNSET))

        def _parse_duplicate_faces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                duplicate_faces_type_0 = cast(list[str], data)

                return duplicate_faces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        duplicate_faces = _parse_duplicate_faces(d.pop("duplicateFaces", UNSET))

        def _parse_duplicate_doc_faces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                duplicate_doc_faces_type_0 = cast(list[str], data)

                return duplicate_doc_faces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        duplicate_doc_faces = _parse_duplicate_doc_faces(d.pop("duplicateDocFaces", UNSET))

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

        def _parse_aml(data: object) -> list[AmlCompanyNameResults | AmlNameResults | AmlNewsResults] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aml_type_0 = []
                _aml_type_0 = data
                for aml_type_0_item_data in _aml_type_0:

                    def _parse_aml_type_0_item(data: object) -> AmlCompanyNameResults | AmlNameResults | AmlNewsResults:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_aml_result_type_0 = AmlNameResults.from_dict(data)

                            return componentsschemas_aml_result_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_aml_result_type_1 = AmlCompanyNameResults.from_dict(data)

                            return componentsschemas_aml_result_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_aml_result_type_2 = AmlNewsResults.from_dict(data)

                        return componentsschemas_aml_result_type_2

                    aml_type_0_item = _parse_aml_type_0_item(aml_type_0_item_data)

                    aml_type_0.append(aml_type_0_item)

                return aml_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AmlCompanyNameResults | AmlNameResults | AmlNewsResults] | None | Unset, data)

        aml = _parse_aml(d.pop("AML", UNSET))

        def _parse_aml_check(data: object) -> AmlCheckV3 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aml_check_type_0 = AmlCheckV3.from_dict(data)

                return aml_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlCheckV3 | None | Unset, data)

        aml_check = _parse_aml_check(d.pop("amlCheck", UNSET))

        def _parse_lid(data: object) -> list[LidResults] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lid_type_0 = []
                _lid_type_0 = data
                for lid_type_0_item_data in _lid_type_0:
                    lid_type_0_item = LidResults.from_dict(lid_type_0_item_data)

                    lid_type_0.append(lid_type_0_item)

                return lid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LidResults] | None | Unset, data)

        lid = _parse_lid(d.pop("LID", UNSET))

        def _parse_criminal_check(data: object) -> list[CriminalCheckResults] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                criminal_check_type_0 = []
                _criminal_check_type_0 = data
                for criminal_check_type_0_item_data in _criminal_check_type_0:
                    criminal_check_type_0_item = CriminalCheckResults.from_dict(criminal_check_type_0_item_data)

                    criminal_check_type_0.append(criminal_check_type_0_item)

                return criminal_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CriminalCheckResults] | None | Unset, data)

        criminal_check = _parse_criminal_check(d.pop("CRIMINAL_CHECK", UNSET))

        def _parse_registry_center_check(
            data: object,
        ) -> HungaryRegistryCenter | LithuaniaRegistryCenter | None | Unset | Us15RegistryCenter:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_registry_center_check_type_0 = HungaryRegistryCenter.from_dict(data)

                return componentsschemas_registry_center_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_registry_center_check_type_1 = LithuaniaRegistryCenter.from_dict(data)

                return componentsschemas_registry_center_check_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_registry_center_check_type_2 = Us15RegistryCenter.from_dict(data)

                return componentsschemas_registry_center_check_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HungaryRegistryCenter | LithuaniaRegistryCenter | None | Unset | Us15RegistryCenter, data)

        registry_center_check = _parse_registry_center_check(d.pop("registryCenterCheck", UNSET))

        def _parse_address_verification(data: object) -> AddressVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_verification_type_0 = AddressVerification.from_dict(data)

                return address_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressVerification | None | Unset, data)

        address_verification = _parse_address_verification(d.pop("addressVerification", UNSET))

        def _parse_questionnaire_answers(data: object) -> None | QuestionnaireAnswers | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                questionnaire_answers_type_0 = QuestionnaireAnswers.from_dict(data)

                return questionnaire_answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuestionnaireAnswers | Unset, data)

        questionnaire_answers = _parse_questionnaire_answers(d.pop("questionnaireAnswers", UNSET))

        def _parse_risk_assessment(data: object) -> None | RiskAssessment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                risk_assessment_type_0 = RiskAssessment.from_dict(data)

                return risk_assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskAssessment | Unset, data)

        risk_assessment = _parse_risk_assessment(d.pop("riskAssessment", UNSET))

        def _parse_bank_verification(data: object) -> BankVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bank_verification_type_0 = BankVerification.from_dict(data)

                return bank_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankVerification | None | Unset, data)

        bank_verification = _parse_bank_verification(d.pop("bankVerification", UNSET))

        def _parse_email_verification(data: object) -> EmailVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_verification_type_0 = EmailVerification.from_dict(data)

                return email_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailVerification | None | Unset, data)

        email_verification = _parse_email_verification(d.pop("emailVerification", UNSET))

        def _parse_phone_verification(data: object) -> None | PhoneVerification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_verification_type_0 = PhoneVerification.from_dict(data)

                return phone_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneVerification | Unset, data)

        phone_verification = _parse_phone_verification(d.pop("phoneVerification", UNSET))

        def _parse_driver_license_check(data: object) -> DriverLicenseCheck | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                driver_license_check_type_0 = DriverLicenseCheck.from_dict(data)

                return driver_license_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DriverLicenseCheck | None | Unset, data)

        driver_license_check = _parse_driver_license_check(d.pop("driverLicenseCheck", UNSET))

        def _parse_bank_card_verification(data: object) -> BankCardVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bank_card_verification_type_0 = BankCardVerification.from_dict(data)

                return bank_card_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankCardVerification | None | Unset, data)

        bank_card_verification = _parse_bank_card_verification(d.pop("bankCardVerification", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("clientId", UNSET))

        data_response = cls(
            scan_ref=scan_ref,
            doc_first_name=doc_first_name,
            doc_last_name=doc_last_name,
            doc_number=doc_number,
            doc_personal_code=doc_personal_code,
            doc_expiry=doc_expiry,
            doc_dob=doc_dob,
            doc_date_of_issue=doc_date_of_issue,
            doc_type=doc_type,
            doc_sex=doc_sex,
            doc_nationality=doc_nationality,
            doc_issuing_country=doc_issuing_country,
            selected_country=selected_country,
            birth_place=birth_place,
            authority=authority,
            address=address,
            doc_temporary_address=doc_temporary_address,
            doc_birth_name=doc_birth_name,
            doc_patronymic=doc_patronymic,
            mothers_maiden_name=mothers_maiden_name,
            driver_license_category=driver_license_category,
            manually_data_changed=manually_data_changed,
            full_name=full_name,
            org_first_name=org_first_name,
            org_last_name=org_last_name,
            org_nationality=org_nationality,
            org_birth_place=org_birth_place,
            org_authority=org_authority,
            org_address=org_address,
            org_temporary_address=org_temporary_address,
            org_mothers_maiden_name=org_mothers_maiden_name,
            org_patronymic=org_patronymic,
            org_birth_name=org_birth_name,
            age_estimate=age_estimate,
            client_ip_proxy_risk_level=client_ip_proxy_risk_level,
            duplicate_faces=duplicate_faces,
            duplicate_doc_faces=duplicate_doc_faces,
            additional_data=additional_data,
            aml=aml,
            aml_check=aml_check,
            lid=lid,
            criminal_check=criminal_check,
            registry_center_check=registry_center_check,
            address_verification=address_verification,
            questionnaire_answers=questionnaire_answers,
            risk_assessment=risk_assessment,
            bank_verification=bank_verification,
            email_verification=email_verification,
            phone_verification=phone_verification,
            driver_license_check=driver_license_check,
            bank_card_verification=bank_card_verification,
            client_id=client_id,
        )

        data_response.additional_properties = d
        return data_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_step_pdf_urls import AdditionalStepPdfUrls
    from ..models.additional_step_types import AdditionalStepTypes
    from ..models.address_verification import AddressVerification
    from ..models.aml_check_v3 import AmlCheckV3
    from ..models.aml_company_name_results import AmlCompanyNameResults
    from ..models.aml_name_results import AmlNameResults
    from ..models.aml_news_results import AmlNewsResults
    from ..models.bank_card_verification import BankCardVerification
    from ..models.bank_verification import BankVerification
    from ..models.criminal_check_results import CriminalCheckResults
    from ..models.document_data import DocumentData
    from ..models.driver_license_check import DriverLicenseCheck
    from ..models.email_verification import EmailVerification
    from ..models.file_urls import FileUrls
    from ..models.hungary_registry_center import HungaryRegistryCenter
    from ..models.identification_status import IdentificationStatus
    from ..models.lid_results import LidResults
    from ..models.lithuania_registry_center import LithuaniaRegistryCenter
    from ..models.phone_verification import PhoneVerification
    from ..models.questionnaire_answers import QuestionnaireAnswers
    from ..models.risk_assessment import RiskAssessment
    from ..models.us_15_registry_center import Us15RegistryCenter


T = TypeVar("T", bound="IdentificationWebhook")


@_attrs_define
class IdentificationWebhook:
    """Payload of the verification webhooks (`IDENTIFICATION`, `IDENTIFICATION_*`, and
    `VIDEO_CALL_FINISHED` if it carries one). An automatic result with `final: false` is
    followed by a manual one with `final: true`. Deliveries can repeat.

    The official file requires 14 keys; guaranteed here are only the identifiers
    (`scanRef`, `clientId`). The identification events always carry `final`, `status`
    and `data` as well, but the same schema reads `VIDEO_CALL_FINISHED`, whose body the
    official file does not define, so they are not guaranteed. `companyId` and
    `beneficiaryId` are mentioned nowhere but in the official file, and the client fields
    (`platform`, times, IP) are `null` for a verification that never went through the UI.
    The extra checks' results (from `VerificationChecks`) appear when the token asked
    for them.

        Attributes:
            scan_ref (str): iDenfy's identifier of the verification. The official file bounds it at 36
                characters, the documentation's token answer at 40: the looser bound is kept.
                 Example: ec6a7108-8c26-11e9-9758-309c231b1bac.
            client_id (str): Your identifier of the client. Example: 100000.
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
            final (bool | Unset): `false` when a manual review result will follow, `true` for the last one.
            platform (None | Platform | Unset): The device the client used. Required and non-null in the official file, but
                `null` for a verification that never went through the UI (an expiry, the
                sandbox's `dummyStatus`).
            status (IdentificationStatus | Unset): The verification's status inside a webhook payload. The official file
                requires all
                eight keys and makes all but `additionalSteps` non-nullable; the automatic and manual
                results are `null` here until that processing finished (e.g. on `IDENTIFICATION_EXPIRED`
                or without a manual review), so they are nullable and optional.
            data (DocumentData | Unset): Data read from the client's document (the webhook's `data`, and the `/api/v2/data`
                answer). Every field may be `null` (the official file makes each nullable). Names come
                upper-case as printed on the document.

                The official file requires 28 of these keys in the webhook, but neither the
                documentation nor its examples show most of them (the `org*` fields, `ageEstimate`, …),
                so none is required here. The dates are plain strings, as in the official file: a
                document can carry a partial or non-ISO date.
            file_urls (FileUrls | None | Unset): Links to the verification's files (`null` when there are none).
            additional_step_pdf_urls (AdditionalStepPdfUrls | None | Unset): Links to PDFs uploaded in the additional steps.
            external_ref (None | str | Unset): The `externalRef` of the token request. Example: reference.
            company_id (None | str | Unset): iDenfy's identifier of your company (at most 36 characters). Required and
                non-null in the official file, but no documentation page or example mentions it,
                so it is optional here.
            beneficiary_id (None | str | Unset): Identifier of the beneficiary the verification belongs to (at most 36
                characters). Required in the official file, mentioned nowhere else: optional.
            start_time (int | None | Unset): When the client started the verification (Unix time, seconds); `null` when
                the client never started.
                 Example: 1554726960.
            finish_time (int | None | Unset): When the verification finished (Unix time, seconds). Example: 1554727002.
            client_ip (None | str | Unset): The client's IP address. Example: 192.0.2.10.
            client_ip_country (None | str | Unset): Country of the client's IP address (alpha-2). Example: LT.
            client_location (None | str | Unset): Location derived from the client's IP address. Example: Kaunas, Lithuania.
            gdc_match (bool | None | Unset): Whether the data matched the global data consortium (GDC) lookup.
            manual_address (None | str | Unset): An address a reviewer entered by hand.
            manual_address_match (bool | Unset): Whether the hand-entered address matched.
            additional_steps (AdditionalStepTypes | None | Unset): The additional steps of this verification, step name →
                what the step did
                (`UPLOAD`, `COMPARE`, `EXTRACT`). Not the same as `status.additionalSteps`, the
                steps' overall result.
    """

    scan_ref: str
    client_id: str
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
    final: bool | Unset = UNSET
    platform: None | Platform | Unset = UNSET
    status: IdentificationStatus | Unset = UNSET
    data: DocumentData | Unset = UNSET
    file_urls: FileUrls | None | Unset = UNSET
    additional_step_pdf_urls: AdditionalStepPdfUrls | None | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    company_id: None | str | Unset = UNSET
    beneficiary_id: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    finish_time: int | None | Unset = UNSET
    client_ip: None | str | Unset = UNSET
    client_ip_country: None | str | Unset = UNSET
    client_location: None | str | Unset = UNSET
    gdc_match: bool | None | Unset = UNSET
    manual_address: None | str | Unset = UNSET
    manual_address_match: bool | Unset = UNSET
    additional_steps: AdditionalStepTypes | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_step_pdf_urls import AdditionalStepPdfUrls  # noqa: PLC0415
        from ..models.additional_step_types import AdditionalStepTypes  # noqa: PLC0415
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.aml_check_v3 import AmlCheckV3  # noqa: PLC0415
        from ..models.aml_company_name_results import AmlCompanyNameResults  # noqa: PLC0415
        from ..models.aml_name_results import AmlNameResults  # noqa: PLC0415
        from ..models.bank_card_verification import BankCardVerification  # noqa: PLC0415
        from ..models.bank_verification import BankVerification  # noqa: PLC0415
        from ..models.driver_license_check import DriverLicenseCheck  # noqa: PLC0415
        from ..models.email_verification import EmailVerification  # noqa: PLC0415
        from ..models.file_urls import FileUrls  # noqa: PLC0415
        from ..models.hungary_registry_center import HungaryRegistryCenter  # noqa: PLC0415
        from ..models.lithuania_registry_center import LithuaniaRegistryCenter  # noqa: PLC0415
        from ..models.phone_verification import PhoneVerification  # noqa: PLC0415
        from ..models.questionnaire_answers import QuestionnaireAnswers  # noqa: PLC0415
        from ..models.risk_assessment import RiskAssessment  # noqa: PLC0415
        from ..models.us_15_registry_center import Us15RegistryCenter  # noqa: PLC0415

        scan_ref = self.scan_ref

        client_id = self.client_id

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

        final = self.final

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, Platform):
            platform = self.platform.value
        else:
            platform = self.platform

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        file_urls: dict[str, Any] | None | Unset
        if isinstance(self.file_urls, Unset):
            file_urls = UNSET
        elif isinstance(self.file_urls, FileUrls):
            file_urls = self.file_urls.to_dict()
        else:
            file_urls = self.file_urls

        additional_step_pdf_urls: dict[str, Any] | None | Unset
        if isinstance(self.additional_step_pdf_urls, Unset):
            additional_step_pdf_urls = UNSET
        elif isinstance(self.additional_step_pdf_urls, AdditionalStepPdfUrls):
            additional_step_pdf_urls = self.additional_step_pdf_urls.to_dict()
        else:
            additional_step_pdf_urls = self.additional_step_pdf_urls

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        beneficiary_id: None | str | Unset
        if isinstance(self.beneficiary_id, Unset):
            beneficiary_id = UNSET
        else:
            beneficiary_id = self.beneficiary_id

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        finish_time: int | None | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = self.finish_time

        client_ip: None | str | Unset
        if isinstance(self.client_ip, Unset):
            client_ip = UNSET
        else:
            client_ip = self.client_ip

        client_ip_country: None | str | Unset
        if isinstance(self.client_ip_country, Unset):
            client_ip_country = UNSET
        else:
            client_ip_country = self.client_ip_country

        client_location: None | str | Unset
        if isinstance(self.client_location, Unset):
            client_location = UNSET
        else:
            client_location = self.client_location

        gdc_match: bool | None | Unset
        if isinstance(self.gdc_match, Unset):
            gdc_match = UNSET
        else:
            gdc_match = self.gdc_match

        manual_address: None | str | Unset
        if isinstance(self.manual_address, Unset):
            manual_address = UNSET
        else:
            manual_address = self.manual_address

        manual_address_match = self.manual_address_match

        additional_steps: dict[str, Any] | None | Unset
        if isinstance(self.additional_steps, Unset):
            additional_steps = UNSET
        elif isinstance(self.additional_steps, AdditionalStepTypes):
            additional_steps = self.additional_steps.to_dict()
        else:
            additional_steps = self.additional_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
                "clientId": client_id,
            }
        )
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
        if final is not UNSET:
            field_dict["final"] = final
        if platform is not UNSET:
            field_dict["platform"] = platform
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if file_urls is not UNSET:
            field_dict["fileUrls"] = file_urls
        if additional_step_pdf_urls is not UNSET:
            field_dict["additionalStepPdfUrls"] = additional_step_pdf_urls
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if beneficiary_id is not UNSET:
            field_dict["beneficiaryId"] = beneficiary_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if client_ip is not UNSET:
            field_dict["clientIp"] = client_ip
        if client_ip_country is not UNSET:
            field_dict["clientIpCountry"] = client_ip_country
        if client_location is not UNSET:
            field_dict["clientLocation"] = client_location
        if gdc_match is not UNSET:
            field_dict["gdcMatch"] = gdc_match
        if manual_address is not UNSET:
            field_dict["manualAddress"] = manual_address
        if manual_address_match is not UNSET:
            field_dict["manualAddressMatch"] = manual_address_match
        if additional_steps is not UNSET:
            field_dict["additionalSteps"] = additional_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_step_pdf_urls import AdditionalStepPdfUrls  # noqa: PLC0415
        from ..models.additional_step_types import AdditionalStepTypes  # noqa: PLC0415
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.aml_check_v3 import AmlCheckV3  # noqa: PLC0415
        from ..models.aml_company_name_results import AmlCompanyNameResults  # noqa: PLC0415
        from ..models.aml_name_results import AmlNameResults  # noqa: PLC0415
        from ..models.aml_news_results import AmlNewsResults  # noqa: PLC0415
        from ..models.bank_card_verification import BankCardVerification  # noqa: PLC0415
        from ..models.bank_verification import BankVerification  # noqa: PLC0415
        from ..models.criminal_check_results import CriminalCheckResults  # noqa: PLC0415
        from ..models.document_data import DocumentData  # noqa: PLC0415
        from ..models.driver_license_check import DriverLicenseCheck  # noqa: PLC0415
        from ..models.email_verification import EmailVerification  # noqa: PLC0415
        from ..models.file_urls import FileUrls  # noqa: PLC0415
        from ..models.hungary_registry_center import HungaryRegistryCenter  # noqa: PLC0415
        from ..models.identification_status import IdentificationStatus  # noqa: PLC0415
        from ..models.lid_results import LidResults  # noqa: PLC0415
        from ..models.lithuania_registry_center import LithuaniaRegistryCenter  # noqa: PLC0415
        from ..models.phone_verification import PhoneVerification  # noqa: PLC0415
        from ..models.questionnaire_answers import QuestionnaireAnswers  # noqa: PLC0415
        from ..models.risk_assessment import RiskAssessment  # noqa: PLC0415
        from ..models.us_15_registry_center import Us15RegistryCenter  # noqa: PLC0415

        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

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

        final = d.pop("final", UNSET)

        def _parse_platform(data: object) -> None | Platform | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = Platform(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Platform | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        _status = d.pop("status", UNSET)
        status: IdentificationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = IdentificationStatus.from_dict(_status)

        _data = d.pop("data", UNSET)
        data: DocumentData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = DocumentData.from_dict(_data)

        def _parse_file_urls(data: object) -> FileUrls | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_urls_type_0 = FileUrls.from_dict(data)

                return file_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileUrls | None | Unset, data)

        file_urls = _parse_file_urls(d.pop("fileUrls", UNSET))

        def _parse_additional_step_pdf_urls(data: object) -> AdditionalStepPdfUrls | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_step_pdf_urls_type_0 = AdditionalStepPdfUrls.from_dict(data)

                return additional_step_pdf_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalStepPdfUrls | None | Unset, data)

        additional_step_pdf_urls = _parse_additional_step_pdf_urls(d.pop("additionalStepPdfUrls", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("externalRef", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("companyId", UNSET))

        def _parse_beneficiary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_id = _parse_beneficiary_id(d.pop("beneficiaryId", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_finish_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finish_time = _parse_finish_time(d.pop("finishTime", UNSET))

        def _parse_client_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ip = _parse_client_ip(d.pop("clientIp", UNSET))

        def _parse_client_ip_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ip_country = _parse_client_ip_country(d.pop("clientIpCountry", UNSET))

        def _parse_client_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_location = _parse_client_location(d.pop("clientLocation", UNSET))

        def _parse_gdc_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gdc_match = _parse_gdc_match(d.pop("gdcMatch", UNSET))

        def _parse_manual_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manual_address = _parse_manual_address(d.pop("manualAddress", UNSET))

        manual_address_match = d.pop("manualAddressMatch", UNSET)

        def _parse_additional_steps(data: object) -> AdditionalStepTypes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_steps_type_0 = AdditionalStepTypes.from_dict(data)

                return additional_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalStepTypes | None | Unset, data)

        additional_steps = _parse_additional_steps(d.pop("additionalSteps", UNSET))

        identification_webhook = cls(
            scan_ref=scan_ref,
            client_id=client_id,
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
            final=final,
            platform=platform,
            status=status,
            data=data,
            file_urls=file_urls,
            additional_step_pdf_urls=additional_step_pdf_urls,
            external_ref=external_ref,
            company_id=company_id,
            beneficiary_id=beneficiary_id,
            start_time=start_time,
            finish_time=finish_time,
            client_ip=client_ip,
            client_ip_country=client_ip_country,
            client_location=client_location,
            gdc_match=gdc_match,
            manual_address=manual_address,
            manual_address_match=manual_address_match,
            additional_steps=additional_steps,
        )

        identification_webhook.additional_properties = d
        return identification_webhook

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
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


T = TypeVar("T", bound="VerificationChecks")


@_attrs_define
class VerificationChecks:
    """Results of the extra checks a token asked for (`checkAml`, `checkLid`, `checkCriminal`,
    `registryCentersCountries`, `verifyAddress`, `questionnaire`, `riskAssessmentProfile`,
    `verifyBank`, `verifyEmail`, `verifyPhone`, `checkDriverLicense`,
    `bankCardVerification`), from the official file's webhook schema. Each block is
    absent or `null` when its check was not requested; none is guaranteed.

        Attributes:
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
    """

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        verification_checks = cls(
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
        )

        verification_checks.additional_properties = d
        return verification_checks

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestInformationRequest")


@_attrs_define
class RequestInformationRequest:
    """What to ask the client for when reopening a verification. Every field is optional
    (the body may be left out); the bounds are the official file's.

        Attributes:
            lifetime (int | Unset): Seconds the new session link stays valid (at most 30 days). Default: 86400. Example:
                86400.
            questionnaire (str | Unset): Key of a questionnaire the client fills in in the new session. Example: onboarding-
                questionnaire.
            risk_assessment_profile (UUID | Unset): Risk-assessment profile to score the new session with. Example:
                0b7c4c38-5c7a-4c39-9d2f-6f1f6d7f1e21.
            additional_step_upload_required (bool | Unset): Ask the client to upload the additional steps' documents again.
            bank_card_verification (bool | Unset): Ask the client for a bank card verification.
            bank_card_expected_last_four (None | str | Unset): Last four digits the photographed bank card must show.
                Example: 1234.
    """

    lifetime: int | Unset = 86400
    questionnaire: str | Unset = UNSET
    risk_assessment_profile: UUID | Unset = UNSET
    additional_step_upload_required: bool | Unset = UNSET
    bank_card_verification: bool | Unset = UNSET
    bank_card_expected_last_four: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lifetime = self.lifetime

        questionnaire = self.questionnaire

        risk_assessment_profile: str | Unset = UNSET
        if not isinstance(self.risk_assessment_profile, Unset):
            risk_assessment_profile = str(self.risk_assessment_profile)

        additional_step_upload_required = self.additional_step_upload_required

        bank_card_verification = self.bank_card_verification

        bank_card_expected_last_four: None | str | Unset
        if isinstance(self.bank_card_expected_last_four, Unset):
            bank_card_expected_last_four = UNSET
        else:
            bank_card_expected_last_four = self.bank_card_expected_last_four

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if risk_assessment_profile is not UNSET:
            field_dict["riskAssessmentProfile"] = risk_assessment_profile
        if additional_step_upload_required is not UNSET:
            field_dict["additionalStepUploadRequired"] = additional_step_upload_required
        if bank_card_verification is not UNSET:
            field_dict["bankCardVerification"] = bank_card_verification
        if bank_card_expected_last_four is not UNSET:
            field_dict["bankCardExpectedLastFour"] = bank_card_expected_last_four

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lifetime = d.pop("lifetime", UNSET)

        questionnaire = d.pop("questionnaire", UNSET)

        _risk_assessment_profile = d.pop("riskAssessmentProfile", UNSET)
        risk_assessment_profile: UUID | Unset
        if isinstance(_risk_assessment_profile, Unset):
            risk_assessment_profile = UNSET
        else:
            risk_assessment_profile = UUID(_risk_assessment_profile)

        additional_step_upload_required = d.pop("additionalStepUploadRequired", UNSET)

        bank_card_verification = d.pop("bankCardVerification", UNSET)

        def _parse_bank_card_expected_last_four(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_card_expected_last_four = _parse_bank_card_expected_last_four(d.pop("bankCardExpectedLastFour", UNSET))

        request_information_request = cls(
            lifetime=lifetime,
            questionnaire=questionnaire,
            risk_assessment_profile=risk_assessment_profile,
            additional_step_upload_required=additional_step_upload_required,
            bank_card_verification=bank_card_verification,
            bank_card_expected_last_four=bank_card_expected_last_four,
        )

        request_information_request.additional_properties = d
        return request_information_request

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

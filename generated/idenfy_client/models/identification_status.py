from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_step_status import AdditionalStepStatus
from ..models.document_result import DocumentResult
from ..models.face_result import FaceResult
from ..models.fraud_tag import FraudTag
from ..models.mismatch_tag import MismatchTag
from ..models.overall_status import OverallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="IdentificationStatus")


@_attrs_define
class IdentificationStatus:
    """The verification's status inside a webhook payload. The official file requires all
    eight keys and makes all but `additionalSteps` non-nullable; the automatic and manual
    results are `null` here until that processing finished (e.g. on `IDENTIFICATION_EXPIRED`
    or without a manual review), so they are nullable and optional.

        Attributes:
            overall (OverallStatus): Overall status of a verification: `APPROVED`, `DENIED`, `SUSPECTED` (passed, but with
                fraud or mismatch tags), `REVIEWING` (in manual review), `EXPIRED` (the token expired
                unused), `ACTIVE` (the session is in progress), `DELETED` (its data was deleted),
                `ARCHIVED`.
                 Example: APPROVED.
            fraud_tags (list[FraudTag]): Fraud signals found.
            mismatch_tags (list[MismatchTag]): Client data that differs from the document.
            auto_face (FaceResult | None | Unset): Result of the automatic face check.
            manual_face (FaceResult | None | Unset): Result of the manual face review.
            auto_document (DocumentResult | None | Unset): Result of the automatic document check.
            manual_document (DocumentResult | None | Unset): Result of the manual document review.
            additional_steps (AdditionalStepStatus | None | Unset): Overall result of the additional steps (`VALID`,
                `INVALID`, `NOT_FOUND`); `null`
                when none were requested. One nullable value, as in the official file (an
                earlier version of this spec modelled a per-step object here).
    """

    overall: OverallStatus
    fraud_tags: list[FraudTag]
    mismatch_tags: list[MismatchTag]
    auto_face: FaceResult | None | Unset = UNSET
    manual_face: FaceResult | None | Unset = UNSET
    auto_document: DocumentResult | None | Unset = UNSET
    manual_document: DocumentResult | None | Unset = UNSET
    additional_steps: AdditionalStepStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall = self.overall.value

        fraud_tags = []
        for fraud_tags_item_data in self.fraud_tags:
            fraud_tags_item = fraud_tags_item_data.value
            fraud_tags.append(fraud_tags_item)

        mismatch_tags = []
        for mismatch_tags_item_data in self.mismatch_tags:
            mismatch_tags_item = mismatch_tags_item_data.value
            mismatch_tags.append(mismatch_tags_item)

        auto_face: None | str | Unset
        if isinstance(self.auto_face, Unset):
            auto_face = UNSET
        elif isinstance(self.auto_face, FaceResult):
            auto_face = self.auto_face.value
        else:
            auto_face = self.auto_face

        manual_face: None | str | Unset
        if isinstance(self.manual_face, Unset):
            manual_face = UNSET
        elif isinstance(self.manual_face, FaceResult):
            manual_face = self.manual_face.value
        else:
            manual_face = self.manual_face

        auto_document: None | str | Unset
        if isinstance(self.auto_document, Unset):
            auto_document = UNSET
        elif isinstance(self.auto_document, DocumentResult):
            auto_document = self.auto_document.value
        else:
            auto_document = self.auto_document

        manual_document: None | str | Unset
        if isinstance(self.manual_document, Unset):
            manual_document = UNSET
        elif isinstance(self.manual_document, DocumentResult):
            manual_document = self.manual_document.value
        else:
            manual_document = self.manual_document

        additional_steps: None | str | Unset
        if isinstance(self.additional_steps, Unset):
            additional_steps = UNSET
        elif isinstance(self.additional_steps, AdditionalStepStatus):
            additional_steps = self.additional_steps.value
        else:
            additional_steps = self.additional_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall": overall,
                "fraudTags": fraud_tags,
                "mismatchTags": mismatch_tags,
            }
        )
        if auto_face is not UNSET:
            field_dict["autoFace"] = auto_face
        if manual_face is not UNSET:
            field_dict["manualFace"] = manual_face
        if auto_document is not UNSET:
            field_dict["autoDocument"] = auto_document
        if manual_document is not UNSET:
            field_dict["manualDocument"] = manual_document
        if additional_steps is not UNSET:
            field_dict["additionalSteps"] = additional_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overall = OverallStatus(d.pop("overall"))

        fraud_tags = []
        _fraud_tags = d.pop("fraudTags")
        for fraud_tags_item_data in _fraud_tags:
            fraud_tags_item = FraudTag(fraud_tags_item_data)

            fraud_tags.append(fraud_tags_item)

        mismatch_tags = []
        _mismatch_tags = d.pop("mismatchTags")
        for mismatch_tags_item_data in _mismatch_tags:
            mismatch_tags_item = MismatchTag(mismatch_tags_item_data)

            mismatch_tags.append(mismatch_tags_item)

        def _parse_auto_face(data: object) -> FaceResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auto_face_type_0 = FaceResult(data)

                return auto_face_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaceResult | None | Unset, data)

        auto_face = _parse_auto_face(d.pop("autoFace", UNSET))

        def _parse_manual_face(data: object) -> FaceResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manual_face_type_0 = FaceResult(data)

                return manual_face_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaceResult | None | Unset, data)

        manual_face = _parse_manual_face(d.pop("manualFace", UNSET))

        def _parse_auto_document(data: object) -> DocumentResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auto_document_type_0 = DocumentResult(data)

                return auto_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentResult | None | Unset, data)

        auto_document = _parse_auto_document(d.pop("autoDocument", UNSET))

        def _parse_manual_document(data: object) -> DocumentResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manual_document_type_0 = DocumentResult(data)

                return manual_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentResult | None | Unset, data)

        manual_document = _parse_manual_document(d.pop("manualDocument", UNSET))

        def _parse_additional_steps(data: object) -> AdditionalStepStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                additional_steps_type_0 = AdditionalStepStatus(data)

                return additional_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalStepStatus | None | Unset, data)

        additional_steps = _parse_additional_steps(d.pop("additionalSteps", UNSET))

        identification_status = cls(
            overall=overall,
            fraud_tags=fraud_tags,
            mismatch_tags=mismatch_tags,
            auto_face=auto_face,
            manual_face=manual_face,
            auto_document=auto_document,
            manual_document=manual_document,
            additional_steps=additional_steps,
        )

        identification_status.additional_properties = d
        return identification_status

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

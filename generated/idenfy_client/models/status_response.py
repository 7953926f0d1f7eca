from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_result import DocumentResult
from ..models.face_result import FaceResult
from ..models.fraud_tag import FraudTag
from ..models.mismatch_tag import MismatchTag
from ..models.overall_status import OverallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusResponse")


@_attrs_define
class StatusResponse:
    """Status of a verification (`/api/v2/status`, documented on iDenfy's pages but absent
    from the official OpenAPI file). The automatic results are `null` until the automatic
    processing finished, the manual ones until a manual review finished (or when there is
    none).

        Attributes:
            status (OverallStatus): Overall status of a verification: `APPROVED`, `DENIED`, `SUSPECTED` (passed, but with
                fraud or mismatch tags), `REVIEWING` (in manual review), `EXPIRED` (the token expired
                unused), `ACTIVE` (the session is in progress), `DELETED` (its data was deleted),
                `ARCHIVED`.
                 Example: APPROVED.
            scan_ref (str): iDenfy's identifier of the verification. Example: ec6a7108-8c26-11e9-9758-309c231b1bac.
            client_id (str): Your identifier of the client. Example: 100000.
            auto_document (DocumentResult | None | Unset): Result of the automatic document check.
            auto_face (FaceResult | None | Unset): Result of the automatic face check.
            manual_document (DocumentResult | None | Unset): Result of the manual document review.
            manual_face (FaceResult | None | Unset): Result of the manual face review.
            fraud_tags (list[FraudTag] | Unset): Fraud signals found. Example: [].
            mismatch_tags (list[MismatchTag] | Unset): Client data that differs from the document. Example: [].
    """

    status: OverallStatus
    scan_ref: str
    client_id: str
    auto_document: DocumentResult | None | Unset = UNSET
    auto_face: FaceResult | None | Unset = UNSET
    manual_document: DocumentResult | None | Unset = UNSET
    manual_face: FaceResult | None | Unset = UNSET
    fraud_tags: list[FraudTag] | Unset = UNSET
    mismatch_tags: list[MismatchTag] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        scan_ref = self.scan_ref

        client_id = self.client_id

        auto_document: None | str | Unset
        if isinstance(self.auto_document, Unset):
            auto_document = UNSET
        elif isinstance(self.auto_document, DocumentResult):
            auto_document = self.auto_document.value
        else:
            auto_document = self.auto_document

        auto_face: None | str | Unset
        if isinstance(self.auto_face, Unset):
            auto_face = UNSET
        elif isinstance(self.auto_face, FaceResult):
            auto_face = self.auto_face.value
        else:
            auto_face = self.auto_face

        manual_document: None | str | Unset
        if isinstance(self.manual_document, Unset):
            manual_document = UNSET
        elif isinstance(self.manual_document, DocumentResult):
            manual_document = self.manual_document.value
        else:
            manual_document = self.manual_document

        manual_face: None | str | Unset
        if isinstance(self.manual_face, Unset):
            manual_face = UNSET
        elif isinstance(self.manual_face, FaceResult):
            manual_face = self.manual_face.value
        else:
            manual_face = self.manual_face

        fraud_tags: list[str] | Unset = UNSET
        if not isinstance(self.fraud_tags, Unset):
            fraud_tags = []
            for fraud_tags_item_data in self.fraud_tags:
                fraud_tags_item = fraud_tags_item_data.value
                fraud_tags.append(fraud_tags_item)

        mismatch_tags: list[str] | Unset = UNSET
        if not isinstance(self.mismatch_tags, Unset):
            mismatch_tags = []
            for mismatch_tags_item_data in self.mismatch_tags:
                mismatch_tags_item = mismatch_tags_item_data.value
                mismatch_tags.append(mismatch_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "scanRef": scan_ref,
                "clientId": client_id,
            }
        )
        if auto_document is not UNSET:
            field_dict["autoDocument"] = auto_document
        if auto_face is not UNSET:
            field_dict["autoFace"] = auto_face
        if manual_document is not UNSET:
            field_dict["manualDocument"] = manual_document
        if manual_face is not UNSET:
            field_dict["manualFace"] = manual_face
        if fraud_tags is not UNSET:
            field_dict["fraudTags"] = fraud_tags
        if mismatch_tags is not UNSET:
            field_dict["mismatchTags"] = mismatch_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = OverallStatus(d.pop("status"))

        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

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

        _fraud_tags = d.pop("fraudTags", UNSET)
        fraud_tags: list[FraudTag] | Unset = UNSET
        if _fraud_tags is not UNSET:
            fraud_tags = []
            for fraud_tags_item_data in _fraud_tags:
                fraud_tags_item = FraudTag(fraud_tags_item_data)

                fraud_tags.append(fraud_tags_item)

        _mismatch_tags = d.pop("mismatchTags", UNSET)
        mismatch_tags: list[MismatchTag] | Unset = UNSET
        if _mismatch_tags is not UNSET:
            mismatch_tags = []
            for mismatch_tags_item_data in _mismatch_tags:
                mismatch_tags_item = MismatchTag(mismatch_tags_item_data)

                mismatch_tags.append(mismatch_tags_item)

        status_response = cls(
            status=status,
            scan_ref=scan_ref,
            client_id=client_id,
            auto_document=auto_document,
            auto_face=auto_face,
            manual_document=manual_document,
            manual_face=manual_face,
            fraud_tags=fraud_tags,
            mismatch_tags=mismatch_tags,
        )

        status_response.additional_properties = d
        return status_response

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

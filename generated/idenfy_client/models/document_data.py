from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_type import DocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentData")


@_attrs_define
class DocumentData:
    """Data read from the client's document. Every field is `null` when unknown. Dates are
    ISO `YYYY-MM-DD`; names come upper-case as printed on the document.

        Attributes:
            doc_first_name (None | str | Unset): Name(s) on the document. Example: JOHN TOM.
            doc_last_name (None | str | Unset): Surname(s) on the document. Example: SMITH.
            doc_number (None | str | Unset): Document number. Example: 123456.
            doc_personal_code (None | str | Unset): Personal (national) number on the document. Example: 123456789.
            doc_expiry (datetime.date | None | Unset): Expiry date of the document. Example: 2030-12-20.
            doc_dob (datetime.date | None | Unset): Date of birth on the document. Example: 1990-12-20.
            doc_date_of_issue (datetime.date | None | Unset): Issue date of the document. Example: 2020-12-20.
            doc_type (DocumentType | None | Unset): Type of the document.
            doc_sex (None | str | Unset): Sex on the document. iDenfy sends words (`MALE`, `FEMALE`) here, unlike the
                token's `M`/`F`, and the documentation gives no closed list: a plain string.
                 Example: MALE.
            doc_nationality (None | str | Unset): Nationality on the document (alpha-2). Example: LT.
            doc_issuing_country (None | str | Unset): Issuing country of the document (alpha-2). Example: LT.
            birth_place (None | str | Unset): Place of birth on the document. Example: KAUNAS.
            authority (None | str | Unset): Issuing authority on the document. Example: LIETUVOS RESPUBLIKA.
            address (None | str | Unset): Address on the document.
            manually_data_changed (bool | None | Unset): Whether a reviewer corrected the data read automatically. Example:
                False.
            selected_country (None | str | Unset): The document country the client selected in the UI (alpha-2). Example:
                LT.
    """

    doc_first_name: None | str | Unset = UNSET
    doc_last_name: None | str | Unset = UNSET
    doc_number: None | str | Unset = UNSET
    doc_personal_code: None | str | Unset = UNSET
    doc_expiry: datetime.date | None | Unset = UNSET
    doc_dob: datetime.date | None | Unset = UNSET
    doc_date_of_issue: datetime.date | None | Unset = UNSET
    doc_type: DocumentType | None | Unset = UNSET
    doc_sex: None | str | Unset = UNSET
    doc_nationality: None | str | Unset = UNSET
    doc_issuing_country: None | str | Unset = UNSET
    birth_place: None | str | Unset = UNSET
    authority: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    manually_data_changed: bool | None | Unset = UNSET
    selected_country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.doc_expiry, datetime.date):
            doc_expiry = self.doc_expiry.isoformat()
        else:
            doc_expiry = self.doc_expiry

        doc_dob: None | str | Unset
        if isinstance(self.doc_dob, Unset):
            doc_dob = UNSET
        elif isinstance(self.doc_dob, datetime.date):
            doc_dob = self.doc_dob.isoformat()
        else:
            doc_dob = self.doc_dob

        doc_date_of_issue: None | str | Unset
        if isinstance(self.doc_date_of_issue, Unset):
            doc_date_of_issue = UNSET
        elif isinstance(self.doc_date_of_issue, datetime.date):
            doc_date_of_issue = self.doc_date_of_issue.isoformat()
        else:
            doc_date_of_issue = self.doc_date_of_issue

        doc_type: None | str | Unset
        if isinstance(self.doc_type, Unset):
            doc_type = UNSET
        elif isinstance(self.doc_type, DocumentType):
            doc_type = self.doc_type.value
        else:
            doc_type = self.doc_type

        doc_sex: None | str | Unset
        if isinstance(self.doc_sex, Unset):
            doc_sex = UNSET
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

        manually_data_changed: bool | None | Unset
        if isinstance(self.manually_data_changed, Unset):
            manually_data_changed = UNSET
        else:
            manually_data_changed = self.manually_data_changed

        selected_country: None | str | Unset
        if isinstance(self.selected_country, Unset):
            selected_country = UNSET
        else:
            selected_country = self.selected_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if birth_place is not UNSET:
            field_dict["birthPlace"] = birth_place
        if authority is not UNSET:
            field_dict["authority"] = authority
        if address is not UNSET:
            field_dict["address"] = address
        if manually_data_changed is not UNSET:
            field_dict["manuallyDataChanged"] = manually_data_changed
        if selected_country is not UNSET:
            field_dict["selectedCountry"] = selected_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_doc_expiry(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_expiry_type_0 = datetime.date.fromisoformat(data)

                return doc_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        doc_expiry = _parse_doc_expiry(d.pop("docExpiry", UNSET))

        def _parse_doc_dob(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_dob_type_0 = datetime.date.fromisoformat(data)

                return doc_dob_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        doc_dob = _parse_doc_dob(d.pop("docDob", UNSET))

        def _parse_doc_date_of_issue(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_date_of_issue_type_0 = datetime.date.fromisoformat(data)

                return doc_date_of_issue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        doc_date_of_issue = _parse_doc_date_of_issue(d.pop("docDateOfIssue", UNSET))

        def _parse_doc_type(data: object) -> DocumentType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_type_type_0 = DocumentType(data)

                return doc_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentType | None | Unset, data)

        doc_type = _parse_doc_type(d.pop("docType", UNSET))

        def _parse_doc_sex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_manually_data_changed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manually_data_changed = _parse_manually_data_changed(d.pop("manuallyDataChanged", UNSET))

        def _parse_selected_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_country = _parse_selected_country(d.pop("selectedCountry", UNSET))

        document_data = cls(
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
            birth_place=birth_place,
            authority=authority,
            address=address,
            manually_data_changed=manually_data_changed,
            selected_country=selected_country,
        )

        document_data.additional_properties = d
        return document_data

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

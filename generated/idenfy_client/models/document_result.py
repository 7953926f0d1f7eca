from enum import StrEnum


class DocumentResult(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    AUTO_UNVERIFIABLE = "AUTO_UNVERIFIABLE"
    BARCODE_NOT_FOUND = "BARCODE_NOT_FOUND"
    COUNTRY_MISMATCH = "COUNTRY_MISMATCH"
    COUNTRY_NOT_SUPPORTED = "COUNTRY_NOT_SUPPORTED"
    DOC_DAMAGED = "DOC_DAMAGED"
    DOC_DATE_OF_ISSUE_ERROR = "DOC_DATE_OF_ISSUE_ERROR"
    DOC_DOB_ERROR = "DOC_DOB_ERROR"
    DOC_ERROR = "DOC_ERROR"
    DOC_EXPIRED = "DOC_EXPIRED"
    DOC_EXPIRY_ERROR = "DOC_EXPIRY_ERROR"
    DOC_FACE_GLARED = "DOC_FACE_GLARED"
    DOC_FACE_NOT_FOUND = "DOC_FACE_NOT_FOUND"
    DOC_FAKE = "DOC_FAKE"
    DOC_GLARED = "DOC_GLARED"
    DOC_INFO_MISMATCH = "DOC_INFO_MISMATCH"
    DOC_NAME_ERROR = "DOC_NAME_ERROR"
    DOC_NATIONALITY_ERROR = "DOC_NATIONALITY_ERROR"
    DOC_NOT_ALLOWED = "DOC_NOT_ALLOWED"
    DOC_NOT_ANALYSED = "DOC_NOT_ANALYSED"
    DOC_NOT_FOUND = "DOC_NOT_FOUND"
    DOC_NOT_FULLY_VISIBLE = "DOC_NOT_FULLY_VISIBLE"
    DOC_NOT_SUPPORTED = "DOC_NOT_SUPPORTED"
    DOC_NUMBER_ERROR = "DOC_NUMBER_ERROR"
    DOC_PERSONAL_CODE_INVALID = "DOC_PERSONAL_CODE_INVALID"
    DOC_PERSONAL_NUMBER_ERROR = "DOC_PERSONAL_NUMBER_ERROR"
    DOC_SEX_ERROR = "DOC_SEX_ERROR"
    DOC_SIDE_MISMATCH = "DOC_SIDE_MISMATCH"
    DOC_SPOOF_DETECTED = "DOC_SPOOF_DETECTED"
    DOC_SUBTYPE_MISMATCH = "DOC_SUBTYPE_MISMATCH"
    DOC_SURNAME_ERROR = "DOC_SURNAME_ERROR"
    DOC_TOO_BLURRY = "DOC_TOO_BLURRY"
    DOC_TYPE_MISMATCH = "DOC_TYPE_MISMATCH"
    DOC_VALIDATED = "DOC_VALIDATED"
    EID_FAILED = "EID_FAILED"
    MRZ_INVALID = "MRZ_INVALID"
    MRZ_NOT_FOUND = "MRZ_NOT_FOUND"
    MRZ_OCR_READING_ERROR = "MRZ_OCR_READING_ERROR"
    NFC_FAILED = "NFC_FAILED"
    NFC_INIT_FAILED = "NFC_INIT_FAILED"
    NFC_TIMEOUT = "NFC_TIMEOUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DocumentResult | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

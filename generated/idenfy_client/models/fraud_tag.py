from enum import StrEnum


class FraudTag(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    ADDRESS_UNVERIFIED = "ADDRESS_UNVERIFIED"
    AML_FAILED = "AML_FAILED"
    AML_SUSPECTION = "AML_SUSPECTION"
    AUTO_UNVERIFIABLE = "AUTO_UNVERIFIABLE"
    CRIMINAL_CHECK_FAILED = "CRIMINAL_CHECK_FAILED"
    CRIMINAL_SUSPECTED = "CRIMINAL_SUSPECTED"
    DATA_BLACKLISTED = "DATA_BLACKLISTED"
    DATA_IN_BLACKLIST = "DATA_IN_BLACKLIST"
    DEV_TOOLS_OPENED = "DEV_TOOLS_OPENED"
    DL_FAILED = "DL_FAILED"
    DOC_FACE_BLACKLISTED = "DOC_FACE_BLACKLISTED"
    DOC_FACE_IN_BLACKLIST = "DOC_FACE_IN_BLACKLIST"
    DOC_MOBILE_PHOTO = "DOC_MOBILE_PHOTO"
    DOC_PRINT_SPOOFED = "DOC_PRINT_SPOOFED"
    DUPLICATE_DOC_FACE = "DUPLICATE_DOC_FACE"
    DUPLICATE_FACE = "DUPLICATE_FACE"
    DUPLICATE_PERSONAL_DATA = "DUPLICATE_PERSONAL_DATA"
    FACE_BLACKLISTED = "FACE_BLACKLISTED"
    FACE_IN_BLACKLIST = "FACE_IN_BLACKLIST"
    FACE_SUSPECTED = "FACE_SUSPECTED"
    FAKE_PHOTO = "FAKE_PHOTO"
    LID_FAILED = "LID_FAILED"
    LID_SUSPECTION = "LID_SUSPECTION"
    PORTRAIT_SUBSTITUTION = "PORTRAIT_SUBSTITUTION"
    RC_FAILED = "RC_FAILED"
    SANCTIONS_FAILED = "SANCTIONS_FAILED"
    SANCTIONS_SUSPECTION = "SANCTIONS_SUSPECTION"
    VIRTUAL_CAMERA = "VIRTUAL_CAMERA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FraudTag | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class MismatchTag(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    DATE_OF_ISSUE = "DATE_OF_ISSUE"
    DOCUMENT_NUMBER = "DOCUMENT_NUMBER"
    DOC_INFO_MISMATCH = "DOC_INFO_MISMATCH"
    EXPIRY_DATE = "EXPIRY_DATE"
    FULL_NAME = "FULL_NAME"
    NAME = "NAME"
    NATIONALITY = "NATIONALITY"
    PERSONAL_CODE = "PERSONAL_CODE"
    SEX = "SEX"
    SURNAME = "SURNAME"
    UNDER_AGE = "UNDER_AGE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "MismatchTag | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

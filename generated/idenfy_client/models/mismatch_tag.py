from enum import StrEnum


class MismatchTag(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    ADDITIONAL_STEP_INFORMATION_MISMATCH = "ADDITIONAL_STEP_INFORMATION_MISMATCH"
    ADDITIONAL_STEP_NOT_FOUND = "ADDITIONAL_STEP_NOT_FOUND"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    DATE_OF_ISSUE = "DATE_OF_ISSUE"
    DOCUMENT_NUMBER = "DOCUMENT_NUMBER"
    DOC_INFO_MISMATCH = "DOC_INFO_MISMATCH"
    DRIVER_LICENSE_INFO_MISMATCH = "DRIVER_LICENSE_INFO_MISMATCH"
    EXPIRED_ADDITIONAL_STEP_INFORMATION = "EXPIRED_ADDITIONAL_STEP_INFORMATION"
    EXPIRED_UTILITY_BILL = "EXPIRED_UTILITY_BILL"
    EXPIRY_DATE = "EXPIRY_DATE"
    FULL_NAME = "FULL_NAME"
    INVALID_ADDITIONAL_STEP = "INVALID_ADDITIONAL_STEP"
    NAME = "NAME"
    NATIONALITY = "NATIONALITY"
    NOT_SUPPORTED_POA_DOCUMENT_COUNTRY = "NOT_SUPPORTED_POA_DOCUMENT_COUNTRY"
    NOT_SUPPORTED_POA_DOCUMENT_TYPE = "NOT_SUPPORTED_POA_DOCUMENT_TYPE"
    OVER_AGE = "OVER_AGE"
    PERSONAL_CODE = "PERSONAL_CODE"
    POA_COUNTRIES_MISMATCH = "POA_COUNTRIES_MISMATCH"
    POA_SCREENSHOT_DETECTED = "POA_SCREENSHOT_DETECTED"
    REGISTRY_CENTER_INFO_MISMATCH = "REGISTRY_CENTER_INFO_MISMATCH"
    SEX = "SEX"
    SURNAME = "SURNAME"
    UNDER_AGE = "UNDER_AGE"
    UNKNOWN_AGE = "UNKNOWN_AGE"
    UTILITY_ADDRESS = "UTILITY_ADDRESS"
    UTILITY_NAME = "UTILITY_NAME"

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

from enum import StrEnum


class ErrorIdentifier(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    BAD_VALUE = "BAD_VALUE"
    ENCODING_ERROR = "ENCODING_ERROR"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    JSON_ERROR = "JSON_ERROR"
    METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
    MISSING_VALUE = "MISSING_VALUE"
    PARTNER_CONTRACT_ERROR = "PARTNER_CONTRACT_ERROR"
    PARTNER_ERROR = "PARTNER_ERROR"
    PERMISSIONS_ERROR = "PERMISSIONS_ERROR"
    TOKEN_NOT_VALID = "TOKEN_NOT_VALID"
    TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS"
    UNAUTHORIZED = "UNAUTHORIZED"
    VALIDATION_ERROR = "VALIDATION_ERROR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ErrorIdentifier | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class DocumentExpirationThreshold(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    DOCUMENT_EXPIRED = "DOCUMENT_EXPIRED"
    DOCUMENT_EXPIRES_WITHIN_1_DAY = "DOCUMENT_EXPIRES_WITHIN_1_DAY"
    DOCUMENT_EXPIRES_WITHIN_30_DAYS = "DOCUMENT_EXPIRES_WITHIN_30_DAYS"
    DOCUMENT_EXPIRES_WITHIN_7_DAYS = "DOCUMENT_EXPIRES_WITHIN_7_DAYS"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DocumentExpirationThreshold | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

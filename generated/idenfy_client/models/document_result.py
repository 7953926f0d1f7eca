from enum import StrEnum


class DocumentResult(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    AUTO_UNVERIFIABLE = "AUTO_UNVERIFIABLE"
    COUNTRY_MISMATCH = "COUNTRY_MISMATCH"
    DOC_ERROR = "DOC_ERROR"
    DOC_EXPIRED = "DOC_EXPIRED"
    DOC_FAKE = "DOC_FAKE"
    DOC_INFO_MISMATCH = "DOC_INFO_MISMATCH"
    DOC_NOT_FOUND = "DOC_NOT_FOUND"
    DOC_NOT_SUPPORTED = "DOC_NOT_SUPPORTED"
    DOC_VALIDATED = "DOC_VALIDATED"
    MRZ_NOT_FOUND = "MRZ_NOT_FOUND"

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

from enum import StrEnum


class IdentificationDocumentType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    ID_DOCUMENT = "ID_DOCUMENT"
    KYC_REPORT = "KYC_REPORT"
    OTHER = "OTHER"
    PICTURE = "PICTURE"
    QES_DOCUMENT = "QES_DOCUMENT"
    SIGNATURE = "SIGNATURE"
    SIGNED_CONTRACT = "SIGNED_CONTRACT"
    SIGNED_QES_DOCUMENT = "SIGNED_QES_DOCUMENT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IdentificationDocumentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class IdentificationMethod(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    BANK = "bank"
    BANK_ID = "bank_id"
    BANK_PLUS = "bank_plus"
    FOURTHLINE = "fourthline"
    IDNOW = "idnow"
    IDNOW_AUTOIDENT = "idnow_autoident"
    IDNOW_CUSTOM = "idnow_custom"
    MANUAL = "manual"
    POSTIDENT = "postident"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IdentificationMethod | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class AmlSuspicionType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    ADVERSE_MEDIA = "ADVERSE_MEDIA"
    INTERPOL = "INTERPOL"
    OTHER = "OTHER"
    PEPS = "PEPS"
    SANCTION = "SANCTION"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AmlSuspicionType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

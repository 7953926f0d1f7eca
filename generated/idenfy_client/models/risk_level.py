from enum import StrEnum


class RiskLevel(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    NOT_CHECKED = "NOT_CHECKED"
    VERY_HIGH = "VERY_HIGH"
    VERY_LOW = "VERY_LOW"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RiskLevel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

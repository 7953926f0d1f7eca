from enum import StrEnum


class AgeGroup(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    OVER_13 = "OVER_13"
    OVER_16 = "OVER_16"
    OVER_18 = "OVER_18"
    OVER_21 = "OVER_21"
    OVER_22 = "OVER_22"
    OVER_25 = "OVER_25"
    OVER_30 = "OVER_30"
    OVER_8 = "OVER_8"
    UNDER_13 = "UNDER_13"
    UNDER_8 = "UNDER_8"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AgeGroup | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

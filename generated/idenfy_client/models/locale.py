from enum import StrEnum


class Locale(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    BG = "bg"
    CS = "cs"
    DE = "de"
    EN = "en"
    ES = "es"
    ET = "et"
    FR = "fr"
    HU = "hu"
    IT = "it"
    JA = "ja"
    LT = "lt"
    LV = "lv"
    PL = "pl"
    RO = "ro"
    RU = "ru"
    SV = "sv"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Locale | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

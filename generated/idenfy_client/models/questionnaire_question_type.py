from enum import StrEnum


class QuestionnaireQuestionType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    CHECKBOX = "CHECKBOX"
    COLOR = "COLOR"
    COUNTRY = "COUNTRY"
    COUNTRY_MULTI = "COUNTRY_MULTI"
    DATE = "DATE"
    DATETIME = "DATETIME"
    EMAIL = "EMAIL"
    FILE = "FILE"
    FILE_MULTI = "FILE_MULTI"
    FLOAT = "FLOAT"
    INTEGER = "INTEGER"
    LIST = "LIST"
    PASSWORD = "PASSWORD"
    RADIO = "RADIO"
    SELECT = "SELECT"
    SELECT_MULTI = "SELECT_MULTI"
    TEL = "TEL"
    TEXT = "TEXT"
    TEXT_AREA = "TEXT_AREA"
    TIME = "TIME"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "QuestionnaireQuestionType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

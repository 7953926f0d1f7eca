from enum import StrEnum


class BankCardNoMatchReason(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    LIVENESS_FAILED = "LIVENESS_FAILED"
    NAME_MISMATCH = "NAME_MISMATCH"
    NAME_NOT_FOUND = "NAME_NOT_FOUND"
    NUMBER_MISMATCH = "NUMBER_MISMATCH"
    NUMBER_NOT_FOUND = "NUMBER_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BankCardNoMatchReason | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

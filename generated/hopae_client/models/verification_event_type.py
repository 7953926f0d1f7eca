from enum import StrEnum


class VerificationEventType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    VERIFICATION_AWAITING_USER_ACTION = "verification.awaiting_user_action"
    VERIFICATION_CANCELLED = "verification.cancelled"
    VERIFICATION_COMPLETED = "verification.completed"
    VERIFICATION_EXPIRED = "verification.expired"
    VERIFICATION_FAILED = "verification.failed"
    VERIFICATION_INITIATED = "verification.initiated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "VerificationEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

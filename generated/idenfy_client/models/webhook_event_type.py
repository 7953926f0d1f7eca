from enum import StrEnum


class WebhookEventType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    DOCUMENT_EXPIRATION = "DOCUMENT_EXPIRATION"
    IDENTIFICATION = "IDENTIFICATION"
    IDENTIFICATION_AUTO_FINISHED = "IDENTIFICATION_AUTO_FINISHED"
    IDENTIFICATION_CANCELLED = "IDENTIFICATION_CANCELLED"
    IDENTIFICATION_EXPIRED = "IDENTIFICATION_EXPIRED"
    IDENTIFICATION_MANUAL_FINISHED = "IDENTIFICATION_MANUAL_FINISHED"
    IDENTIFICATION_RESUBMITTED = "IDENTIFICATION_RESUBMITTED"
    VIDEO_CALL_FINISHED = "VIDEO_CALL_FINISHED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "WebhookEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class IdentificationStatus(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    ABORTED = "aborted"
    AUTHORIZATION_REQUIRED = "authorization_required"
    CANCELED = "canceled"
    CONFIRMATION_REQUIRED = "confirmation_required"
    CONFIRMED = "confirmed"
    CREATED = "created"
    EXPIRED = "expired"
    FAILED = "failed"
    IDENTIFICATION_DATA_REQUIRED = "identification_data_required"
    PENDING = "pending"
    PENDING_ACCOUNT_CREATION = "pending_account_creation"
    PENDING_FAILED = "pending_failed"
    PENDING_REF_TRANSFER = "pending_ref_transfer"
    PENDING_SUCCESSFUL = "pending_successful"
    PRE_SUCCESSFUL = "pre_successful"
    PROCESSED = "processed"
    REJECTED = "rejected"
    SIGNED = "signed"
    SUCCESSFUL = "successful"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "IdentificationStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class AccountVerificationError(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    ACCOUNTS_FAILED = "accounts_failed"
    CLIENT_ABORTED = "client_aborted"
    INIT_FAILED = "init_failed"
    LOGIN_FAILED = "login_failed"
    LOGIN_NEXT_FAILED = "login_next_failed"
    MAX_LOGIN_TRIES = "max_login_tries"
    MAX_TAN_TRIES = "max_tan_tries"
    NO_COMPATIBLE_ACCOUNTS = "no_compatible_accounts"
    PINNED_IBAN_NOT_FOUND = "pinned_iban_not_found"
    SECURITY_SETTING_REJECTION = "security_setting_rejection"
    SESSION_EXPIRED = "session_expired"
    TECH_ERROR = "tech_error"
    TRANSACTION_FAILED = "transaction_failed"
    TURNOVERS_FAILED = "turnovers_failed"
    VALIDATION_FAILED = "validation_failed"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccountVerificationError | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

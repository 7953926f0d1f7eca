from enum import StrEnum


class ClaimName(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    ADDRESS = "address"
    BIRTHDATE = "birthdate"
    EMAIL = "email"
    FAMILY_NAME = "family_name"
    GENDER = "gender"
    GIVEN_NAME = "given_name"
    LOCALE = "locale"
    MIDDLE_NAME = "middle_name"
    NAME = "name"
    NATIONALITY = "nationality"
    NICKNAME = "nickname"
    PHONE_NUMBER = "phone_number"
    PREFERRED_USERNAME = "preferred_username"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ClaimName | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class EmploymentStatus(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    APPRENTICE = "APPRENTICE"
    EMPLOYED = "EMPLOYED"
    FREELANCER = "FREELANCER"
    HOUSEWORK = "HOUSEWORK"
    MANAGEMENT = "MANAGEMENT"
    MILITARY_OR_COMMUNITY_SERVICE = "MILITARY_OR_COMMUNITY_SERVICE"
    PROFESSIONAL_SOLDIER = "PROFESSIONAL_SOLDIER"
    PUBLIC_SECTOR_EMPLOYEE = "PUBLIC_SECTOR_EMPLOYEE"
    RETIRED = "RETIRED"
    SELF_EMPLOYED = "SELF_EMPLOYED"
    STUDENT = "STUDENT"
    UNEMPLOYED = "UNEMPLOYED"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EmploymentStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

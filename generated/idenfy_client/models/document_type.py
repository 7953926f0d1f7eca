from enum import StrEnum


class DocumentType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    AADHAAR = "AADHAAR"
    ASYLUM = "ASYLUM"
    BORDER_CROSSING = "BORDER_CROSSING"
    DIPLOMATIC_ID = "DIPLOMATIC_ID"
    DRIVER_LICENSE = "DRIVER_LICENSE"
    ID_CARD = "ID_CARD"
    INTERNATIONAL_PASSPORT = "INTERNATIONAL_PASSPORT"
    MILITARY_CARD = "MILITARY_CARD"
    NATIONAL_PASSPORT = "NATIONAL_PASSPORT"
    OLD_ID_CARD = "OLD_ID_CARD"
    PAN_CARD = "PAN_CARD"
    PASSPORT = "PASSPORT"
    PHOTO_CARD = "PHOTO_CARD"
    PROOF_OF_AGE_CARD = "PROOF_OF_AGE_CARD"
    RESIDENCE_PERMIT = "RESIDENCE_PERMIT"
    TRAVEL_CARD = "TRAVEL_CARD"
    VISA = "VISA"
    VOTER_CARD = "VOTER_CARD"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DocumentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

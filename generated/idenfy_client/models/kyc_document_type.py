from enum import StrEnum


class KycDocumentType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    AADHAAR = "AADHAAR"
    ADDRESS_CARD = "ADDRESS_CARD"
    ASYLUM = "ASYLUM"
    BANK_ID_CZ = "BANK_ID_CZ"
    BANK_ID_NO = "BANK_ID_NO"
    BANK_ID_SE = "BANK_ID_SE"
    BORDER_CROSSING = "BORDER_CROSSING"
    CLEAR = "CLEAR"
    DIPLOMATIC_ID = "DIPLOMATIC_ID"
    DRIVER_LICENSE = "DRIVER_LICENSE"
    FTN = "FTN"
    ID_CARD = "ID_CARD"
    INTERNATIONAL_PASSPORT = "INTERNATIONAL_PASSPORT"
    LA_WALLET = "LA_WALLET"
    MILITARY_CARD = "MILITARY_CARD"
    MIT_ID = "MIT_ID"
    MOJE_ID_CZ = "MOJE_ID_CZ"
    NATIONAL_PASSPORT = "NATIONAL_PASSPORT"
    OLD_ID_CARD = "OLD_ID_CARD"
    ONE_ID = "ONE_ID"
    OTHER = "OTHER"
    PAN_CARD = "PAN_CARD"
    PASSPORT = "PASSPORT"
    PHOTO_CARD = "PHOTO_CARD"
    PROOF_OF_AGE_CARD = "PROOF_OF_AGE_CARD"
    PROVISIONAL_DRIVER_LICENSE = "PROVISIONAL_DRIVER_LICENSE"
    RESIDENCE_PERMIT = "RESIDENCE_PERMIT"
    SAMSUNG_WALLET = "SAMSUNG_WALLET"
    SMART_ID = "SMART_ID"
    SOCIAL_SECURITY_CARD = "SOCIAL_SECURITY_CARD"
    TRAVEL_CARD = "TRAVEL_CARD"
    VERIMI = "VERIMI"
    VISA = "VISA"
    VOTER_CARD = "VOTER_CARD"
    WORK_PERMIT = "WORK_PERMIT"
    YOTI_ID = "YOTI_ID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "KycDocumentType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

from enum import StrEnum


class FraudTag(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    AML_SUSPECTION = "AML_SUSPECTION"
    DOC_MOBILE_PHOTO = "DOC_MOBILE_PHOTO"
    DUPLICATE_FACE = "DUPLICATE_FACE"
    FACE_IN_BLACKLIST = "FACE_IN_BLACKLIST"
    VIRTUAL_CAMERA = "VIRTUAL_CAMERA"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FraudTag | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

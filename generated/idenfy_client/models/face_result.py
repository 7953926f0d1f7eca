from enum import StrEnum


class FaceResult(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    AUTO_UNVERIFIABLE = "AUTO_UNVERIFIABLE"
    FACE_ERROR = "FACE_ERROR"
    FACE_GLARED = "FACE_GLARED"
    FACE_MATCH = "FACE_MATCH"
    FACE_MISMATCH = "FACE_MISMATCH"
    FACE_NOT_ANALYSED = "FACE_NOT_ANALYSED"
    FACE_NOT_CHECKED = "FACE_NOT_CHECKED"
    FACE_TOO_BLURRY = "FACE_TOO_BLURRY"
    FACE_UNCERTAIN = "FACE_UNCERTAIN"
    FAKE_FACE = "FAKE_FACE"
    NO_FACE_FOUND = "NO_FACE_FOUND"
    TOO_MANY_FACES = "TOO_MANY_FACES"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FaceResult | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

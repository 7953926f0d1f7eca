from enum import StrEnum


class ProofOfAddressType(StrEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw string, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    BANK_ACCOUNT_STATEMENT = "BANK_ACCOUNT_STATEMENT"
    CERTIFICATE_OF_REGISTRATION = "CERTIFICATE_OF_REGISTRATION"
    ELECTRICITY_BILL = "ELECTRICITY_BILL"
    GAS_BILL = "GAS_BILL"
    HEATING_BILL = "HEATING_BILL"
    INTERNET_BILL = "INTERNET_BILL"
    TELEPHONE_BILL = "TELEPHONE_BILL"
    WATER_BILL = "WATER_BILL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProofOfAddressType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member

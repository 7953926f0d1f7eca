from enum import IntEnum


class FourthlineProviderStatusCode(IntEnum):
    """Open enum: values the provider adds after this client was generated still parse.

    An unknown value becomes a pseudo-member that compares equal to the raw integer, so a
    response carrying it loads into the typed model instead of raising ``ValueError``.
    """

    VALUE_1000 = 1000
    VALUE_1001 = 1001
    VALUE_1002 = 1002
    VALUE_1003 = 1003
    VALUE_1004 = 1004
    VALUE_1005 = 1005
    VALUE_1006 = 1006
    VALUE_1007 = 1007
    VALUE_1008 = 1008
    VALUE_1009 = 1009
    VALUE_1010 = 1010
    VALUE_1011 = 1011
    VALUE_1012 = 1012
    VALUE_1013 = 1013
    VALUE_1014 = 1014
    VALUE_1015 = 1015
    VALUE_1016 = 1016
    VALUE_1017 = 1017
    VALUE_1018 = 1018
    VALUE_1019 = 1019
    VALUE_1020 = 1020
    VALUE_1021 = 1021
    VALUE_1022 = 1022
    VALUE_1023 = 1023
    VALUE_1024 = 1024
    VALUE_1030 = 1030
    VALUE_1031 = 1031
    VALUE_1032 = 1032
    VALUE_1033 = 1033
    VALUE_1034 = 1034
    VALUE_1035 = 1035
    VALUE_1036 = 1036
    VALUE_1037 = 1037
    VALUE_1038 = 1038
    VALUE_1100 = 1100
    VALUE_2001 = 2001
    VALUE_2002 = 2002
    VALUE_2003 = 2003
    VALUE_3001 = 3001
    VALUE_3002 = 3002
    VALUE_3003 = 3003
    VALUE_3004 = 3004
    VALUE_3005 = 3005
    VALUE_3100 = 3100
    VALUE_3101 = 3101
    VALUE_3102 = 3102
    VALUE_3103 = 3103
    VALUE_3104 = 3104
    VALUE_3105 = 3105
    VALUE_3106 = 3106
    VALUE_3107 = 3107
    VALUE_3200 = 3200
    VALUE_3201 = 3201
    VALUE_3202 = 3202
    VALUE_3203 = 3203
    VALUE_3204 = 3204
    VALUE_3205 = 3205
    VALUE_3206 = 3206
    VALUE_3207 = 3207
    VALUE_3208 = 3208
    VALUE_3209 = 3209
    VALUE_3210 = 3210
    VALUE_3211 = 3211
    VALUE_3250 = 3250
    VALUE_3300 = 3300
    VALUE_3304 = 3304
    VALUE_3305 = 3305
    VALUE_3306 = 3306
    VALUE_3307 = 3307
    VALUE_3308 = 3308
    VALUE_3400 = 3400
    VALUE_3401 = 3401
    VALUE_3402 = 3402
    VALUE_3403 = 3403
    VALUE_3404 = 3404
    VALUE_3405 = 3405
    VALUE_3406 = 3406
    VALUE_3407 = 3407
    VALUE_3408 = 3408
    VALUE_3500 = 3500
    VALUE_3510 = 3510
    VALUE_3520 = 3520
    VALUE_3540 = 3540
    VALUE_3600 = 3600
    VALUE_3601 = 3601
    VALUE_3602 = 3602
    VALUE_3603 = 3603
    VALUE_3610 = 3610
    VALUE_3620 = 3620

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FourthlineProviderStatusCode | None":
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

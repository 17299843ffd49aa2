from enum import StrEnum
from typing import Any


class AsgNotificationEvent(StrEnum):
    SATISFIED_POLICY_CONDITIONS = "SATISFIED_POLICY_CONDITIONS"
    SCALE_IN = "SCALE_IN"
    SCALE_IN_FAIL = "SCALE_IN_FAIL"
    SCALE_OUT = "SCALE_OUT"
    SCALE_OUT_FAIL = "SCALE_OUT_FAIL"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AsgNotificationEvent | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

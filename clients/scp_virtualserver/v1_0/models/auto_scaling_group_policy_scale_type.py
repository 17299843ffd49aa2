from enum import StrEnum
from typing import Any


class AutoScalingGroupPolicyScaleType(StrEnum):
    SCALE_IN = "SCALE_IN"
    SCALE_OUT = "SCALE_OUT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "AutoScalingGroupPolicyScaleType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

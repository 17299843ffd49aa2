from enum import StrEnum
from typing import Any


class VolumeSourceType(StrEnum):
    BLANK = "blank"
    IMAGE = "image"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "VolumeSourceType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

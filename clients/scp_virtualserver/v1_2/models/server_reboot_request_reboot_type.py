from enum import StrEnum


class ServerRebootRequestRebootType(StrEnum):
    HARD = "HARD"
    SOFT = "SOFT"

    def __str__(self) -> str:
        return str(self.value)

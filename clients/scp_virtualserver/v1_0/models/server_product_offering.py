from enum import StrEnum
from typing import Any


class ServerProductOffering(StrEnum):
    GPU_SERVER = "gpu_server"
    K8S_GPU_VM = "k8s_gpu_vm"
    K8S_VM = "k8s_vm"
    VIRTUAL_SERVER = "virtual_server"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "ServerProductOffering | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

"""Arguments that make a server's create body easier to write, and the facade's models.

`Network` and `Volume` stand for items of `servers.create(networks=..., volumes=...)`; a plain
dict does as well. The models of the answers (`Server`, `Image`, ...) are generated from the
specs into `scp_virtualserver.resources.models` and can be imported from here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Network", "Volume"]


@dataclass(frozen=True)
class Network:
    """A network interface of a new server: a subnet, or an existing port."""

    subnet_id: str | None = None
    port_id: str | None = None
    fixed_ip: str | None = None
    public_ip_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _without_none(self.__dict__)


@dataclass(frozen=True)
class Volume:
    """A block storage volume of a new server. `max_iops` and `max_throughput` need 1.2+."""

    size: int
    boot_index: int = 0
    type: str | None = None
    source_type: str | None = None
    delete_on_termination: bool | None = None
    max_iops: int | None = None
    max_throughput: int | None = None

    def to_json(self) -> dict[str, Any]:
        return _without_none(self.__dict__)


def _without_none(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def __getattr__(name: str) -> Any:
    """The generated models, by name (`from scp_virtualserver.models import Server`)."""
    from .resources import MODELS

    if name not in MODELS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .resources import models

    return getattr(models, name)

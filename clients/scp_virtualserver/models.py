"""The facade's own types: the same in every API version.

A `Server` has every field any version documents (`partition_number` is None where the version
has none) and keeps the body as the service sent it in `raw`, so fields this release does not
know are not lost. `state` is a plain string: a state this release does not know still reads.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Network", "Server", "ServerState", "Volume"]


class ServerState(enum.StrEnum):
    """The server states this release knows; `Server.state` may hold others."""

    BUILD = "BUILD"
    ACTIVE = "ACTIVE"
    SHUTOFF = "SHUTOFF"
    STARTING = "STARTING"
    STOPPING = "STOPPING"
    REBOOT = "REBOOT"
    HARD_REBOOT = "HARD_REBOOT"
    DELETING = "DELETING"
    ERROR = "ERROR"


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


@dataclass(frozen=True)
class Server:
    """A virtual server as the service last described it."""

    id: str
    name: str
    state: str
    locked: bool | None = None
    server_type_id: str | None = None
    server_type_name: str | None = None
    image_id: str | None = None
    keypair_name: str | None = None
    vpc_id: str | None = None
    server_group_id: str | None = None
    auto_scaling_group_id: str | None = None
    partition_number: int | None = None
    created_at: datetime.datetime | None = None
    modified_at: datetime.datetime | None = None
    ip_addresses: tuple[str, ...] = ()
    volume_ids: tuple[str, ...] = ()
    metadata: Mapping[str, str] = field(default_factory=dict)
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The body as sent, unknown fields included."""

    @property
    def known_state(self) -> ServerState | None:
        """The state as a ServerState, or None if this release does not know it."""
        try:
            return ServerState(self.state)
        except ValueError:
            return None


def _without_none(values: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}

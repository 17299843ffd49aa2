"""The local server's world: servers in memory, with state changes that take time.

A change that takes time (BUILD to ACTIVE, a stop, a deletion) is stored as a pending
transition with the moment it completes, and applied whenever the server is next looked at;
no background thread, so the state is exact whatever the timing, and one lock guards it all.
"""

from __future__ import annotations

import datetime
import itertools
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .._versions_table import REQUEST_BODIES, SCHEMA_FIELDS, SCHEMA_REFS, SCHEMA_REQUIRED


def fields(version: str, schema: str) -> frozenset[str]:
    """The properties of a schema in a version's spec (from the generated table)."""
    return frozenset(SCHEMA_FIELDS[version][schema])


class Refusal(Exception):
    """An answer other than success: the status and the SCP detail to send."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass
class ServerRecord:
    id: str
    name: str
    state: str
    created_at: datetime.datetime
    server_type_id: str = "s1v1m2"
    image_id: str | None = None
    keypair_name: str | None = None
    locked: bool = False
    file_storage: bool = False
    lb_server_group: bool = False
    backup: bool = False
    partition_number: int | None = None
    volumes: list[dict[str, Any]] = field(default_factory=list)
    ip_address: str = "192.168.0.10"
    pending: tuple[str, float] | None = None  # (state when done, monotonic time it is done)
    deletes_started: int = 0

    def as_json(self, version: str) -> dict[str, Any]:
        stamp = self.created_at.isoformat(timespec="seconds")
        body: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "state": self.state,
            "locked": self.locked,
            "account_id": "local-account",
            "created_at": stamp,
            "created_by": "local-user",
            "modified_at": stamp,
            "disk_config": "MANUAL",
            "image_id": self.image_id,
            "keypair_name": self.keypair_name,
            "server_type": {
                "id": self.server_type_id,
                "name": self.server_type_id,
                "vcpus": 1,
                "ram": 2048,
                "disk": 0,
                "ephemeral": 0,
                "swap": 0,
                "extra_specs": {},
            },
            "vpc_id": None,
            "server_group_id": None,
            "auto_scaling_group_id": None,
            "launch_configuration_id": None,
            "product_category": "compute",
            "product_offering": "virtual_server",
            "planned_compute_os_type": "open_source",
            "is_marketplace": False,
            "metadata": {},
            "addresses": [
                {
                    "subnet_name": "local-subnet",
                    "ip_addresses": [{"ip_address": self.ip_address, "version": 4}],
                }
            ],
            "security_groups": [],
            "volumes": self.volumes,
        }
        if "partition_number" in fields(version, "ServerShowResponse"):
            body["partition_number"] = self.partition_number
        return body


class World:
    """Every server of the local server, behind one lock."""

    def __init__(
        self,
        *,
        delete_delay: float,
        transition_delay: float,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.delete_delay = delete_delay
        self.transition_delay = transition_delay
        self._monotonic = monotonic
        self._servers: dict[str, ServerRecord] = {}
        self._deleted: dict[str, int] = {}  # id -> how many deletions were started
        self._lock = threading.Lock()
        self._addresses = itertools.count(10)

    # -- helpers for tests and demos ------------------------------------------------------------

    def add(
        self,
        *,
        name: str,
        state: str = "ACTIVE",
        locked: bool = False,
        file_storage: bool = False,
        lb_server_group: bool = False,
        backup: bool = False,
    ) -> str:
        with self._lock:
            return self._new(
                name=name,
                state=state,
                locked=locked,
                file_storage=file_storage,
                lb_server_group=lb_server_group,
                backup=backup,
            ).id

    def has(self, server_id: str) -> bool:
        with self._lock:
            return self._find(server_id) is not None

    def state_of(self, server_id: str) -> str | None:
        with self._lock:
            record = self._find(server_id)
            return None if record is None else record.state

    def deletes_started(self, server_id: str) -> int:
        with self._lock:
            record = self._servers.get(server_id)
            if record is not None:
                return record.deletes_started
            return self._deleted.get(server_id, 0)

    def complete_pending(self) -> None:
        with self._lock:
            for record in list(self._servers.values()):
                if record.pending is not None:
                    record.pending = (record.pending[0], float("-inf"))
                    self._settle(record)

    def set_flags(self, server_id: str, **flags: bool) -> None:
        with self._lock:
            record = self._get(server_id)
            for name, value in flags.items():
                setattr(record, name, value)

    # -- the API --------------------------------------------------------------------------------

    def page(self, filters: dict[str, str], limit: int, marker: str | None) -> list[ServerRecord]:
        with self._lock:
            records = [r for r in list(self._servers.values()) if self._settle(r)]
            records = [r for r in records if _matches(r, filters)]
            if marker is not None:
                ids = [r.id for r in records]
                if marker not in ids:
                    raise Refusal(400, f"marker {marker!r} is not the id of a listed server")
                records = records[ids.index(marker) + 1 :]
            return records[:limit]

    def show(self, server_id: str) -> ServerRecord:
        with self._lock:
            return self._get(server_id)

    def create(self, body: dict[str, Any], version: str) -> list[str]:
        check_create(body, version)
        count = int(body.get("max_count") or 1)
        with self._lock:
            ids = []
            for index in range(count):
                name = body["name"] if count == 1 else f"{body['name']}-{index + 1}"
                record = self._new(
                    name=name,
                    state="BUILD",
                    locked=bool(body.get("lock")),
                    file_storage=bool(body.get("file_storage_ids")),
                )
                record.server_type_id = body["server_type_id"]
                record.image_id = body["image_id"]
                record.keypair_name = body["keypair_name"]
                record.partition_number = body.get("partition_number")
                record.volumes = [
                    {
                        "id": str(uuid.uuid4()),
                        "delete_on_termination": bool(v.get("delete_on_termination")),
                    }
                    for v in body.get("volumes") or []
                ]
                self._after(record, "ACTIVE", self.transition_delay)
                ids.append(record.id)
            return ids

    def rename(self, server_id: str, name: str) -> ServerRecord:
        check_name(name)
        with self._lock:
            record = self._get(server_id)
            record.name = name
            return record

    def start(self, server_id: str) -> None:
        self._change(server_id, "SHUTOFF", "STARTING", "started", "ACTIVE")

    def stop(self, server_id: str) -> None:
        self._change(server_id, "ACTIVE", "STOPPING", "stopped", "SHUTOFF")

    def reboot(self, server_id: str, hard: bool) -> None:
        self._change(server_id, "ACTIVE", "HARD_REBOOT" if hard else "REBOOT", "rebooted", "ACTIVE")

    def lock(self, server_id: str, locked: bool) -> None:
        with self._lock:
            self._get(server_id).locked = locked

    def delete(self, server_id: str) -> None:
        with self._lock:
            record = self._get(server_id)
            if record.state == "DELETING":
                return  # already under way: accepted again, not started twice
            reasons = [
                reason
                for flag, reason in (
                    (record.file_storage, "File Storage is connected"),
                    (record.lb_server_group, "an LB Server Group is connected"),
                    (record.locked, "Lock is set"),
                    (record.backup, "Backup is connected"),
                )
                if flag
            ]
            if reasons:
                raise Refusal(409, f"server {server_id} cannot be deleted: {'; '.join(reasons)}")
            record.deletes_started += 1
            record.state = "DELETING"
            self._after(record, "", self.delete_delay)
            self._settle(record)

    # -- inside the lock ------------------------------------------------------------------------

    def _new(
        self,
        *,
        name: str,
        state: str,
        locked: bool,
        file_storage: bool,
        lb_server_group: bool = False,
        backup: bool = False,
    ) -> ServerRecord:
        record = ServerRecord(
            id=str(uuid.uuid4()),
            name=name,
            state=state,
            created_at=datetime.datetime.now(datetime.UTC),
            locked=locked,
            file_storage=file_storage,
            lb_server_group=lb_server_group,
            backup=backup,
            ip_address=_address(next(self._addresses)),
        )
        self._servers[record.id] = record
        return record

    def _after(self, record: ServerRecord, state: str, delay: float) -> None:
        record.pending = (state, self._monotonic() + delay)

    def _settle(self, record: ServerRecord) -> bool:
        """Applies a transition that is due; False if the server is gone."""
        if record.pending is not None and self._monotonic() >= record.pending[1]:
            state = record.pending[0]
            record.pending = None
            if state == "":
                del self._servers[record.id]
                self._deleted[record.id] = record.deletes_started
                return False
            record.state = state
        return True

    def _find(self, server_id: str) -> ServerRecord | None:
        record = self._servers.get(server_id)
        if record is None or not self._settle(record):
            return None
        return record

    def _get(self, server_id: str) -> ServerRecord:
        record = self._find(server_id)
        if record is None:
            raise Refusal(404, f"server {server_id} not found")
        return record

    def _change(self, server_id: str, from_state: str, during: str, verb: str, to: str) -> None:
        with self._lock:
            record = self._get(server_id)
            if record.state != from_state or record.pending is not None:
                raise Refusal(
                    409,
                    f"server {server_id} is {record.state}; "
                    f"only a {from_state} server can be {verb}",
                )
            record.state = during
            self._after(record, to, self.transition_delay)
            self._settle(record)


def _address(n: int) -> str:
    return f"192.168.{n // 250}.{n % 250}"


def _matches(record: ServerRecord, filters: dict[str, str]) -> bool:
    for key, wanted in filters.items():
        if key == "ip":
            if record.ip_address != wanted:
                return False
        elif key in ("name", "state", "server_type_id"):
            if getattr(record, key) != wanted:
                return False
        elif key == "product_category":
            if wanted != "compute":
                return False
        elif key == "product_offering":
            if wanted != "virtual_server":
                return False
        elif key in ("vpc_id", "auto_scaling_group_id"):
            return False  # no local server belongs to a VPC or an Auto-Scaling Group
    return True


NAME_CHARACTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_ ")


def check_name(name: Any) -> None:
    if not isinstance(name, str) or not 1 <= len(name) <= 63 or not set(name) <= NAME_CHARACTERS:
        raise Refusal(400, "name must be 1 to 63 characters of letters, digits, '-', '_' and space")


def check_create(body: Any, version: str) -> None:
    """Validates a create body as `version` defines it, naming the first problem."""
    if not isinstance(body, dict):
        raise Refusal(400, "the body must be a JSON object")
    schema = REQUEST_BODIES[version]["createVirtualServer"][0]
    allowed = fields(version, schema)
    for name in body:
        if name not in allowed:
            raise Refusal(400, f"unknown field {name!r} for version {version}")
    for name in SCHEMA_REQUIRED[version].get(schema, ()):
        if name not in body:
            raise Refusal(400, f"field {name!r} is required")
    check_name(body["name"])
    if not isinstance(body["networks"], list) or not body["networks"]:
        raise Refusal(400, "networks must be a non-empty list")
    volume_fields = fields(version, SCHEMA_REFS[version][f"{schema}.volumes"][0])
    for volume in body.get("volumes") or []:
        if not isinstance(volume, dict) or "boot_index" not in volume or "size" not in volume:
            raise Refusal(400, "each volume needs boot_index and size")
        for name in volume:
            if name not in volume_fields:
                raise Refusal(400, f"unknown volume field {name!r} for version {version}")
    max_count = body.get("max_count", 1)
    if not isinstance(max_count, int) or not 1 <= max_count <= 100:
        raise Refusal(400, "max_count must be an integer from 1 to 100")

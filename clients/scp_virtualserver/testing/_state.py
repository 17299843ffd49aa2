"""The local server's world: every resource in memory, with state changes that take time.

One generic store for every resource of the specs: a record is a resource's stored fields (what
it was created with, then updated with), its place (the id of the resource it lives under) and
its lifecycle. A change that takes time (BUILD to ACTIVE, a stop, a deletion) is kept as a
pending transition with the moment it completes, and applied whenever the record is next looked
at: no background thread, so a state is exact whatever the timing, and one lock guards it all.
States, transitions and conflicts are data (resources.yaml, shipped as `_specs/resources.json`).
"""

from __future__ import annotations

import copy
import datetime
import itertools
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._api import Lifecycle, Resource, past_tense
from ._synthesis import Seed

GONE = "gone"


class Refusal(Exception):
    """An answer other than success: the status and the SCP detail to send."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


@dataclass
class Record:
    tag: str
    id: str
    parent: str | None  # the id of the record it lives under (a server's interface: the server)
    fields: dict[str, Any]
    number: int  # creation order, for plausible values of its own (an IP address)
    created: datetime.datetime
    modified: datetime.datetime
    pending: tuple[str, float] | None = None  # (state when done or "gone", monotonic deadline)
    deletes_started: int = 0
    revision: int = 0  # counts the changes of its fields: a rendering of an older one is stale
    rendered: dict[tuple[str, int], tuple[int, Any]] = field(default_factory=dict)

    def touch(self) -> None:
        self.revision += 1
        self.modified = datetime.datetime.now(datetime.UTC)

    @property
    def seed(self) -> Seed:
        return Seed(self.id, self.number, self.created, self.modified)


def filled(template: Mapping[str, Any], body: Any) -> dict[str, Any]:
    """resources.yaml's {field: a value, or "body.X"}, with the request body's values; a field
    whose "body.X" the body does not have is left out."""
    found: dict[str, Any] = {}
    for name, value in template.items():
        if isinstance(value, str) and value.startswith("body."):
            source = value.removeprefix("body.")
            if not isinstance(body, Mapping) or source not in body:
                continue
            value = body[source]
        found[name] = copy.deepcopy(value)
    return found


def filled_item(template: Mapping[str, Any], item: Mapping[str, Any], owner: str) -> dict[str, Any]:
    """resources.yaml's {field: a value, "item.X", or "owner"} for one item of a body's list;
    a field whose "item.X" the item does not have is left out."""
    found: dict[str, Any] = {}
    for name, value in template.items():
        if value == "owner":
            value = [{"id": owner}]
        elif isinstance(value, str) and value.startswith("item."):
            source = value.removeprefix("item.")
            if source not in item or item[source] is None:
                continue
            value = item[source]
        found[name] = copy.deepcopy(value)
    return found


class World:
    """Every record of one local server, behind one lock (`with world.lock:` around a request)."""

    def __init__(
        self,
        resources: Mapping[str, Resource],
        *,
        delete_delay: float,
        transition_delay: float,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.resources = resources
        self.delete_delay = delete_delay
        self.transition_delay = transition_delay
        self.lock: threading.RLock = threading.RLock()
        self._monotonic = monotonic
        self._records: dict[str, dict[tuple[str | None, str], Record]] = {
            tag: {} for tag in resources
        }
        self._gone: dict[tuple[str, str], int] = {}  # (tag, id) -> deletions started
        self._gone_numbers: dict[tuple[str, str], int] = {}  # (tag, id) -> its creation order
        self._numbers = itertools.count(10)
        self._children: dict[str, list[str]] = {}
        for resource in resources.values():
            if resource.parent is not None:
                self._children.setdefault(resource.parent, []).append(resource.tag)

    # -- reading (the caller holds the lock) ----------------------------------------------------

    def find(self, tag: str, parent: str | None, record_id: str) -> Record | None:
        record = self._records[tag].get((parent, record_id))
        if record is None or not self._settle(record):
            return None
        return record

    def get(self, tag: str, parent: str | None, record_id: str) -> Record:
        record = self.find(tag, parent, record_id)
        if record is None:
            raise Refusal(404, f"{self.resources[tag].noun} {record_id} not found")
        return record

    def records(self, tag: str, parent: str | None) -> list[Record]:
        """The records of a resource under one parent, in creation order."""
        found = [r for r in list(self._records[tag].values()) if r.parent == parent]
        return [r for r in found if r.pending is None or self._settle(r)]

    def first(self, tag: str) -> Record | None:
        return next(iter(r for r in list(self._records[tag].values()) if self._settle(r)), None)

    def by_id(self, tag: str, record_id: str) -> Record | None:
        """A record of a resource, whatever it lives under."""
        for record in list(self._records[tag].values()):
            if record.id == record_id and self._settle(record):
                return record
        return None

    def gone_number(self, tag: str, record_id: str) -> int | None:
        """The creation order of a deleted record: where a list goes on after its id."""
        return self._gone_numbers.get((tag, record_id))

    def deletes_started(self, tag: str, record_id: str) -> int:
        record = self.by_id(tag, record_id)
        if record is not None:
            return record.deletes_started
        return self._gone.get((tag, record_id), 0)

    # -- changing (the caller holds the lock) ---------------------------------------------------

    def add(
        self, tag: str, parent: str | None, fields: Mapping[str, Any], record_id: str | None = None
    ) -> Record:
        """Stores a new record; its id, key and parent's key are among its fields too."""
        resource = self.resources[tag]
        record_id = record_id or str(fields.get("id") or uuid.uuid4())
        if (parent, record_id) in self._records[tag] and self.find(tag, parent, record_id):
            raise Refusal(409, f"{resource.noun} {record_id} already exists")
        now = datetime.datetime.now(datetime.UTC)
        stored = copy.deepcopy(dict(fields))
        lifecycle = resource.lifecycle
        if lifecycle is not None and lifecycle.field not in stored and lifecycle.stable:
            stored[lifecycle.field] = lifecycle.stable[0]
        record = Record(tag, record_id, parent, stored, next(self._numbers), now, now)
        self._identify(record)
        self._records[tag][(parent, record_id)] = record
        return record

    def make_parts(self, owner: Record, operation_id: str, body: Any) -> None:
        """What a create makes with each item of a body's list, as resources.yaml's `parts`
        declares (a server's volumes are volumes); the owner lists them by id."""
        part = self.resources[owner.tag].parts.get(operation_id)
        items = body.get(part.list) if part is not None and isinstance(body, Mapping) else None
        if part is None or not isinstance(items, list):
            return
        listed = []
        for item in items:
            if isinstance(item, Mapping):
                made = self.add(part.resource, None, filled_item(part.fields, item, owner.id))
                listed.append({"id": made.id, **filled_item(part.shown, item, owner.id)})
        owner.fields[part.list] = listed
        owner.touch()

    def _end_parts(self, owner: Record) -> None:
        """When an owner goes, its parts flagged so go with it; the others are left as said."""
        for part in self.resources[owner.tag].parts.values():
            for entry in owner.fields.get(part.list) or []:
                if not isinstance(entry, Mapping) or not isinstance(entry.get("id"), str):
                    continue
                made = self.by_id(part.resource, entry["id"])
                if made is None:
                    continue
                if part.with_owner is not None and entry.get(part.with_owner) is True:
                    self.remove(made)
                else:
                    self.update(made, part.left)

    def update(self, record: Record, changes: Mapping[str, Any]) -> None:
        """Merges changed fields into a record (its identity stays)."""
        record.fields.update(copy.deepcopy(dict(changes)))
        record.touch()
        self._identify(record)

    def remove(self, record: Record) -> None:
        """Removes a record and everything that lives under it."""
        self._records[record.tag].pop((record.parent, record.id), None)
        self._gone[(record.tag, record.id)] = record.deletes_started
        self._gone_numbers[(record.tag, record.id)] = record.number
        self._end_parts(record)
        for child in self._children.get(record.tag, ()):
            for other in list(self._records[child].values()):
                if other.parent == record.id:
                    self.remove(other)

    def act(self, record: Record, operation_id: str, body: Any) -> None:
        """What an operation does to a record's lifecycle, as resources.yaml declares it: the
        conflicts that refuse it (every reason named), the states it may start in, the state it
        moves to and the one it ends in after the delay, and the fields it sets."""
        resource = self.resources[record.tag]
        lifecycle = resource.lifecycle
        if lifecycle is None:
            return
        transition = lifecycle.transitions.get(operation_id)
        state = record.fields.get(lifecycle.field)
        moving_to = None
        if transition is not None:
            moving_to = transition.to
            for name, choices in transition.to_by.items():
                chosen = body.get(name) if isinstance(body, Mapping) else None
                moving_to = choices.get(str(chosen), moving_to)
            if state == moving_to and record.pending is not None:
                return  # under way already: accepted again, not started twice
        reasons = [
            conflict.detail
            for conflict in lifecycle.conflicts.get(operation_id, ())
            if record.fields.get(conflict.flag)
        ]
        if reasons:
            raise Refusal(
                409,
                f"{resource.noun} {record.id} cannot be {past_tense(operation_id)}: "
                f"{'; '.join(reasons)}",
            )
        if transition is not None and moving_to is not None:
            if transition.allowed and (state not in transition.allowed or record.pending):
                raise Refusal(
                    409,
                    f"{resource.noun} {record.id} is {state}; only a "
                    f"{' or '.join(transition.allowed)} {resource.noun} can be "
                    f"{past_tense(operation_id)}",
                )
            self._move(record, lifecycle, moving_to, transition.then)
        self.apply_sets(record, lifecycle, operation_id, body)

    def apply_sets(
        self, record: Record, lifecycle: Lifecycle, operation_id: str, body: Any
    ) -> None:
        for name, value in filled(lifecycle.sets.get(operation_id, {}), body).items():
            record.fields[name] = value
            record.touch()

    def complete_pending(self) -> None:
        for records in self._records.values():
            for record in list(records.values()):
                if record.pending is not None:
                    record.pending = (record.pending[0], float("-inf"))
                    self._settle(record)

    def everything(self) -> Iterator[Record]:
        for records in self._records.values():
            yield from list(records.values())

    # -- inside ---------------------------------------------------------------------------------

    def _move(self, record: Record, lifecycle: Lifecycle, to: str, then: str | None) -> None:
        record.fields[lifecycle.field] = to
        record.touch()
        if then is None:
            record.pending = None
            return
        if then == GONE:
            record.deletes_started += 1
        delay = self.delete_delay if then == GONE else self.transition_delay
        record.pending = (then, self._monotonic() + delay)
        self._settle(record)

    def _settle(self, record: Record) -> bool:
        """Applies a transition that is due; False if the record is gone."""
        if record.pending is not None and self._monotonic() >= record.pending[1]:
            then = record.pending[0]
            record.pending = None
            if then == GONE:
                self.remove(record)
                return False
            lifecycle = self.resources[record.tag].lifecycle
            if lifecycle is not None:
                record.fields[lifecycle.field] = then
            record.touch()
        return (record.parent, record.id) in self._records[record.tag]

    def _identify(self, record: Record) -> None:
        resource = self.resources[record.tag]
        record.fields["id"] = record.id
        key = resource.key
        if key is not None:
            record.fields[key] = record.id
            if key.endswith("_name"):
                record.fields["name"] = record.id
        if resource.parent is not None and record.parent is not None:
            parent_key = self.resources[resource.parent].key
            if parent_key is not None:
                record.fields[parent_key] = record.parent


def _quota(limit: int) -> dict[str, int]:
    return {"in_use": 0, "limit": limit, "reserved": 0}


CATALOG: dict[str, list[dict[str, Any]]] = {
    "server-types": [
        {
            "id": f"s1v{cpus}m{ram}",
            "name": f"s1v{cpus}m{ram}",
            "description": f"{cpus} vCPU, {ram} GB memory",
            "vcpus": cpus,
            "ram": ram * 1024,
            "disk": 0,
            "ephemeral": 0,
            "swap": 0,
            "extra_specs": {},
        }
        for cpus, ram in ((1, 2), (2, 4), (4, 8))
    ],
    "images": [
        {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"scp-local-image/{name}")),
            "name": name,
            "os_distro": distro,
            "status": "active",
            "visibility": "public",
            "container_format": "bare",
            "disk_format": "qcow2",
            "min_disk": 10,
            "min_ram": 0,
            "protected": True,
            "owner": "scp",
            "scp_image_type": "standard",
            "scp_os_version": version,
        }
        for name, distro, version in (
            ("Ubuntu 22.04", "ubuntu", "22.04"),
            ("Rocky Linux 9", "rocky", "9"),
            ("Windows Server 2022", "windows", "2022"),
        )
    ],
    "volume-types": [
        {"id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"scp-local-volume-type/{name}")), **entry}
        for name, entry in (
            ("SSD", {"name": "SSD", "description": "Solid state block storage"}),
            ("HDD", {"name": "HDD", "description": "Hard disk block storage"}),
        )
    ],
    "default-configs": [
        {"id": "default", "configs": {"volume_type": "SSD", "server_type": "s1v1m2"}, "count": 2}
    ],
    "quota-sets": [
        {
            "id": "local-quota",
            "cores": _quota(200),
            "instances": _quota(50),
            "keypairs": _quota(100),
            "metadata_items": _quota(128),
            "ram": _quota(512 * 1024),
            "server_group_members": _quota(16),
            "server_groups": _quota(10),
            "per_volume_size": _quota(16384),
            "snapshots": _quota(100),
            "usages": _quota(102400),
            "volumes": _quota(100),
        }
    ],
}
"""Per tag, the records a new local server starts with (tags the specs lack are skipped)."""

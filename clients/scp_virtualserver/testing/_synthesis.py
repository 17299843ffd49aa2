"""Answers made from a response schema: stored values where the schema has those fields, and
plausible values for the others.

Plausible values are the same each time for the same resource (derived from its id and creation
time), so that reading twice gives the same answer: a uuid for an id, the creation time for a
date-time, an IPv4 address where the field says ip, the first value of an enum, a string that
fits the schema's pattern and length. Optional nullable scalars are null; arrays get one item.
A stored value is used only where it fits the answer's schema (type, enum, pattern, length,
range): what a request stored in another shape is replaced by a plausible value.

As the service does, a plausible answer sometimes leaves an optional field out and sends null
where the schema allows it (about one field in four, chosen by the field and the resource's
creation order, so the same answer on every run): a client's own tests meet what production sends.
"""

from __future__ import annotations

import datetime
import functools
import re
import threading
import uuid
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._api import resolve

_NAMESPACE = uuid.UUID("6f1c1c7e-3b8a-4c55-9a59-4f0a1f9e2d10")
_IP_FIELD = re.compile(r"(^|_)(ip|ips|ip_address|ip_addresses|fixed_ip|address)($|_)")
_MAC_FIELD = re.compile(r"(^|_)mac($|_)|mac_addr")
_DEPTH = 16
_KINDS = ("object", "array", "string", "integer", "number", "boolean")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()

Link = Callable[[str, str], Mapping[str, Any] | None]
"""Finds a stored resource by the name of a field that refers to it ("server_type") and its id."""


@dataclass(frozen=True)
class Seed:
    """What makes a resource's plausible values its own."""

    key: str  # the resource's id (or any text that stands for the answer)
    number: int  # its creation order: a distinct IP address per resource
    created: datetime.datetime
    modified: datetime.datetime


@dataclass(frozen=True)
class Shape:
    """A schema as rendering reads it, worked out once: resolved, `allOf` merged."""

    raw: Mapping[str, Any]
    kinds: frozenset[str]
    kind: str  # the one rendered: object, array, string, integer, number, boolean or null
    branches: tuple[Mapping[str, Any], ...]  # anyOf / oneOf
    nullable: bool  # null is allowed (and it is not an array)
    properties: tuple[tuple[str, Mapping[str, Any], bool], ...]  # (name, schema, required)
    items: Mapping[str, Any]
    extra: Any  # additionalProperties


class Synthesizer:
    """Renders values of one version's schemas; safe to share between threads."""

    def __init__(self, doc: Mapping[str, Any], link: Link | None = None) -> None:
        self.doc = doc
        self.link = link
        self._shapes: dict[int, tuple[Mapping[str, Any], Shape]] = {}
        self._lock = threading.Lock()

    def render(self, schema: Mapping[str, Any], value: Any, seed: Seed) -> Any:
        """`value` as `schema` describes it; a stored resource's `X_id` fields let a missing
        object `X` be found through `link` (a server's `server_type` from `server_type_id`)."""
        references = (
            {k: v for k, v in value.items() if k.endswith("_id") and isinstance(v, str)}
            if isinstance(value, Mapping)
            else {}
        )
        return _Walk(self, seed, references).render(schema, value, "", "", 0)

    def shape(self, schema: Mapping[str, Any]) -> Shape:
        known = self._shapes.get(id(schema))
        if known is not None and known[0] is schema:
            return known[1]
        made = self._make(schema)
        with self._lock:
            self._shapes[id(schema)] = (schema, made)  # keeps `schema` alive: its id stays its own
        return made

    def fits(self, shape: Shape, value: Any) -> bool:
        """A shallow check: the JSON type, enum, pattern, length and range."""
        if shape.branches:
            return any(self.fits(self.shape(b), value) for b in shape.branches)
        raw = shape.raw
        if value is None:
            return "null" in shape.kinds or None in (raw.get("enum") or ())
        if shape.kinds and not any(_is_kind(value, kind) for kind in shape.kinds):
            return False
        if "enum" in raw and value not in raw["enum"]:
            return False
        if isinstance(value, str):
            if len(value) < int(raw.get("minLength", 0)):
                return False
            if "maxLength" in raw and len(value) > int(raw["maxLength"]):
                return False
            if "pattern" in raw and re.search(str(raw["pattern"]), value) is None:
                return False
        if isinstance(value, int | float) and not isinstance(value, bool):
            if "minimum" in raw and value < raw["minimum"]:
                return False
            if "maximum" in raw and value > raw["maximum"]:
                return False
        return True

    def _make(self, schema: Mapping[str, Any]) -> Shape:
        raw: Mapping[str, Any] = resolve(self.doc, schema)
        if "allOf" in raw:
            raw = _merged(self.doc, raw)
        kinds = frozenset(_kinds(raw))
        branches = tuple(raw.get("anyOf") or raw.get("oneOf") or ())
        nullable = ("null" in kinds and "array" not in kinds) or any(
            _kinds(resolve(self.doc, b)) == {"null"} for b in branches
        )
        required = set(raw.get("required") or ())
        properties = tuple(
            (name, sub, name in required) for name, sub in (raw.get("properties") or {}).items()
        )
        return Shape(
            raw=raw,
            kinds=kinds,
            kind=_main_kind(raw, kinds),
            branches=branches,
            nullable=nullable,
            properties=properties,
            items=raw.get("items") or {},
            extra=raw.get("additionalProperties", True),
        )


@dataclass
class _Walk:
    """One rendering: the synthesizer, whose values these are, and the ids they refer to."""

    synthesizer: Synthesizer
    seed: Seed
    references: Mapping[str, str]

    def render(
        self, schema: Mapping[str, Any], value: Any, name: str, place: str, depth: int
    ) -> Any:
        if depth > _DEPTH:
            return None
        synthesizer = self.synthesizer
        shape = synthesizer.shape(schema)
        if shape.branches:
            branch = self._branch(shape.branches, value)
            if branch is None:
                return None
            return self.render(branch, value, name, place, depth + 1)
        if "const" in shape.raw:
            return shape.raw["const"]
        if value is not MISSING and not synthesizer.fits(shape, value):
            value = MISSING
        if value is None:
            return None
        if shape.kind == "object":
            return self._object(shape, value, name, place, depth)
        if shape.kind == "array":
            return self._array(shape, value, name, place, depth)
        if value is not MISSING:
            return value
        return _scalar(shape, self.seed, name, place, synthesizer)

    def _object(self, shape: Shape, value: Any, name: str, place: str, depth: int) -> Any:
        stored: Mapping[str, Any] = value if isinstance(value, Mapping) else {}
        reference = self.references.get(f"{name}_id") if name and depth == 1 else None
        if value is MISSING and reference is not None:
            link = self.synthesizer.link
            linked = link(name, reference) if link is not None else None
            stored = {**(linked or {}), "id": reference}
        result: dict[str, Any] = {}
        for field, sub, required in shape.properties:
            where = f"{place}.{field}"
            if field in stored:
                result[field] = self.render(sub, stored[field], field, where, depth + 1)
                continue
            sparse = _one_in_four(self.seed.number, where)
            if not required and sparse:
                continue  # left out, as the schema allows
            nullable = self.synthesizer.shape(sub).nullable
            if nullable and (sparse or not required):
                result[field] = None
            else:
                result[field] = self.render(sub, MISSING, field, where, depth + 1)
        if not shape.properties and shape.extra is not False:
            for field, item in stored.items():
                if isinstance(shape.extra, Mapping):
                    result[field] = self.render(shape.extra, item, field, place, depth + 1)
                else:
                    result[field] = item
        return result

    def _array(self, shape: Shape, value: Any, name: str, place: str, depth: int) -> list[Any]:
        if isinstance(value, list):
            return [
                self.render(shape.items, item, name, f"{place}[{n}]", depth + 1)
                for n, item in enumerate(value)
            ]
        count = max(1, int(shape.raw.get("minItems", 1)))
        if "maxItems" in shape.raw:
            count = min(count, int(shape.raw["maxItems"]))
        return [
            self.render(shape.items, MISSING, name, f"{place}[{n}]", depth + 1)
            for n in range(count)
        ]

    def _branch(
        self, branches: tuple[Mapping[str, Any], ...], value: Any
    ) -> Mapping[str, Any] | None:
        shapes = [(b, self.synthesizer.shape(b)) for b in branches]
        if value is not MISSING:
            for branch, shape in shapes:
                if self.synthesizer.fits(shape, value):
                    return branch
        usable = [b for b, shape in shapes if shape.kinds != {"null"}]
        return usable[0] if usable else None


def _one_in_four(number: int, place: str) -> bool:
    """Whether this field of this resource is one the answer leaves out or sends as null:
    chosen by the field and the resource's creation order (not at random, nor by its random
    id), so that an answer, and a test that reads it, is the same on every run."""
    return zlib.crc32(f"{number}/{place}".encode()) % 4 == 0


def _merged(doc: Mapping[str, Any], shape: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {k: v for k, v in shape.items() if k != "allOf"}
    for part in shape["allOf"]:
        part = resolve(doc, part)
        if "allOf" in part:
            part = _merged(doc, part)
        merged.setdefault("properties", {}).update(part.get("properties") or {})
        merged["required"] = [*merged.get("required", []), *part.get("required", [])]
        for key, item in part.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, item)
    return merged


def _scalar(shape: Shape, seed: Seed, name: str, place: str, synthesizer: Synthesizer) -> Any:
    raw = shape.raw
    if "enum" in raw:
        choices = [c for c in raw["enum"] if c is not None]
        return choices[0] if choices else None
    default = raw.get("default")
    if default is not None and synthesizer.fits(shape, default):
        return default
    if shape.kind == "boolean":
        return False
    if shape.kind in ("integer", "number"):
        return _number(raw, shape.kind, name)
    if shape.kind == "string":
        return _string(raw, seed, name, place)
    return None


def _kinds(shape: Mapping[str, Any]) -> set[str]:
    kind = shape.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {str(k) for k in kind}
    return set()


def _main_kind(shape: Mapping[str, Any], kinds: frozenset[str]) -> str:
    for kind in _KINDS:
        if kind in kinds:
            return kind
    if "properties" in shape:
        return "object"
    if "items" in shape:
        return "array"
    if "enum" in shape:
        first = next((c for c in shape["enum"] if c is not None), "")
        return "string" if isinstance(first, str) else "integer"
    return "object" if not kinds else "null"


def _is_kind(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, Mapping)
    return True


def _number(shape: Mapping[str, Any], kind: str, name: str) -> int | float:
    low = shape.get("minimum", shape.get("exclusiveMinimum"))
    value: float = 4 if name == "version" else 1  # an IP address's version
    if low is not None:
        value = max(value, low + (1 if "exclusiveMinimum" in shape else 0))
    if "maximum" in shape:
        value = min(value, shape["maximum"])
    return int(value) if kind == "integer" else float(value)


def _string(shape: Mapping[str, Any], seed: Seed, name: str, place: str) -> str:
    pattern = shape.get("pattern")
    kind, constant = _string_recipe(
        name,
        shape.get("format"),
        None if pattern is None else str(pattern),
        int(shape.get("minLength", 0)),
        int(shape.get("maxLength", 1 << 30)),
    )
    if kind == "stamp":
        stamp = seed.modified if ("modified" in name or "updated" in name) else seed.created
        value = stamp.isoformat(timespec="seconds")
    elif kind == "date":
        value = seed.created.date().isoformat()
    elif kind == "uuid":
        value = str(uuid.uuid5(_NAMESPACE, f"{seed.key}/{place}"))
    elif kind == "ip":
        value = f"192.168.{seed.number // 250 % 250}.{seed.number % 250 + 2}"
    elif kind == "mac":
        value = f"fa:16:3e:00:{seed.number // 256 % 256:02x}:{seed.number % 256:02x}"
    else:
        return constant
    return value if _fitting(value, pattern, shape) else constant


@functools.lru_cache(maxsize=4096)
def _string_recipe(
    name: str, form: str | None, pattern: str | None, low: int, high: int
) -> tuple[str, str]:
    """What a plausible string of this field is made of (a kind of the resource's own values,
    or "constant"), and a constant that fits the schema, for when the other does not."""
    kind = "constant"
    if form == "date-time" or name.endswith("_at"):
        kind = "stamp"
    elif form == "date":
        kind = "date"
    elif form == "uuid" or name == "id" or name.endswith("_id"):
        kind = "uuid"
    elif form == "ipv4" or _IP_FIELD.search(name):
        kind = "ip"
    elif _MAC_FIELD.search(name):
        kind = "mac"
    candidates: list[str] = []
    if form in ("uri", "url") or name in ("url", "href", "link"):
        candidates.append("http://127.0.0.1/local")
    elif form == "email" or "email" in name:
        candidates.append("local@example.com")
    elif name.endswith(("state", "status")):
        candidates.append("ACTIVE")
    candidates.append(f"local-{name or 'value'}".replace("_", "-"))
    if pattern:
        candidates.extend(_from_pattern(pattern))
    candidates.extend(["local", "a", "1"])
    for candidate in candidates:
        fitted = (candidate + "x" * max(0, low - len(candidate)))[:high]
        if len(fitted) >= low and (pattern is None or re.search(pattern, fitted)):
            return kind, fitted
    return kind, "x" * low


def _fitting(value: str, pattern: str | None, shape: Mapping[str, Any]) -> bool:
    if len(value) < int(shape.get("minLength", 0)):
        return False
    if "maxLength" in shape and len(value) > int(shape["maxLength"]):
        return False
    return pattern is None or re.search(pattern, value) is not None


def _from_pattern(pattern: str) -> list[str]:
    """Simple strings a simple pattern accepts: "^(ACTIVE|INACTIVE)$" -> ["ACTIVE", ...]."""
    options = []
    for part in pattern.strip("^$").split("|"):
        options.append(part.strip("^$()").replace(".*", "local").replace("\\.", "."))
    return options

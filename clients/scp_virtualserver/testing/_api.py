"""The API the local server speaks, read at run time from the specs shipped in the package.

`scp_virtualserver._specs` holds each version's built document and the resource data
(`resources.json`, from spec/virtualserver/resources.yaml). From them: every operation of every
version with its path template, and every resource (a tag of the specs) with where it lives:
its collection path, its item path and key, its parent, and its lifecycle. Nothing here is
written per operation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources as package_files
from typing import Any

SPECS_PACKAGE = "scp_virtualserver._specs"
METHODS = ("get", "put", "post", "delete", "patch")

PAGING = frozenset({"limit", "marker", "offset", "page", "size", "sort", "with_count"})
"""Query parameters that page or order a list rather than filter it."""

COUNTS = frozenset({"count", "total", "total_count"})
"""Integer fields of a list's answer that say how many items matched."""


@cache
def document(version: str) -> dict[str, Any]:
    """The built OpenAPI document of a version ("1.3"), as shipped in the package."""
    name = f"v{version.replace('.', '_')}.json"
    text = package_files.files(SPECS_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def resource_data() -> dict[str, Any]:
    """resources.json: per tag, what the specs do not say (parent, lifecycle, ...)."""
    files = package_files.files(SPECS_PACKAGE)
    if not files.joinpath("resources.json").is_file():
        return {}
    loaded: dict[str, Any] = json.loads(
        files.joinpath("resources.json").read_text(encoding="utf-8")
    )
    return loaded


def resolve(doc: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """Follows a local `$ref` (repeatedly); other keys beside it are kept on top."""
    seen = 0
    result = dict(node)
    while "$ref" in result and seen < 32:
        ref = result.pop("$ref")
        target: Any = doc
        for part in str(ref).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        result = {**target, **{k: v for k, v in result.items() if k != "description"}}
        seen += 1
    return result


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # "path", "query", "header"
    schema: dict[str, Any]


@dataclass(frozen=True, eq=False)
class Operation:
    """One operation of one version (compared and hashed by identity: one object each)."""

    version: str
    operation_id: str
    method: str  # upper case
    template: str  # "/v1/servers/{server_id}/interfaces"
    tag: str
    success: int  # its documented 2xx status
    response_schema: dict[str, Any] | None  # of the success answer; None: an empty body
    statuses: frozenset[int]  # every documented status
    parameters: tuple[Parameter, ...]
    has_body: bool
    segments: tuple[str, ...] = ()  # the template's, split at "/"
    literals: tuple[str | None, ...] = ()  # each segment, or None for a parameter

    def __post_init__(self) -> None:
        segments = split(self.template)
        object.__setattr__(self, "segments", segments)
        object.__setattr__(self, "literals", tuple(None if is_param(s) else s for s in segments))

    @property
    def query(self) -> dict[str, Parameter]:
        return {p.name: p for p in self.parameters if p.location == "query"}

    def status(self, wanted: int, *fallbacks: int) -> int:
        """`wanted` if the operation documents it, else the first documented fallback."""
        for status in (wanted, *fallbacks):
            if status in self.statuses:
                return status
        return wanted


@dataclass(frozen=True)
class Transition:
    to: str
    then: str | None  # "gone": removed
    allowed: tuple[str, ...]  # `from`: the states it may start in; () = any
    to_by: dict[str, dict[str, str]] = field(default_factory=dict)  # body field -> value -> `to`


@dataclass(frozen=True)
class Conflict:
    flag: str
    detail: str


@dataclass(frozen=True)
class Lifecycle:
    field: str
    stable: tuple[str, ...]
    transitions: dict[str, Transition]
    conflicts: dict[str, tuple[Conflict, ...]]
    sets: dict[str, dict[str, Any]]  # operationId -> {stored field: value, or "body.X"}


@dataclass(frozen=True)
class Make:
    """An action that makes a resource of another tag (a server's custom image)."""

    resource: str  # the tag of what it makes
    answer: str  # the answer's field for the new id
    fields: dict[str, Any]  # stored field -> a value, or "body.X"


@dataclass(frozen=True)
class Part:
    """What a create makes with each item of one of its body's lists (a server's volumes)."""

    list: str  # the body's list; the owner stores [{id, ...shown}] there
    resource: str  # the tag of what each item becomes
    fields: dict[str, Any]  # stored field -> a value, "item.X", or "owner"
    shown: dict[str, Any]  # what the owner's list keeps beside each id
    with_owner: str | None  # the shown flag that removes an item with its owner
    left: dict[str, Any]  # what the others are set to when the owner goes


@dataclass(frozen=True)
class Resource:
    """A tag of the specs as the store sees it."""

    tag: str
    attribute: str  # its name on the facade (client.server_types)
    collection: str | None  # "/v1/servers/{server_id}/interfaces"
    item: str | None  # "/v1/servers/{server_id}/interfaces/{port_id}"
    parent: str | None  # the tag whose item the collection hangs under
    lifecycle: Lifecycle | None
    makes: dict[str, Make] = field(default_factory=dict)  # operationId -> what it makes
    references: dict[str, dict[str, str]] = field(default_factory=dict)
    """operationId -> {body field, or "path.X": the tag of the resource it names}."""
    parts: dict[str, Part] = field(default_factory=dict)  # operationId -> what it makes too

    @property
    def key(self) -> str | None:
        """The item's own path parameter (port_id, keypair_name)."""
        return None if self.item is None else split(self.item)[-1][1:-1]

    @property
    def noun(self) -> str:
        """How a detail names one ("server", "port", "keypair")."""
        key = self.key or self.tag.rstrip("s")
        return key.removesuffix("_id").removesuffix("_name").replace("_", " ").replace("-", " ")


def split(template: str) -> tuple[str, ...]:
    return tuple(part for part in template.split("/") if part)


def is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _operations(version: str) -> list[Operation]:
    doc = document(version)
    found = []
    for template, item in (doc.get("paths") or {}).items():
        shared = [resolve(doc, p) for p in item.get("parameters") or []]
        for method in METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            own = [resolve(doc, p) for p in raw.get("parameters") or []]
            names = {(p["name"], p["in"]) for p in own}
            parameters = tuple(
                Parameter(p["name"], p["in"], resolve(doc, p.get("schema") or {}))
                for p in [*own, *(p for p in shared if (p["name"], p["in"]) not in names)]
            )
            responses = raw.get("responses") or {}
            statuses = frozenset(int(code) for code in responses if str(code).isdigit())
            success = min((s for s in statuses if 200 <= s < 300), default=200)
            answer = resolve(doc, responses.get(str(success)) or {})
            content = (answer.get("content") or {}).get("application/json")
            found.append(
                Operation(
                    version=version,
                    operation_id=raw.get("operationId", f"{method} {template}"),
                    method=method.upper(),
                    template=template,
                    tag=(raw.get("tags") or ["default"])[0],
                    success=success,
                    response_schema=None if content is None else content.get("schema") or {},
                    statuses=statuses,
                    parameters=parameters,
                    has_body="requestBody" in raw,
                )
            )
    return found


@cache
def operations(version: str) -> tuple[Operation, ...]:
    return tuple(_operations(version))


def list_array(doc: Mapping[str, Any], schema: Mapping[str, Any] | None) -> str | None:
    """The array property of a list's answer ({"servers": [...], "count": 3}), or None.

    An answer is a list when it has no `id`, one array of objects, and nothing else required
    but integers (count, page, size).
    """
    if schema is None:
        return None
    shape = resolve(doc, schema)
    properties: dict[str, Any] = shape.get("properties") or {}
    if "id" in properties:
        return None
    arrays = []
    for name, sub in properties.items():
        prop = resolve(doc, sub)
        if "array" in _types(prop):
            items = resolve(doc, prop.get("items") or {})
            if "object" in _types(items) or "properties" in items:
                arrays.append(name)
    if len(arrays) != 1:
        return None
    for name in shape.get("required") or []:
        if name != arrays[0] and not {"integer", "number"} & _types(
            resolve(doc, properties.get(name) or {})
        ):
            return None
    return arrays[0]


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return {kind}
    if isinstance(kind, list):
        return {str(k) for k in kind}
    return set()


@dataclass
class _Shape:
    templates: set[tuple[str, str]] = field(default_factory=set)  # (method, template)
    list_gets: set[str] = field(default_factory=set)


@cache
def resources(versions: tuple[str, ...]) -> dict[str, Resource]:
    """Every tag of these versions as a resource, from the paths of all of them."""
    shapes: dict[str, _Shape] = {}
    for version in versions:
        doc = document(version)
        for operation in operations(version):
            shape = shapes.setdefault(operation.tag, _Shape())
            shape.templates.add((operation.method, operation.template))
            if operation.method == "GET" and list_array(doc, operation.response_schema):
                shape.list_gets.add(operation.template)
    data = resource_data()
    items: dict[str, str | None] = {tag: _item(shape) for tag, shape in shapes.items()}
    by_item = {item: tag for tag, item in items.items() if item is not None}
    found = {}
    for tag, shape in sorted(shapes.items()):
        item = items[tag]
        if item is not None:
            collection: str | None = "/" + "/".join(split(item)[:-1])
        else:
            collection = min(shape.list_gets, key=len, default=None)
        parent = None
        if collection is not None and len(split(collection)) > 1:
            parent = by_item.get("/" + "/".join(split(collection)[:-1]))
        declared = data.get(tag) or {}
        found[tag] = Resource(
            tag=tag,
            attribute=declared.get("attribute") or tag.replace("-", "_"),
            collection=collection,
            item=item,
            parent=parent,
            lifecycle=_lifecycle(declared.get("lifecycle")),
            makes={
                str(operation_id): Make(
                    str(made["resource"]), str(made["answer"]), dict(made.get("fields") or {})
                )
                for operation_id, made in (declared.get("makes") or {}).items()
            },
            references={
                str(operation_id): {str(k): str(v) for k, v in fields.items()}
                for operation_id, fields in (declared.get("references") or {}).items()
            },
            parts={
                str(operation_id): Part(
                    str(part["list"]),
                    str(part["resource"]),
                    dict(part.get("fields") or {}),
                    dict(part.get("shown") or {}),
                    None if part.get("with-owner") is None else str(part["with-owner"]),
                    dict(part.get("left") or {}),
                )
                for operation_id, part in (declared.get("parts") or {}).items()
            },
        )
    return found


def _item(shape: _Shape) -> str | None:
    """The shortest template ending in a parameter right after a word: the item's path."""
    candidates = [
        template
        for _, template in shape.templates
        if len(split(template)) >= 2
        and is_param(split(template)[-1])
        and not is_param(split(template)[-2])
    ]
    return min(candidates, key=lambda t: (len(split(t)), t), default=None)


def _lifecycle(data: Mapping[str, Any] | None) -> Lifecycle | None:
    if not data:
        return None
    transitions = {
        operation_id: Transition(
            to=str(move["to"]),
            then=None if move.get("then") is None else str(move["then"]),
            allowed=tuple(str(s) for s in move.get("from") or ()),
            to_by={
                str(name): {str(k): str(v) for k, v in choices.items()}
                for name, choices in (move.get("to-by") or {}).items()
            },
        )
        for operation_id, move in (data.get("transitions") or {}).items()
    }
    conflicts = {
        operation_id: tuple(Conflict(str(c["flag"]), str(c["detail"])) for c in entries)
        for operation_id, entries in (data.get("conflicts") or {}).items()
    }
    return Lifecycle(
        field=str(data.get("field") or "state"),
        stable=tuple(str(s) for s in data.get("stable") or ()),
        transitions=transitions,
        conflicts=conflicts,
        sets={str(k): dict(v) for k, v in (data.get("sets") or {}).items()},
    )


def versions_in_package() -> tuple[str, ...]:
    """The versions whose documents the package ships ("1.0", ..., "1.3")."""
    names = (entry.name for entry in package_files.files(SPECS_PACKAGE).iterdir())
    found = []
    for name in names:
        match = re.fullmatch(r"v(\d+)_(\d+)\.json", name)
        if match:
            found.append(f"{match.group(1)}.{match.group(2)}")
    return tuple(sorted(found, key=lambda v: tuple(int(p) for p in v.split("."))))


def past_tense(operation_id: str) -> str:
    """ "deleteVirtualServer" -> "deleted": how a detail says what could not be done."""
    verb = re.match(r"[a-z]+", operation_id)
    word = verb.group(0) if verb else operation_id
    irregular = {"set": "changed", "rebuild": "rebuilt", "stop": "stopped", "show": "shown"}
    if word in irregular:
        return irregular[word]
    return word + ("d" if word.endswith("e") else "ed")

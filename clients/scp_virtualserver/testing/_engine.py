"""What an operation does, read from the shape of its path: no code per operation.

- GET on a resource's collection lists it (the spec's filters, then paging by marker, offset
  or page); POST on it creates (the body stored; the id new, or the body's own key where the
  item's path is keyed by it, as keypair_name is);
- GET, PUT, DELETE on its item show, update (merging the body) and delete it;
- anything below an item (POST /v1/servers/{server_id}/start), or another method on a
  collection, is an action on the item it hangs under;
- anything else (GET /v1/quota-sets) reads what the store has for its tag.

A sub-resource lives under its parent's id (/v1/servers/{server_id}/interfaces); an unknown
parent is a 404. Every answer is rendered from the operation's response schema in its version.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._api import (
    COUNTS,
    PAGING,
    Operation,
    Resource,
    document,
    list_array,
    operations,
    resolve,
    split,
)
from ._routing import Match
from ._state import Record, Refusal, World, filled
from ._synthesis import MISSING, Seed, Synthesizer

DEFAULT_PAGE = 20
MAX_PAGE = 1000
MAX_COUNT = 100
"""The most alike resources one create makes (`max_count`): a limit of the local server's own
(the specs give none), named in the error that refuses more."""


@dataclass(frozen=True)
class Plan:
    kind: str  # list, create, show, update, delete, action, read
    resource: Resource
    chain: tuple[Resource, ...]  # the resources whose items the path goes through, outermost first
    array: str | None  # the answer's list field, when the answer is a list


class Engine:
    """Runs routed requests against a world."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.started = datetime.datetime.now(datetime.UTC)
        self._plans: dict[tuple[str, str], Plan] = {}
        self._synthesizers: dict[str, Synthesizer] = {}
        self._keys = {r.key: r.tag for r in world.resources.values() if r.key and r.parent is None}

    def execute(self, match: Match, query: Sequence[tuple[str, str]], body: Any) -> tuple[int, Any]:
        operation = match.operation
        plan = self._plan(operation)
        try:
            with self.world.lock:
                self._check_references(operation, plan.resource, match.path_parameters, body)
                payload = getattr(self, "_" + plan.kind)(
                    operation, plan, match.path_parameters, query, body
                )
        except Refusal as refusal:
            if refusal.status in (404, 409):
                refusal.status = operation.status(refusal.status, 400)
            raise
        return operation.success, payload

    # -- the kinds ------------------------------------------------------------------------------

    def _list(
        self,
        operation: Operation,
        plan: Plan,
        path: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
    ) -> Any:
        parents = self._walk(plan.chain, path)
        records = self.world.records(plan.resource.tag, parents[-1].id if parents else None)
        return self._listing(operation, plan, records, query)

    def _create(
        self,
        operation: Operation,
        plan: Plan,
        path: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
    ) -> Any:
        parents = self._walk(plan.chain, path)
        parent = parents[-1].id if parents else None
        fields: dict[str, Any] = dict(body) if isinstance(body, Mapping) else {}
        count = fields.get("max_count")
        count = count if isinstance(count, int) and not isinstance(count, bool) else 1
        if not 1 <= count <= MAX_COUNT:
            raise Refusal(
                400,
                f"max_count must be from 1 to {MAX_COUNT} (a limit of this local server; the "
                f"specs give none), not {count}",
            )
        key = plan.resource.key
        own_id = None
        if key is not None and isinstance(fields.get(key), str):
            own_id = fields[key]
        elif key is not None and key.endswith("_name") and isinstance(fields.get("name"), str):
            own_id = fields["name"]
        created: list[Record] = []
        try:
            for n in range(count):
                one = dict(fields)
                if count > 1 and isinstance(one.get("name"), str):
                    one["name"] = f"{one['name']}-{n + 1}"
                record = self.world.add(plan.resource.tag, parent, one, own_id)
                created.append(record)
                self.world.act(record, operation.operation_id, body)
        except Refusal:
            for record in created:
                self.world.remove(record)
            raise
        for record in created:
            self.world.make_parts(record, operation.operation_id, body)
        return self._answer(operation, plan, [(r.fields, r.seed) for r in created])

    def _show(
        self,
        operation: Operation,
        plan: Plan,
        path: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
    ) -> Any:
        record = self._walk(plan.chain, path)[-1]
        self.world.act(record, operation.operation_id, body)
        if operation.response_schema is not None and plan.array is None:
            return self._rendered(operation.version, operation.response_schema, record)
        return self._answer(operation, plan, [(record.fields, record.seed)])

    def _update(
        self,
        operation: Operation,
        plan: Plan,
        path: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
    ) -> Any:
        record = self._walk(plan.chain, path)[-1]
        self.world.act(record, operation.operation_id, body)
        if isinstance(body, Mapping):
            self.world.update(record, body)
        return self._answer(operation, plan, [(record.fields, record.seed)])

    def _delete(
        self,
        operation: Operation,
        plan: Plan,
        path: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
    ) -> Any:
        record = self._walk(plan.chain, path)[-1]
        self.world.act(record, operation.operation_id, body)
        lifecycle = plan.resource.lifecycle
        answer = self._answer(operation, plan, [(record.fields, record.seed)])
        if lifecycle is None or operation.operation_id not in lifecycle.transitions:
            record.deletes_started += 1
            self.world.remove(record)
        return answer

    def _action(
        self,
        operation: Operation,
        plan: Plan,
        path: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
    ) -> Any:
        target = self._walk(plan.chain, path)[-1]
        self.world.act(target, operation.operation_id, body)
        if operation.method == "PUT" and isinstance(body, Mapping):
            self.world.update(target, body)
        context = {**target.fields, **path, **(body if isinstance(body, Mapping) else {})}
        made = plan.resource.makes.get(operation.operation_id)
        if made is not None:  # a server's custom image: an image of its own from now on
            record = self.world.add(made.resource, None, filled(made.fields, body))
            self.world.act(record, operation.operation_id, body)
            context[made.answer] = record.id
        return self._answer(operation, plan, [(context, target.seed)])

    def _read(
        self,
        operation: Operation,
        plan: Plan,
        path: Mapping[str, str],
        query: Sequence[tuple[str, str]],
        body: Any,
    ) -> Any:
        tag = plan.resource.tag
        if plan.array is not None:
            return self._listing(operation, plan, self.world.records(tag, None), query)
        record = self.world.first(tag)
        if record is None or not self._reads_an_item(operation, plan.resource):
            return self._answer(operation, plan, [])
        return self._answer(operation, plan, [(record.fields, record.seed)])

    # -- helpers --------------------------------------------------------------------------------

    def _check_references(
        self, operation: Operation, resource: Resource, path: Mapping[str, str], body: Any
    ) -> None:
        """What the request names must exist, as resources.yaml's `references` declares: an
        unknown one is the operation's documented 404 (else 400), naming the field."""
        for name, tag in resource.references.get(operation.operation_id, {}).items():
            if name.startswith("path."):
                value: Any = path.get(name[5:])
            else:
                value = body.get(name) if isinstance(body, Mapping) else None
            if not isinstance(value, str):
                continue  # not given: the spec's validation has judged it already
            if self.world.find(tag, None, value) is None:
                noun = self.world.resources[tag].noun
                raise Refusal(404, f"{name.removeprefix('path.')} {value!r}: no such {noun}")

    def _walk(self, chain: Sequence[Resource], path: Mapping[str, str]) -> list[Record]:
        """The records the path goes through; an unknown one is a 404 naming it."""
        found: list[Record] = []
        parent = None
        for resource in chain:
            assert resource.key is not None
            record = self.world.get(resource.tag, parent, path[resource.key])
            found.append(record)
            parent = record.id
        return found

    def _listing(
        self,
        operation: Operation,
        plan: Plan,
        records: list[Record],
        query: Sequence[tuple[str, str]],
    ) -> Any:
        if operation.response_schema is None or plan.array is None:
            return self._answer(operation, plan, [(r.fields, r.seed) for r in records])
        doc = document(operation.version)
        synthesizer = self._synthesizer(operation.version)
        shape = resolve(doc, operation.response_schema)
        item_schema = resolve(doc, shape["properties"][plan.array]).get("items") or {}
        filters: dict[str, set[str]] = {}
        parameters = operation.query
        for name, value in query:
            if name in parameters and name not in PAGING and value != "":
                filters.setdefault(name, set()).add(value)

        def shown(record: Record) -> Any:
            return self._rendered(operation.version, item_schema, record)

        kept = (
            [
                record
                for record in records
                if all(_matches(record, shown, name, wanted) for name, wanted in filters.items())
            ]
            if filters
            else records
        )
        order = dict(query).get("sort") if "sort" in parameters else None
        if order:
            kept = _sorted(kept, order, shown, resolve(doc, item_schema))
        page, extras = _page(
            kept,
            dict(query),
            parameters,
            plan.resource,
            lambda marker: self.world.gone_number(plan.resource.tag, marker),
        )
        around = {plan.array: [], **dict.fromkeys(COUNTS, len(kept)), **extras}
        answer = synthesizer.render(operation.response_schema, around, self._seed(operation))
        answer[plan.array] = [shown(record) for record in page]
        return answer

    def _answer(
        self,
        operation: Operation,
        plan: Plan,
        contexts: Sequence[tuple[Mapping[str, Any], Seed]],
    ) -> Any:
        schema = operation.response_schema
        if schema is None:
            return None
        synthesizer = self._synthesizer(operation.version)
        if plan.array is not None:
            doc = document(operation.version)
            items = resolve(doc, resolve(doc, schema)["properties"][plan.array]).get("items") or {}
            value = {plan.array: [], **dict.fromkeys(COUNTS, len(contexts))}
            answer = synthesizer.render(schema, value, self._seed(operation))
            answer[plan.array] = [synthesizer.render(items, f, s) for f, s in contexts]
            return answer
        if not contexts:
            return synthesizer.render(schema, MISSING, self._seed(operation))
        fields, seed = contexts[0]
        return synthesizer.render(schema, fields, seed)

    def _rendered(self, version: str, schema: Mapping[str, Any], record: Record) -> Any:
        """A record as `schema` shows it, rendered again only once the record has changed (a
        resource it refers to, such as its server type, is read when it is rendered)."""
        key = (version, id(schema))  # a schema of the version's document, alive as long as it
        known = record.rendered.get(key)
        if known is not None and known[0] == record.revision:
            return known[1]
        out = self._synthesizer(version).render(schema, record.fields, record.seed)
        record.rendered[key] = (record.revision, out)
        return out

    def _reads_an_item(self, operation: Operation, resource: Resource) -> bool:
        """A read outside the item's path answers with a stored one when it has the item's
        shape (GET /v1/volume-types/default), or when the resource has no item path at all."""
        if resource.item is None:
            return True
        for other in operations(operation.version):
            if other.template == resource.item and other.method == "GET":
                return other.response_schema == operation.response_schema
        return False

    def _seed(self, operation: Operation) -> Seed:
        return Seed(operation.operation_id, 0, self.started, self.started)

    def _synthesizer(self, version: str) -> Synthesizer:
        synthesizer = self._synthesizers.get(version)
        if synthesizer is None:
            synthesizer = Synthesizer(document(version), self._link)
            self._synthesizers[version] = synthesizer
        return synthesizer

    def _link(self, name: str, reference: str) -> Mapping[str, Any] | None:
        tag = self._keys.get(f"{name}_id")
        if tag is None:
            return None
        record = self.world.find(tag, None, reference)
        return None if record is None else record.fields

    def _plan(self, operation: Operation) -> Plan:
        key = (operation.version, operation.operation_id)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = _plan(operation, self.world.resources)
        return plan


def _plan(operation: Operation, resources: Mapping[str, Resource]) -> Plan:
    resource = resources[operation.tag]
    segments = operation.segments
    chain = tuple(
        sorted(
            (
                r
                for r in resources.values()
                if r.item is not None and segments[: len(split(r.item))] == split(r.item)
            ),
            key=lambda r: len(split(r.item or "")),
        )
    )
    if operation.template == resource.collection:
        kind = {"GET": "list", "POST": "create"}.get(operation.method, "action")
    elif operation.template == resource.item:
        kind = {"GET": "show", "PUT": "update", "DELETE": "delete"}.get(operation.method, "action")
    else:
        kind = "action" if chain else "read"
    if kind == "action" and not chain:
        kind = "read"
    array = list_array(document(operation.version), operation.response_schema)
    return Plan(kind, resource, chain, array)


def _page(
    kept: list[Record],
    query: Mapping[str, str],
    parameters: Mapping[str, Any],
    resource: Resource,
    gone_number: Callable[[str], int | None] = lambda marker: None,
) -> tuple[list[Record], dict[str, Any]]:
    """One page: after `marker` (an id of the list), or from `offset`, or page `page` of `size`;
    at most `limit` (or `size`) items.

    The marker may be the id of an item deleted since it was listed (as the compute service
    finds deleted instances as markers): the page goes on after where that item stood, so that
    deleting each item while iterating a list is safe."""
    extras: dict[str, Any] = {}
    marker = query.get("marker") if "marker" in parameters else None
    if marker:
        ids = [record.id for record in kept]
        if marker in ids:
            kept = kept[ids.index(marker) + 1 :]
        else:
            number = gone_number(marker)
            if number is None:
                raise Refusal(
                    400,
                    f"marker {marker!r} is not the id of a listed {resource.noun}, nor of one "
                    "deleted since",
                )
            kept = [record for record in kept if record.number > number]
    size = _integer(query, "limit") if "limit" in parameters else None
    if size is None and "size" in parameters:
        size = _integer(query, "size")
        if size is not None:
            extras["size"] = size
    if "offset" in parameters:
        kept = kept[max(0, _integer(query, "offset") or 0) :]
    if "page" in parameters:
        page = max(0, _integer(query, "page") or 0)
        extras["page"] = page
        kept = kept[page * (size or DEFAULT_PAGE) :]
    if size is None and ("limit" in parameters or "size" in parameters):
        size = DEFAULT_PAGE
        extras.setdefault("size", size)
    if size is not None:
        if not 1 <= size <= MAX_PAGE:
            raise Refusal(400, f"limit must be from 1 to {MAX_PAGE}")
        kept = kept[:size]
    return kept, extras


def _sorted(
    records: list[Record], order: str, shown: Callable[[Record], Any], item: Mapping[str, Any]
) -> list[Record]:
    """The records in the order `sort` asks: `field:asc` or `field:desc` (asc when not said),
    several separated by commas, the first deciding first; a missing value comes last. A field
    the listed item does not have is refused, naming the fields it has."""
    fields = item.get("properties") or {}
    keys: list[tuple[str, bool]] = []
    for part in order.split(","):
        field, _, direction = part.strip().partition(":")
        if field not in fields:
            names = ", ".join(sorted(fields))
            raise Refusal(400, f"cannot sort by {field!r}; the fields are: {names}")
        if direction.lower() not in ("", "asc", "desc"):
            raise Refusal(400, f"sort direction {direction!r} must be asc or desc")
        keys.append((field, direction.lower() == "desc"))
    ordered = list(records)
    for field, descending in reversed(keys):  # stable sorts, the last key first
        present = [r for r in ordered if _field(r, shown, field) is not None]
        missing = [r for r in ordered if _field(r, shown, field) is None]
        present.sort(key=lambda r: _sort_key(_field(r, shown, field)), reverse=descending)
        ordered = present + missing
    return ordered


def _field(record: Record, shown: Callable[[Record], Any], field: str) -> Any:
    if field in record.fields:
        return record.fields[field]
    out = shown(record)
    return out.get(field) if isinstance(out, dict) else None


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before texts before anything else, each kind in its own order."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, value)
    if isinstance(value, str):
        return (1, value)
    return (2, str(value))


def _integer(query: Mapping[str, str], name: str) -> int | None:
    text = query.get(name)
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError:
        raise Refusal(400, f"{name} must be an integer, not {text!r}") from None


def _matches(record: Record, shown: Callable[[Record], Any], name: str, wanted: set[str]) -> bool:
    """A filter: the field of that name equals one of the values asked for (`min_X`: X is at
    least that); a name the resource has no field for looks for the value anywhere in it. The
    stored fields answer first; the rendered answer only when they do not have the field."""
    field = name[4:] if name.startswith("min_") else name
    if field in record.fields:
        actual = record.fields[field]
    else:
        out = shown(record)
        if not isinstance(out, dict) or field not in out:
            return field == name and any(_text(leaf) in wanted for leaf in _leaves(out))
        actual = out[field]
    if field != name:
        try:
            return float(actual) >= max(float(w) for w in wanted)
        except (TypeError, ValueError):
            return False
    if isinstance(actual, list):
        return any(_text(item) in wanted for item in actual)
    return _text(actual) in wanted


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]

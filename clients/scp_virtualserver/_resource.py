"""What every generated resource method does, written once for all of them.

A generated method (`scp_virtualserver.resources.*`) only names its `Operation` (data made from
the specs) and passes its arguments on. Here they are checked against the schema of the version
in use (ids first, then each query parameter and body field: refused before any request if the
version lacks it or the value does not fit), sent through the generated client of that version
with the shared retries (`_flows.call`), and the answer turned into the resource's model. Lists
page lazily (`_paging`), waiters poll with the resource's lifecycle states (`_waiting`), and
the sync and async resources differ only in how they run the same flows.
"""

from __future__ import annotations

import typing
from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from enum import Enum as enum_base
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from . import _checks as checks
from . import _schema, ids
from ._flows import Answer, Flow, Request, call
from ._model import Model, pluck
from ._paging import PAGING as _PAGING  # tests read the styles here
from ._paging import Page, Pager
from ._waiting import (
    WAIT_GRACE,
    Lifecycle,
    PollProgress,
    check_on_poll,
    check_target,
    wait_flow,
    wait_settings,
    what_is_awaited,
)
from .errors import InvalidParameterError, MalformedResponseError

if TYPE_CHECKING:
    from ._core import ClientCore

__all__ = ["_PAGING", "AsyncResource", "Lifecycle", "Operation", "Page", "PollProgress", "Resource"]

M = TypeVar("M", bound=Model)
T = TypeVar("T")


class Operation:
    """One operation of the API across its versions, as the generated facade describes it."""

    __slots__ = (
        "_modules",
        "aliases",
        "body",
        "flags",
        "generated_query",
        "id",
        "items",
        "load",
        "method",
        "model",
        "ok",
        "paging",
        "path",
        "path_params",
        "query",
        "result",
        "returns",
        "shorthand",
        "versions",
    )

    def __init__(
        self,
        operation_id: str,
        method: str,
        path: str,
        path_params: tuple[str, ...],
        *,
        ok: tuple[int, ...],
        load: Callable[[str], ModuleType],
        versions: tuple[str, ...],
        query: Mapping[str, str],
        body: Mapping[str, str],
        generated_query: Mapping[str, Mapping[str, str]],
        result: str,
        model: type[Model] | None = None,
        items: str | None = None,
        paging: str | None = None,
        returns: str | None = None,
        aliases: Mapping[str, str] | None = None,
        shorthand: Mapping[str, str] | None = None,
        flags: Mapping[str, Sequence[Any]] | None = None,
    ) -> None:
        self.id = operation_id
        self._modules: dict[str, ModuleType] = {}
        self.method = method
        self.path = path
        self.path_params = path_params
        self.ok = ok
        self.load = load
        self.versions = versions
        self.query = query  # facade keyword -> the spec's parameter name
        self.body = body  # facade keyword -> the spec's body field
        self.generated_query = generated_query  # version -> spec name -> generated keyword
        self.result = result  # none, model, list, json, path
        self.model = model
        self.items = items
        self.paging = paging  # marker, offset, page or None
        self.returns = returns
        self.aliases = aliases or {}
        self.shorthand = shorthand or {}
        self.flags = flags or {}

    def __repr__(self) -> str:
        return f"<Operation {self.id}: {self.method} {self.path}>"

    def module(self, version: str) -> ModuleType:
        """The generated module of this operation in `version` (imported once)."""
        found = self._modules.get(version)
        if found is None:
            found = self._modules[version] = self.load(version)
        return found


# -- arguments ----------------------------------------------------------------------------------


_BODY_CLASSES: dict[tuple[str, str], Any] = {}


def _in_version(op: Operation, version: str) -> None:
    if version not in op.versions:
        raise InvalidParameterError(
            f"{op.id} does not exist in API version {version}; it exists in API versions "
            f"{', '.join(op.versions)}"
        )


def _spec(op: Operation, version: str) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    doc = _schema.document(version)
    item = doc["paths"][op.path]
    return doc, item


def _parameters(
    doc: Mapping[str, Any], item: Mapping[str, Any], operation: Mapping[str, Any]
) -> dict[str, Any]:
    found = {}
    for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _schema.resolve(doc, raw)
        if parameter.get("in") == "query":
            found[parameter["name"]] = parameter
    return found


def _versions_with(op: Operation, name: str, where: str) -> list[str]:
    having = []
    for version in op.versions:
        doc, item = _spec(op, version)
        operation = item[op.method.lower()]
        if where == "query":
            if name in _parameters(doc, item, operation):
                having.append(version)
        else:
            schema = _body_schema(doc, operation)
            if schema is not None and name in (schema.get("properties") or {}):
                having.append(version)
    return having


def _body_schema(doc: Mapping[str, Any], operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    if not content:
        return None
    schema = _schema.resolve(doc, content.get("schema"))
    return schema if isinstance(schema, Mapping) else None


def _missing_in(
    op: Operation, version: str, keyword: str, name: str, where: str
) -> InvalidParameterError:
    having = _versions_with(op, name, where)
    place = f"API versions {', '.join(having)}" if having else "no API version"
    return InvalidParameterError(
        f"argument {keyword!r} does not exist in API version {version}; it exists in {place} "
        f"({op.id})"
    )


def prepare(
    op: Operation, version: str, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The checked ids and the generated function's keyword arguments, or InvalidParameterError."""
    _in_version(op, version)
    identifiers = tuple(
        ids.resource_id(name, value)
        for name, value in zip(op.path_params, path_values, strict=True)
    )
    given = dict(arguments)
    for alias, field in op.aliases.items():
        value = given.pop(alias, None)
        if value is not None:
            if given.get(field) is not None:
                raise InvalidParameterError(f"give {alias} or {field}, not both")
            given[field] = value
    for flag, (field, if_true, if_false) in op.flags.items():
        value = given.pop(flag, None)
        if value is not None:
            if not isinstance(value, bool):
                raise InvalidParameterError(f"{flag} must be True or False, not {value!r:.60}")
            if given.get(field) is not None:
                raise InvalidParameterError(f"give {flag} or {field}, not both")
            given[field] = if_true if value else if_false
    doc, parameters, schema = _facts(op, version)
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for keyword, value in given.items():
        if value is None:
            continue
        if keyword in op.query:
            name = op.query[keyword]
            if name not in parameters:
                raise _missing_in(op, version, keyword, name, "query")
            checked = _schema.check(
                doc, parameters[name].get("schema"), _schema.to_json(value), keyword
            )
            generated = op.generated_query[version][name]
            kwargs[generated] = _as_generated(op, version, generated, checked)
        elif keyword in op.body:
            body[op.body[keyword]] = _shorthand(op, op.body[keyword], _schema.to_json(value))
        else:  # a generated method passes only what it declares
            raise InvalidParameterError(f"{op.id} takes no argument {keyword!r}")
    if schema is None:
        if body:
            raise _missing_in(op, version, next(iter(body)), next(iter(body)), "body")
        return identifiers, kwargs
    fields = schema.get("properties") or {}
    for name in body:
        if name not in fields:
            keyword = next(k for k, v in op.body.items() if v == name)
            raise _missing_in(op, version, keyword, name, "body")
        if isinstance(body[name], Mapping) and _is_tag_list(doc, fields[name]):
            body[name] = [{"key": key, "value": value} for key, value in body[name].items()]
    try:
        checked_body = _schema.check(doc, schema, body, "")  # each field, then what is required
    except InvalidParameterError as problem:
        raise InvalidParameterError(f"{problem} (API version {version}, {op.id})") from None
    kwargs["body"] = _body_class(op, version).from_dict(checked_body)
    return identifiers, kwargs


def _is_tag_list(doc: Mapping[str, Any], prop: Any) -> bool:
    """A list of Samsung's `Tag` ({key, value}), which may be given as a dict."""
    prop = _schema.resolve(doc, prop)
    for option in [prop, *(prop.get("anyOf") or [])] if isinstance(prop, Mapping) else []:
        items = option.get("items") if isinstance(option, Mapping) else None
        if isinstance(items, Mapping) and str(items.get("$ref", "")).endswith("/Tag"):
            return True
    return False


_FACTS: dict[tuple[str, str], tuple[Mapping[str, Any], dict[str, Any], Any]] = {}


def _facts(op: Operation, version: str) -> tuple[Mapping[str, Any], dict[str, Any], Any]:
    """The version's document, the operation's query parameters and its body schema (once)."""
    key = (op.id, version)
    found = _FACTS.get(key)
    if found is None:
        doc, item = _spec(op, version)
        operation = item[op.method.lower()]
        found = _FACTS[key] = (doc, _parameters(doc, item, operation), _body_schema(doc, operation))
    return found


def _shorthand(op: Operation, field: str, value: Any) -> Any:
    """A plain string in a declared list stands for an item with only that field."""
    item_field = op.shorthand.get(field)
    if item_field is None or not isinstance(value, list):
        return value
    return [{item_field: item} if isinstance(item, str) else item for item in value]


def _as_generated(op: Operation, version: str, keyword: str, value: Any) -> Any:
    """A checked query value as the generated function takes it: an enum's member, not its
    text (the generated code sends `.value`)."""
    enum = _query_enums(op, version).get(keyword)
    if enum is None:
        return value
    if isinstance(value, list):
        return [enum(item) for item in value]
    return enum(value)


_QUERY_ENUMS: dict[tuple[str, str], dict[str, Any]] = {}


def _query_enums(op: Operation, version: str) -> dict[str, Any]:
    key = (op.id, version)
    found = _QUERY_ENUMS.get(key)
    if found is None:
        hints = typing.get_type_hints(op.module(version).sync_detailed)
        found = {}
        for name in op.generated_query[version].values():
            enums = [
                t
                for t in _leaves(hints.get(name))
                if isinstance(t, type) and issubclass(t, enum_base)
            ]
            if enums:
                found[name] = enums[0]
        _QUERY_ENUMS[key] = found
    return found


def _leaves(annotation: Any) -> list[Any]:
    arguments = typing.get_args(annotation)
    if not arguments:
        return [annotation]
    return [leaf for argument in arguments for leaf in _leaves(argument)]


def _body_class(op: Operation, version: str) -> Any:
    key = (op.id, version)
    found = _BODY_CLASSES.get(key)
    if found is None:
        hints = typing.get_type_hints(op.module(version).sync_detailed)
        found = _BODY_CLASSES[key] = hints["body"]
    return found


# -- answers ------------------------------------------------------------------------------------


def checked_answer(op: Operation, version: str, answer: Answer) -> Any:
    """The answer's JSON, checked against the schema of its status in the version's spec: a
    wrong type in a documented field is a MalformedResponseError naming the field."""
    if not answer.content:
        return None
    raw = _json(answer.content)
    doc = _schema.document(version)
    response = doc["paths"][op.path][op.method.lower()]["responses"].get(str(answer.status))
    content = ((response or {}).get("content") or {}).get("application/json")
    if content is None or (raw is None and not answer.content):
        return raw
    problem = _schema.problem_in_answer(doc, content.get("schema"), raw)
    if problem is not None:
        raise MalformedResponseError(
            answer.status,
            None,
            answer.content,
            headers=answer.headers,
            message=f"{op.method} {op.path}: the {answer.status} answer does not read as API "
            f"version {version} documents it: {problem}",
        )
    return raw


def result(op: Operation, raw: Any) -> Any:
    if op.result == "none":
        return None
    if op.result == "path" and op.returns:
        return pluck(raw, op.returns)
    if op.result == "model" and op.model is not None and isinstance(raw, Mapping):
        return op.model.from_json(raw)
    return raw


def _json(content: bytes) -> Any:
    import json

    try:
        return json.loads(content) if content else None
    except ValueError:
        return None


def _items(op: Operation, raw: Any) -> list[Any]:
    items = raw.get(op.items) if isinstance(raw, Mapping) and op.items else None
    if not isinstance(items, list):
        return []
    model = op.model
    return [
        model.from_json(item) if model and isinstance(item, Mapping) else item for item in items
    ]


# -- flows --------------------------------------------------------------------------------------


def _request(
    op: Operation, version: str, identifiers: tuple[str, ...], kwargs: dict[str, Any]
) -> Request:
    path = op.path
    for name, value in zip(op.path_params, identifiers, strict=True):
        path = path.replace("{" + name + "}", value)
    return Request(
        op.method, op.id, op.module(version), path=path, args=identifiers, kwargs=kwargs, ok=op.ok
    )


def operation_flow(
    op: Operation, core: ClientCore, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> Flow[Any]:
    """Checks, sends and reads one operation; the version is the client's when the flow runs."""
    version = core.version or ""
    identifiers, kwargs = prepare(op, version, path_values, arguments)
    answer = yield from call(_request(op, version, identifiers, kwargs), core.retry)
    return result(op, checked_answer(op, version, answer))


def page_flow(
    op: Operation, core: ClientCore, path_values: Sequence[Any], arguments: Mapping[str, Any]
) -> Flow[tuple[list[Any], Any]]:
    """One page of a list: its items (models) and the answer's JSON (for its count)."""
    version = core.version or ""
    identifiers, kwargs = prepare(op, version, path_values, arguments)
    answer = yield from call(_request(op, version, identifiers, kwargs), core.retry)
    raw = checked_answer(op, version, answer)
    return _items(op, raw), raw


# -- the resources ------------------------------------------------------------------------------


Step = tuple[Flow[Any], float]  # a flow and its time budget, for the client to run


class _Base:
    """What a sync and an async resource share: each operation as a flow and its budget."""

    __slots__ = ("_client",)

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _operation(
        self,
        op: Operation,
        path_values: tuple[Any, ...],
        arguments: Mapping[str, Any],
        timeout: object,
    ) -> Step:
        core = self._client._core
        return operation_flow(op, core, path_values, arguments), core.budget(timeout)

    def _pager(
        self,
        op: Operation,
        path_values: tuple[Any, ...],
        arguments: Mapping[str, Any],
        page_size: int | None,
        start: str | int | None,
        timeout: object,
    ) -> tuple[Pager]:
        """A lazy list's pager; its arguments are refused now when the version is known."""
        if page_size is not None:
            checks.integer("page_size", page_size, low=1)
        core = self._client._core
        values = tuple(path_values)

        def fetch(core: ClientCore, arguments: Mapping[str, Any]) -> Flow[tuple[list[Any], Any]]:
            return page_flow(op, core, values, arguments)

        pager = Pager(
            op.id,
            op.paging,
            fetch,
            arguments,
            page_size,
            start,
            core.budget(timeout),
            whole=timeout is not None,
        )
        if core.version:
            prepare(op, core.version, values, pager.arguments_for(start))
        return (pager,)

    def _waiting(
        self,
        get: Operation,
        lifecycle: Lifecycle,
        path_values: tuple[Any, ...],
        target: object,
        timeout: object,
        interval: object,
        on_poll: object = None,
        *,
        gone: bool = False,
    ) -> Step:
        """Waiting for a state (always one of the lifecycle's), or with gone=True for the end."""
        target = None if gone else check_target(lifecycle, target)
        seconds, every = wait_settings(timeout, interval)
        flow = wait_flow(
            self._poll(get, path_values),
            lifecycle,
            what_is_awaited(get.path_params, path_values),
            target,
            seconds,
            every,
            check_on_poll(on_poll),
        )
        return flow, seconds + WAIT_GRACE

    def _deleting(
        self,
        op: Operation,
        get: Operation,
        lifecycle: Lifecycle,
        path_values: tuple[Any, ...],
        arguments: Mapping[str, Any],
        wait: bool,
        timeout: object,
        interval: object,
        on_poll: object = None,
    ) -> Step:
        if not checks.boolean("wait", wait):
            if on_poll is not None:
                raise InvalidParameterError("on_poll is for delete(wait=True) only")
            return self._operation(op, path_values, arguments, timeout)
        seconds, every = wait_settings(timeout, interval)
        hook = check_on_poll(on_poll)
        core = self._client._core
        what = what_is_awaited(get.path_params, path_values)
        poll = self._poll(get, path_values)

        def delete_and_wait() -> Flow[None]:
            yield from operation_flow(op, core, path_values, arguments)
            yield from wait_flow(poll, lifecycle, what, None, seconds, every, hook)

        return delete_and_wait(), seconds + WAIT_GRACE

    def _poll(self, get: Operation, path_values: tuple[Any, ...]) -> Callable[[], Flow[Any]]:
        core = self._client._core
        return lambda: operation_flow(get, core, path_values, {})


class Resource(_Base):
    """The base of every generated sync resource."""

    __slots__ = ()

    def _run(self, step: Step) -> Any:
        return self._client._run(*step)

    def _pages(self, pager: Pager) -> Iterator[Page[Any]]:
        core = self._client._core
        while not pager.done:
            yield self._client._run(pager.flow(core), pager.next_budget())

    def _items(self, pager: Pager) -> Iterator[Any]:
        """The items, each page's only after the next page is fetched: where the next page
        starts is used before the caller can delete the item it names."""
        pages = self._pages(pager)
        current = next(pages, None)
        while current is not None:
            following = next(pages, None) if current.next is not None else None
            yield from current.items
            current = following


class AsyncResource(_Base):
    """The base of every generated async resource: the same flows, awaited."""

    __slots__ = ()

    async def _run(self, step: Step) -> Any:
        return await self._client._run(*step)

    async def _pages(self, pager: Pager) -> AsyncIterator[Page[Any]]:
        core = self._client._core
        while not pager.done:
            yield await self._client._run(pager.flow(core), pager.next_budget())

    async def _items(self, pager: Pager) -> AsyncIterator[Any]:
        """The items, each page's only after the next page is fetched (see Resource)."""
        pages = self._pages(pager)
        current = await anext(pages, None)
        while current is not None:
            following = await anext(pages, None) if current.next is not None else None
            for item in current.items:
                yield item
            current = following

"""Answers read once, against the schema of the version in use, tolerantly by default.

Each answer schema is compiled on first use into a checker: plain functions over the decoded
JSON that note every difference from the schema (a missing required field, a null where none is
allowed, a value of another type, a value its enum does not list) as a `Deviation`, and never
raise. A client in its default mode still returns what it read, with the differences on the
model (`model.deviations`) and logged once per operation and field; with `strict=True` any
difference is a `MalformedResponseError`. Unknown fields are not differences: they are kept.

The checker is the only pass over the answer besides `json.loads`: a model keeps the decoded
object and reads its fields when they are asked for.
"""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from .errors import MalformedResponseError

logger = logging.getLogger("scp_virtualserver")

__all__ = ["Deviation"]


class Deviation:
    """Where an answer differs from its API version's schema: `path` ("servers[3].state"),
    what the schema `expected` and what `came` (a JSON type, or an enum value the schema does
    not list). The value itself stays in the model's `raw`."""

    __slots__ = ("came", "expected", "path")

    def __init__(self, path: str, expected: str, came: str) -> None:
        self.path = path
        self.expected = expected
        self.came = came

    @property
    def field(self) -> str:
        """The top-level field of the model it is in ("addresses" for "addresses[0].ip")."""
        return self.path.split(".", 1)[0].split("[", 1)[0]

    def __repr__(self) -> str:
        return f"Deviation({self.path!r}, expected={self.expected!r}, came={self.came!r})"

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, came {self.came}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Deviation) and (self.path, self.expected, self.came) == (
            other.path,
            other.expected,
            other.came,
        )

    def __hash__(self) -> int:
        return hash((self.path, self.expected, self.came))

    def __reduce__(self) -> tuple[Any, tuple[str, str, str]]:
        return Deviation, (self.path, self.expected, self.came)


# A place in an answer, made only when a difference is noted: (parent, key), key a field name
# or a list index; None is the top.
Where = tuple[Any, str | int] | None
Noted = list[tuple[Where, str, str]]
Checker = Callable[[Any, Where, Noted], None]

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_NAMES = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array"}
MAX_DEPTH = 64
"""Schemas nest no deeper than this; an answer nested deeper than its schema is not walked."""


def json_type(value: object) -> str:
    if value is None:
        return "null"
    return _NAMES.get(type(value), "object")


def render(where: Where) -> str:
    parts: list[str | int] = []
    while where is not None:
        where, key = where
        parts.append(key)
    text = ""
    for key in reversed(parts):
        text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
    return text


# -- compiling a schema into a checker ----------------------------------------------------------


class Compiler:
    """Compiles the schemas of one version's document, each once (refs are shared)."""

    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        self.by_ref: dict[str, Checker] = {}

    def compile(self, schema: Any, depth: int = 0) -> Checker | None:
        """A checker for `schema`, or None where nothing is to be checked."""
        if depth > MAX_DEPTH or not isinstance(schema, Mapping):
            return None
        ref = schema.get("$ref")
        if isinstance(ref, str):
            found = self.by_ref.get(ref)
            if found is None:
                slot: list[Checker | None] = [None]

                def late(value: Any, where: Where, noted: Noted) -> None:
                    checker = slot[0]
                    if checker is not None:
                        checker(value, where, noted)

                self.by_ref[ref] = late  # a schema that refers to itself meets this
                kind, name = ref.split("/")[-2:]
                slot[0] = self.compile(self.doc["components"][kind][name], depth + 1)
                found = self.by_ref[ref] = slot[0] or _nothing
            return found
        for key in ("anyOf", "oneOf"):
            options = schema.get(key)
            if isinstance(options, list) and options:
                return self._options(options, depth)
        return self._typed(schema, depth)

    def _options(self, options: list[Any], depth: int) -> Checker | None:
        nullable = any(isinstance(o, Mapping) and o.get("type") == "null" for o in options)
        checkers = [
            self.compile(o, depth + 1)
            for o in options
            if not (isinstance(o, Mapping) and o.get("type") == "null")
        ]
        if any(c is None for c in checkers) or not checkers:
            return None if nullable or not checkers else _not_null
        if len(checkers) == 1:
            only = checkers[0]
            assert only is not None
            if nullable:
                return _or_null(only)
            return only
        kinds = [c for c in checkers if c is not None]

        def one_of(value: Any, where: Where, noted: Noted) -> None:
            if value is None and nullable:
                return
            first: Noted | None = None
            for checker in kinds:
                tried: Noted = []
                checker(value, where, tried)
                if not tried:
                    return
                first = first if first is not None else tried
            noted.extend(first or ())

        return one_of

    def _typed(self, schema: Mapping[str, Any], depth: int) -> Checker | None:
        kinds = schema.get("type")
        kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
        nullable = "null" in kinds or not kinds
        allowed: tuple[type, ...] = tuple(t for k in kinds for t in _JSON_TYPES.get(k, ()))
        if not allowed and "properties" in schema:
            allowed = (dict,)  # Samsung's schemas give properties without type: object
        expected = " or ".join(k for k in kinds if k != "null") or "object"
        enum = schema.get("enum")
        values = (
            frozenset(v for v in enum if isinstance(v, str)) if isinstance(enum, list) else None
        )
        dated = schema.get("format") == "date-time"
        inner: Checker | None = None
        if dict in allowed:
            inner = self._object(schema, depth)
        elif list in allowed:
            items = self.compile(schema.get("items"), depth + 1)
            if items is not None:
                inner = _array(items)
        if not allowed:
            return None
        exact = frozenset(allowed)

        def check(value: Any, where: Where, noted: Noted) -> None:
            if value is None:
                if not nullable:
                    noted.append((where, expected, "null"))
                return
            if type(value) not in exact:
                noted.append((where, expected, json_type(value)))
                return
            if values is not None and value not in values:
                noted.append((where, "one of " + ", ".join(sorted(values)), repr(value)[:60]))
            elif dated and not _is_datetime(value):
                noted.append((where, "a date-time", repr(value)[:60]))
            if inner is not None:
                inner(value, where, noted)

        return check

    def _object(self, schema: Mapping[str, Any], depth: int) -> Checker | None:
        properties = schema.get("properties") or {}
        fields = {}
        for name, prop in properties.items():
            checker = self.compile(prop, depth + 1)
            if checker is not None:
                fields[name] = checker
        required = tuple(schema.get("required") or ())
        if not fields and not required:
            return None

        def check_object(value: dict[str, Any], where: Where, noted: Noted) -> None:
            for name in required:
                if name not in value:
                    noted.append(((where, name), "a value", "nothing (missing)"))
            for name, item in value.items():
                checker = fields.get(name)
                if checker is not None:
                    checker(item, (where, name), noted)

        return check_object


def _nothing(value: Any, where: Where, noted: Noted) -> None:
    return None


def _not_null(value: Any, where: Where, noted: Noted) -> None:
    if value is None:
        noted.append((where, "a value", "null"))


def _or_null(checker: Checker) -> Checker:
    def check(value: Any, where: Where, noted: Noted) -> None:
        if value is not None:
            checker(value, where, noted)

    return check


def _array(items: Checker) -> Checker:
    def check(value: list[Any], where: Where, noted: Noted) -> None:
        for index, item in enumerate(value):
            items(item, (where, index), noted)

    return check


def _is_datetime(text: str) -> bool:
    try:
        datetime.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


_COMPILERS: dict[int, Compiler] = {}


def checker_for(doc: Mapping[str, Any], schema: Any) -> Checker:
    """The checker of a schema of a version's document (compiled once)."""
    compiler = _COMPILERS.get(id(doc))
    if compiler is None:
        compiler = _COMPILERS[id(doc)] = Compiler(doc)
    return compiler.compile(schema) or _nothing


# -- reading an answer --------------------------------------------------------------------------


def decode(status: int, content: bytes, headers: Mapping[str, str], line: str) -> Any:
    """The answer's JSON, decoded once; a body that is not JSON is a MalformedResponseError."""
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as problem:
        reason = "nested too deeply" if isinstance(problem, RecursionError) else "not JSON"
        raise MalformedResponseError(
            status,
            None,
            content,
            headers=headers,
            message=f"{line}: the {status} answer is {reason} ({len(content)} bytes kept in .body)",
        ) from None


def deviations_of(noted: Noted, under: Where = None) -> tuple[Deviation, ...]:
    """The noted differences as Deviations, their paths relative to `under`."""
    found = []
    for where, expected, came in noted:
        path = render(where)
        if under is not None:
            prefix = render(under)
            path = path[len(prefix) :].lstrip(".")
        found.append(Deviation(path or "(the answer)", expected, came))
    return tuple(found)


_LOGGED: set[tuple[str, str, str]] = set()


def report(
    operation: str,
    version: str,
    noted: Noted,
    *,
    strict: bool,
    status: int,
    content: bytes,
    headers: Mapping[str, str],
    line: str,
) -> None:
    """Strict: the differences as one MalformedResponseError. Else each is logged at WARNING,
    once per operation and field (list indexes left out) in this process."""
    if not noted:
        return
    deviations = deviations_of(noted)
    if strict:
        shown = "; ".join(str(d) for d in deviations[:5])
        more = f" (and {len(deviations) - 5} more)" if len(deviations) > 5 else ""
        error = MalformedResponseError(
            status,
            None,
            content,
            headers=headers,
            message=f"{line}: the {status} answer differs from API version {version}'s "
            f"schema: {shown}{more}",
        )
        error.deviations = deviations
        raise error
    for deviation in deviations:
        pattern = _without_indexes(deviation.path)
        key = (operation, version, pattern)
        if key in _LOGGED:
            continue
        _LOGGED.add(key)
        logger.warning(
            "%s (API %s): the answer differs from the schema at %s: expected %s, came %s; "
            "read what fits (see the model's .deviations)",
            operation,
            version,
            pattern,
            deviation.expected,
            deviation.came,
        )


def _without_indexes(path: str) -> str:
    out, skipping = [], False
    for char in path:
        if char == "[":
            skipping = True
            out.append("[]")
        elif char == "]":
            skipping = False
        elif not skipping:
            out.append(char)
    return "".join(out)

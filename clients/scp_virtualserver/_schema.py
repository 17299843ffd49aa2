"""Arguments checked against the schema of the API version in use, before any request.

The schemas are the built specs (shipped as JSON in `_specs`, read once per version on first
use). Each check turns what a caller gave into the JSON to send, or refuses it with an
InvalidParameterError naming the argument and the part of it that is wrong: a string where a
list is expected is refused, not taken as a list of letters.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any, Protocol

from ._checks import shown
from .errors import InvalidParameterError


class JsonObject(Protocol):
    """What an argument that stands for a JSON object may be besides a mapping: anything with
    `to_json()`, such as `vs.Network`, `vs.Volume` or a model read from the service."""

    def to_json(self) -> Mapping[str, Any]: ...


MAX_DEPTH = 32
_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (dict, Mapping),
}


@cache
def document(version: str) -> dict[str, Any]:
    """The built spec of a version (read once)."""
    name = "v" + version.replace(".", "_") + ".json"
    text = resources.files("scp_virtualserver._specs").joinpath(name).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def resolve(doc: Mapping[str, Any], node: Any) -> Any:
    for _ in range(MAX_DEPTH):
        if not (isinstance(node, Mapping) and "$ref" in node):
            return node
        kind, name = str(node["$ref"]).split("/")[-2:]
        node = doc["components"][kind][name]
    return node


MAX_INTEGER = 2**63 - 1
"""The largest integer sent: JSON's numbers are read as 64-bit by the service (and a Python int
of thousands of digits cannot even be written out)."""


def to_json(value: Any, where: str = "", depth: int = 0) -> Any:
    """A caller's value as JSON data: objects with `to_json()` (vs.Network, vs.Volume), mappings
    and sequences become dicts and lists; everything else is left for the check to judge.

    However odd the value (one that holds itself, nests thousands deep, or whose methods raise),
    the outcome is JSON data or an InvalidParameterError naming `where`."""
    name = where or "an argument"
    if depth > MAX_DEPTH:
        raise InvalidParameterError(
            f"{name} nests more than {MAX_DEPTH} levels deep (or holds itself)"
        )
    try:
        if isinstance(value, str | int | float | bool | None):
            return value
        if hasattr(value, "to_json") and callable(value.to_json):
            value = value.to_json()
        if isinstance(value, Mapping):
            return {
                key: to_json(
                    item, _join(where, str(key) if isinstance(key, str) else "?"), depth + 1
                )
                for key, item in value.items()
            }
        if isinstance(value, list | tuple):
            return [to_json(item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value)]
    except InvalidParameterError:
        raise
    except Exception as problem:  # a to_json, items() or __iter__ of the caller's that raised
        raise InvalidParameterError(
            f"{name} ({type(value).__name__}) cannot be read as JSON data: {type(problem).__name__}"
        ) from None
    return value


def check(doc: Mapping[str, Any], schema: Any, value: Any, where: str, depth: int = 0) -> Any:
    """`value` (already JSON data) checked against `schema`; returns it, or raises."""
    if depth > MAX_DEPTH:
        raise InvalidParameterError(f"{where} is nested too deeply")
    schema = resolve(doc, schema)
    if not isinstance(schema, Mapping):
        return value
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            problems = []
            for option in options:
                try:
                    return check(doc, option, value, where, depth + 1)
                except InvalidParameterError as problem:
                    problems.append(str(problem))
            raise InvalidParameterError(
                problems[0]
                if len(problems) == 1
                else f"{where}: {shown(value)} fits none of: " + "; ".join(problems)
            )
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    if value is None:
        if not kinds or "null" in kinds:
            return None
        raise InvalidParameterError(f"{where} may not be None here")
    if kinds:
        _check_type(kinds, value, where)
    _check_json(value, where)
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"] if v is not None)
        raise InvalidParameterError(f"{where} must be one of {allowed}, not {shown(value)}")
    if isinstance(value, str):
        _check_text(schema, value, where)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(schema, value, where)
    elif isinstance(value, list | tuple):
        return _check_items(doc, schema, value, where, depth)
    elif isinstance(value, Mapping):
        return _check_object(doc, schema, value, where, depth)
    return value


def _check_json(value: Any, where: str) -> None:
    """Whatever the schema says: only JSON data, finite numbers, integers that fit in 64 bits."""
    if not isinstance(value, str | int | float | list | tuple | Mapping):
        raise InvalidParameterError(
            f"{where or 'the body'} must be JSON data (text, a number, a bool, a list or a "
            f"mapping), not {type(value).__name__} ({shown(value)})"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidParameterError(f"{where} must be a finite number, not {shown(value)}")
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INTEGER:
        raise InvalidParameterError(
            f"{where} must be an integer of at most {MAX_INTEGER} in size, not {shown(value)}"
        )


def _check_type(kinds: Sequence[str], value: Any, where: str) -> None:
    for kind in kinds:
        accepted = _TYPES.get(kind)
        if accepted is None:
            continue
        if kind in ("integer", "number") and isinstance(value, bool):
            continue
        if isinstance(value, accepted):
            return
    wanted = " or ".join(k if k != "null" else "None" for k in kinds)
    raise InvalidParameterError(
        f"{where} must be {_article(wanted)}, not {type(value).__name__} ({shown(value)})"
    )


def _article(kinds: str) -> str:
    names = {
        "string": "a string",
        "integer": "an integer",
        "number": "a number",
        "boolean": "a bool",
        "array": "a list",
        "object": "a mapping",
    }
    return " or ".join(names.get(k, k) for k in kinds.split(" or "))


def _check_text(schema: Mapping[str, Any], value: str, where: str) -> None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError(f"{where} is not valid Unicode: {shown(value)}") from None
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(value) < low:
        raise InvalidParameterError(
            f"{where} must be at least {low} characters, not {shown(value)}"
        )
    if isinstance(high, int) and len(value) > high:
        raise InvalidParameterError(
            f"{where} must be at most {high} characters, not {shown(value)}"
        )
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and _regex(pattern).search(value) is None:
        raise InvalidParameterError(f"{where} must match {pattern}, not {shown(value)}")


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error:
        return re.compile(".*", re.DOTALL)  # a pattern Python cannot read: the service judges


def _check_number(schema: Mapping[str, Any], value: float, where: str) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidParameterError(f"{where} must be a finite number, not {shown(value)}")
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int | float) and value < low:
        raise InvalidParameterError(f"{where} must be at least {low}, not {shown(value)}")
    if isinstance(high, int | float) and value > high:
        raise InvalidParameterError(f"{where} must be at most {high}, not {shown(value)}")


def _check_items(
    doc: Mapping[str, Any], schema: Mapping[str, Any], value: Sequence[Any], where: str, depth: int
) -> list[Any]:
    low, high = schema.get("minItems"), schema.get("maxItems")
    if isinstance(low, int) and len(value) < low:
        raise InvalidParameterError(f"{where} needs at least {low} item(s)")
    if isinstance(high, int) and len(value) > high:
        raise InvalidParameterError(f"{where} takes at most {high} item(s)")
    items = schema.get("items", {})
    return [check(doc, items, item, f"{where}[{i}]", depth + 1) for i, item in enumerate(value)]


def _check_object(
    doc: Mapping[str, Any],
    schema: Mapping[str, Any],
    value: Mapping[str, Any],
    where: str,
    depth: int,
) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    result: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise InvalidParameterError(f"{where} has a key that is not a string: {shown(key)}")
        _check_text({}, key, f"a key of {where or 'the body'}")
        if key in properties:
            result[key] = check(doc, properties[key], item, _join(where, key), depth + 1)
        elif properties and schema.get("additionalProperties") is False:
            known = ", ".join(sorted(properties))
            raise InvalidParameterError(
                f"{where or 'the body'} has no field {key!r}; it has: {known}"
            )
        elif properties:
            raise InvalidParameterError(
                f"{key!r} does not exist in this API version in {where or 'the body'}, which "
                "has: " + ", ".join(sorted(properties))
            )
        else:  # a free-form object (metadata): its values as additionalProperties says
            extra = schema.get("additionalProperties")
            extra = extra if isinstance(extra, Mapping) else {}
            result[key] = check(doc, extra, item, _join(where, key), depth + 1)
    for name in schema.get("required") or ():
        if name not in result or (result[name] is None and name in properties):
            raise InvalidParameterError(f"{_join(where, name)} is required in this API version")
    return result


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


# -- answers ------------------------------------------------------------------------------------


def problem_in_answer(
    doc: Mapping[str, Any], schema: Any, value: Any, where: str = ""
) -> str | None:
    """Where an answer breaks its documented types, or None. Forgiving where a newer service
    may differ: unknown fields and enum values are fine; a missing required field, a null where
    none is allowed, or a value of the wrong type is not."""
    return _answer(doc, schema, value, where or "the answer", 0)


def _answer(doc: Mapping[str, Any], schema: Any, value: Any, where: str, depth: int) -> str | None:
    schema = resolve(doc, schema)
    if depth > MAX_DEPTH or not isinstance(schema, Mapping):
        return None
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            problems = [_answer(doc, option, value, where, depth + 1) for option in options]
            return None if any(p is None for p in problems) else problems[0]
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    if value is None:
        return None if not kinds or "null" in kinds else f"{where} is null"
    if kinds:
        try:
            _check_type(kinds, value, where)
        except InvalidParameterError as wrong:
            return str(wrong).replace("must be", "should be")
    if isinstance(value, list):
        items = schema.get("items", {})
        for index, item in enumerate(value):
            problem = _answer(doc, items, item, f"{where}[{index}]", depth + 1)
            if problem:
                return problem
    elif isinstance(value, Mapping):
        properties = schema.get("properties") or {}
        for name in schema.get("required") or ():
            if name not in value:
                return f"{_join(where, name)} is missing"
        for name, item in value.items():
            if name in properties:
                problem = _answer(doc, properties[name], item, _join(where, name), depth + 1)
                if problem:
                    return problem
    return None

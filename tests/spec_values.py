"""Values a schema of the specs accepts, made up for the contract tests.

For a schema (a parameter's, a body field's) `example` gives one value that satisfies its type,
enum, pattern, bounds and lengths, the same every time: the first non-null option of an
`anyOf`/`oneOf`, every property of an object (required or not), one item of a list. Patterns of
the simple kinds the specs use (alternatives, literals, character classes, `.*`) are read here;
any other falls back to hypothesis, drawn deterministically.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

WORD = "scp1"
"""The text made up where a schema allows almost anything."""
DATE_TIME = "2025-06-01T00:00:00Z"
DATE = "2025-06-01"
MAX_DEPTH = 16


def resolve(doc: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def example(doc: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """One value that `schema` (in `doc`) accepts."""
    if depth > MAX_DEPTH:
        raise ValueError("schema nested too deeply to make up a value for")
    schema = resolve(doc, schema)
    if not isinstance(schema, Mapping):
        return WORD
    for key in ("oneOf", "anyOf"):
        options = [o for o in schema.get(key) or () if resolve(doc, o).get("type") != "null"]
        if options:
            return example(doc, options[0], depth + 1)
    if "const" in schema:
        return schema["const"]
    choices = [v for v in schema.get("enum") or () if v is not None]
    if choices:
        return choices[0]
    kinds = schema.get("type")
    kinds = [k for k in (kinds if isinstance(kinds, list) else [kinds]) if k and k != "null"]
    kind = kinds[0] if kinds else ("object" if "properties" in schema else "string")
    if kind == "string":
        return text(schema)
    if kind in ("integer", "number"):
        return number(schema)
    if kind == "boolean":
        return True
    if kind == "array":
        count = max(1, schema.get("minItems") or 0)
        return [example(doc, schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind == "object":
        return example_object(doc, schema, depth)
    return WORD


def example_object(doc: Mapping[str, Any], schema: Mapping[str, Any], depth: int) -> Any:
    properties = schema.get("properties") or {}
    if properties:
        return {name: example(doc, prop, depth + 1) for name, prop in properties.items()}
    extra = schema.get("additionalProperties")
    if isinstance(extra, Mapping):
        return {"key": example(doc, extra, depth + 1)}
    return {"key": "value"}


def text(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return DATE_TIME
    if fmt == "date":
        return DATE
    low = schema.get("minLength") or 0
    high = schema.get("maxLength")
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        return matching(pattern, low, high)
    made = WORD if len(WORD) >= low else WORD + "x" * (low - len(WORD))
    return made if high is None else made[:high]


def number(schema: Mapping[str, Any]) -> int:
    value = 1
    low, high = schema.get("minimum"), schema.get("maximum")
    above, below = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if isinstance(low, int | float):
        value = max(value, int(-(-low // 1)))
    if isinstance(above, int | float) and not isinstance(above, bool):
        value = max(value, int(above // 1) + 1)
    if isinstance(high, int | float):
        value = min(value, int(high // 1))
    if isinstance(below, int | float) and not isinstance(below, bool):
        value = min(value, int(-(-below // 1)) - 1)
    return value


# -- patterns -------------------------------------------------------------------------------------


@cache
def matching(pattern: str, low: int = 0, high: int | None = None) -> str:
    """A string that `pattern` finds (as JSON Schema reads a pattern: anywhere in the string),
    `low` to `high` characters long."""

    def fits(candidate: str | None) -> bool:
        return (
            candidate is not None
            and re.search(pattern, candidate) is not None
            and low <= len(candidate) <= (len(candidate) if high is None else high)
        )

    made = _simple(pattern)
    if made is not None and not fits(made) and len(made) < low and made:
        made = made + made[-1] * (low - len(made))  # a run of the last character, if it repeats
    if fits(made):
        assert made is not None
        return made
    return _drawn(pattern, low, high)


def _drawn(pattern: str, low: int, high: int | None) -> str:
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st

    found: str = find(
        st.from_regex(pattern, fullmatch=True),
        lambda s: low <= len(s) and (high is None or len(s) <= high),
        settings=settings(database=None, derandomize=True, suppress_health_check=list(HealthCheck)),
    )
    return found


_ESCAPES = {"d": "0123456789", "w": "abcdefghijklmnopqrstuvwxyz0123456789_", "s": " "}


def _simple(pattern: str) -> str | None:
    """A string for a pattern of the simple kinds, or None for any other."""
    try:
        return _branch(_alternatives(pattern)[0])
    except (ValueError, IndexError):
        return None


def _alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level `|`."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(pattern, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, start: int) -> int:
    i = start + 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern) and pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    if i >= len(pattern):
        raise ValueError("unclosed character class")
    return i


def _branch(branch: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(branch):
        char = branch[i]
        if char in "^$":
            i += 1
            continue
        if char == "(":
            end = _group_end(branch, i)
            inner = branch[i + 1 : end]
            if inner.startswith("?"):
                raise ValueError("group with a flag")
            piece: str | frozenset[str] = _branch(_alternatives(inner)[0])
            i = end + 1
        elif char == "[":
            end = _class_end(branch, i)
            piece = _members(branch[i + 1 : end])
            i = end + 1
        elif char == "\\":
            escaped = branch[i + 1]
            piece = frozenset(_ESCAPES[escaped]) if escaped in _ESCAPES else escaped
            if escaped.isalnum() and escaped not in _ESCAPES:
                raise ValueError(f"escape \\{escaped}")
            i += 2
        elif char == ".":
            piece = frozenset(WORD)
            i += 1
        elif char in "*+?{)|":
            raise ValueError(f"unexpected {char}")
        else:
            piece = char
            i += 1
        times, i = _quantifier(branch, i)
        out.append(_repeat(piece, times))
    return "".join(out)


def _group_end(branch: str, start: int) -> int:
    depth, i = 0, start
    while i < len(branch):
        char = branch[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(branch, i)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unclosed group")


def _members(inside: str) -> frozenset[str]:
    """The characters of a class such as `a-zA-Z0-9-_ ` (a `-` after a range is itself)."""
    if inside.startswith("^"):
        raise ValueError("negated class")
    members: set[str] = set()
    i = 0
    while i < len(inside):
        char = inside[i]
        if char == "\\":
            escaped = inside[i + 1]
            members |= set(_ESCAPES.get(escaped, escaped))
            i += 2
            continue
        if i + 2 < len(inside) and inside[i + 1] == "-":
            members |= {chr(c) for c in range(ord(char), ord(inside[i + 2]) + 1)}
            i += 3
            continue
        members.add(char)
        i += 1
    if not members:
        raise ValueError("empty class")
    return frozenset(members)


def _quantifier(branch: str, i: int) -> tuple[int | None, int]:
    """How many times the atom repeats (None: as many as reads well) and where the rest starts."""
    if i >= len(branch):
        return 1, i
    char = branch[i]
    if char in "*+":
        return None, i + 1
    if char == "?":
        return 0, i + 1
    if char == "{":
        end = branch.index("}", i)
        return int(branch[i + 1 : end].split(",")[0]), end + 1
    return 1, i


def _repeat(piece: str | frozenset[str], times: int | None) -> str:
    if isinstance(piece, str):
        return piece * (1 if times is None else times)
    ordered = sorted(piece)
    word = "".join(c if c in piece else ordered[0] for c in WORD)
    if times is None:
        return word
    return (word * (times // len(word) + 1))[:times]

"""What every generated facade model shares: the answer's JSON, read when a field is asked for.

A model keeps the object the service sent (`raw`, unknown fields included) and the differences
from its version's schema that reading it found (`deviations`). Each field is a descriptor that
reads `raw` when asked: building a model costs the same whatever its size, and a page of a
thousand servers builds nothing that nothing reads. A field the version in use does not have,
or whose value does not fit its type (a deviation), is None.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self

from ._reading import Deviation

Converter = Callable[[Any], Any]


def _number(value: Any) -> Any:
    return float(value) if type(value) is int else value


def _datetime(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return None  # noted as a deviation when the answer was read; `raw` keeps it
    return None


# The generated models name a converter per field; JSON already gives the others their type.
CONVERTERS: dict[str, Converter | None] = {
    "_any": None,
    "_text": None,
    "_integer": None,
    "_number": _number,
    "_boolean": None,
    "_array": None,
    "_object": None,
    "_datetime": _datetime,
}


class Field:
    """One field of a model: reads `raw[name]` (converted) when asked for."""

    __slots__ = ("convert", "name")

    def __init__(self, name: str, convert: Converter | None) -> None:
        self.name = name
        self.convert = convert

    def __get__(self, model: Model | None, owner: type | None = None) -> Any:
        if model is None:
            return self
        value = model.raw.get(self.name)
        if value is None or (model._unread and self.name in model._unread):
            return None
        convert = self.convert
        return value if convert is None else convert(value)

    def __repr__(self) -> str:
        return f"<field {self.name!r}>"


def field(name: str, converter: str = "_any") -> Any:
    """A model field (typed by its annotation in the generated class)."""
    return Field(name, CONVERTERS[converter])


_STEP = re.compile(r"(\w+)(\[\])?")


def pluck(raw: Any, path: str) -> list[Any]:
    """Every value at `path` ("addresses[].ip_addresses[].ip_address") in JSON data."""
    values = [raw]
    for name, each in _STEP.findall(path):
        found = []
        for value in values:
            item = value.get(name) if isinstance(value, Mapping) else None
            if each:
                found.extend(item if isinstance(item, list) else [])
            elif item is not None:
                found.append(item)
        values = found
    return values


_NONE: frozenset[str] = frozenset()


class Model:
    """The base of every facade model; see `scp_virtualserver.resources.models`."""

    __slots__ = ("_unread", "deviations", "raw")
    _fields: ClassVar[tuple[str, ...]] = ()
    _shown: ClassVar[tuple[str, ...]] = ("id", "name", "state", "status")
    raw: Mapping[str, Any]
    """The answer's object as the service sent it, unknown fields included."""
    deviations: tuple[Deviation, ...]
    """Where the answer differed from its API version's schema (empty when it did not)."""
    _unread: frozenset[str]

    def __init__(self, **fields: Any) -> None:
        """A model made by hand (for tests, or a stand-in): the fields given, the rest None."""
        unknown = set(fields) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        self._set({k: v for k, v in fields.items() if v is not None}, ())

    @classmethod
    def from_json(cls, raw: Mapping[str, Any], deviations: tuple[Deviation, ...] = ()) -> Self:
        """The model of an answer's JSON object and the deviations found reading it."""
        model = object.__new__(cls)
        model._set(raw, deviations)
        return model

    def _set(self, raw: Mapping[str, Any], deviations: tuple[Deviation, ...]) -> None:
        setter = object.__setattr__
        setter(self, "raw", raw)
        setter(self, "deviations", deviations)
        setter(self, "_unread", _unread(deviations) if deviations else _NONE)

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name in self._shown
            if name in self._fields and getattr(self, name) is not None
        ]
        flagged = f", {len(self.deviations)} deviation(s)" if self.deviations else ""
        return f"{type(self).__name__}({', '.join(shown)}{flagged})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Model) and type(other) is type(self) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash((type(self).__name__, repr(sorted(self.raw.items(), key=str))))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: it is what the service said")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as the answer it was read from (models travel with errors, to processes)."""
        return type(self).from_json, (dict(self.raw), self.deviations)

    def to_json(self) -> dict[str, Any]:
        """The body as the service sent it."""
        return dict(self.raw)


def _unread(deviations: tuple[Deviation, ...]) -> frozenset[str]:
    """The top-level fields whose value does not fit (an unknown enum value still reads)."""
    return frozenset(
        d.field for d in deviations if d.path == d.field and not d.expected.startswith("one of")
    )

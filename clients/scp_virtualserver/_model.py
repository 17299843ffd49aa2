"""What every generated facade model shares: built from an answer's JSON, keeping all of it.

A model has the fields of every API version (None where the version in use has no such field)
and keeps the body as the service sent it in `raw`, so fields this release does not know are
not lost. The answer was already checked against the version's spec by the generated client;
the converters here only give each field its Python type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Self

from dateutil.parser import isoparse

Converter = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


def _number(value: Any) -> Any:
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


def _datetime(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return isoparse(value)
        except (ValueError, OverflowError):
            return value  # kept as sent: the generated client judged it already
    return value


# The generated models name a converter per field; JSON already gives the others their type.
CONVERTERS: dict[str, Converter] = {
    "_any": _same,
    "_text": _same,
    "_integer": _same,
    "_number": _number,
    "_boolean": _same,
    "_array": _same,
    "_object": _same,
    "_datetime": _datetime,
}

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


class Model:
    """The base of every facade model; see `scp_virtualserver.resources.models`."""

    __slots__ = ("raw",)
    _fields: ClassVar[tuple[tuple[str, str], ...]] = ()
    _shown: ClassVar[tuple[str, ...]] = ("id", "name", "state", "status")
    raw: Mapping[str, Any]

    def __init__(self, **fields: Any) -> None:
        """A model made by hand (for tests, or a stand-in): the fields given, the rest None."""
        unknown = set(fields) - {name for name, _ in self._fields}
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        for name, converter in self._fields:
            object.__setattr__(self, name, CONVERTERS[converter](fields.get(name)))
        object.__setattr__(self, "raw", {k: v for k, v in fields.items() if v is not None})

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Self:
        """The model of an answer's JSON object (unknown fields are kept in `raw`)."""
        model = object.__new__(cls)
        for name, converter in cls._fields:
            object.__setattr__(model, name, CONVERTERS[converter](raw.get(name)))
        object.__setattr__(model, "raw", raw)
        return model

    def __repr__(self) -> str:
        shown = [
            f"{name}={getattr(self, name)!r}"
            for name, _ in self._fields
            if name in self._shown and getattr(self, name) is not None
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Model) and type(other) is type(self) and other.raw == self.raw

    def __hash__(self) -> int:
        return hash((type(self).__name__, repr(sorted(self.raw.items(), key=str))))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only: it is what the service said")

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        """Pickled as the answer it was read from (models travel with errors, to processes)."""
        return type(self).from_json, (dict(self.raw),)

    def to_json(self) -> dict[str, Any]:
        """The body as the service sent it."""
        return dict(self.raw)

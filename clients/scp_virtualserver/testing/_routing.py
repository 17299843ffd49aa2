"""Routes from the specs: a request's method and path to one operation of its version.

A literal segment wins over a parameter at the same place (`/v1/volume-types/default` is not
the volume type "default"), as OpenAPI says concrete paths match first.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote

from ._api import Operation, is_param, operations, split


@dataclass(frozen=True)
class Match:
    operation: Operation
    path_parameters: dict[str, str]


@dataclass(frozen=True)
class Router:
    """The routes of one version, by method and number of segments."""

    routes: dict[tuple[str, int], tuple[Operation, ...]]

    def match(self, method: str, path: str) -> Match | None:
        segments = [unquote(part) for part in path.split("/") if part]
        for operation in self.routes.get((method, len(segments)), ()):
            if all(
                literal is None or literal == segment
                for literal, segment in zip(operation.literals, segments, strict=True)
            ):
                found = {
                    pattern[1:-1]: segment
                    for pattern, literal, segment in zip(
                        operation.segments, operation.literals, segments, strict=True
                    )
                    if literal is None
                }
                return Match(operation, found)
        return None


@cache
def router(version: str) -> Router:
    routes: dict[tuple[str, int], list[Operation]] = {}
    for operation in operations(version):
        routes.setdefault((operation.method, len(split(operation.template))), []).append(operation)
    return Router(
        {
            key: tuple(sorted(found, key=lambda o: [is_param(s) for s in o.segments]))
            for key, found in routes.items()
        }
    )

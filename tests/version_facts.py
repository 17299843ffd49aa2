"""The version facts tests need, read from the specs: no test writes the table or a count.

Everything here comes from the built documents (`spec/virtualserver/X.Y.yaml`, checked for
drift against the sources) and deviations.yaml, so that adding a version is an edit under
`spec/` alone.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from generator import bundle, lint, yamlio
from generator.build import spec_paths
from generator.facts import COUNTS_KEY

SPECS = Path(__file__).resolve().parent.parent / "spec" / "virtualserver"


@dataclass(frozen=True)
class Row:
    version: str
    status: str
    not_before: datetime.date | None


@cache
def rows() -> tuple[Row, ...]:
    """The version table as the specs give it, oldest first."""
    found = []
    for path in spec_paths(SPECS):
        info = lint.version_info(path, lint.load(path))
        found.append(Row(info.version, info.status, info.not_before))
    return tuple(found)


def versions() -> list[str]:
    return [row.version for row in rows()]


def row(version: str) -> Row:
    return next(r for r in rows() if r.version == version)


def current() -> str:
    """The CURRENT version (the specs allow at most one)."""
    return next(r.version for r in rows() if r.status == "CURRENT")


def oldest() -> str:
    return rows()[0].version


def dated() -> list[Row]:
    """The versions with a Not Before date, oldest first."""
    return [r for r in rows() if r.not_before is not None]


def unreleased() -> str:
    """A version after every version the specs have: an example of one not yet released."""
    major, minor = bundle.version_key(rows()[-1].version)
    return f"{major}.{minor + 1}"


def before(version: str) -> str | None:
    """The version before `version`, if any."""
    names = versions()
    index = names.index(version)
    return names[index - 1] if index else None


def package(version: str) -> str:
    return "v" + version.replace(".", "_")


@cache
def operation_ids(version: str) -> frozenset[str]:
    document = yamlio.load(SPECS / f"{version}.yaml")
    return frozenset(str(op["operationId"]) for _, _, op in bundle.operations(document))


def operation_count(version: str) -> int:
    return len(operation_ids(version))


def all_operation_ids() -> frozenset[str]:
    """Every operationId of any version."""
    return frozenset().union(*(operation_ids(v) for v in versions()))


@cache
def samsung_counts() -> dict[str, int | None]:
    """Samsung's operation count per version, as deviations.yaml declares it."""
    data = yamlio.load(SPECS / "deviations.yaml")
    return {str(k): v for k, v in (data.get(COUNTS_KEY) or {}).items()}


def newest_usable(day: datetime.date, among: Sequence[Row] | None = None) -> str | None:
    """The newest version usable on `day` by the table (not PLANNED, before its date)."""
    usable = [
        r.version
        for r in (rows() if among is None else among)
        if r.status != "PLANNED" and (r.not_before is None or day < r.not_before)
    ]
    return usable[-1] if usable else None


def today() -> datetime.date:
    """Today in Korea, the day the SDK's version policy uses."""
    korea = datetime.timezone(datetime.timedelta(hours=9))
    return datetime.datetime.now(korea).date()

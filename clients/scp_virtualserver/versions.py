"""The API versions and the policy that picks one.

The table comes from the specs (through the generated `_versions_table`), so updating a status
or a Not Before date is a change to one spec and a regeneration, never to this code.

SCP's dates carry no time zone; SCP is operated from Korea (UTC+9), so "today" is the calendar
date in Korea. A version is usable on the days before its Not Before date, not on it.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from ._versions_table import VERSION_TABLE
from .errors import UnsupportedVersionError, VersionDeprecationWarning, VersionExpiredWarning

__all__ = [
    "KST",
    "STATUSES",
    "VERSIONS",
    "WARN_DAYS",
    "ApiVersion",
    "Clock",
    "VersionDrift",
    "check_pinned",
    "compare_with_service",
    "select_version",
    "today_in_korea",
]

KST = datetime.timezone(datetime.timedelta(hours=9), "KST")
STATUSES = ("CURRENT", "SUPPORTED", "DEPRECATED", "PLANNED")
WARN_DAYS = 90
"""A pinned version this close to its Not Before date warns (SCP's own tools use 90 days)."""

Clock = Callable[[], datetime.datetime]


@dataclass(frozen=True, order=False)
class ApiVersion:
    """One version of the API: `version` ("1.2"), `status`, and `not_before` (a date or None)."""

    version: str
    status: str
    not_before: datetime.date | None

    def usable_on(self, day: datetime.date) -> bool:
        """Callable on that day: not PLANNED, and before its Not Before date if it has one."""
        if self.status == "PLANNED":
            return False
        return self.not_before is None or day < self.not_before

    @property
    def key(self) -> tuple[int, ...]:
        return tuple(int(part) for part in self.version.split("."))


VERSIONS: tuple[ApiVersion, ...] = tuple(ApiVersion(*row) for row in VERSION_TABLE)


@dataclass(frozen=True)
class VersionDrift:
    """One way the service's version document differs from this release's table.

    `kind` is "unknown" (the service lists a version this release does not know), "status" or
    "not_before" (the two sides give that version different ones). Both sides' rows are kept;
    the release side is None for an unknown version.
    """

    version: str
    kind: Literal["unknown", "status", "not_before"]
    service: ApiVersion
    release: ApiVersion | None

    def __str__(self) -> str:
        if self.kind == "unknown" or self.release is None:
            date = self.service.not_before or "no Not Before date"
            return f"{self.version} ({self.service.status}, {date}) is unknown to this release"
        if self.kind == "status":
            return f"{self.version} is {self.service.status} there, {self.release.status} here"
        return (
            f"{self.version}'s Not Before date is {self.service.not_before or 'none'} there, "
            f"{self.release.not_before or 'none'} here"
        )


def compare_with_service(
    listed: Mapping[str, tuple[str, datetime.date | None]],
    versions: Iterable[ApiVersion] = VERSIONS,
) -> tuple[VersionDrift, ...]:
    """How a service's versions ({"1.4": ("CURRENT", None)}) differ from a table, newest first.

    A version of the table that the service does not list is no drift: a service need not list
    what it no longer serves."""
    known = {v.version: v for v in versions}
    found: list[VersionDrift] = []
    for version in sorted(listed, key=_key, reverse=True):
        service = ApiVersion(version, *listed[version])
        ours = known.get(version)
        if ours is None:
            found.append(VersionDrift(version, "unknown", service, None))
            continue
        if service.status != ours.status:
            found.append(VersionDrift(version, "status", service, ours))
        if service.not_before != ours.not_before:
            found.append(VersionDrift(version, "not_before", service, ours))
    return tuple(found)


def _key(version: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (-1,)


def today_in_korea(clock: Clock | None = None) -> datetime.date:
    """Today's date in Korea, from `clock` (an aware datetime) or the system clock."""
    now = clock() if clock is not None else datetime.datetime.now(datetime.UTC)
    if now.tzinfo is None:
        raise ValueError("the clock must return an aware datetime (with a tzinfo)")
    return now.astimezone(KST).date()


def select_version(today: datetime.date, versions: Iterable[ApiVersion] = VERSIONS) -> str:
    """The newest version usable today; UnsupportedVersionError if there is none."""
    versions = tuple(versions)
    usable = _usable(today, versions)
    if not usable:
        table = ", ".join(
            f"{v.version} ({v.status}, {v.not_before or 'no date'})" for v in versions
        )
        raise UnsupportedVersionError(f"no API version is usable on {today}: {table}")
    return usable[-1].version


def check_pinned(
    version: str,
    today: datetime.date,
    versions: Sequence[ApiVersion] = VERSIONS,
    *,
    strict: bool = False,
    stacklevel: int = 2,
) -> ApiVersion:
    """Applies the policy for a pinned version: fail, warn, or accept it silently."""
    known = {v.version: v for v in versions}
    entry = known.get(version)
    names = ", ".join(sorted(known, key=lambda name: known[name].key))
    if entry is None:
        raise UnsupportedVersionError(
            f"API version {version!r} is unknown to this release; it knows {names}"
        )
    if entry.status == "PLANNED":
        raise UnsupportedVersionError(
            f"API version {version} is PLANNED: documented but not yet callable; use one of "
            f"{', '.join(v.version for v in _usable(today, versions)) or 'none'}"
        )
    newest = _newest_hint(today, versions)
    if entry.not_before is not None and today >= entry.not_before:
        message = (
            f"API version {version} is past its Not Before date {entry.not_before} and may be "
            f"refused by the service; {newest}"
        )
        if strict:
            raise UnsupportedVersionError(message)
        warnings.warn(message, VersionExpiredWarning, stacklevel=stacklevel + 1)
    elif entry.status == "DEPRECATED" or (
        entry.not_before is not None and (entry.not_before - today).days <= WARN_DAYS
    ):
        if entry.not_before is not None:
            left = (entry.not_before - today).days
            when = f"is supported only until {entry.not_before} ({left} days left)"
        else:
            when = "is DEPRECATED"
        warnings.warn(
            f"API version {version} ({entry.status}) {when}; {newest}",
            VersionDeprecationWarning,
            stacklevel=stacklevel + 1,
        )
    return entry


def _usable(today: datetime.date, versions: Iterable[ApiVersion]) -> list[ApiVersion]:
    return sorted((v for v in versions if v.usable_on(today)), key=lambda v: v.key)


def _newest_hint(today: datetime.date, versions: Iterable[ApiVersion]) -> str:
    usable = _usable(today, versions)
    if not usable:
        return "no version is usable today"
    return f"move to {usable[-1].version}, the newest usable version"

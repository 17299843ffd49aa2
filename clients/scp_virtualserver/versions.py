"""The API versions and the policy that picks one.

The table comes from the specs (through the generated `_versions_table`), so updating a status
or a Not Before date is a change to one spec and a regeneration, never to this code.

SCP's dates carry no time zone; SCP is operated from Korea (UTC+9), so "today" is the calendar
date in Korea. A version is usable on the days before its Not Before date, not on it.
"""

from __future__ import annotations

import datetime
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ._versions_table import VERSION_TABLE
from .errors import UnsupportedVersionError, VersionDeprecationWarning, VersionExpiredWarning

__all__ = [
    "KST",
    "STATUSES",
    "VERSIONS",
    "WARN_DAYS",
    "ApiVersion",
    "Clock",
    "check_pinned",
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

"""Lazy lists over pages: every paging style (marker, offset, page), bounded and loop-free.

A list sends a page size on every request (`DEFAULT_PAGE_SIZE` unless `page_size=` says
otherwise), so a short page is known to be the last: no extra request asks for an empty one.
It ends, whatever the service answers:

- a page that was given already is an `ApiError`, in every style: a marker used twice, or a page
  whose items were all handed out before while the list did not shrink (a service that ignores
  `offset` or `page`, or cycles through pages);
- `timeout=` bounds the whole iteration, every page and the time between them (one deadline);
- more than `MAX_ITEMS` items is an `ApiError` too (no Virtual Server list is that long).

Deleting while iterating is safe. A marker list goes on after the last item of a page, by that
item's id; `list()` fetches the next page before it hands out a page's items, so the marker is
used before the caller can delete it (and the service, like the local server, takes a deleted
item's id as a marker too, which is what `list_pages()` relies on).
An offset or page list would skip what a deletion moved up: when the list's `count` shows that
it shrank since the last page, the pager steps back by as many items; an offset list whose
answers carry no count asks for each page from the last item handed out, one item more, and
reads again from the start when that item is not where it was. Items handed out already are
dropped, so nothing is skipped or given twice; a deletion costs at most one more request a page.

How one page is fetched (checked, sent with retries, read) is the resource runtime's, given to
the pager as a function (`PageFetch`): this module only decides where the next page starts.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._calls import Flow
from ._operations import PAGING
from .errors import ApiError, DeadlineExceededError

if TYPE_CHECKING:
    from ._reading import Deviation
    from ._settings import ClientSettings

M = TypeVar("M")

DEFAULT_PAGE_SIZE = 100
"""Items asked for per page when `page_size=` is not given (every spec allows 1 to 1000)."""

MAX_ITEMS = 1_000_000
"""A list that hands out more items than this ends in an ApiError: the service is looping."""

MAX_REWINDS = 1_000
"""Steps back (after the list shrank) beyond one per item handed out that mean a loop."""


COUNTS = ("count", "total_count", "total")
"""Fields of a list's answer that may say how many items the whole list has."""

PageFetch = Callable[
    ["ClientSettings", Mapping[str, Any]], Flow[tuple[list[Any], Any, tuple["Deviation", ...]]]
]
"""Fetches one page with these arguments: its items (models), the answer's JSON, and where
the answer differed from its schema outside its items."""


class Page(Generic[M]):
    """One page of a list: its items, and where the next page starts (None after the last).

    `deviations`: where the answer, outside its items, differed from its schema (each item
    has its own)."""

    __slots__ = ("deviations", "items", "next")

    def __init__(
        self,
        items: list[M],
        next: str | int | None,
        deviations: tuple[Deviation, ...] = (),
    ) -> None:
        self.items = items
        self.next = next
        self.deviations = deviations

    def __iter__(self) -> Iterator[M]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return f"Page({len(self.items)} items, next={self.next!r})"


class Pager:
    """Where a lazy list is: the next page's flow, until the last page, never in a loop."""

    def __init__(
        self,
        name: str,
        paging: str | None,
        fetch: PageFetch,
        arguments: Mapping[str, Any],
        page_size: int | None,
        start: str | int | None,
        budget: float,
        *,
        whole: bool,
    ) -> None:
        self.name = name  # the operation, for errors
        self.paging = paging
        self.fetch = fetch
        self.arguments = dict(arguments)
        self.page_size = page_size if page_size is not None else DEFAULT_PAGE_SIZE
        self.position = start
        self.budget = budget
        self.whole = whole  # `timeout=` was given: one deadline over every page
        self.deadline: float | None = None
        self.done = False
        self.handed_out = 0
        self._markers: set[Any] = set()
        self._seen: set[str] = set()
        self._count: int | None = None
        self._rewinds = 0
        self._last: str | None = None  # the identity of the last item of the last page
        self._restarted_at: int | None = None  # items handed out when it last read from 0
        self._moved_answer: tuple[Any, tuple[str, ...]] | None = None  # what made it do so

    def arguments_for(self, position: str | int | None) -> dict[str, Any]:
        """The list's arguments with the page size and where the page starts."""
        arguments = dict(self.arguments)
        if self.paging is not None:
            size, where = PAGING[self.paging]
            arguments[size] = self.page_size
            if position is not None:
                arguments[where] = position
        return arguments

    def next_budget(self) -> float:
        """Seconds the next page may take: the list's whole deadline, when it has one."""
        if not self.whole:
            return self.budget
        now = time.monotonic()
        if self.deadline is None:
            self.deadline = now + self.budget
        left = self.deadline - now
        if left <= 0:
            self.done = True
            raise DeadlineExceededError(
                f"{self.name}: the list did not end within its timeout of {self.budget:g} s "
                f"({self.handed_out} items so far)"
            )
        return left

    def flow(self, core: ClientSettings) -> Flow[Page[Any]]:
        """The next page (stepping back first if the list moved under an offset or a page)."""
        moved = False
        while True:
            position = self.position
            overlap = self._overlaps(position)
            arguments = self.arguments_for(int(position or 0) - 1 if overlap else position)
            if overlap:
                arguments[PAGING["offset"][0]] = self.page_size + 1
            items, raw, deviations = yield from self.fetch(core, arguments)
            if overlap:
                if items and _identity(items[0]) == self._last:
                    items = items[1:]  # the item handed out last: the list has not moved
                else:  # it moved, by an unknown number of items: read again from the start
                    # The same answer at the same place twice, with nothing new between: a
                    # service that ignores the offset.
                    answer = (position, tuple(_identity(item) for item in items))
                    if answer == self._moved_answer and self._restarted_at == self.handed_out:
                        self.done = True
                        raise self._looping("it moved again before giving anything new")
                    self._moved_answer, self._restarted_at = answer, self.handed_out
                    self._rewind(0)
                    moved = True
                    continue
            shrunk = self._shrunk_by(raw)
            moved = moved or bool(shrunk)
            if shrunk and self.paging in ("offset", "page") and position:
                back = self._back(position, shrunk)
                if back != position:
                    self._rewind(back)
                    continue  # items moved up past where we were: read from further back
            break
        fresh = self._fresh(items, moved)
        page = Page(fresh, self._next(items, position), deviations)
        if items:
            self._last = _identity(items[-1])
        self.position = page.next
        self.done = page.next is None
        self.handed_out += len(fresh)
        if self.handed_out > MAX_ITEMS:
            self.done = True
            raise self._looping(f"more than {MAX_ITEMS} items")
        return page

    # -- inside ---------------------------------------------------------------------------------

    def _overlaps(self, position: str | int | None) -> bool:
        """An offset list whose answers carry no count asks for one item more, from the last
        one handed out: if that is not where it was, the list has moved."""
        return (
            self.paging == "offset"
            and bool(position)
            and self._count is None
            and self._last is not None
        )

    def _rewind(self, position: int) -> None:
        self.position = position
        self._rewinds += 1
        if self._rewinds > MAX_REWINDS + self.handed_out:
            self.done = True
            raise self._looping("it keeps moving under its pages")

    def _shrunk_by(self, raw: Any) -> int:
        """How many items fewer the list has than at the last page, by its `count`."""
        count = _count(raw)
        before, self._count = self._count, count
        if count is None or before is None or count >= before:
            return 0
        return before - count

    def _back(self, position: str | int, shrunk: int) -> int:
        if self.paging == "offset":
            return max(0, int(position) - shrunk)
        pages_back = -(-shrunk // self.page_size)  # whole pages, rounded up
        return max(0, int(position) - pages_back)

    def _fresh(self, items: list[Any], moved: bool) -> list[Any]:
        """The items not handed out before; a page of nothing new is a loop unless the list
        shrank or moved (then the repeats are dropped)."""
        if self.paging not in ("offset", "page") or not items:
            return items
        keys = [_identity(item) for item in items]
        fresh = [item for item, key in zip(items, keys, strict=True) if key not in self._seen]
        if not fresh and not moved:
            self.done = True
            raise self._looping(f"at {self.position!r}, every item of the page was given before")
        self._seen.update(keys)
        return fresh

    def _next(self, items: list[Any], position: str | int | None) -> str | int | None:
        if self.paging is None or not items or len(items) < self.page_size:
            return None
        if self.paging == "marker":
            marker = _marker(items[-1])
            if marker is None:
                return None
            if marker in self._markers:
                self.done = True
                raise self._looping(f"marker {marker!r} came back")
            self._markers.add(marker)
            return marker
        if self.paging == "offset":
            return int(position or 0) + len(items)
        return int(position or 0) + 1

    def _looping(self, what: str) -> ApiError:
        return ApiError(
            200,
            None,
            b"",
            message=(
                f"{self.name}: the service answered with a page it had given already ({what}); "
                "stopping rather than looping"
            ),
        )


def _raw(item: Any) -> Any:
    raw = getattr(item, "raw", item)
    return raw


def _marker(item: Any) -> str | None:
    raw = _raw(item)
    if not isinstance(raw, Mapping):
        return None
    marker = raw.get("id")
    if marker is None:
        marker = raw.get("name")
    return marker if isinstance(marker, str) else None


def _identity(item: Any) -> str:
    raw = _raw(item)
    if isinstance(raw, Mapping):
        for key in ("id", "name"):
            if isinstance(raw.get(key), str | int):
                return f"{key}:{raw[key]}"
    try:
        return json.dumps(raw, sort_keys=True, default=str)
    except (TypeError, ValueError):
        return repr(raw)


def _count(raw: Any) -> int | None:
    if not isinstance(raw, Mapping):
        return None
    for key in COUNTS:
        value = raw.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None

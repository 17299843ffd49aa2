"""Shared fixtures: a local SCP-compatible server on loopback, and clients bound to it."""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer, _server

from .contract import ResponseChecker

# The project's own tests read answers strictly: every difference from the spec is an error here,
# where a user's client would log it and read what fits (tests of that mode say strict=False).
os.environ["SCP_STRICT"] = "1"

# A day on which every version but 1.0 is still usable, so that 1.1-1.3 can all be exercised.
EARLY = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)
ALL_VERSIONS = [v.version for v in vs.VERSIONS]
USABLE_EARLY = [v.version for v in vs.VERSIONS if v.usable_on(EARLY.date())]
SECRET = "local-secret-key"


@pytest.fixture(autouse=True)
def checked_responses(monkeypatch: pytest.MonkeyPatch) -> Iterator[ResponseChecker]:
    """Every answer of every local server in a test is checked against its version's spec."""
    checker = ResponseChecker()
    monkeypatch.setattr(_server, "default_observer", checker)
    yield checker
    assert checker.problems == [], "\n".join(checker.problems)


def fixed(moment: datetime.datetime) -> Callable[[], datetime.datetime]:
    return lambda: moment


@pytest.fixture
def server() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer() as srv:
        yield srv


@pytest.fixture
def early_server() -> Iterator[LocalVirtualServer]:
    """A local server whose calendar is EARLY: versions 1.1-1.3 are all served."""
    with LocalVirtualServer(clock=fixed(EARLY)) as srv:
        yield srv


FAST_RETRY = vs.RetryPolicy(attempts=3, backoff=0.01, max_backoff=0.05, total=10.0)


@pytest.fixture
def client(server: LocalVirtualServer) -> Iterator[vs.VirtualServerClient]:
    with vs.VirtualServerClient(
        endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
    ) as c:
        yield c


@pytest.fixture
async def async_client(server: LocalVirtualServer) -> AsyncIterator[vs.AsyncVirtualServerClient]:
    async with vs.AsyncVirtualServerClient(
        endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
    ) as c:
        yield c


def early_client(srv: LocalVirtualServer, version: str, **kwargs: object) -> vs.VirtualServerClient:
    """A client pinned to `version` on the EARLY calendar (no warning about today's date)."""
    return vs.VirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        api_version=version,
        clock=fixed(EARLY),
        retry=FAST_RETRY,
        **kwargs,  # type: ignore[arg-type]
    )


def early_async_client(srv: LocalVirtualServer, version: str) -> vs.AsyncVirtualServerClient:
    return vs.AsyncVirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        api_version=version,
        clock=fixed(EARLY),
        retry=FAST_RETRY,
    )

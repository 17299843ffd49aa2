"""Waiters: through passing failures to their deadline, with progress for the caller, logged.
Against the local server over real HTTP; its failure modes make the passing failures."""

from __future__ import annotations

import itertools
import logging
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

import scp_virtualserver as vs
from scp_virtualserver._waiting import PollHook
from scp_virtualserver.testing import LocalVirtualServer

from .conftest import EARLY, early_async_client, fixed

NO_RETRY = vs.RetryPolicy(attempts=1)  # each poll fails at once: the waiter's own loop is tested
FAST: dict[str, Any] = {"timeout": 30.0, "interval": 0.01}


@pytest.fixture
def srv() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer(clock=fixed(EARLY), transition_delay=3600, delete_delay=3600) as server:
        yield server


def client_of(srv: LocalVirtualServer) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        api_version="1.3",
        clock=fixed(EARLY),
        retry=NO_RETRY,
    )


def set_state(srv: LocalVirtualServer, sid: str, state: str) -> None:
    with srv.world.lock:
        record = srv.world.get("servers", None, sid)
        record.fields["state"] = state
        record.pending = None
        record.touch()


@pytest.mark.parametrize("mode", ["503", "502", "429", "drop"])
def test_a_waiter_polls_through_passing_failures(srv: LocalVirtualServer, mode: str) -> None:
    sid = srv.add_server(state="BUILD")
    seen: list[tuple[str | None, float, int]] = []
    with client_of(srv) as client:
        srv.fail_next(3, mode=mode)  # type: ignore[arg-type]
        set_state(srv, sid, "ACTIVE")
        server = client.servers.wait_for_state(
            sid, "ACTIVE", on_poll=lambda *poll: seen.append(poll), **FAST
        )
    assert server.state == "ACTIVE"
    assert [state for state, _, _ in seen] == [None, None, None, "ACTIVE"]
    assert [polls for _, _, polls in seen] == [1, 2, 3, 4]
    assert all(b >= a for (_, a, _), (_, b, _) in itertools.pairwise(seen))


def test_at_its_deadline_a_waiter_raises_the_last_passing_failure(srv: LocalVirtualServer) -> None:
    sid = srv.add_server(state="BUILD")
    with client_of(srv) as client:
        srv.fail_next(10_000, mode="503")
        started = time.monotonic()
        with pytest.raises(vs.ServerError):
            client.servers.wait_for_state(sid, "ACTIVE", timeout=0.3, interval=0.01)
        assert time.monotonic() - started < 10  # a generous bound


def test_a_failure_that_is_not_passing_ends_the_wait_at_once(srv: LocalVirtualServer) -> None:
    with client_of(srv) as client:
        before = srv.requests_served
        with pytest.raises(vs.NotFound):
            client.servers.wait_for_state(str(uuid.uuid4()), "ACTIVE", **FAST)
        assert srv.requests_served == before + 1


def test_an_on_poll_that_raises_is_logged_once_and_the_wait_goes_on(
    srv: LocalVirtualServer, caplog: pytest.LogCaptureFixture
) -> None:
    sid = srv.add_server(state="BUILD")
    calls: list[int] = []

    def broken(state: str | None, elapsed: float, polls: int) -> None:
        calls.append(polls)
        if polls >= 3:
            set_state(srv, sid, "ACTIVE")
        raise RuntimeError("progress bar broke")

    with client_of(srv) as client, caplog.at_level(logging.WARNING, "scp_virtualserver"):
        assert client.servers.wait_for_state(sid, "ACTIVE", on_poll=broken, **FAST).state
    assert calls == [1, 2, 3, 4]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "on_poll raised" in warnings[0].getMessage()
    assert warnings[0].exc_info is not None


def test_an_on_poll_that_raises_is_raised_when_asked(srv: LocalVirtualServer) -> None:
    sid = srv.add_server(state="BUILD")

    def broken(state: str | None, elapsed: float, polls: int) -> None:
        raise RuntimeError("stop here")

    with client_of(srv) as client, pytest.raises(RuntimeError, match="stop here"):
        client.servers.wait_for_state(sid, "ACTIVE", on_poll=PollHook(broken, errors="raise"))


def test_bad_on_poll_values_are_refused_before_any_request(srv: LocalVirtualServer) -> None:
    sid = srv.add_server()
    with client_of(srv) as client:
        before = srv.requests_served
        with pytest.raises(vs.InvalidParameterError, match="on_poll must be callable"):
            client.servers.wait_for_state(sid, "ACTIVE", on_poll=3)  # type: ignore[arg-type]
        with pytest.raises(vs.InvalidParameterError, match="delete.wait=True. only"):
            client.servers.delete(sid, on_poll=print)
        with pytest.raises(vs.InvalidParameterError, match="errors must be"):
            PollHook(print, errors="shout")  # type: ignore[arg-type]
        assert srv.requests_served == before


def test_delete_and_wait_reports_progress_to_the_end(srv: LocalVirtualServer) -> None:
    sid = srv.add_server()
    seen: list[str | None] = []

    def progress(state: str | None, elapsed: float, polls: int) -> None:
        seen.append(state)
        if polls == 2:
            srv.complete_pending()

    with client_of(srv) as client:
        client.servers.delete(sid, wait=True, on_poll=progress, **FAST)
    assert seen == ["DELETING", "DELETING", None]


def test_waits_are_logged_at_debug(
    srv: LocalVirtualServer, caplog: pytest.LogCaptureFixture
) -> None:
    sid = srv.add_server()
    with client_of(srv) as client, caplog.at_level(logging.DEBUG, "scp_virtualserver"):
        client.servers.wait_for_state(sid, "ACTIVE", **FAST)
    messages = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert f"waiting for server_id {sid}: ACTIVE, for at most 30 s" in messages
    assert f"server_id {sid} is ACTIVE after 1 polls" in " ".join(messages)


async def test_async_waiters_take_on_poll_too(srv: LocalVirtualServer) -> None:
    sid = srv.add_server()
    seen: list[Any] = []
    async with early_async_client(srv, "1.3") as client:
        await client.servers.wait_for_state(
            sid, "ACTIVE", on_poll=lambda *poll: seen.append(poll), **FAST
        )

        def progress(state: str | None, elapsed: float, polls: int) -> None:
            seen.append((state, elapsed, polls))
            srv.complete_pending()

        await client.servers.delete(sid, wait=True, on_poll=progress, **FAST)
    assert [state for state, _, _ in seen] == ["ACTIVE", "DELETING", None]

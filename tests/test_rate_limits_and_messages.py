"""429 for every method, `TooManyRequests.retry_after`, and error texts that name the request."""

from __future__ import annotations

import email.utils
import time
import uuid

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver._calls import poll_waits
from scp_virtualserver.retry import RetryPolicy, RetryState
from scp_virtualserver.testing import LocalVirtualServer

from .conftest import FAST_RETRY


def make(srv: LocalVirtualServer, retry: RetryPolicy = FAST_RETRY) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials, retry=retry)


def test_a_post_answered_429_is_retried(server: LocalVirtualServer) -> None:
    sid = server.add_server()
    server.fail_next(2, mode="429")
    with make(server) as client:
        client.servers.lock(sid)
        assert client.servers.get(sid).locked is True


def test_a_post_answered_503_is_still_not_retried(server: LocalVirtualServer) -> None:
    sid = server.add_server()
    server.fail_next(1, mode="503")
    with make(server) as client, pytest.raises(vs.ServerError):
        client.servers.lock(sid)


def test_a_404_after_a_429_is_not_found_not_done() -> None:
    # A 429 means the first attempt was not processed: the later 404 is the truth.
    answers = iter([429, 404])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(answers), headers={"Retry-After": "0"})

    with (
        vs.VirtualServerClient(
            endpoint_url="https://vs.test",
            credentials=vs.Credentials("AK", "SK"),
            transport=httpx.MockTransport(handler),
            retry=FAST_RETRY,
        ) as client,
        pytest.raises(vs.NotFound),
    ):
        client.servers.delete(str(uuid.uuid4()))


def test_retry_state_retries_429_for_any_method() -> None:
    for method in ("GET", "POST", "PUT", "DELETE", "PATCH"):
        state = RetryState(RetryPolicy(), method, jitter=lambda: 0.0)
        assert state.after_status(429, {"Retry-After": "0"}) == 0.0
        assert state.may_have_reached is False


def test_too_many_requests_carries_retry_after(server: LocalVirtualServer) -> None:
    server.fail_next(1, mode="429", retry_after=7)
    with (
        make(server, retry=vs.RetryPolicy.off()) as client,
        pytest.raises(vs.TooManyRequests) as caught,
    ):
        client.servers.get(server.add_server())
    assert caught.value.retry_after == 7.0


def test_retry_after_as_an_http_date_is_seconds_from_now() -> None:
    when = email.utils.formatdate(time.time() + 120, usegmt=True)
    error = vs.errors.error_from_response(429, b"", {"retry-after": when})
    assert isinstance(error, vs.TooManyRequests)
    assert error.retry_after is not None and 100 < error.retry_after <= 120


def test_retry_after_absent_or_unreadable_is_none() -> None:
    for headers in ({}, {"Retry-After": "soon"}):
        error = vs.errors.error_from_response(429, b"", headers)
        assert isinstance(error, vs.TooManyRequests) and error.retry_after is None


def test_an_api_error_names_the_method_and_path(server: LocalVirtualServer) -> None:
    sid = server.add_server(locked=True)
    with make(server) as client, pytest.raises(vs.Conflict) as caught:
        client.servers.delete(sid)
    assert str(caught.value).startswith(f"DELETE /v1/servers/{sid}: 409 Conflict: ")


def test_not_found_names_the_method_and_path(server: LocalVirtualServer) -> None:
    sid = str(uuid.uuid4())
    with make(server) as client, pytest.raises(vs.NotFound) as caught:
        client.servers.get(sid)
    assert str(caught.value).startswith(f"GET /v1/servers/{sid}: 404 Not Found")


def test_a_network_error_names_the_method_and_path(server: LocalVirtualServer) -> None:
    sid = server.add_server()
    server.fail_next(3, mode="drop")
    with make(server) as client, pytest.raises(vs.NetworkError) as caught:
        client.servers.get(sid)
    assert str(caught.value).startswith(f"GET /v1/servers/{sid} failed after 3 attempts: ")


async def test_async_errors_name_the_method_and_path(server: LocalVirtualServer) -> None:
    sid = server.add_server(locked=True)
    async with vs.AsyncVirtualServerClient(
        endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
    ) as client:
        with pytest.raises(vs.Conflict) as caught:
            await client.servers.delete(sid)
    assert str(caught.value).startswith(f"DELETE /v1/servers/{sid}: 409 Conflict")


# -- waiters: the first polls come soon, the later ones every `interval` -------------------------


def test_poll_waits_start_small_and_grow_to_the_interval() -> None:
    waits = poll_waits(1.0)
    assert [next(waits) for _ in range(7)] == [0.1, 0.2, 0.4, 0.8, 1.0, 1.0, 1.0]
    short = poll_waits(0.05)
    assert [next(short) for _ in range(2)] == [0.05, 0.05]


def test_delete_and_wait_polls_soon_after_starting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sleeps: list[float] = []
    with LocalVirtualServer(delete_delay=3600) as srv:
        sid = srv.add_server()

        def recording_sleep(seconds: float) -> None:
            sleeps.append(seconds)
            if len(sleeps) == 4:
                srv.complete_pending()  # the deletion finishes during the fourth wait

        monkeypatch.setattr(time, "sleep", recording_sleep)
        with make(srv) as client:
            client.servers.delete(sid, wait=True, interval=0.5)
    assert sleeps == [0.1, 0.2, 0.4, 0.5]
    assert not srv.has_server(sid)

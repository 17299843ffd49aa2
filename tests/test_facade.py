"""The facade against the local server over real HTTP: versions, retries, waiters, bad input."""

from __future__ import annotations

import asyncio
import datetime
import logging
import subprocess
import sys
import textwrap
import time
import uuid

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer

from . import version_facts as facts
from .conftest import EARLY, FAST_RETRY, SECRET, fixed


def make(srv: LocalVirtualServer, **kwargs: object) -> vs.VirtualServerClient:
    kwargs.setdefault("retry", FAST_RETRY)
    return vs.VirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials, **kwargs)  # type: ignore[arg-type]


# -- versions ---------------------------------------------------------------------------------


def newest_today() -> str:
    newest = facts.newest_usable(facts.today())
    assert newest is not None, "no version of the table is usable today"
    return newest


def served_up_to_the_one_before_current() -> tuple[list[vs.ApiVersion], str]:
    """A service table without this release's CURRENT version, and what auto picks from it."""
    table = [v for v in vs.VERSIONS if v.version != facts.current()]
    rest = [r for r in facts.rows() if r.version != facts.current()]
    expected = facts.newest_usable(EARLY.date(), rest)
    assert expected is not None
    return table, expected


def test_the_default_is_the_newest_usable_version(server: LocalVirtualServer) -> None:
    assert make(server).api_version == newest_today()


def test_every_request_names_the_version(server: LocalVirtualServer) -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.headers["Scp-Api-Version"])

    with (
        httpx.Client(event_hooks={"request": [record]}) as http,
        make(server, http_client=http) as c,
    ):
        c.servers.get(server.add_server())
        c.servers.delete(server.add_server())
    assert seen == [f"virtualserver {newest_today()}"] * 2


def test_a_pin_in_its_last_90_days_warns_at_construction(early_server: LocalVirtualServer) -> None:
    row = facts.dated()[-1]  # the newest version with a date
    assert row.not_before is not None
    day = row.not_before - datetime.timedelta(days=60)
    newest = facts.newest_usable(day)
    moment = datetime.datetime(day.year, day.month, day.day, 3, tzinfo=datetime.UTC)
    with pytest.warns(
        vs.VersionDeprecationWarning, match=f"{row.not_before} .*move to {newest}"
    ) as caught:
        client = make(early_server, api_version=row.version, clock=fixed(moment))
    assert caught[0].filename == __file__  # points at the caller's line
    assert client.api_version == row.version


def expired_today() -> facts.Row:
    """The newest version past its Not Before date today (the local server refuses it)."""
    past = [r for r in facts.dated() if r.not_before is not None and r.not_before <= facts.today()]
    if not past:
        pytest.skip("no version of the table is past its Not Before date today")
    return past[-1]


def test_an_expired_pin_warns_and_is_still_sent(server: LocalVirtualServer) -> None:
    row = expired_today()
    expected = f"{row.version} is past its Not Before date {row.not_before}"
    with pytest.warns(vs.VersionExpiredWarning, match=expected):
        client = make(server, api_version=row.version)
    with pytest.raises(vs.BadRequest, match="no longer supported"):
        client.servers.get(server.add_server())  # the service decides


def test_strict_versions_refuses_an_expired_pin_before_any_request(
    server: LocalVirtualServer,
) -> None:
    before = server.requests_served
    row = expired_today()
    with pytest.raises(vs.UnsupportedVersionError, match=str(row.not_before)):
        make(server, api_version=row.version, strict_versions=True)
    assert server.requests_served == before


@pytest.mark.parametrize("pin", ["9.9", "1", "latest", ""])
def test_unknown_pins_fail_at_once(server: LocalVirtualServer, pin: str) -> None:
    with pytest.raises(vs.UnsupportedVersionError, match=", ".join(facts.versions())):
        make(server, api_version=pin)


def test_auto_asks_the_service_once(early_server: LocalVirtualServer) -> None:
    table, expected = served_up_to_the_one_before_current()
    with LocalVirtualServer(versions=table, clock=fixed(EARLY)) as srv:
        client = make(srv, api_version="auto", clock=fixed(EARLY))
        assert client.api_version == expected
        before = srv.requests_served
        client.servers.get(srv.add_server())
        client.servers.get(srv.add_server())
        assert srv.requests_served == before + 2  # no second discovery


def test_auto_falls_back_to_the_table_with_a_warning_when_discovery_fails() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, text="<html>oops</html>")

    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        api_version="auto",
        transport=httpx.MockTransport(handler),
        retry=FAST_RETRY,
    )
    newest = newest_today()
    with pytest.warns(vs.VersionDiscoveryWarning, match=rf"GET / answered 500\); using {newest}"):
        assert client.api_version == newest


def test_auto_falls_back_when_the_service_cannot_be_reached(server: LocalVirtualServer) -> None:
    url = server.url
    server.stop()
    client = vs.VirtualServerClient(
        endpoint_url=url, credentials=vs.Credentials("AK", "SK"), api_version="auto"
    )
    with pytest.warns(vs.VersionDiscoveryWarning, match="ConnectError"):
        assert client.api_version == newest_today()


def test_auto_refuses_when_the_service_lists_nothing_this_release_knows() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"versions": [{"id": "v2.0", "status": "CURRENT"}]})

    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        api_version="auto",
        transport=httpx.MockTransport(handler),
    )
    with pytest.raises(vs.UnsupportedVersionError, match="lists 2.0"):
        client.api_version  # noqa: B018


# -- ids and bad input ------------------------------------------------------------------------

BAD_IDS = [
    "..",
    ".",
    "a/b",
    "",
    " ",
    "2a9be312-5d4b-4bc8-b2ae-35100fa9241f/../x",
    "２a9be312-5d4b-4bc8-b2ae-35100fa9241f",
    "2a9be312-5d4b-4bc8-b2ae-35100fa9241f\n",
    "서버",
    None,
    42,
    b"2a9be312-5d4b-4bc8-b2ae-35100fa9241f",
]


@pytest.mark.parametrize("bad", BAD_IDS, ids=repr)
def test_bad_ids_never_reach_a_url(server: LocalVirtualServer, bad: object) -> None:
    client = make(server)
    before = server.requests_served
    for call in (
        client.servers.delete,
        client.servers.get,
        client.servers.wait_until_deleted,
        client.servers.lock,
        client.servers.start,
    ):
        with pytest.raises(vs.InvalidParameterError) as caught:
            call(bad)  # type: ignore[arg-type]
        assert repr(bad) in str(caught.value)
    assert server.requests_served == before


def test_a_uuid_object_and_upper_case_ids_work(
    client: vs.VirtualServerClient, server: LocalVirtualServer
) -> None:
    sid = server.add_server()
    assert client.servers.get(uuid.UUID(sid)).id == sid
    assert client.servers.get(sid.upper()).id == sid


def test_transport_and_http_client_together_are_refused(server: LocalVirtualServer) -> None:
    with httpx.Client() as http, pytest.raises(vs.InvalidParameterError, match="not both"):
        make(server, http_client=http, transport=httpx.HTTPTransport())


def test_timeout_none_is_refused(server: LocalVirtualServer) -> None:
    with pytest.raises(vs.InvalidParameterError, match="hang forever"):
        make(server, timeout=None)


def test_timeouts_are_on_by_default(server: LocalVirtualServer) -> None:
    client = make(server)
    timeout = client._http.timeout
    assert (timeout.connect, timeout.read) == (10.0, 30.0)


# -- errors -----------------------------------------------------------------------------------


def test_delete_of_an_unknown_server_is_not_found(client: vs.VirtualServerClient) -> None:
    with pytest.raises(vs.NotFound) as caught:
        client.servers.delete(str(uuid.uuid4()))
    assert caught.value.status_code == 404 and "not found" in str(caught.value.detail)


def test_a_bad_secret_is_unauthorized_and_the_secret_is_nowhere(server: LocalVirtualServer) -> None:
    secret = "this-secret-must-never-show"
    client = vs.VirtualServerClient(
        endpoint_url=server.url, credentials=vs.Credentials(server.credentials.access_key, secret)
    )
    with pytest.raises(vs.Unauthorized) as caught:
        client.servers.delete(server.add_server())
    for text in (str(caught.value), repr(caught.value), repr(client), repr(caught.value.body)):
        assert secret not in text


@pytest.mark.parametrize(
    ("status", "body", "cls"),
    [
        (499, b"", vs.ApiError),
        (404, b"<html>gone</html>", vs.NotFound),
        (200, b"not json", vs.MalformedResponseError),
        (200, b'{"id": 1}', vs.MalformedResponseError),
        (202, b"", None),
        (500, b"x" * 1_000_000, vs.ServerError),
        (409, b'{"errors": [1, 2]}', vs.Conflict),
    ],
)
def test_whatever_the_service_answers_is_typed(
    status: int, body: bytes, cls: type[vs.ApiError] | None
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body)

    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        transport=httpx.MockTransport(handler),
        retry=vs.RetryPolicy.off(),
    )
    sid = str(uuid.uuid4())
    if cls is None:
        client.servers.delete(sid)
        return
    call = client.servers.get if status == 200 else client.servers.delete
    with pytest.raises(cls) as caught:
        call(sid)
    assert caught.value.status_code == status and caught.value.body == body


# -- retries ----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["503", "502", "504", "429", "drop"])
def test_retries_get_past_transient_failures(server: LocalVirtualServer, mode: str) -> None:
    sid = server.add_server()
    server.fail_next(2, mode=mode)  # type: ignore[arg-type]
    make(server).servers.delete(sid)
    assert not server.has_server(sid)
    assert server.deletes_started(sid) == 1


def test_retries_stop_at_the_attempt_limit(server: LocalVirtualServer) -> None:
    server.fail_next(3, mode="503")
    with pytest.raises(vs.ServerError, match="503"):
        make(server).servers.get(server.add_server())


def test_a_dropped_connection_after_the_limit_is_a_network_error(
    server: LocalVirtualServer,
) -> None:
    server.fail_next(3, mode="drop")
    with pytest.raises(vs.NetworkError, match="after 3 attempts") as caught:
        make(server).servers.get(server.add_server())
    assert isinstance(caught.value.__cause__, httpx.TransportError)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_network_error_after_a_retried_answer_keeps_that_answer(
    server: LocalVirtualServer, mode: str
) -> None:
    server.fail_next(1, mode="503")
    server.fail_next(2, mode="drop")  # the retries of the 503 never get an answer
    sid = server.add_server()
    with pytest.raises(vs.NetworkError, match="the last answer was 503") as caught:
        if mode == "sync":
            make(server).servers.get(sid)
        else:
            asyncio.run(get_async(server, sid))
    error = caught.value
    assert not isinstance(error, vs.errors.DeadlineExceededError)
    assert isinstance(error.last_error, vs.ServerError) and error.last_error.status_code == 503


async def get_async(server: LocalVirtualServer, sid: str) -> None:
    async with vs.AsyncVirtualServerClient(
        endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
    ) as client:
        await client.servers.get(sid)


def test_retry_after_is_honoured(
    server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps: list[float] = []
    real_sleep = time.sleep

    def recording_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", recording_sleep)
    server.fail_next(1, mode="503", retry_after=0.2)
    make(server).servers.get(server.add_server())
    assert sleeps and sleeps[0] >= 0.2


def test_retries_can_be_turned_off(server: LocalVirtualServer) -> None:
    server.fail_next(1, mode="503")
    with pytest.raises(vs.ServerError):
        make(server, retry=vs.RetryPolicy.off()).servers.get(server.add_server())


def test_a_delete_whose_answer_was_lost_and_then_404s_counts_as_done(
    server: LocalVirtualServer,
) -> None:
    sid = server.add_server()
    server.fail_next(1, mode="drop-after")  # the first attempt deletes it, its answer is lost
    make(server).servers.delete(sid)  # the retry sees 404: success, not NotFound
    assert server.deletes_started(sid) == 1


def test_a_404_after_attempts_that_never_left_is_still_not_found() -> None:
    answers = iter(["connect-error", 404])

    def handler(request: httpx.Request) -> httpx.Response:
        answer = next(answers)
        if answer == "connect-error":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(404)

    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        transport=httpx.MockTransport(handler),
        retry=FAST_RETRY,
    )
    with pytest.raises(vs.NotFound):
        client.servers.delete(str(uuid.uuid4()))


def test_a_post_is_not_retried_once_it_may_have_arrived(server: LocalVirtualServer) -> None:
    sid = server.add_server()
    server.fail_next(1, mode="drop-after")
    with pytest.raises(vs.NetworkError):
        make(server).servers.lock(sid)
    before = server.requests_served
    server.fail_next(1, mode="503")
    with pytest.raises(vs.ServerError):
        make(server).servers.unlock(sid)
    assert server.requests_served == before + 1


def test_a_post_is_retried_when_the_connection_was_never_made() -> None:
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(202)

    client = vs.VirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        transport=httpx.MockTransport(handler),
        retry=FAST_RETRY,
    )
    client.servers.lock(str(uuid.uuid4()))
    assert len(attempts) == 2


async def test_async_retries_and_drop_after(
    server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps: list[float] = []
    real_sleep = asyncio.sleep

    async def recording_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await real_sleep(seconds)

    monkeypatch.setattr(asyncio, "sleep", recording_sleep)
    sid, other = server.add_server(), server.add_server()
    async with vs.AsyncVirtualServerClient(
        endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
    ) as client:
        server.fail_next(1, mode="503", retry_after=0.05)
        server.fail_next(1, mode="drop")
        await client.servers.delete(sid)
        server.fail_next(1, mode="drop-after")
        await client.servers.delete(other)
    assert sleeps and sleeps[0] >= 0.05  # Retry-After honoured by the async client too
    assert server.deletes_started(sid) == 1 and server.deletes_started(other) == 1
    assert not server.has_server(sid) and not server.has_server(other)


# -- waiters ----------------------------------------------------------------------------------


def test_delete_and_wait(server: LocalVirtualServer) -> None:
    with LocalVirtualServer(delete_delay=0.3) as srv:
        sid = srv.add_server()
        make(srv).servers.delete(sid, wait=True, interval=0.05, timeout=30)
        assert not srv.has_server(sid)


def test_wait_until_deleted_times_out_with_the_last_state() -> None:
    with LocalVirtualServer(delete_delay=600) as srv:
        sid = srv.add_server()
        client = make(srv)
        client.servers.delete(sid)
        with pytest.raises(
            vs.WaitTimeoutError, match="still exists after 0.1 s \\(state DELETING\\)"
        ) as caught:
            client.servers.wait_until_deleted(sid, timeout=0.1, interval=0.02)
        assert caught.value.last_state == "DELETING"


def test_wait_until_deleted_fails_fast_on_error(server: LocalVirtualServer) -> None:
    sid = server.add_server(state="ERROR")
    with pytest.raises(vs.ServerStateError, match="ERROR") as caught:
        make(server).servers.wait_until_deleted(sid, timeout=60, interval=0.02)
    assert caught.value.server.id == sid


@pytest.mark.parametrize("state", ["", None, 3])
def test_a_bad_awaited_state_is_refused_before_any_request(
    server: LocalVirtualServer, state: object
) -> None:
    sid = server.add_server()
    before = server.requests_served
    with pytest.raises(vs.InvalidParameterError, match="state must be one of ACTIVE, SHUTOFF"):
        make(server).servers.wait_for_state(sid, state)  # type: ignore[arg-type]
    assert server.requests_served == before


@pytest.mark.parametrize(("timeout", "interval"), [(-1, 1), (1, 0), (float("nan"), 1)])
def test_bad_wait_settings_are_refused(
    server: LocalVirtualServer, timeout: float, interval: float
) -> None:
    with pytest.raises(vs.InvalidParameterError):
        make(server).servers.wait_until_deleted(
            server.add_server(), timeout=timeout, interval=interval
        )


# -- packaging, logging -----------------------------------------------------------------------


def test_the_facade_loads_no_generated_version() -> None:
    # The facade reads each operation from its version's spec: the generated per-version
    # clients are for those who import them, and cost the facade's users nothing.
    version = facts.current()
    code = textwrap.dedent(
        f"""
        import re, sys, scp_virtualserver as vs
        def versions():
            generated = re.compile(r"scp_virtualserver[.]v[0-9]+_[0-9]+")
            return sorted({{m.split(".")[1] for m in sys.modules if generated.match(m)}})
        assert "scp_virtualserver.testing" not in sys.modules
        with vs.testing.LocalVirtualServer() as srv:
            c = vs.VirtualServerClient(
                endpoint_url=srv.url, credentials=srv.credentials, api_version="{version}"
            )
            c.servers.get(srv.add_server())
            list(c.images.list())
        print(versions())
        """
    )
    result = subprocess.run(  # killed if it outlives the timeout: nothing left behind
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    )
    assert result.stdout.strip() == "[]"


def test_debug_log_has_each_request_and_never_a_secret(
    server: LocalVirtualServer, caplog: pytest.LogCaptureFixture
) -> None:
    sid = server.add_server()
    server.fail_next(1, mode="503")
    with caplog.at_level(logging.DEBUG), make(server) as client:
        client.servers.delete(sid)
    lines = [r.getMessage() for r in caplog.records if r.name == "scp_virtualserver"]
    assert any(
        f"DELETE {server.url}/v1/servers/{sid} version=virtualserver {newest_today()} "
        "status=503 attempt=1" in line
        for line in lines
    )
    assert any("status=202 attempt=2" in line for line in lines)
    everything = "\n".join(r.getMessage() + str(r.args) for r in caplog.records)
    assert SECRET not in everything
    assert "Scp-Signature" not in everything


def test_reprs_show_no_secret(server: LocalVirtualServer) -> None:
    client = make(server)
    for text in (repr(client), repr(server), repr(server.credentials), repr(client._settings.auth)):
        assert SECRET not in text


async def test_async_auto_resolves_on_entering_and_not_before() -> None:
    table, expected = served_up_to_the_one_before_current()
    with LocalVirtualServer(versions=table, clock=fixed(EARLY)) as srv:
        client = vs.AsyncVirtualServerClient(
            endpoint_url=srv.url,
            credentials=srv.credentials,
            api_version="auto",
            clock=fixed(EARLY),
        )
        with pytest.raises(vs.UnsupportedVersionError, match="resolve_api_version"):
            client.api_version  # noqa: B018
        async with client:
            assert client.api_version == expected
            assert (await client.servers.get(srv.add_server())).state == "ACTIVE"


async def test_async_entering_closes_the_pool_when_no_version_fits() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"versions": [{"id": "v9.0", "status": "CURRENT"}]})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    client = vs.AsyncVirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        api_version="auto",
        http_client=http,
    )
    with pytest.raises(vs.UnsupportedVersionError, match="lists 9.0"):
        async with client:
            pass
    assert not http.is_closed  # a pool passed in belongs to the caller: never closed here
    await http.aclose()


async def test_async_entering_closes_its_own_pool_when_no_version_fits() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"versions": [{"id": "v9.0", "status": "CURRENT"}]})

    client = vs.AsyncVirtualServerClient(
        endpoint_url="https://vs.test",
        credentials=vs.Credentials("AK", "SK"),
        api_version="auto",
        transport=httpx.MockTransport(handler),
    )
    with pytest.raises(vs.UnsupportedVersionError):
        async with client:
            pass
    assert client._http.is_closed

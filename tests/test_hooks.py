"""Operation hooks, OpenTelemetry spans built on them, and bulk work with progress."""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import threading

import pytest

import scp_virtualserver as vs
from scp_virtualserver import bulk
from scp_virtualserver.testing import LocalVirtualServer

from .conftest import FAST_RETRY

MISSING = "00000000-0000-0000-0000-000000000000"


def make(server: LocalVirtualServer) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
    )


def make_async(server: LocalVirtualServer) -> vs.AsyncVirtualServerClient:
    return vs.AsyncVirtualServerClient(
        endpoint_url=server.url, credentials=server.credentials, retry=FAST_RETRY
    )


def test_a_hook_hears_each_operation_once_with_what_it_came_to(
    server: LocalVirtualServer,
) -> None:
    events: list[vs.OperationEvent] = []
    sid = server.add_server(name="web-1")
    with make(server) as client:
        client.add_operation_hook(events.append)
        server.fail_next(2, mode="503")
        client.servers.get(sid)
        with pytest.raises(vs.NotFound) as missing:
            client.servers.get(MISSING)
    first, second = events
    assert (first.operation_id, first.method, first.path_template) == (
        "showVirtualServer",
        "GET",
        "/v1/servers/{server_id}",
    )
    assert first.path == f"/v1/servers/{sid}"
    assert (first.attempts, first.status, first.error) == (3, 200, None)
    assert first.api_version == client.api_version
    assert first.duration > 0
    assert (second.attempts, second.status, second.error) == (1, 404, missing.value)


def test_a_wait_is_the_delete_then_each_poll(server: LocalVirtualServer) -> None:
    events: list[vs.OperationEvent] = []
    sid = server.add_server()
    with make(server) as client:
        client.add_operation_hook(events.append)
        client.servers.delete(sid, wait=True, interval=1.0)
    ids = [event.operation_id for event in events]
    assert ids[0] == "deleteVirtualServer" and events[0].status == 202
    assert set(ids[1:]) == {"showVirtualServer"} and len(ids) >= 2
    assert events[-1].status == 404 and events[-1].error is None  # what the wait waited for


def test_a_list_is_one_operation_per_page(server: LocalVirtualServer) -> None:
    for n in range(5):
        server.add_server(name=f"s{n}")
    events: list[vs.OperationEvent] = []
    with make(server) as client:
        client.add_operation_hook(events.append)
        assert len(list(client.servers.list(page_size=2))) == 5
    pages = len(events)
    assert pages >= 3 and {event.operation_id for event in events} == {"listVirtualServers"}


def test_a_network_failure_has_no_status(server: LocalVirtualServer) -> None:
    events: list[vs.OperationEvent] = []
    sid = server.add_server()
    server.fail_next(FAST_RETRY.attempts, mode="drop")
    with make(server) as client:
        client.add_operation_hook(events.append)
        with pytest.raises(vs.NetworkError) as caught:
            client.servers.get(sid)
    (event,) = events
    assert event.status is None and event.attempts == FAST_RETRY.attempts
    assert event.error is caught.value


def test_refused_arguments_send_nothing_and_tell_no_hook(server: LocalVirtualServer) -> None:
    events: list[vs.OperationEvent] = []
    with make(server) as client:
        client.add_operation_hook(events.append)
        with pytest.raises(vs.InvalidParameterError):
            client.servers.get("../etc")
    assert events == []


async def test_the_async_client_tells_its_hooks_the_same(server: LocalVirtualServer) -> None:
    events: list[vs.OperationEvent] = []
    sid = server.add_server()
    async with make_async(server) as client:
        client.add_operation_hook(events.append)
        server.fail_next(1, mode="503")
        await client.servers.get(sid)
        await client.servers.delete(sid, wait=True)
    assert events[0].operation_id == "showVirtualServer" and events[0].attempts == 2
    assert events[1].operation_id == "deleteVirtualServer" and events[1].status == 202


def test_a_hook_that_raises_is_logged_and_changes_nothing(
    server: LocalVirtualServer, caplog: pytest.LogCaptureFixture
) -> None:
    heard: list[vs.OperationEvent] = []

    def broken(event: vs.OperationEvent) -> None:
        raise RuntimeError("the hook's own bug")

    sid = server.add_server(name="web-1")
    with make(server) as client, caplog.at_level(logging.WARNING, "scp_virtualserver"):
        client.add_operation_hook(broken)
        client.add_operation_hook(heard.append)  # the next hook is still told
        assert client.servers.get(sid).name == "web-1"
        client.servers.delete(sid, wait=True)
        assert client.servers.get(server.add_server(name="again")).name == "again"
    assert len(heard) >= 4
    assert "the hook's own bug" in caplog.text and "the call goes on" in caplog.text
    assert not server.has_server(sid)


def test_a_hook_may_end_the_call_when_asked_and_the_client_goes_on(
    server: LocalVirtualServer,
) -> None:
    def strict(event: vs.OperationEvent) -> None:
        if event.status == 202:
            raise RuntimeError("no deletes here")

    sid = server.add_server()
    with make(server) as client:
        client.add_operation_hook(strict, raise_errors=True)
        with pytest.raises(RuntimeError, match="no deletes here"):
            client.servers.delete(sid, wait=True)
        client.remove_operation_hook(strict)
        server.complete_pending()
        client.servers.wait_until_deleted(sid)
        assert list(client.servers.list()) == []


def test_hooks_are_added_and_removed_and_checked(server: LocalVirtualServer) -> None:
    events: list[vs.OperationEvent] = []
    with make(server) as client:
        assert client.add_operation_hook(events.append) == events.append
        client.remove_operation_hook(events.append)
        list(client.images.list())
        with pytest.raises(ValueError, match="not a hook"):
            client.remove_operation_hook(events.append)
        with pytest.raises(vs.InvalidParameterError, match="callable"):
            client.add_operation_hook("print")  # type: ignore[arg-type]
        with pytest.raises(vs.InvalidParameterError, match="raise_errors"):
            client.add_operation_hook(print, raise_errors="yes")  # type: ignore[arg-type]
    assert events == []


# -- OpenTelemetry -------------------------------------------------------------------------------

otel_sdk = pytest.mark.skipif(
    importlib.util.find_spec("opentelemetry.sdk") is None,
    reason="opentelemetry-sdk is not installed in this session (pip install --group test)",
)


@otel_sdk
def test_each_operation_is_a_client_span_by_the_http_conventions(
    server: LocalVirtualServer,
) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
    from opentelemetry.trace import SpanKind, StatusCode

    from scp_virtualserver.otel import instrument

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    sid = server.add_server()
    with make(server) as client:
        hook = instrument(client, tracer_provider=provider)
        server.fail_next(1, mode="503")
        client.servers.get(sid)
        with pytest.raises(vs.NotFound):
            client.servers.get(MISSING)
        client.remove_operation_hook(hook)
        client.servers.get(sid)
    ok, missing = exporter.get_finished_spans()
    assert ok.name == "GET /v1/servers/{server_id}" and ok.kind is SpanKind.CLIENT
    assert ok.attributes is not None and missing.attributes is not None
    assert ok.attributes["http.request.method"] == "GET"
    assert ok.attributes["url.template"] == "/v1/servers/{server_id}"
    assert ok.attributes["url.full"] == f"{server.url}/v1/servers/{sid}"
    assert ok.attributes["server.address"] == "127.0.0.1"
    assert ok.attributes["server.port"] == int(server.url.rsplit(":", 1)[1])
    assert ok.attributes["http.response.status_code"] == 200
    assert ok.attributes["http.request.resend_count"] == 1
    assert ok.attributes["scp.operation_id"] == "showVirtualServer"
    assert ok.status.status_code is StatusCode.UNSET
    assert ok.start_time is not None and ok.end_time is not None
    assert ok.end_time > ok.start_time
    assert missing.attributes["error.type"] == "404"
    assert missing.status.status_code is StatusCode.ERROR


# -- bulk ----------------------------------------------------------------------------------------


def test_bulk_runs_each_item_with_bounded_threads_and_progress(server: LocalVirtualServer) -> None:
    ids = [server.add_server(name=f"s{n}") for n in range(12)]
    locked = server.add_server(name="locked", locked=True)
    items = [*ids, locked]
    seen: list[bulk.Progress] = []
    running = peak = 0
    gate = threading.Lock()

    with make(server) as client:

        def delete(server_id: str) -> None:
            nonlocal running, peak
            with gate:
                running += 1
                peak = max(peak, running)
            try:
                client.servers.delete(server_id)
            finally:
                with gate:
                    running -= 1

        outcomes = bulk.run(delete, items, concurrency=3, on_progress=seen.append)
    assert [outcome.item for outcome in outcomes] == items  # the items' order
    assert [outcome.ok for outcome in outcomes] == [True] * len(ids) + [False]
    assert isinstance(outcomes[-1].error, vs.Conflict)
    assert peak <= 3
    assert [p.done for p in seen] == list(range(1, len(items) + 1))
    assert seen[-1].total == len(items) and seen[-1].failed == 1


async def test_bulk_arun_bounds_its_tasks_and_reports_progress(server: LocalVirtualServer) -> None:
    ids = [server.add_server(name=f"s{n}") for n in range(8)]
    seen: list[bulk.Progress] = []
    async with make_async(server) as client:
        outcomes = await bulk.arun(
            client.servers.get, [*ids, MISSING], concurrency=2, on_progress=seen.append
        )
    assert [o.item for o in outcomes] == [*ids, MISSING]
    assert all(o.value is not None and o.value.id == o.item for o in outcomes[:-1])
    assert isinstance(outcomes[-1].error, vs.NotFound)
    assert seen[-1].done == len(ids) + 1 and seen[-1].failed == 1


def test_bulk_survives_a_progress_callback_that_raises(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(progress: bulk.Progress) -> None:
        raise ValueError("progress bar broke")

    with caplog.at_level(logging.WARNING, "scp_virtualserver"):
        outcomes = bulk.run(lambda n: n * 2, range(5), concurrency=2, on_progress=broken)
        assert asyncio.run(bulk.arun(_double, range(3), on_progress=broken))[2].value == 4
    assert [o.value for o in outcomes] == [0, 2, 4, 6, 8]
    assert "progress bar broke" in caplog.text


async def _double(n: int) -> int:
    return n * 2


@pytest.mark.parametrize(
    ("function", "concurrency", "on_progress", "match"),
    [
        ("not callable", 1, None, "function must be callable"),
        (abs, 0, None, "concurrency"),
        (abs, True, None, "concurrency"),
        (abs, 2.5, None, "concurrency"),
        (abs, 1, "print", "on_progress"),
    ],
)
def test_bulk_refuses_bad_arguments(
    function: object, concurrency: object, on_progress: object, match: str
) -> None:
    with pytest.raises(vs.InvalidParameterError, match=match):
        bulk.run(function, [1], concurrency=concurrency, on_progress=on_progress)  # type: ignore[arg-type]


def test_bulk_of_nothing_is_nothing() -> None:
    assert bulk.run(abs, []) == []
    assert asyncio.run(bulk.arun(_double, [])) == []


async def test_an_async_hook_error_ends_the_call_only_when_asked(
    server: LocalVirtualServer,
) -> None:
    def strict(event: vs.OperationEvent) -> None:
        raise LookupError("refused by the hook")

    sid = server.add_server()
    async with make_async(server) as client:
        client.add_operation_hook(strict, raise_errors=True)
        with pytest.raises(LookupError, match="refused by the hook"):
            await client.servers.get(sid)
        client.remove_operation_hook(strict)
        client.add_operation_hook(strict)  # logged only
        assert (await client.servers.get(sid)).id == sid

"""Secrets and errors that travel: the secret never in any output or frame, signatures not kept
on the requests attached to errors, errors that pickle with their fields (multiprocessing)."""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import pickle
import re
import traceback
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import httpx
import pytest

import scp_virtualserver as vs
from scp_virtualserver.errors import DeadlineExceededError, ResponseTooLargeError
from scp_virtualserver.testing import LocalVirtualServer

from .test_hostile_network import BOMB, first_request, serving, silent

SECRET = "S3cr3t-Value-Never-Shown"
QUICK = vs.RetryPolicy(attempts=2, backoff=0.01, max_backoff=0.01, total=5.0)


@pytest.fixture
def server() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer(secret_key=SECRET) as srv:
        yield srv


def client_of(url: str, secret: str = SECRET, **overrides: Any) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=url,
        credentials=vs.Credentials("local-access-key", secret),
        api_version="1.3",
        retry=QUICK,
        **overrides,
    )


def every_text_of(error: BaseException) -> str:
    """Everything a logger, a crash reporter or a debugger could print of an error: its text,
    repr, the chain, and every frame with its locals (but the test's own frames: the caller
    holds its secret, of course)."""
    texts = [str(error), repr(error)]
    seen: BaseException | None = error
    while seen is not None:
        summary = traceback.TracebackException.from_exception(seen, capture_locals=True)
        for frame in summary.stack:
            if frame.filename == __file__:
                frame.locals = None
        texts.extend(summary.format())
        texts.append(repr(getattr(seen, "__dict__", {})))
        seen = seen.__cause__ or seen.__context__
    return "".join(texts)


def signed_requests_in(error: BaseException) -> list[httpx.Request]:
    """Requests still carrying a signature, on the error chain or in any frame's locals."""
    found: list[httpx.Request] = []
    seen: BaseException | None = error
    while seen is not None:
        candidates: list[Any] = [getattr(seen, "_request", None)]
        tb: TracebackType | None = seen.__traceback__
        while tb is not None:
            candidates.extend(tb.tb_frame.f_locals.values())
            tb = tb.tb_next
        for value in candidates:
            if isinstance(value, httpx.Request) and "scp-signature" in value.headers:
                found.append(value)
        seen = seen.__cause__ or seen.__context__
    return found


# -- the secret ---------------------------------------------------------------------------------


def failures(server: LocalVirtualServer) -> Iterator[tuple[str, BaseException]]:
    """One error of each kind, from real calls."""
    sid = server.add_server()
    with client_of(server.url, secret="wrong-secret") as client:
        try:
            client.servers.get(sid)
        except vs.ScpError as error:
            yield "401", error
    server.fail_next(2, mode="drop")
    with client_of(server.url) as client:
        try:
            client.servers.get(sid)
        except vs.ScpError as error:
            yield "dropped", error
    with serving(first_request(silent)) as srv, client_of(srv.url) as client:
        try:
            client.servers.get(sid, timeout=0.5)
        except vs.ScpError as error:
            yield "deadline", error
    headers = {"Content-Encoding": "gzip"}
    bomb = first_request(lambda connection, _: connection.answer(200, BOMB, headers))
    with serving(bomb) as srv, client_of(srv.url, max_response_bytes=4096) as client:
        try:
            client.servers.get(sid)
        except vs.ScpError as error:
            yield "too-large", error
    with client_of(server.url) as client:
        try:
            client.servers.get("../../etc")
        except vs.ScpError as error:
            yield "bad-id", error


def test_errors_never_show_the_secret_nor_keep_a_signature(server: LocalVirtualServer) -> None:
    kinds = []
    for kind, error in failures(server):
        kinds.append(kind)
        assert SECRET not in every_text_of(error), kind
        assert signed_requests_in(error) == [], kind
    assert kinds == ["401", "dropped", "deadline", "too-large", "bad-id"]


def test_a_dropped_connection_keeps_its_cause_without_the_signature(
    server: LocalVirtualServer,
) -> None:
    server.fail_next(2, mode="drop")
    with client_of(server.url) as client, pytest.raises(vs.NetworkError) as caught:
        client.servers.get(server.add_server())
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.TransportError)
    headers = cause.request.headers
    assert "Scp-Signature" not in headers and "Scp-Accesskey" not in headers
    assert headers["Scp-Api-Version"] == "virtualserver 1.3"  # the rest is kept, for debugging


def test_a_failure_inside_signing_shows_no_secret_as_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scp_virtualserver import signing

    def broken(key: bytes, msg: bytes, digestmod: Any) -> Any:
        raise RuntimeError("hmac failed")  # as hmac's own frames would, holding the key as bytes

    monkeypatch.setattr(signing.hmac, "new", broken)  # type: ignore[attr-defined]
    with (
        client_of("http://127.0.0.1:9") as client,
        pytest.raises(RuntimeError) as caught,
    ):
        client.servers.get("2a9be312-5d4b-4bc8-b2ae-35100fa9241f")
    text = every_text_of(caught.value)
    assert "secret_key = '***'" in text  # the frame of sign() is there, and shows no key
    assert re.search(f"(?<!b)'{SECRET}", text) is None  # as text: nowhere


@pytest.mark.parametrize("secret", ["s\udc80cret-with-a-surrogate", "tab\tsecret", "é-secret"])
def test_a_refused_secret_is_not_in_the_refusal_nor_its_frames(secret: str) -> None:
    with pytest.raises(vs.InvalidParameterError) as caught:
        vs.Credentials("AK", secret)
    assert secret not in every_text_of(caught.value)


def test_no_secret_or_signature_in_reprs_or_debug_logs(
    server: LocalVirtualServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scp_virtualserver")
    signatures: list[str] = []

    def keep(request: httpx.Request) -> None:
        signatures.append(request.headers["Scp-Signature"])

    with client_of(server.url) as client:
        client._http.event_hooks["request"].append(keep)
        sid = server.add_server()
        client.servers.get(sid)
        client.servers.delete(sid)
        texts = [repr(client), repr(client._settings.credentials), repr(client._settings.auth)]
    texts.append(caplog.text)
    everything = "\n".join(texts)
    assert signatures and caplog.records
    assert SECRET not in everything
    assert not any(signature in everything for signature in signatures)


# -- errors that travel -------------------------------------------------------------------------

SERVER = vs.Server(id="2a9be312-5d4b-4bc8-b2ae-35100fa9241f", name="web", state="ERROR")

ERRORS: list[Any] = [
    vs.ScpError("plain"),
    vs.InvalidParameterError("server_id must be a UUID"),
    vs.UnsupportedVersionError("9.9 is unknown"),
    vs.WaitTimeoutError("still BUILD", last_state="BUILD"),
    vs.ServerStateError("went into ERROR", server=SERVER),
    vs.NetworkError("dropped", may_have_reached=False),
    DeadlineExceededError("out of time", may_have_reached=True),
    vs.NotFound(404, "no such server", b'{"errors": []}', headers={"X-Request-Id": "r-1"}),
    vs.Conflict(409, ["locked", "backup"], b"{}"),
    vs.TooManyRequests(429, None, b"", headers={"Retry-After": "7"}),
    vs.Unauthorized(401, "refused", b"", message="GET /v1/servers: 401 Unauthorized"),
    vs.ServerError(503, "busy", b"busy"),
    vs.MalformedResponseError(200, None, b"[[[", message="nested too deeply"),
    ResponseTooLargeError(200, b"\x00" * 10, limit=4096, headers={"Content-Type": "x"}),
]


def fields(error: BaseException) -> tuple[Any, ...]:
    return (type(error), error.args, str(error), dict(error.__dict__))


@pytest.mark.parametrize(
    "error", ERRORS, ids=lambda e: type(e).__name__ if isinstance(e, Exception) else None
)
def test_every_error_pickles_with_its_fields(error: vs.ScpError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert fields(copy) == fields(error)
    if isinstance(error, vs.TooManyRequests):
        assert copy.retry_after == 7.0


def test_errors_of_real_calls_pickle(server: LocalVirtualServer) -> None:
    for kind, error in failures(server):
        copy = pickle.loads(pickle.dumps(error))
        assert fields(copy) == fields(error), kind


def not_found_in_a_worker(url: str) -> None:
    with client_of(url) as client:
        client.servers.get("2a9be312-5d4b-4bc8-b2ae-35100fa9241f")


def test_an_error_crosses_a_process_boundary(server: LocalVirtualServer) -> None:
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
        future = pool.submit(not_found_in_a_worker, server.url)
        with pytest.raises(vs.NotFound) as caught:
            future.result(timeout=60)
    assert caught.value.status_code == 404 and caught.value.body
    assert caught.value.detail and "not found" in str(caught.value.detail).lower()


# -- the access key: masked -----------------------------------------------------------------------


def test_the_access_key_is_masked_in_reprs_logs_and_frames(
    server: LocalVirtualServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scp_virtualserver")
    key = server.credentials.access_key
    with client_of(server.url, secret="wrong-secret") as client:
        with pytest.raises(vs.Unauthorized) as caught:
            client.servers.get("2a9be312-5d4b-4bc8-b2ae-35100fa9241f")
        texts = [
            repr(client),
            repr(client._settings.credentials),
            str(client._settings.credentials),
            repr(client._settings.auth),
            repr(server),
            every_text_of(caught.value),
            caplog.text,
        ]
    everything = "\n".join(texts)
    assert str(key) not in everything
    assert "'loca\u2026'" in repr(client._settings.credentials)  # enough to tell keys apart
    assert str(key) == "local-access-key"  # the key itself is what goes on the wire


@pytest.mark.parametrize("key", ["AK", "A", "AKIA\n", "a-long-access-key"])
def test_a_refused_or_short_access_key_is_masked_too(key: str) -> None:
    try:
        shown = repr(vs.Credentials(key, SECRET))
    except vs.InvalidParameterError as refused:
        shown = every_text_of(refused)
    assert key not in shown

"""The size limit on answers: bodies counted while they stream, and decoded here with a bounded
decompressor, so that a gzip bomb never inflates past the limit and httpx only ever sees
identity-encoded bodies. A body that stops coming is bounded by the call's deadline, chunk by
chunk."""

from __future__ import annotations

import contextvars
import zlib
from collections.abc import AsyncIterator, Callable, Iterator

import httpx

from ._deadline import remaining
from .errors import MalformedResponseError, ResponseTooLargeError
from .signing import scrub

__all__ = [
    "ACCEPT_ENCODING",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "KEPT_BYTES",
    "bound",
    "check_encodings",
    "last_response",
]

DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""8 MiB: a page of a thousand servers is about 2 MiB."""


ACCEPT_ENCODING = "gzip, deflate"
"""The encodings decoded here (with a bounded decompressor); the only ones asked for."""

KEPT_BYTES = 4096
"""How much of an answer over the limit, or one that does not decode, its error keeps."""
last_response: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "scp_last_response", default=None
)
"""The latest answer this context received, for errors raised after httpx handed it over."""


class _Inflater:
    """One content encoding, undone with a bounded output per call."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._first = True
        wbits = 16 + zlib.MAX_WBITS if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS
        self._inflate = zlib.decompressobj(wbits)

    def feed(self, data: bytes, allowance: int) -> bytes:
        """At most `allowance + 1` bytes of output: one more than allowed means "too large"."""
        if self._inflate.eof:
            return b""  # trailing bytes after the end of the stream are ignored, as httpx does
        first, self._first = self._first, False
        try:
            return self._inflate.decompress(data, allowance + 1)
        except zlib.error:
            if not (first and self.encoding == "deflate"):
                raise
            # "deflate" is sent both with and without its zlib header: try it raw.
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._inflate.decompress(data, allowance + 1)


class _Reader:
    """Counts, decodes and times one answer's body; shared by the sync and async streams."""

    def __init__(self, request: httpx.Request, response: httpx.Response, limit: int) -> None:
        self.request = request
        self.status = response.status_code
        self.limit = limit
        encoded = "content-encoding" in response.headers
        encodings = _encodings(response.headers) if encoded else []
        self.inflaters = [_Inflater(name) for name in reversed(encodings)]
        # As sent (errors keep them), before the encoding is taken off the answer's own headers.
        self.headers = response.headers.copy() if encoded else response.headers
        self.raw_count = 0
        self.count = 0
        self.kept = bytearray()

    def take(self, raw: bytes) -> bytes:
        left = remaining()
        if left is not None and left <= 0:
            scrub(self.request)
            raise httpx.ReadTimeout(
                "the call's deadline passed while reading the answer", request=self.request
            )
        self.raw_count += len(raw)
        if self.raw_count > self.limit:
            self._keep(raw if not self.inflaters else b"")
            raise self._too_large()
        data = raw
        for inflater in self.inflaters:
            try:
                data = inflater.feed(data, self.limit - self.count)
            except zlib.error as problem:
                raise self._undecodable(inflater.encoding, raw, problem) from None
        self.count += len(data)
        self._keep(data)
        if self.count > self.limit:
            raise self._too_large()
        return data

    def _keep(self, data: bytes) -> None:
        if len(self.kept) < KEPT_BYTES:
            self.kept += data[: KEPT_BYTES - len(self.kept)]

    def _line(self) -> str:
        return f"{self.request.method} {self.request.url.path}"

    def _too_large(self) -> ResponseTooLargeError:
        scrub(self.request)
        counted = "after decompression " if self.inflaters else ""
        return ResponseTooLargeError(
            self.status,
            bytes(self.kept),
            limit=self.limit,
            headers=self.headers,
            message=(
                f"{self._line()}: the {self.status} answer is longer than {self.limit} bytes "
                f"{counted}(max_response_bytes); reading stopped there, and its first "
                f"{len(self.kept)} bytes are kept in .body"
            ),
        )

    def _undecodable(self, encoding: str, raw: bytes, problem: Exception) -> MalformedResponseError:
        scrub(self.request)
        return MalformedResponseError(
            self.status,
            None,
            raw[:KEPT_BYTES],
            headers=self.headers,
            message=(
                f"{self._line()}: the {self.status} answer says Content-Encoding {encoding} "
                f"but does not decode as {encoding} ({problem}); its first bytes are in .body"
            ),
        )


def _encodings(headers: httpx.Headers) -> list[str]:
    names = [
        name.strip().lower()
        for name in headers.get_list("content-encoding", split_commas=True)
        if name.strip()
    ]
    return [name for name in names if name != "identity"]


def check_encodings(request: httpx.Request, response: httpx.Response) -> None:
    if "content-encoding" not in response.headers:
        return
    for name in _encodings(response.headers):
        if name not in ("gzip", "x-gzip", "deflate"):
            raise MalformedResponseError(
                response.status_code,
                None,
                b"",
                headers=response.headers,
                message=(
                    f"{request.method} {request.url.path}: the {response.status_code} answer is "
                    f"encoded as {name!r}, which this client did not ask for "
                    f"(Accept-Encoding: {ACCEPT_ENCODING})"
                ),
            )


def bound(
    response: httpx.Response,
    request: httpx.Request,
    limit: int,
    release: Callable[[], None],
    asynchronous: bool,
) -> httpx.Response:
    """The answer, its body counted and decoded as it streams (httpx then sees identity)."""
    reader = _Reader(request, response, limit)
    if reader.inflaters:
        del response.headers["content-encoding"]
        response.headers.pop("content-length", None)
    stream = response.stream  # some streams (httpx.ByteStream) are both sync and async
    if asynchronous:
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _AsyncBoundedStream(stream, reader, release)
    else:
        assert isinstance(stream, httpx.SyncByteStream)
        response.stream = _BoundedStream(stream, reader, release)
    last_response.set(response)
    return response


class _BoundedStream(httpx.SyncByteStream):
    def __init__(
        self, inner: httpx.SyncByteStream, reader: _Reader, release: Callable[[], None]
    ) -> None:
        self._inner = inner
        self._reader = reader
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> Iterator[bytes]:
        for raw in self._inner:
            data = self._reader.take(raw)
            if data:
                yield data

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class _AsyncBoundedStream(httpx.AsyncByteStream):
    def __init__(
        self, inner: httpx.AsyncByteStream, reader: _Reader, release: Callable[[], None]
    ) -> None:
        self._inner = inner
        self._reader = reader
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for raw in self._inner:
            data = self._reader.take(raw)
            if data:
                yield data

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()

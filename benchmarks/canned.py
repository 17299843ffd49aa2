"""A server that answers from canned bytes, in a process of its own: what the client costs.

The local server checks signatures and requests and renders every answer, so against it the
server is most of what a benchmark measures. This one reads a request's head, looks its method
and path up in a table of answers captured from the local server (real bodies, real headers),
and writes the bytes back: a few microseconds a request, on the other core.

    python -m benchmarks.canned ANSWERS.json   # prints "PORT <n>" once listening

ANSWERS.json maps `key_of(method, target)` to a status and a body.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

REASONS = {200: "OK", 202: "Accepted", 404: "Not Found"}


def _answer(status: int, body: bytes) -> bytes:
    head = (
        f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}\r\n"
        f"content-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def load(path: Path) -> dict[str, bytes]:
    table = json.loads(path.read_text("utf-8"))
    return {key: _answer(int(v["status"]), v["body"].encode("utf-8")) for key, v in table.items()}


def key_of(method: str, target: str) -> str:
    """ "GET /v1/servers/{id}" for any id (a segment of 32 characters or more), the query
    left out but for `limit=`."""
    path, _, query = target.partition("?")
    limit = [part for part in query.split("&") if part.startswith("limit=")]
    shape = "/".join("{id}" if len(part) >= 32 else part for part in path.split("/"))
    return f"{method} {shape}" + (f"?{limit[0]}" if limit else "")


class _Protocol(asyncio.Protocol):
    def __init__(self, table: dict[str, bytes]) -> None:
        self.table = table
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end].decode("latin-1")
            lines = head.split("\r\n")
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = lines[0].split(" ", 2)
            answer = self.table.get(key_of(method, target))
            if answer is None:
                answer = _answer(404, b'{"errors":[{"status":404,"detail":"not canned"}]}')
            assert self.transport is not None
            self.transport.write(answer)


async def serve(table: dict[str, bytes]) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Protocol(table), "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(load(Path(sys.argv[1]))))

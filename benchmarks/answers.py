"""The answer path's cost: the facade against bare signed httpx + `.json()`, on canned answers.

Both sides talk to `benchmarks/canned.py` in a process of its own, which answers from bytes
captured from the local server, so that the client, not the server, is what is measured. Each
figure is the facade's median time over the bare client's, interleaved call by call.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

import scp_virtualserver as vs
from scp_virtualserver.signing import ScpAuth
from scp_virtualserver.testing import LocalVirtualServer

from .canned import key_of

ROUNDS = 5
CALLS = {"get": 300, "list_20": 200, "list_1000": 12, "create": 300, "delete": 300}
WARM_UP = 10
CREATE = {
    "name": "bench-1",
    "image_id": "",
    "server_type_id": "",
    "keypair_name": "bench",
    "networks": [{"subnet_id": "subnet-1"}],
    "volumes": [{"size": 50, "boot_index": 0, "delete_on_termination": True}],
}


def capture(path: Path) -> str:
    """Writes the canned answers, captured from the local server, to `path`; returns an id."""
    table: dict[str, dict[str, Any]] = {}
    with LocalVirtualServer() as srv:
        ids = [srv.add_server(name=f"bench-{n}") for n in range(1000)]
        auth = ScpAuth(srv.credentials, api_version="1.3")
        with httpx.Client(base_url=srv.url, auth=auth) as http:
            image = http.get("/v1/images").json()["images"][0]["id"]
            server_type = http.get("/v1/server-types").json()["server_types"][0]["id"]
            http.post("/v1/keypairs", json={"name": "bench"}).raise_for_status()
            body = {**CREATE, "image_id": image, "server_type_id": server_type}
            requests = [
                ("GET", f"/v1/servers/{ids[0]}", None),
                ("GET", "/v1/servers?limit=20", None),
                ("GET", "/v1/servers?limit=1000", None),
                ("POST", "/v1/servers", body),
                ("DELETE", f"/v1/servers/{ids[1]}", None),
            ]
            for method, target, sent in requests:
                response = http.request(method, target, json=sent)
                assert response.is_success, (target, response.text)
                table[key_of(method, target)] = {
                    "status": response.status_code,
                    "body": response.text,
                }
    path.write_text(json.dumps(table), "utf-8")
    return ids[0]


@contextmanager
def canned_server() -> Iterator[tuple[str, str]]:
    """(url, a server id) of a canned server running in a process of its own."""
    with tempfile.TemporaryDirectory() as scratch:
        answers = Path(scratch) / "answers.json"
        server_id = capture(answers)
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "benchmarks.canned", str(answers)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        try:
            assert process.stdout is not None
            port = int(process.stdout.readline().split()[1])
            yield f"http://127.0.0.1:{port}", server_id
        finally:
            process.terminate()
            process.wait(timeout=10)


VOLUME = vs.Volume(size=50, boot_index=0, delete_on_termination=True)


def _facade_calls(client: vs.VirtualServerClient, server_id: str) -> dict[str, Callable[[], Any]]:
    return {
        "get": lambda: client.servers.get(server_id),
        "list_20": lambda: next(iter(client.servers.list_pages(page_size=20))),
        "list_1000": lambda: next(iter(client.servers.list_pages(page_size=1000))),
        "create": lambda: client.servers.create(
            "bench-1",
            image_id="i",
            server_type_id="t",
            keypair_name="bench",
            networks=["subnet-1"],
            volumes=[VOLUME],
        ),
        "delete": lambda: client.servers.delete(server_id),
    }


def _bare_calls(http: httpx.Client, server_id: str) -> dict[str, Callable[[], Any]]:
    def read(response: httpx.Response) -> Any:
        response.raise_for_status()
        return response.json() if response.content else None

    body = {**CREATE, "image_id": "i", "server_type_id": "t"}
    return {
        "get": lambda: read(http.get(f"/v1/servers/{server_id}")),
        "list_20": lambda: read(http.get("/v1/servers", params={"limit": 20})),
        "list_1000": lambda: read(http.get("/v1/servers", params={"limit": 1000})),
        "create": lambda: read(http.post("/v1/servers", json=body)),
        "delete": lambda: read(http.delete(f"/v1/servers/{server_id}")),
    }


def _ratios(facade: Callable[[], Any], bare: Callable[[], Any], calls: int) -> list[float]:
    for _ in range(WARM_UP):
        facade()
        bare()
    ratios = []
    for _ in range(ROUNDS):
        facade_times, bare_times = [], []
        for _ in range(calls):
            start = time.perf_counter()
            bare()
            bare_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            facade()
            facade_times.append(time.perf_counter() - start)
        ratios.append(statistics.median(facade_times) / statistics.median(bare_times))
    return ratios


async def _async_ratios(
    facade: Callable[[], Awaitable[Any]], bare: Callable[[], Awaitable[Any]], calls: int
) -> list[float]:
    for _ in range(WARM_UP):
        await facade()
        await bare()
    ratios = []
    for _ in range(ROUNDS):
        facade_times, bare_times = [], []
        for _ in range(calls):
            start = time.perf_counter()
            await bare()
            bare_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            await facade()
            facade_times.append(time.perf_counter() - start)
        ratios.append(statistics.median(facade_times) / statistics.median(bare_times))
    return ratios


def measure_sync(url: str, server_id: str) -> dict[str, list[float]]:
    credentials = vs.Credentials("AK-bench", "SK-bench")
    with (
        vs.VirtualServerClient(endpoint_url=url, credentials=credentials, api_version="1.3") as c,
        httpx.Client(base_url=url, auth=ScpAuth(credentials, api_version="1.3")) as http,
    ):
        facade, bare = _facade_calls(c, server_id), _bare_calls(http, server_id)
        return {name: _ratios(facade[name], bare[name], CALLS[name]) for name in CALLS}


def measure_async(url: str, server_id: str) -> dict[str, list[float]]:
    credentials = vs.Credentials("AK-bench", "SK-bench")
    body = {**CREATE, "image_id": "i", "server_type_id": "t"}

    async def run() -> dict[str, list[float]]:
        async with (
            vs.AsyncVirtualServerClient(
                endpoint_url=url, credentials=credentials, api_version="1.3"
            ) as c,
            httpx.AsyncClient(base_url=url, auth=ScpAuth(credentials, api_version="1.3")) as http,
        ):

            async def read(response: Awaitable[httpx.Response]) -> Any:
                answer = await response
                answer.raise_for_status()
                return answer.json() if answer.content else None

            async def first_page(size: int) -> Any:
                async for page in c.servers.list_pages(page_size=size):
                    return page
                return None

            facade: dict[str, Callable[[], Awaitable[Any]]] = {
                "get": lambda: c.servers.get(server_id),
                "list_20": lambda: first_page(20),
                "list_1000": lambda: first_page(1000),
                "create": lambda: c.servers.create(
                    "bench-1",
                    image_id="i",
                    server_type_id="t",
                    keypair_name="bench",
                    networks=["subnet-1"],
                    volumes=[VOLUME],
                ),
                "delete": lambda: c.servers.delete(server_id),
            }
            bare: dict[str, Callable[[], Awaitable[Any]]] = {
                "get": lambda: read(http.get(f"/v1/servers/{server_id}")),
                "list_20": lambda: read(http.get("/v1/servers", params={"limit": 20})),
                "list_1000": lambda: read(http.get("/v1/servers", params={"limit": 1000})),
                "create": lambda: read(http.post("/v1/servers", json=body)),
                "delete": lambda: read(http.delete(f"/v1/servers/{server_id}")),
            }
            return {
                name: await _async_ratios(facade[name], bare[name], CALLS[name]) for name in CALLS
            }

    return asyncio.run(run())


FIRST_CALL = """
import sys, time
start = time.perf_counter()
if sys.argv[1] == "facade":
    import scp_virtualserver as vs
    client = vs.VirtualServerClient(
        endpoint_url=sys.argv[2], credentials=vs.Credentials("AK-bench", "SK-bench")
    )
    client.servers.get(sys.argv[3])
else:  # the same signed request, signed here: importing the package is the facade's cost
    import base64, hashlib, hmac
    import httpx
    def sign(request):
        stamp = str(int(time.time() * 1000))
        message = f"{request.method}{request.url}{stamp}AK-benchOpenapi".encode()
        digest = hmac.new(b"SK-bench", message, hashlib.sha256).digest()
        request.headers.update({
            "Scp-Accesskey": "AK-bench", "Scp-Timestamp": stamp, "Scp-ClientType": "Openapi",
            "Scp-Signature": base64.b64encode(digest).decode(),
            "Scp-Api-Version": "virtualserver 1.3", "Accept-Language": "en-US",
        })
    http = httpx.Client(base_url=sys.argv[2], event_hooks={"request": [sign]})
    http.get("/v1/servers/" + sys.argv[3]).json()
print(time.perf_counter() - start)
"""


def first_call(url: str, server_id: str) -> list[float]:
    """Import, client and first `servers.get` in a fresh interpreter, over bare httpx's."""

    def seconds(side: str) -> float:
        result = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", FIRST_CALL, side, url, server_id],
            capture_output=True,
            text=True,
            check=True,
        )
        return float(result.stdout)

    ratios = []
    for _ in range(ROUNDS):
        bare = statistics.median(seconds("bare") for _ in range(3))
        facade = statistics.median(seconds("facade") for _ in range(3))
        ratios.append(facade / bare)
    return ratios

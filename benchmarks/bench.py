"""`nox -s bench`: what the facade costs, against a bare httpx baseline measured in the same run.

Every figure is printed as `RESULT <name> <value>`, ratios first. Targets: both overhead ratios
at most 1.10, import_ratio at most 1.3, async_throughput_ratio at least 0.9.

Run it in an environment holding only the package, installed (with its bytecode) rather than
editable: that is what users import. `--generate` times a regeneration of every version
instead, which needs the generator's pinned tools (`.[generate]`).
"""

from __future__ import annotations

import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

import scp_virtualserver as vs
from scp_virtualserver.signing import ScpAuth
from scp_virtualserver.testing import LocalVirtualServer

CALLS = 1500  # per side, interleaved
THROUGHPUT_DELETES = 1000
IN_FLIGHT = 50
IMPORT_RUNS = 21


def _bare_sync(srv: LocalVirtualServer) -> httpx.Client:
    return httpx.Client(base_url=srv.url, auth=ScpAuth(srv.credentials, api_version="1.3"))


def _bare_async(srv: LocalVirtualServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=srv.url, auth=ScpAuth(srv.credentials, api_version="1.3"))


def delete_overhead_sync() -> tuple[float, float, float]:
    with LocalVirtualServer() as srv:
        ids = [srv.add_server(f"b-{n}") for n in range(2 * CALLS + 40)]
        with (
            _bare_sync(srv) as bare,
            vs.VirtualServerClient(
                endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
            ) as facade,
        ):
            for _ in range(20):  # warm both pools and caches
                assert bare.delete(f"/v1/servers/{ids.pop()}").status_code == 202
                facade.servers.delete(ids.pop())
            bare_times, facade_times = [], []
            for _ in range(CALLS):
                start = time.perf_counter()
                response = bare.delete(f"/v1/servers/{ids.pop()}")
                bare_times.append(time.perf_counter() - start)
                assert response.status_code == 202
                start = time.perf_counter()
                facade.servers.delete(ids.pop())
                facade_times.append(time.perf_counter() - start)
    return _ratio(facade_times, bare_times)


def _ratio(facade_times: list[float], bare_times: list[float]) -> tuple[float, float, float]:
    facade, bare = statistics.median(facade_times), statistics.median(bare_times)
    return facade / bare, facade, bare


def delete_overhead_async() -> tuple[float, float, float]:
    async def run() -> tuple[float, float, float]:
        with LocalVirtualServer() as srv:
            ids = [srv.add_server(f"b-{n}") for n in range(2 * CALLS + 40)]
            async with (
                _bare_async(srv) as bare,
                vs.AsyncVirtualServerClient(
                    endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
                ) as facade,
            ):
                for _ in range(20):
                    assert (await bare.delete(f"/v1/servers/{ids.pop()}")).status_code == 202
                    await facade.servers.delete(ids.pop())
                bare_times, facade_times = [], []
                for _ in range(CALLS):
                    start = time.perf_counter()
                    response = await bare.delete(f"/v1/servers/{ids.pop()}")
                    bare_times.append(time.perf_counter() - start)
                    assert response.status_code == 202
                    start = time.perf_counter()
                    await facade.servers.delete(ids.pop())
                    facade_times.append(time.perf_counter() - start)
        return _ratio(facade_times, bare_times)

    return asyncio.run(run())


def _import_time(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    samples = [
        float(
            subprocess.run(  # noqa: S603 - our own interpreter and code
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(IMPORT_RUNS)
    ]
    return statistics.median(samples)


def import_ratio() -> tuple[float, float, float]:
    ours, baseline = _import_time("scp_virtualserver"), _import_time("httpx")
    return ours / baseline, ours, baseline


def generate_seconds() -> float | None:
    try:
        from generator.build import generate_into
    except ImportError:
        return None  # the generator's pinned tools are not installed here
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        generate_into(Path(scratch))
        return time.perf_counter() - start


def async_throughput_ratio() -> tuple[float, float, float]:
    async def rate(srv: LocalVirtualServer, delete: Callable[[str], Awaitable[object]]) -> float:
        ids = [srv.add_server(f"t-{n}") for n in range(THROUGHPUT_DELETES)]
        limit = asyncio.Semaphore(IN_FLIGHT)

        async def one(server_id: str) -> None:
            async with limit:
                await delete(server_id)

        start = time.perf_counter()
        await asyncio.gather(*(one(i) for i in ids))
        return THROUGHPUT_DELETES / (time.perf_counter() - start)

    async def run() -> tuple[float, float]:
        with LocalVirtualServer() as srv:
            async with (
                _bare_async(srv) as bare,
                vs.AsyncVirtualServerClient(
                    endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
                ) as facade,
            ):

                async def bare_delete(server_id: str) -> None:
                    response = await bare.delete(f"/v1/servers/{server_id}")
                    assert response.status_code == 202

                await rate(srv, bare_delete)  # warm-up round, not counted
                await rate(srv, facade.servers.delete)
                bare_rates, facade_rates = [], []
                for _ in range(3):
                    bare_rates.append(await rate(srv, bare_delete))
                    facade_rates.append(await rate(srv, facade.servers.delete))
        return statistics.median(facade_rates), statistics.median(bare_rates)

    facade, bare = asyncio.run(run())
    return facade / bare, facade, bare


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if "--generate" in argv:
        generated = generate_seconds()
        if generated is None:
            print(
                "generate_seconds: the generator's pinned tools are not installed", file=sys.stderr
            )
            return 1
        print(f"RESULT generate_seconds {generated:.2f}")
        return 0
    sync_ratio, sync_facade, sync_bare = delete_overhead_sync()
    async_ratio, async_facade, async_bare = delete_overhead_async()
    imports, ours, httpx_alone = import_ratio()
    throughput, facade_rate, bare_rate = async_throughput_ratio()
    print(f"RESULT delete_overhead_sync {sync_ratio:.3f}")
    print(f"RESULT delete_overhead_async {async_ratio:.3f}")
    print(f"RESULT import_ratio {imports:.3f}")
    print(f"RESULT async_throughput_ratio {throughput:.3f}")
    print(f"RESULT delete_us_sync_facade {sync_facade * 1e6:.0f}")
    print(f"RESULT delete_us_sync_httpx {sync_bare * 1e6:.0f}")
    print(f"RESULT delete_us_async_facade {async_facade * 1e6:.0f}")
    print(f"RESULT delete_us_async_httpx {async_bare * 1e6:.0f}")
    print(f"RESULT import_ms_scp_virtualserver {ours * 1000:.1f}")
    print(f"RESULT import_ms_httpx {httpx_alone * 1000:.1f}")
    print(f"RESULT deletes_per_second_facade {facade_rate:.0f}")
    print(f"RESULT deletes_per_second_httpx {bare_rate:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Load with faults: 1,000 async deletes, one request in ten failing (503, a connection dropped
before acting, one dropped after acting), at 50 and at 200 in flight.

Checked in every round: each delete started exactly once on the server, none reported done that
was not, none lost (every call answered, none failed), and no file descriptor left once the
client is closed. Printed: deletes per second at each level and their ratio (target: the rate at
200 in flight at least 0.9 of the rate at 50), as `RESULT <name> <value>` lines.

    python -m benchmarks.load [--rounds N]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from dataclasses import dataclass

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer
from scp_virtualserver.testing._server import FailureMode

DELETES = 1000
LEVELS = (50, 200)
FAULTS: tuple[FailureMode, ...] = ("503", "drop", "drop-after")
PATIENT = vs.RetryPolicy(attempts=6, backoff=0.01, max_backoff=0.1, total=60.0)
TARGET_RATIO = 0.9


@dataclass(frozen=True)
class Round:
    in_flight: int
    rate: float  # deletes per second
    failed: int  # calls that raised
    not_once: int  # servers whose deletion was started other than exactly once
    falsely_done: int  # calls reported done whose server was not deleted
    lost: int  # calls that neither returned nor raised
    fds_left: int  # file descriptors open after closing, beyond those before
    connections_peak: int

    @property
    def sound(self) -> bool:
        return not (self.failed or self.not_once or self.falsely_done or self.lost or self.fds_left)


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0


async def one_round(in_flight: int) -> Round:
    with LocalVirtualServer() as srv:
        ids = [srv.add_server(f"load-{n}") for n in range(DELETES)]
        fds_before = open_fds()
        srv.fail_every(10, modes=FAULTS)
        limit = asyncio.Semaphore(in_flight)
        answered: list[str] = []
        async with vs.AsyncVirtualServerClient(
            endpoint_url=srv.url, credentials=srv.credentials, retry=PATIENT
        ) as client:

            async def one(server_id: str) -> None:
                async with limit:
                    await client.servers.delete(server_id)
                answered.append(server_id)

            start = time.perf_counter()
            results = await asyncio.gather(*(one(i) for i in ids), return_exceptions=True)
            elapsed = time.perf_counter() - start
        srv.fail_every(0)
        srv.complete_pending()
        # The server sees the closed sockets on its threads, and closes its own ends a moment
        # after it counts them closed: wait (boundedly) for both before counting what is left.
        deadline = time.monotonic() + 10
        while (srv.connections_open or open_fds() > fds_before) and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        done = {i for i, result in zip(ids, results, strict=True) if result is None}
        return Round(
            in_flight=in_flight,
            rate=DELETES / elapsed,
            failed=sum(result is not None for result in results),
            not_once=sum(srv.deletes_started(i) != 1 for i in ids),
            falsely_done=sum(srv.has_server(i) or srv.deletes_started(i) < 1 for i in done),
            lost=DELETES - len(results) + len(done - set(answered)),
            fds_left=open_fds() - fds_before,
            connections_peak=srv.connections_peak,
        )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rounds = int(argv[argv.index("--rounds") + 1]) if "--rounds" in argv else 3
    results: dict[int, list[Round]] = {level: [] for level in LEVELS}
    asyncio.run(one_round(LEVELS[0]))  # warm-up, not counted
    for _ in range(rounds):
        for level in LEVELS:
            results[level].append(asyncio.run(one_round(level)))
    rates = {level: statistics.median(r.rate for r in results[level]) for level in LEVELS}
    every = [r for level in LEVELS for r in results[level]]
    for level in LEVELS:
        spread = sorted(r.rate for r in results[level])
        peak = max(r.connections_peak for r in results[level])
        print(
            f"RESULT deletes_per_second_{level}_in_flight {rates[level]:.0f} "
            f"(rounds: min {spread[0]:.0f}, max {spread[-1]:.0f}, n={len(spread)}; "
            f"at most {peak} connections)"
        )
    ratio = rates[LEVELS[1]] / rates[LEVELS[0]]
    print(f"RESULT load_throughput_ratio_200_to_50 {ratio:.3f}")
    print(
        f"  target: at least {TARGET_RATIO:.2f}: {'holds' if ratio >= TARGET_RATIO else 'MISSED'}"
    )
    for name in ("failed", "not_once", "falsely_done", "lost", "fds_left"):
        total = sum(getattr(r, name) for r in every)
        print(f"RESULT load_{name} {total}")
    sound = all(r.sound for r in every)
    print(f"  every delete exactly once, none falsely done, none lost, no fd left: {sound}")
    return 0 if sound and ratio >= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

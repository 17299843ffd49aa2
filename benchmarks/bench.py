"""`nox -s bench`: what the facade costs, against a bare httpx baseline measured in the same run.

Every figure is printed as `RESULT <name> <value>`, followed by a line with its target and
whether it holds. Each ratio is measured in several rounds after a warm-up; the value is the
median of the rounds, and the spread (min, max) shows how far one run can be trusted.

Run it in an environment holding only the package, installed (with its bytecode) rather than
editable: that is what users import. `--generate` times a regeneration of every version
instead, which needs the generator's pinned tools (the `generate` dependency group).
"""

from __future__ import annotations

import asyncio
import contextlib
import operator
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

import scp_virtualserver as vs
from scp_virtualserver.signing import ScpAuth
from scp_virtualserver.testing import LocalVirtualServer

ROUNDS = 5
CALLS_PER_ROUND = 300  # per side, interleaved
WARM_UP_CALLS = 50  # per side, before the first round, not counted
THROUGHPUT_DELETES = 1000  # per side and round
IN_FLIGHT = 50
IMPORTS_PER_ROUND = 5  # fresh interpreters per side and round


@dataclass(frozen=True)
class Target:
    """`value <op> bound` must hold: op is "at most" or "at least"."""

    op: str
    bound: float

    def holds(self, value: float) -> bool:
        compare = operator.le if self.op == "at most" else operator.ge
        return bool(compare(value, self.bound))


@dataclass(frozen=True)
class Figure:
    name: str
    rounds: list[float]  # one value per round
    target: Target | None = None
    unit: str = ""
    digits: int = 3

    @property
    def value(self) -> float:
        return statistics.median(self.rounds)


TARGETS = {
    "delete_overhead_sync": Target("at most", 1.10),
    "delete_overhead_async": Target("at most", 1.10),
    "import_ratio": Target("at most", 1.2),
    # The answer path, against canned answers (benchmarks/answers.py), sync and async alike:
    "answer_get": Target("at most", 1.20),
    "answer_list_20": Target("at most", 1.6),
    "answer_list_1000": Target("at most", 2.5),
    "answer_create": Target("at most", 1.25),
    "answer_delete": Target("at most", 1.10),
    "first_call_ratio": Target("at most", 1.5),
    "async_throughput_ratio": Target("at least", 0.9),
    "load_throughput_ratio_200_to_50": Target("at least", 0.9),
    "load_mistakes": Target("at most", 0),
}
LOAD_ROUNDS = 3  # of 1,000 deletes at each level, see benchmarks/load.py


def _bare_sync(srv: LocalVirtualServer) -> httpx.Client:
    return httpx.Client(base_url=srv.url, auth=ScpAuth(srv.credentials, api_version="1.3"))


def _bare_async(srv: LocalVirtualServer) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=srv.url, auth=ScpAuth(srv.credentials, api_version="1.3"))


def _servers(srv: LocalVirtualServer, count: int) -> list[str]:
    return [srv.add_server(f"b-{n}") for n in range(count)]


def _needed() -> int:
    return 2 * (WARM_UP_CALLS + ROUNDS * CALLS_PER_ROUND)


# -- per-call overhead: facade delete / bare httpx delete, interleaved ----------------------------


def delete_overhead_sync() -> list[Figure]:
    ratios, facade_us, bare_us = [], [], []
    with LocalVirtualServer() as srv:
        ids = _servers(srv, _needed())
        with (
            _bare_sync(srv) as bare,
            vs.VirtualServerClient(
                endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
            ) as facade,
        ):
            for _ in range(WARM_UP_CALLS):  # warm both pools and caches
                assert bare.delete(f"/v1/servers/{ids.pop()}").status_code == 202
                facade.servers.delete(ids.pop())
            for _ in range(ROUNDS):
                bare_times, facade_times = [], []
                for _ in range(CALLS_PER_ROUND):
                    start = time.perf_counter()
                    response = bare.delete(f"/v1/servers/{ids.pop()}")
                    bare_times.append(time.perf_counter() - start)
                    assert response.status_code == 202
                    start = time.perf_counter()
                    facade.servers.delete(ids.pop())
                    facade_times.append(time.perf_counter() - start)
                facade_median = statistics.median(facade_times)
                bare_median = statistics.median(bare_times)
                ratios.append(facade_median / bare_median)
                facade_us.append(facade_median * 1e6)
                bare_us.append(bare_median * 1e6)
    return [
        Figure("delete_overhead_sync", ratios, TARGETS["delete_overhead_sync"]),
        Figure("delete_us_sync_facade", facade_us, unit="µs", digits=0),
        Figure("delete_us_sync_httpx", bare_us, unit="µs", digits=0),
    ]


def delete_overhead_async() -> list[Figure]:
    async def run() -> tuple[list[float], list[float], list[float]]:
        ratios, facade_us, bare_us = [], [], []
        with LocalVirtualServer() as srv:
            ids = _servers(srv, _needed())
            async with (
                _bare_async(srv) as bare,
                vs.AsyncVirtualServerClient(
                    endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
                ) as facade,
            ):
                for _ in range(WARM_UP_CALLS):
                    assert (await bare.delete(f"/v1/servers/{ids.pop()}")).status_code == 202
                    await facade.servers.delete(ids.pop())
                for _ in range(ROUNDS):
                    bare_times, facade_times = [], []
                    for _ in range(CALLS_PER_ROUND):
                        start = time.perf_counter()
                        response = await bare.delete(f"/v1/servers/{ids.pop()}")
                        bare_times.append(time.perf_counter() - start)
                        assert response.status_code == 202
                        start = time.perf_counter()
                        await facade.servers.delete(ids.pop())
                        facade_times.append(time.perf_counter() - start)
                    facade_median = statistics.median(facade_times)
                    bare_median = statistics.median(bare_times)
                    ratios.append(facade_median / bare_median)
                    facade_us.append(facade_median * 1e6)
                    bare_us.append(bare_median * 1e6)
        return ratios, facade_us, bare_us

    ratios, facade_us, bare_us = asyncio.run(run())
    return [
        Figure("delete_overhead_async", ratios, TARGETS["delete_overhead_async"]),
        Figure("delete_us_async_facade", facade_us, unit="µs", digits=0),
        Figure("delete_us_async_httpx", bare_us, unit="µs", digits=0),
    ]


# -- operation hooks: a client with a no-op hook against one without, interleaved ------------


def hook_cost() -> list[Figure]:
    """What an operation hook costs per call: facade deletes with a hook that does nothing
    against the same deletes without one, interleaved (the difference of the medians)."""
    cost_us, ratios = [], []
    heard: list[vs.OperationEvent] = []
    with LocalVirtualServer() as srv:
        ids = _servers(srv, _needed())

        def client() -> vs.VirtualServerClient:
            return vs.VirtualServerClient(
                endpoint_url=srv.url, credentials=srv.credentials, api_version="1.3"
            )

        with client() as plain, client() as hooked:
            hooked.add_operation_hook(heard.append)
            for _ in range(WARM_UP_CALLS):
                plain.servers.delete(ids.pop())
                hooked.servers.delete(ids.pop())
            for _ in range(ROUNDS):
                plain_times, hooked_times = [], []
                for _ in range(CALLS_PER_ROUND):
                    start = time.perf_counter()
                    plain.servers.delete(ids.pop())
                    plain_times.append(time.perf_counter() - start)
                    start = time.perf_counter()
                    hooked.servers.delete(ids.pop())
                    hooked_times.append(time.perf_counter() - start)
                plain_median = statistics.median(plain_times)
                hooked_median = statistics.median(hooked_times)
                cost_us.append((hooked_median - plain_median) * 1e6)
                ratios.append(hooked_median / plain_median)
    assert len(heard) == WARM_UP_CALLS + ROUNDS * CALLS_PER_ROUND  # one event per operation
    return [
        Figure("hook_overhead_ratio", ratios),
        Figure("hook_us_per_call", cost_us, unit="µs", digits=1),
        Figure("hook_us_per_call_in_process", _hook_machinery_us(), unit="µs", digits=2),
    ]


HOOK_LOOPS = 20_000


def _hook_machinery_us() -> list[float]:
    """The same cost without the network's noise: one operation's flow (a request, its
    answer) run through the hook machinery with a no-op hook, less the same without hooks."""
    from types import SimpleNamespace

    from scp_virtualserver._calls import Answer, Flow, Request
    from scp_virtualserver.hooks import observing

    request = Request("DELETE", "deleteVirtualServer", "/v1/servers/x", "1.3")
    answer = Answer(202, {}, b"")
    core = SimpleNamespace(version="1.3")
    hooked = SimpleNamespace(_operation_hooks=((lambda event: None, False),), _settings=core)
    plain = SimpleNamespace(_operation_hooks=(), _settings=core)

    def flow() -> Flow[Answer]:
        return (yield request)  # type: ignore[no-any-return]

    def seconds(client: object) -> float:
        start = time.perf_counter()
        for _ in range(HOOK_LOOPS):
            with observing(client, flow()) as running:
                running.send(None)
                with contextlib.suppress(StopIteration):  # the flow's end: its answer
                    running.send(answer)
        return (time.perf_counter() - start) / HOOK_LOOPS

    rounds = []
    for _ in range(ROUNDS):
        rounds.append((seconds(hooked) - seconds(plain)) * 1e6)
    return rounds


# -- the pytest plugin: start-up with and without it, and one fixture test ----------------------

PLUGIN_RUNS = 15
FIXTURE_TESTS = 30
FIXTURE_SUITE = f"""
import pytest

@pytest.mark.parametrize("n", range({FIXTURE_TESTS}))
def test_one_call(scp_server, scp_client, n):
    sid = scp_server.add_server(name="web-1")
    assert scp_client.servers.get(sid).id == sid
"""
TIMING_CONFTEST = """
import statistics, time
import pytest
TIMES = []
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    start = time.perf_counter()
    yield
    TIMES.append(time.perf_counter() - start)
def pytest_terminal_summary(terminalreporter):
    later = sorted(TIMES)[:-1]  # the slowest (the first) pays the imports
    terminalreporter.write_line(f"PER-TEST {statistics.median(later) * 1000:.3f}")
"""


def _pytest_cpu_seconds(directory: Path, *options: str) -> float:
    """CPU time (user + sys) of one pytest run: steadier than wall time on a shared machine."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *options, str(directory)],
        capture_output=True,
        check=True,
        cwd=directory,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def plugin_cost() -> list[Figure]:
    """pytest's start-up (`--co` of one test) with the plugin and without, interleaved; and the
    median time of one test using scp_server and scp_client (set-up, one call, tear-down)."""
    with tempfile.TemporaryDirectory() as scratch:
        tiny = Path(scratch) / "tiny"
        tiny.mkdir()
        (tiny / "test_tiny.py").write_text("def test_nothing():\n    pass\n")
        with_, without = [], []
        for _ in range(PLUGIN_RUNS):
            with_.append(_pytest_cpu_seconds(tiny, "--co", "-q") * 1000)
            without.append(
                _pytest_cpu_seconds(tiny, "--co", "-q", "-p", "no:scp_virtualserver") * 1000
            )
        suite = Path(scratch) / "suite"
        suite.mkdir()
        (suite / "test_fixtures.py").write_text(FIXTURE_SUITE)
        (suite / "conftest.py").write_text(TIMING_CONFTEST)
        (suite / "pytest.ini").write_text(
            "[pytest]\nasyncio_default_fixture_loop_scope = function\n"
        )
        per_test = []
        for _ in range(3):
            result = subprocess.run(  # noqa: S603 - our own interpreter
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(suite)],
                capture_output=True,
                text=True,
                check=True,
                cwd=suite,
            )
            per_test.append(float(result.stdout.split("PER-TEST ")[1].split()[0]))
    differences = [w - o for w, o in zip(sorted(with_), sorted(without), strict=True)]
    return [
        Figure("pytest_startup_cpu_ms_with_plugin", with_, unit="ms", digits=0),
        Figure("pytest_startup_cpu_ms_without_plugin", without, unit="ms", digits=0),
        Figure("pytest_startup_cpu_ms_plugin_cost", differences, unit="ms", digits=0),
        Figure("fixture_test_ms", per_test, unit="ms", digits=1),
    ]


# -- import cost: fresh interpreters, interleaved ---------------------------------------------


# What a user's first line loads: the package loads its client (and httpx) on first use.
IMPORTS = {
    "scp_virtualserver": "from scp_virtualserver import VirtualServerClient",
    "httpx": "import httpx",
}


def _import_seconds(module: str) -> float:
    statement = IMPORTS[module]
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return float(result.stdout)


def import_ratio() -> list[Figure]:
    for module in ("scp_virtualserver", "httpx"):  # warm-up: the OS's file cache
        _import_seconds(module)
    ratios, ours_ms, httpx_ms = [], [], []
    for _ in range(ROUNDS):
        ours, baseline = [], []
        for _ in range(IMPORTS_PER_ROUND):
            ours.append(_import_seconds("scp_virtualserver"))
            baseline.append(_import_seconds("httpx"))
        ratios.append(statistics.median(ours) / statistics.median(baseline))
        ours_ms.append(statistics.median(ours) * 1000)
        httpx_ms.append(statistics.median(baseline) * 1000)
    return [
        Figure("import_ratio", ratios, TARGETS["import_ratio"]),
        Figure("import_ms_scp_virtualserver", ours_ms, unit="ms", digits=1),
        Figure("import_ms_httpx", httpx_ms, unit="ms", digits=1),
    ]


# -- throughput: deletes per second at IN_FLIGHT concurrent calls -----------------------------


def async_throughput_ratio() -> list[Figure]:
    async def rate(srv: LocalVirtualServer, delete: Callable[[str], Awaitable[object]]) -> float:
        ids = [srv.add_server(f"t-{n}") for n in range(THROUGHPUT_DELETES)]
        limit = asyncio.Semaphore(IN_FLIGHT)

        async def one(server_id: str) -> None:
            async with limit:
                await delete(server_id)

        start = time.perf_counter()
        await asyncio.gather(*(one(i) for i in ids))
        return THROUGHPUT_DELETES / (time.perf_counter() - start)

    async def run() -> tuple[list[float], list[float]]:
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
                for _ in range(ROUNDS):
                    bare_rates.append(await rate(srv, bare_delete))
                    facade_rates.append(await rate(srv, facade.servers.delete))
        return facade_rates, bare_rates

    facade_rates, bare_rates = asyncio.run(run())
    ratios = [f / b for f, b in zip(facade_rates, bare_rates, strict=True)]
    return [
        Figure("async_throughput_ratio", ratios, TARGETS["async_throughput_ratio"]),
        Figure("deletes_per_second_facade", facade_rates, unit="/s", digits=0),
        Figure("deletes_per_second_httpx", bare_rates, unit="/s", digits=0),
    ]


def load_with_faults() -> list[Figure]:
    """1,000 async deletes, one request in ten failing, at 50 and at 200 in flight: the rate at
    200 against the rate at 50, and the mistakes (a delete not done exactly once, one reported
    done that was not, one lost, a call failed, a file descriptor left after closing)."""
    from benchmarks.load import LEVELS, Round, one_round

    rounds: dict[int, list[Round]] = {level: [] for level in LEVELS}
    asyncio.run(one_round(LEVELS[0]))  # warm-up, not counted
    for _ in range(LOAD_ROUNDS):
        for level in LEVELS:
            rounds[level].append(asyncio.run(one_round(level)))
    low, high = (rounds[level] for level in LEVELS)
    mistakes = [
        float(sum(r.failed + r.not_once + r.falsely_done + r.lost + r.fds_left for r in pair))
        for pair in zip(low, high, strict=True)
    ]
    return [
        Figure(
            "load_throughput_ratio_200_to_50",
            [fast.rate / slow.rate for slow, fast in zip(low, high, strict=True)],
            TARGETS["load_throughput_ratio_200_to_50"],
        ),
        Figure("load_mistakes", mistakes, TARGETS["load_mistakes"], digits=0),
        Figure("load_deletes_per_second_50", [r.rate for r in low], unit="/s", digits=0),
        Figure("load_deletes_per_second_200", [r.rate for r in high], unit="/s", digits=0),
    ]


# -- regeneration -----------------------------------------------------------------------------

SPECS = Path("spec/virtualserver")


def _plain_seconds(document: Path) -> float:
    """openapi-python-client as it comes (its own templates and ruff hooks) on one document."""
    with tempfile.TemporaryDirectory() as scratch:
        start = time.perf_counter()
        subprocess.run(  # noqa: S603 - the pinned generator on our own spec
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(document),
                "--output-path",
                str(Path(scratch) / "out"),
                "--meta",
                "none",
            ],
            capture_output=True,
            check=True,
        )
        return time.perf_counter() - start


def generation() -> list[Figure] | None:
    """Regenerating all four versions, against plain openapi-python-client on the newest one."""
    try:
        from generator.build import RESOURCES, generate_into, write_documents
    except ImportError:
        return None  # the generator's pinned tools are not installed here
    newest = sorted(SPECS.glob("1.*.yaml"))[-1]
    fresh, edited, plain = [], [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as scratch:
            root, cache = Path(scratch), Path(scratch) / "cache"
            start = time.perf_counter()
            write_documents(SPECS, root / "spec")
            generate_into(root / "out", root / "spec", SPECS / RESOURCES, cache=cache)
            fresh.append(time.perf_counter() - start)
            # One version's source edited: only that version is generated again.
            sources = root / "sources"
            shutil.copytree(SPECS / "base", sources / "base")
            shutil.copytree(SPECS / "versions", sources / "versions")
            patch = sources / "versions" / "1.3" / "bench.yaml"
            patch.write_text("info:\n  description: Edited for the benchmark.\n")
            start = time.perf_counter()
            write_documents(sources, root / "spec2")
            generate_into(root / "out2", root / "spec2", SPECS / RESOURCES, cache=cache)
            edited.append(time.perf_counter() - start)
        plain.append(_plain_seconds(newest))
    return [
        Figure(
            "generate_ratio",
            [f / p for f, p in zip(fresh, plain, strict=True)],
            Target("at most", 2.0),
        ),
        Figure(
            "generate_ratio_one_version_edited",
            [e / p for e, p in zip(edited, plain, strict=True)],
            Target("at most", 1.2),
        ),
        Figure("generate_seconds", fresh, unit="s", digits=2),
        Figure("generate_seconds_one_version_edited", edited, unit="s", digits=2),
        Figure("plain_openapi_python_client_seconds", plain, unit="s", digits=2),
        Figure("generated_lines_ratio", [_lines_ratio()], Target("at most", 2.0)),
    ]


def _lines_ratio() -> float:
    package = Path("clients/scp_virtualserver")
    per_version = {
        version.name: sum(len(f.read_text().splitlines()) for f in version.rglob("*.py"))
        for version in sorted(package.glob("v1_*"))
    }
    return sum(per_version.values()) / max(per_version.values())


# -- the first call of a resource: its modules load then ----------------------------------------

FIRST_CALL = """
import sys, time
import scp_virtualserver as vs
url, key, secret = sys.argv[1:4]
client = vs.VirtualServerClient(endpoint_url=url, credentials=vs.Credentials(key, secret))
start = time.perf_counter(); list(client.images.list()); first = time.perf_counter() - start
start = time.perf_counter(); list(client.images.list()); second = time.perf_counter() - start
print(first * 1000, second * 1000)
"""


def first_call() -> list[Figure]:
    firsts, seconds = [], []
    with LocalVirtualServer() as srv:
        keys = [srv.url, srv.credentials.access_key, srv.credentials.secret_key]
        for _ in range(ROUNDS):
            result = subprocess.run(  # noqa: S603 - our own interpreter and code
                [sys.executable, "-c", FIRST_CALL, *keys],
                capture_output=True,
                text=True,
                check=True,
            )
            first, second = map(float, result.stdout.split())
            firsts.append(first)
            seconds.append(second)
    return [
        Figure("first_call_ms", firsts, unit="ms", digits=1),
        Figure("next_call_ms", seconds, unit="ms", digits=1),
    ]


# -- the answer path, against canned answers --------------------------------------------------


def answer_path() -> list[Figure]:
    """Facade / bare signed httpx + `.json()` per operation, sync and async, against a server
    that answers from canned bytes in its own process; and the first call in a fresh
    interpreter (import, client, first `servers.get`) against bare httpx doing the same."""
    from . import answers

    figures = []
    with answers.canned_server() as (url, server_id):
        for side, measure in (("sync", answers.measure_sync), ("async", answers.measure_async)):
            for name, rounds in measure(url, server_id).items():
                key = f"answer_{name}"
                figures.append(Figure(f"{key}_{side}", rounds, TARGETS[key]))
        figures.append(
            Figure(
                "first_call_ratio", answers.first_call(url, server_id), TARGETS["first_call_ratio"]
            )
        )
    return figures


# -- report -----------------------------------------------------------------------------------


def report(figure: Figure) -> bool:
    """Prints the figure and its target line; returns whether the target holds (or has none)."""
    rounds = sorted(figure.rounds)
    spread = (
        f"(rounds: min {rounds[0]:.{figure.digits}f}, "
        f"max {rounds[-1]:.{figure.digits}f}, n={len(rounds)})"
    )
    unit = f" {figure.unit}" if figure.unit else ""
    print(f"RESULT {figure.name} {figure.value:.{figure.digits}f}{unit} {spread}")
    if figure.target is None:
        print("  target: none, for information")
        return True
    holds = figure.target.holds(figure.value)
    worst = rounds[-1] if figure.target.op == "at most" else rounds[0]
    every_round = " in every round" if figure.target.holds(worst) else ", not in every round"
    verdict = f"holds{every_round}" if holds else "MISSED"
    print(f"  target: {figure.target.op} {figure.target.bound:.2f}: {verdict}")
    return holds


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    if "--generate" in argv:
        generated = generation()
        if generated is None:
            print("generation: the generator's pinned tools are not installed", file=sys.stderr)
            return 1
        figures = generated
    elif "--hook" in argv:
        figures = hook_cost()
    elif "--plugin" in argv:  # needs pytest, which the bench session does not install
        figures = plugin_cost()
    else:
        figures = [
            *answer_path(),
            *delete_overhead_sync(),
            *delete_overhead_async(),
            *hook_cost(),
            *import_ratio(),
            *async_throughput_ratio(),
            *load_with_faults(),
            *first_call(),
        ]
    ordered = [f for f in figures if f.target] + [f for f in figures if not f.target]
    missed = [figure.name for figure in ordered if not report(figure)]
    targets = len([f for f in figures if f.target])
    held = targets - len(missed)
    print(
        f"TARGETS {held} of {targets} hold" + (f"; missed: {', '.join(missed)}" if missed else "")
    )
    return 1 if missed and "--strict" in argv else 0


if __name__ == "__main__":
    sys.exit(main())

"""Every Python example of the documentation runs, as it is written, against the local server.

The examples are written for a real account (`VirtualServerClient(region=..., environment=...)`);
here the environment points them at a `LocalVirtualServer` (`SCP_ENDPOINT_URL` and the keys,
which win over region and environment), holding one of each resource. An example that defines
`test_*` functions is a test module: it runs under pytest, with the plugin's fixtures. A block
preceded by `<!-- not run: why -->` is skipped, saying why.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scp_virtualserver.testing import LocalVirtualServer

DOCS = Path(__file__).resolve().parent.parent / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)
NOT_RUN = re.compile(r"<!-- not run: (.+?) -->\s*$")


def examples() -> list[tuple[str, str, str | None]]:
    """(where, code, why it is not run) for every ```python block under docs/."""
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            skipped = NOT_RUN.search(before)
            where = f"{page.relative_to(DOCS).as_posix()}:{line}"
            found.append((where, match.group(1), skipped.group(1) if skipped else None))
    return found


EXAMPLES = examples()

"""Examples that fail for a reason outside the docs; strict: once fixed, the mark must go."""


def test_there_are_examples_on_every_resource_page() -> None:
    pages = {where.split(":")[0] for where, _, _ in EXAMPLES}
    resource_pages = {f"resources/{p.name}" for p in (DOCS / "resources").glob("*.md")}
    assert resource_pages, "no resource pages: run `python -m generator`"
    assert resource_pages <= pages


@pytest.fixture(scope="module")
def shared_server() -> Iterator[LocalVirtualServer]:
    with LocalVirtualServer(delete_delay=0.05, transition_delay=0.05) as server:
        yield server


@pytest.fixture
def seeded(
    shared_server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> LocalVirtualServer:
    """The server afresh, one of each top-level resource in it, and the environment at it."""
    shared_server.reset()
    for tag, resource in shared_server.world.resources.items():
        if resource.parent is None:
            shared_server.add(tag)
    monkeypatch.setenv("SCP_ENDPOINT_URL", shared_server.url)
    monkeypatch.setenv("SCP_ACCESS_KEY", shared_server.credentials.access_key)
    monkeypatch.setenv("SCP_SECRET_KEY", shared_server.credentials.secret_key)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.scpconf of the machine's
    for name in ("SCP_REGION", "SCP_ENVIRONMENT", "SCP_API_VERSION"):
        monkeypatch.delenv(name, raising=False)
    return shared_server


@pytest.mark.parametrize(
    ("where", "code", "not_run"), EXAMPLES, ids=[where for where, _, _ in EXAMPLES]
)
def test_the_example_runs(
    where: str,
    code: str,
    not_run: str | None,
    seeded: LocalVirtualServer,
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    if not_run is not None:
        pytest.skip(f"{where}: {not_run}")
    if "opentelemetry" in code and importlib.util.find_spec("opentelemetry") is None:
        pytest.skip(f"{where}: opentelemetry is not installed in this session")
    if re.search(r"^def test_", code, re.MULTILINE):
        module = tmp_path / "test_example.py"
        module.write_text(code, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(module)],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=False,
        )
        assert result.returncode == 0, f"{where}:\n{result.stdout}\n{result.stderr}"
        return
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, where, "exec"), {"__name__": "__main__"})


def test_the_configuration_page_names_every_variable_environment_and_region() -> None:
    from scp_virtualserver.credentials import REGIONS

    package = DOCS.parent / "clients" / "scp_virtualserver"
    sources = [
        p for p in package.rglob("*.py") if not p.relative_to(package).parts[0].startswith("v1_")
    ]
    variables = {
        name
        for path in sources
        for name in re.findall(r"\bSCP_[A-Z_]+\b", path.read_text(encoding="utf-8"))
    }
    page = (DOCS / "configuration.md").read_text(encoding="utf-8")
    assert variables and {v for v in variables if f"`{v}`" not in page} == set()
    for environment, regions in REGIONS.items():
        row = next(line for line in page.splitlines() if line.startswith(f"| `{environment}` |"))
        assert all(f"`{region}`" in row for region in regions), row

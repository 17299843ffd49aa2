"""Modules identical across versions are shipped once, and every version is still complete."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from openapi_python_client.strings import snake_case

from generator import bundle, dedupe

from .conftest import ALL_VERSIONS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "clients" / "scp_virtualserver"
BUILT = {b.version: b.document for b in bundle.build(ROOT / "spec" / "virtualserver")}


def package(version: str) -> str:
    return "v" + version.replace(".", "_")


def lines(version: str) -> int:
    return sum(
        len(path.read_text().splitlines()) for path in (PACKAGE / package(version)).rglob("*.py")
    )


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_every_operation_of_a_version_is_a_module_of_that_version(version: str) -> None:
    for _, _, operation in bundle.operations(BUILT[version]):
        name = snake_case(operation["operationId"])
        (module_path,) = (PACKAGE / package(version) / "api").glob(f"*/{name}.py")
        tag = module_path.parent.name
        module = importlib.import_module(f"scp_virtualserver.{package(version)}.api.{tag}.{name}")
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed)


def test_a_module_shared_with_an_earlier_version_is_the_very_same_code() -> None:
    first = importlib.import_module("scp_virtualserver.v1_0.api.servers.delete_virtual_server")
    last = importlib.import_module("scp_virtualserver.v1_3.api.servers.delete_virtual_server")
    assert last is not first  # a module of its own, for imports that name 1.3
    assert last.sync_detailed is first.sync_detailed
    assert dedupe.STUB_MARK in Path(str(last.__file__)).read_text()


def test_a_changed_model_and_everything_that_uses_it_are_the_versions_own() -> None:
    # 1.1 adds partition_number to ServerShowResponse: the model, and the operations that
    # answer with it, are 1.1's own; a model 1.1 did not change is 1.0's.
    changed = PACKAGE / "v1_1" / "models" / "server_show_response.py"
    user = PACKAGE / "v1_1" / "api" / "servers" / "show_virtual_server.py"
    same = PACKAGE / "v1_1" / "models" / "tag.py"
    assert dedupe.STUB_MARK not in changed.read_text()
    assert dedupe.STUB_MARK not in user.read_text()
    assert dedupe.STUB_MARK in same.read_text()
    from scp_virtualserver.v1_0.models import ServerShowResponse as Old
    from scp_virtualserver.v1_1.models import ServerShowResponse as New

    assert (
        "partition_number" in New.__annotations__ and "partition_number" not in Old.__annotations__
    )


def test_the_four_versions_weigh_less_than_twice_one() -> None:
    total = sum(lines(version) for version in ALL_VERSIONS)
    assert total <= 2.0 * lines("1.0"), (total, lines("1.0"))

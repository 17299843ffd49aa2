"""A new operation in a spec costs no hand-written line: after regeneration it is a method of
the sync and the async facade, a route of the local server, and a line of docs/versions.md."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import yaml

from generator import build, changelog

from . import version_facts as facts

WIDGETS = {
    "tags": [{"name": "widgets", "description": "Widgets, a resource made up for this test."}],
    "paths": {
        "/v1/widgets": {
            "get": {
                "operationId": "listWidgets",
                "tags": ["widgets"],
                "summary": "List Widgets",
                "parameters": [
                    {"name": "name", "in": "query", "schema": {"type": ["string", "null"]}}
                ],
                "responses": {
                    "200": {
                        "description": "The widgets.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/WidgetListResponse"}
                            }
                        },
                    },
                    "401": {"$ref": "#/components/responses/Unauthorized"},
                },
                "x-scp-sources": "Made up for a test.",
            }
        },
        "/v1/widgets/{widget_id}": {
            "parameters": [
                {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {
                "operationId": "showWidget",
                "tags": ["widgets"],
                "summary": "Show Widget",
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}
                        },
                    },
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
                "x-scp-sources": "Made up for a test.",
            },
        },
    },
    "components": {
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            },
            "WidgetListResponse": {
                "type": "object",
                "required": ["widgets"],
                "properties": {
                    "widgets": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}}
                },
            },
        }
    },
}

USE = textwrap.dedent(
    """
    import asyncio
    import scp_virtualserver as vs
    from scp_virtualserver.testing import LocalVirtualServer

    with LocalVirtualServer() as srv:
        made = srv.add("widgets", name="w1")
        with vs.VirtualServerClient(endpoint_url=srv.url, credentials=srv.credentials) as c:
            assert [w.name for w in c.widgets.list()] == ["w1"], list(c.widgets.list())
            assert c.widgets.get(made).name == "w1"

        async def main():
            async with vs.AsyncVirtualServerClient(
                endpoint_url=srv.url, credentials=srv.credentials
            ) as c:
                return [w.id async for w in c.widgets.list(name="w1")]

        assert asyncio.run(main()) == [made]
    print("ok")
    """
)


def fingerprint(package: Path) -> dict[str, str]:
    """The hand-written files of a package: everything the generator does not own."""
    owned = {*build.generated_names(build.SPEC_DIR)}
    return {
        path.relative_to(package).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package.rglob("*.py"))
        if path.relative_to(package).parts[0] not in owned and "__pycache__" not in path.parts
    }


def test_a_new_operation_costs_no_hand_written_line(tmp_path: Path) -> None:
    sources = tmp_path / "spec"
    for part in ("base", "versions"):
        shutil.copytree(build.SPEC_DIR / part, sources / part)
    shutil.copy(build.SPEC_DIR / build.RESOURCES, sources / build.RESOURCES)
    (sources / "base" / "widgets.yaml").write_text(yaml.safe_dump(WIDGETS, sort_keys=False))
    package = tmp_path / "clients" / "scp_virtualserver"
    shutil.copytree(
        build.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    hand_written = fingerprint(package)

    build.regenerate(package_dir=package, spec_dir=sources, cache=tmp_path / "cache")

    assert fingerprint(package) == hand_written
    facade = (package / "resources" / "widgets.py").read_text()
    assert "class Widgets(Resource)" in facade and "class AsyncWidgets(AsyncResource)" in facade
    assert "def widgets(self)" in (package / "resources" / "__init__.py").read_text()
    newest = facts.package(facts.versions()[-1])
    assert '"/v1/widgets/{widget_id}"' in (package / "_specs" / f"{newest}.json").read_text()
    assert "`GET /v1/widgets (listWidgets)`" in changelog.render(sources)
    environment = {**os.environ, "PYTHONPATH": str(package.parent)}
    result = subprocess.run(  # killed if it outlives the timeout: nothing left behind
        [sys.executable, "-c", USE],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-3000:]

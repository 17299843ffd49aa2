"""Prism (`@stoplight/prism-cli`, from the npm registry) for the contract tests: installed once
into `.cache/`, started per spec on a free loopback port."""

from __future__ import annotations

import copy
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from .processes import end

PRISM_VERSION = "5.9.0"
ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / f"prism-{PRISM_VERSION}"


# The SCP headers every request carries. The specs leave them out of the operations (the
# generator would turn them into arguments); the contract test adds them back, so that Prism
# checks them on every request.
def scp_headers(version: str) -> list[dict[str, Any]]:
    def header(name: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {"name": name, "in": "header", "required": True, "schema": schema}

    return [
        header("Scp-Api-Version", {"type": "string", "enum": [f"virtualserver {version}"]}),
        header("Scp-Accesskey", {"type": "string", "minLength": 1}),
        header("Scp-Signature", {"type": "string", "pattern": "^[A-Za-z0-9+/]{43}=$"}),
        header("Scp-Timestamp", {"type": "string", "pattern": "^[0-9]{13}$"}),
        header("Scp-ClientType", {"type": "string", "enum": ["Openapi"]}),
        header("Accept-Language", {"type": "string", "enum": ["en-US", "ko-KR"]}),
    ]


def install() -> Path:
    """The prism executable, installed with npm on first use; skips the test without npm."""
    binary = CACHE / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed, so Prism cannot be: the Prism contract tests need it")
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(CACHE),
            "--no-audit",
            "--no-fund",
            "--silent",
            f"@stoplight/prism-cli@{PRISM_VERSION}",
        ],
        check=True,
        timeout=600,
    )
    return binary


def inlined(document: dict[str, Any]) -> dict[str, Any]:
    """The document with every `$ref` replaced by what it names. Prism 5 mishandles references
    that it should follow: beside a description (OpenAPI 3.1 allows one) it answers
    `{"$ref": null}`, and inside `anyOf` it fails with "Invalid reference token: __bundled__"."""

    def resolve(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                target: Any = document
                for part in ref.removeprefix("#/").split("/"):
                    target = target[part]
                return resolve(target, (*seen, ref))
            return {key: resolve(value, seen) for key, value in node.items() if key != "$ref"}
        if isinstance(node, list):
            return [resolve(item, seen) for item in node]
        return node

    paths = resolve(document["paths"], ())
    return {**document, "paths": paths}


@cache
def spec_document(version: str) -> dict[str, Any]:
    """The built spec of a version as Prism serves it (inlined, before the SCP headers are added);
    treat it as read-only."""
    return inlined(
        yaml.safe_load((ROOT / "spec" / "virtualserver" / f"{version}.yaml").read_text())
    )


def without_null(parameter: dict[str, Any]) -> None:
    """A query parameter's `type: [X, "null"]` as `type: X`. Prism 5 reads a repeated parameter
    (`ids=a&ids=b`) as a list whatever the type, but a single one (`ids=a`) as a list only when
    the type is exactly "array": `[array, "null"]` then fails with "must be array,null". A query
    string cannot carry a null (a parameter left out is how None is sent), so nothing is lost."""
    schema = parameter.get("schema")
    if parameter.get("in") != "query" or not isinstance(schema, dict):
        return
    kinds = schema.get("type")
    if isinstance(kinds, list) and "null" in kinds:
        rest = [kind for kind in kinds if kind != "null"]
        schema["type"] = rest[0] if len(rest) == 1 else rest


def contract_spec(version: str, directory: Path) -> Path:
    document = copy.deepcopy(spec_document(version))
    for item in document["paths"].values():
        for parameter in item.get("parameters", []):
            without_null(parameter)
        for method in ("get", "post", "put", "delete"):
            if method in item:
                for parameter in item[method].get("parameters", []):
                    without_null(parameter)
                item[method].setdefault("parameters", []).extend(scp_headers(version))
    path = directory / f"contract-{version}.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serve(binary: Path, spec: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [str(binary), "mock", str(spec), "-h", "127.0.0.1", "-p", str(port), "--errors"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url + "/", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read() if process.stdout else ""
                    raise RuntimeError(f"Prism did not start:\n{output}") from None
                time.sleep(0.2)
        yield url
    finally:  # stopped for good: SIGTERM, then SIGKILL if it has not gone in 10 s
        end(process)

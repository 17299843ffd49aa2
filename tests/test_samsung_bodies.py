"""Anything Samsung's 1.0 document allows, our 1.0 clients read.

For every operation, answer bodies are generated from Samsung's own 2xx response schema
(hypothesis-jsonschema) and parsed by our generated 1.0 client and read by the facade, in its
default (tolerant) mode and strictly: not one may fail to parse, escape untyped, or (strictly)
differ from our 1.0 spec. Samsung's document is reference data beside the project; without
it, or without hypothesis-jsonschema (which needs hypothesis < 6.130, so it runs in `nox -s
conformance`, not beside schemathesis in `nox -s tests`), this skips and says why.
"""

from __future__ import annotations

import copy
import fnmatch
import importlib
import json
import pkgutil
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator import conformance, yamlio
from scp_virtualserver import _methods, resources
from scp_virtualserver._calls import Answer, Request
from scp_virtualserver.v1_0 import Client

hypothesis_jsonschema = pytest.importorskip(
    "hypothesis_jsonschema",
    reason="hypothesis-jsonschema is installed by `nox -s conformance` (it needs hypothesis<6.130)",
)
from hypothesis import HealthCheck, given, settings  # noqa: E402

if not conformance.SAMSUNG.is_file():
    pytest.skip(f"Samsung's document is not at {conformance.SAMSUNG}", allow_module_level=True)

SAMSUNG = yamlio.load(conformance.SAMSUNG)
API = Path(__file__).resolve().parent.parent / "clients" / "scp_virtualserver" / "v1_0" / "api"
EXAMPLES = 20
DEVIATIONS, _ = conformance.read_deviations()


def json_schema(node: Any) -> Any:
    """Samsung's OpenAPI 3.0-style schema as JSON Schema: nullable as a type, refs to
    definitions, `type: object` where only properties are given, prose dropped."""
    if isinstance(node, list):
        return [json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: json_schema(v) for k, v in node.items() if k not in ("example", "title")}
    if "$ref" in out:
        out["$ref"] = out["$ref"].replace("#/components/schemas/", "#/definitions/")
    if ("properties" in out or "required" in out) and "type" not in out:
        out["type"] = "object"
    if out.pop("nullable", False):
        if "type" in out and not {"$ref", "allOf", "anyOf", "oneOf"} & set(out):
            kind = out["type"]
            out["type"] = [*(kind if isinstance(kind, list) else [kind]), "null"]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


DEFINITIONS = {
    name: json_schema(schema) for name, schema in SAMSUNG["components"]["schemas"].items()
}


def answers() -> list[tuple[str, str, int, Any]]:
    """(method and path, module, status, JSON Schema) of every 2xx JSON answer in Samsung's
    document."""
    modules = {path.stem: path for path in API.glob("*/*.py") if path.stem != "__init__"}
    found = []
    for url, item in SAMSUNG["paths"].items():
        for method, operation in item.items():
            if method not in conformance.METHODS:
                continue
            name = _snake(operation["operationId"])
            for status, response in operation["responses"].items():
                content = (response.get("content") or {}).get("application/json")
                if str(status).startswith("2") and content and "schema" in content:
                    path = modules[name]
                    module = f"scp_virtualserver.v1_0.api.{path.parent.name}.{name}"
                    schema = {**json_schema(content["schema"]), "definitions": DEFINITIONS}
                    found.append((f"{method.upper()} {url}", module, int(status), schema))
                    OPERATION_IDS[f"{method.upper()} {url}"] = operation["operationId"]
    return sorted(found, key=lambda row: row[0])


OPERATION_IDS: dict[str, str] = {}


def facade_operation(operation_id: str) -> _methods.Operation:
    for info in pkgutil.iter_modules(resources.__path__):
        module = importlib.import_module(f"scp_virtualserver.resources.{info.name}")
        for value in vars(module).values():
            if isinstance(value, _methods.Operation) and value.id == operation_id:
                return value
    raise LookupError(operation_id)


def read_by_the_facade(op: _methods.Operation, status: int, content: bytes, strict: bool) -> Any:
    spec = op.spec("1.0")
    request = Request(spec.method, op.id, spec.path, "1.0")
    answer = Answer(status, {}, content)
    if op.result == "list":
        return _methods.page_items(op, request, answer, strict)
    return _methods.result(op, request, answer, strict)


def _snake(name: str) -> str:
    from openapi_python_client.strings import snake_case  # the generator's own names

    return str(snake_case(name))


CASES = answers()


def test_every_answer_with_a_body_is_covered() -> None:
    # Every operation of Samsung's 1.0 document whose success answer has a JSON body is here.
    assert len(CASES) >= 60, len(CASES)


@pytest.mark.parametrize(
    ("operation", "module", "status", "schema"), CASES, ids=[case[0] for case in CASES]
)
def test_samsung_bodies_parse(operation: str, module: str, status: int, schema: Any) -> None:
    place = f"{operation} responses.{status}.body"
    declared = [d for d in DEVIATIONS if fnmatch.fnmatchcase(place, d.at)]
    if declared:
        pytest.skip(f"a declared deviation: {declared[0].reason}")
    generated: ModuleType = importlib.import_module(module)
    op = facade_operation(OPERATION_IDS[operation])
    client = Client(httpx_client=httpx.Client(base_url="https://vs.test"))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(hypothesis_jsonschema.from_schema(copy.deepcopy(schema)))
    def parses(body: Any) -> None:
        raw = httpx.Response(
            status,
            content=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            request=httpx.Request("GET", "https://vs.test/"),
        )
        answer = generated._build_response(client=client, response=raw)
        assert answer.status_code == status
        assert answer.parsed is not None, f"{operation}: {status} parsed as nothing"
        for strict in (False, True):  # tolerant: read; strict: nothing differs from our spec
            read_by_the_facade(op, status, raw.content, strict)

    parses()

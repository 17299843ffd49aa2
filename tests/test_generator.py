"""The generator: the linter's rules, all-or-nothing builds, the cache, and the golden record."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build, engine, facade, lint, yamlio

from . import version_facts as facts

SPECS = Path(__file__).resolve().parent.parent / "spec" / "virtualserver"


def spec_copy(tmp_path: Path, version: str = "1.0") -> tuple[Path, dict]:  # type: ignore[type-arg]
    directory = tmp_path / "spec"
    directory.mkdir(exist_ok=True)
    document = yaml.safe_load((SPECS / f"{version}.yaml").read_text())
    return directory / f"{version}.yaml", document


def write(path: Path, document: object) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


@pytest.mark.parametrize("path", build.spec_paths(SPECS), ids=lambda p: p.name)
def test_every_spec_passes_the_linter_and_the_validator(path: Path) -> None:
    info = lint.lint(path)
    assert info.version == path.stem


def break_collision(doc: dict) -> str:  # type: ignore[type-arg]
    doc["paths"]["/v1/servers"]["get"]["operationId"] = "showVirtualServer"
    doc["paths"]["/v1/servers/{server_id}"]["get"]["operationId"] = "show_virtual_server"
    return "both become 'show_virtual_server' in Python"


def break_const_header(doc: dict) -> str:  # type: ignore[type-arg]
    doc["paths"]["/v1/servers"]["get"]["parameters"].append(
        {"name": "X-Trace", "in": "header", "schema": {"type": "string", "const": "on"}}
    )
    return "parameter 'X-Trace' uses const"


def break_version_header(doc: dict) -> str:  # type: ignore[type-arg]
    doc["paths"]["/v1/servers"]["get"]["parameters"].append(
        {"name": "Scp-Api-Version", "in": "header", "schema": {"type": "string"}}
    )
    return "declares the Scp-Api-Version header"


def break_missing_meta(doc: dict) -> str:  # type: ignore[type-arg]
    del doc["info"]["x-scp-api-version"]
    return "info.x-scp-api-version is missing"


def break_date(doc: dict) -> str:  # type: ignore[type-arg]
    doc["info"]["x-scp-api-version"]["not-before"] = "31/12/2025"
    return "not-before '31/12/2025' is not an ISO date"


def break_missing_date(doc: dict) -> str:  # type: ignore[type-arg]
    del doc["info"]["x-scp-api-version"]["not-before"]
    return "not-before is missing"


def break_status(doc: dict) -> str:  # type: ignore[type-arg]
    doc["info"]["x-scp-api-version"]["status"] = "RETIRED"
    return "status 'RETIRED' is unknown; it must be one of CURRENT, SUPPORTED, DEPRECATED, PLANNED"


def break_version_mismatch(doc: dict) -> str:  # type: ignore[type-arg]
    doc["info"]["x-scp-api-version"]["version"] = "1.1"
    return "version is '1.1' but the file is named 1.0.yaml"


def break_service(doc: dict) -> str:  # type: ignore[type-arg]
    doc["info"]["x-scp-api-version"]["service"] = "blockstorage"
    return "service must be 'virtualserver'"


def break_deprecated_without_date(doc: dict) -> str:  # type: ignore[type-arg]
    doc["info"]["x-scp-api-version"]["not-before"] = None
    return "a DEPRECATED version must have a not-before date"


def break_openapi(doc: dict) -> str:  # type: ignore[type-arg]
    doc["paths"]["/v1/servers"]["get"]["responses"] = "nothing"
    return "not a valid OpenAPI document"


def break_no_operation_id(doc: dict) -> str:  # type: ignore[type-arg]
    del doc["paths"]["/v1/servers"]["post"]["operationId"]
    return "POST /v1/servers has no operationId"


@pytest.mark.parametrize(
    "breaker",
    [
        break_collision,
        break_const_header,
        break_version_header,
        break_missing_meta,
        break_date,
        break_missing_date,
        break_status,
        break_version_mismatch,
        break_service,
        break_deprecated_without_date,
        break_openapi,
        break_no_operation_id,
    ],
    ids=lambda f: f.__name__,
)
def test_the_linter_refuses_a_broken_spec_naming_file_and_problem(tmp_path: Path, breaker) -> None:  # type: ignore[no-untyped-def]
    path, document = spec_copy(tmp_path)
    expected = breaker(document)
    write(path, document)
    with pytest.raises(lint.SpecError) as caught:
        lint.lint(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_unreadable_yaml_is_named(tmp_path: Path) -> None:
    path = tmp_path / "1.0.yaml"
    path.write_text("openapi: [unclosed")
    with pytest.raises(lint.SpecError, match="cannot be read as YAML"):
        lint.lint(path)


def test_two_current_versions_are_refused() -> None:
    rows = [lint.VersionInfo("1.2", "CURRENT", None), lint.VersionInfo("1.3", "CURRENT", None)]
    with pytest.raises(lint.SpecError, match="more than one CURRENT version: 1.2, 1.3"):
        lint.check_table(rows)


def mini_sources(tmp_path: Path) -> Path:
    """A small real source tree: the shared base and the servers resource, in every version."""
    directory = tmp_path / "sources"
    (directory / "base").mkdir(parents=True)
    for name in ("common.yaml", "servers.yaml"):
        shutil.copy(SPECS / "base" / name, directory / "base" / name)
    for version in facts.versions():
        target = directory / "versions" / version
        target.mkdir(parents=True)
        meta = yaml.safe_load((SPECS / "versions" / version / "version.yaml").read_text())
        meta.pop("removed-operations", None)  # of operations this tree does not have
        write(target / "version.yaml", meta)
        patch = SPECS / "versions" / version / "servers.yaml"
        if patch.exists():
            shutil.copy(patch, target / "servers.yaml")
    return directory


def test_a_failed_run_leaves_the_committed_clients_untouched(tmp_path: Path) -> None:
    # Sources that build and lint clean but that the generator cannot fully handle (an XML
    # response would be dropped with a warning): the run must fail and change nothing.
    sources = mini_sources(tmp_path)
    servers = yaml.safe_load((sources / "base" / "servers.yaml").read_text())
    servers["paths"]["/v1/servers"]["get"]["responses"]["200"]["content"] = {
        "application/xml": {"schema": {"type": "string"}}
    }
    write(sources / "base" / "servers.yaml", servers)
    package = tmp_path / "package"
    (package / "v1_0").mkdir(parents=True)
    (package / "v1_0" / "marker.py").write_text("# the committed client\n")
    with pytest.raises(build.GenerationError, match=r"1\.0\.yaml"):
        build.regenerate(package_dir=package, spec_dir=sources, cache=None)
    assert (package / "v1_0" / "marker.py").read_text() == "# the committed client\n"
    assert not list(sources.glob("*.yaml")), "no built document may be written either"


def test_a_spec_error_stops_before_generating(tmp_path: Path) -> None:
    sources = mini_sources(tmp_path)
    write(sources / "versions" / "1.2" / "version.yaml", {"status": "RETIRED", "not-before": None})
    package = tmp_path / "package"
    package.mkdir()
    with pytest.raises(lint.SpecError, match="status 'RETIRED' is unknown"):
        build.regenerate(package_dir=package, spec_dir=sources, cache=None)
    assert list(package.iterdir()) == []
    assert not list(sources.glob("*.yaml"))


def test_generation_is_deterministic_cached_or_not_and_replaces_whole_packages(
    tmp_path: Path,
) -> None:
    sources = mini_sources(tmp_path)
    package = tmp_path / "package"
    newest = facts.package(facts.versions()[-1])
    (package / newest).mkdir(parents=True)
    (package / newest / "stray.py").write_text("# left over from an old run\n")
    build.regenerate(package_dir=package, spec_dir=sources, cache=None)
    names = build.generated_names(sources)
    first = build.files_under(package, names)
    assert not (package / newest / "stray.py").exists()
    assert f"{newest}/py.typed" in first and "_versions_table.py" in first
    built = sorted(p.name for p in sources.glob("*.yaml"))
    assert built == sorted(f"{v}.yaml" for v in facts.versions())
    cache = tmp_path / "cache"
    build.regenerate(package_dir=package, spec_dir=sources, cache=cache)  # fills the cache
    assert build.files_under(package, names) == first
    build.regenerate(package_dir=package, spec_dir=sources, cache=cache)  # reads from it
    assert build.files_under(package, names) == first
    assert len(list(cache.iterdir())) == len(facts.versions())
    damaged = sorted(cache.iterdir())[0]
    damaged.write_bytes(b"not an archive")  # a damaged entry is generated again, and replaced
    build.regenerate(package_dir=package, spec_dir=sources, cache=cache)
    assert build.files_under(package, names) == first
    assert len(list(cache.iterdir())) == len(facts.versions())
    assert damaged.read_bytes() != b"not an archive"


def test_sharing_parsed_schemas_changes_nothing_in_the_output(tmp_path: Path) -> None:
    # The engine lets openapi-python-client's deep copies of parsed models be the models
    # themselves (half its time); the newest whole document must come out byte for byte the same.
    document = build.spec_paths(SPECS)[-1]
    engine._load_generator()
    for share, name in ((False, "copied"), (True, "shared")):
        assert engine._generate_one(document, tmp_path / name, share=share) is None
    copied, shared = (
        {p.relative_to(tmp_path / n): p.read_bytes() for p in (tmp_path / n).rglob("*.py")}
        for n in ("copied", "shared")
    )
    assert len(copied) > 200 and shared == copied
    with engine.parsed_schemas_shared():
        pass
    from openapi_python_client.parser.properties import ModelProperty

    assert "__deepcopy__" not in vars(ModelProperty)  # put back as it was


def test_golden_record_the_committed_clients_equal_a_fresh_generation() -> None:
    report = build.drift()
    assert report == [], "\n".join(report[:200])


def test_the_changelog_lists_the_known_differences_and_is_committed() -> None:
    from generator import changelog

    text = changelog.render()
    assert changelog.DOC.read_text() == text
    sections = {part.split("\n", 1)[0]: part for part in text.split("\n## ")[1:]}
    first_version = facts.oldest()
    count = facts.operation_count(first_version)
    assert f"The first version: {count} operations." in sections[first_version]
    first = sections["1.1"]
    assert "- operation added: `GET /v1/server-groups/partition-size (getPartitionSize)`" in first
    assert "(attachVirtualServerSecurityGroup)" in first and "operation removed" in first
    assert "- field added: `ServerCreateRequest.partition_number` (integer or null)" in first
    assert "- field added: `ServerShowResponse.partition_number` (integer or null)" in first
    second = sections["1.2"]
    assert "- operation added: `PUT /v1/volumes/{volume_id}/qos (setVolumeQos)`" in second
    assert "- schema added: `ServerCreateRequestV1Dot2`" in second
    assert "- schema removed: `ServerCreateRequest`" in second
    snapshots = (
        "- operation changed: `GET /v1/snapshots (listSnapshot)`: query sort parameter added"
    )
    assert snapshots in sections["1.3"]
    assert (
        "- schema added: `VolumeV1Dot2`, from `Volume`: + max_iops, + max_throughput"
        in sections["1.2"]
    )
    for row in facts.rows():
        assert f"| {row.version} | {row.status} | {row.not_before or '-'} |" in text


def test_the_changelog_sees_removals_and_changes_but_not_prose(tmp_path: Path) -> None:
    from generator import changelog

    directory = tmp_path / "spec"
    directory.mkdir()
    old = yaml.safe_load((SPECS / "1.2.yaml").read_text())
    new = yaml.safe_load((SPECS / "1.3.yaml").read_text())
    del new["components"]["schemas"]["VolumeV1Dot2"]["properties"]["max_iops"]
    new["components"]["schemas"]["ServerUpdateRequest"]["properties"]["name"]["maxLength"] = 255
    new["components"]["schemas"]["ServerShowResponse"]["description"] = "Reworded prose."
    del new["paths"]["/v1/servers/{server_id}/lock"]
    write(directory / "1.2.yaml", old)
    write(directory / "1.3.yaml", new)
    section = changelog.render(directory).split("## 1.3")[1]
    assert "- field removed: `VolumeV1Dot2.max_iops`" in section
    assert "- field changed: `ServerUpdateRequest.name`" in section
    assert "- operation removed: `POST /v1/servers/{server_id}/lock (lockVirtualServer)`" in section
    assert "ServerShowResponse" not in section


# -- resources.yaml ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def documents() -> dict[str, Any]:
    return {path.stem: yamlio.load(path) for path in build.spec_paths(SPECS)}


@pytest.mark.parametrize(
    ("makes", "problem"),
    [
        ({"listImages": {"resource": "images", "answer": "id"}}, "not an operation of"),
        ({"createVirtualServerCustomImage": {"resource": "colours", "answer": "id"}}, "top-level"),
        ({"createVirtualServerCustomImage": {"resource": "image-members", "answer": "id"}}, "top"),
        ({"createVirtualServerCustomImage": {"resource": "images"}}, "answer"),
        (
            {"createVirtualServerCustomImage": {"resource": "images", "answer": "a", "to": 1}},
            "only",
        ),
    ],
)
def test_a_bad_makes_in_resources_yaml_is_named(
    documents: dict[str, Any], makes: dict[str, Any], problem: str
) -> None:
    data = yamlio.load(SPECS / build.RESOURCES)
    data = {**data, "servers": {**data["servers"], "makes": makes}}
    with pytest.raises(lint.SpecError, match="resources.yaml: servers: makes: ") as caught:
        facade.collect(documents, data)
    assert problem in str(caught.value)


EVIDENCE = {"status": 404, "confidence": "likely", "evidence": "a made-up reason"}


@pytest.mark.parametrize(
    ("tag", "change", "problem"),
    [
        ("volumes", {"not-found": None}, "not-found is missing"),
        ("volumes", {"not-found": {**EVIDENCE, "status": 400}}, "waiters take 404 as gone"),
        ("volumes", {"not-found": {**EVIDENCE, "confidence": "sure"}}, "confidence must be"),
        ("volumes", {"not-found": {"status": 404}}, "give status, confidence and evidence"),
        ("volumes", {"not-found": {**EVIDENCE, "evidence": " "}}, "evidence is empty"),
        ("server-types", {"not-found": {**EVIDENCE, "status": 410}}, "does not document 410"),
        ("default-configs", {"not-found": EVIDENCE}, "no get of one item"),
        ("volumes", {"references": {"listVolumes": {"x": "servers"}}}, "no version's body"),
        ("volumes", {"references": {"showImage": {"x": "servers"}}}, "not an operation of"),
        ("volumes", {"references": {"createVolume": {"snapshot_id": "colours"}}}, "top-level"),
        ("volumes", {"references": {"createVolume": {"path.nope": "servers"}}}, "no such param"),
        ("servers", {"parts": {"createVirtualServer": {"list": "nope"}}}, "no list 'nope'"),
        (
            "servers",
            {"parts": {"createVirtualServer": {"list": "volumes", "resource": "colours"}}},
            "not a top-level resource",
        ),
        (
            "servers",
            {
                "parts": {
                    "createVirtualServer": {
                        "list": "volumes",
                        "resource": "volumes",
                        "with-owner": "gone",
                    }
                }
            },
            "not among the shown fields",
        ),
    ],
)
def test_bad_not_found_references_or_parts_in_resources_yaml_are_named(
    documents: dict[str, Any], tag: str, change: dict[str, Any], problem: str
) -> None:
    data = yamlio.load(SPECS / build.RESOURCES)
    entry = {**data[tag], **change}
    data = {**data, tag: {k: v for k, v in entry.items() if v is not None}}
    with pytest.raises(lint.SpecError, match=f"resources.yaml: {tag}: ") as caught:
        facade.collect(documents, data)
    assert problem in str(caught.value)

"""Where credentials and endpoints come from, and what is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scp_virtualserver as vs
from scp_virtualserver.credentials import (
    ConfigurationError,
    resolve_credentials,
    resolve_endpoint,
)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / ".scpconf").mkdir()
    return tmp_path


def write(home: Path, name: str, content: object) -> Path:
    path = home / ".scpconf" / name
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


def test_the_argument_wins(home: Path) -> None:
    given = vs.Credentials("ARG", "arg-secret")
    env = {"HOME": str(home), "SCP_ACCESS_KEY": "ENV", "SCP_SECRET_KEY": "env-secret"}
    assert resolve_credentials(given, env) is given


def test_then_the_environment(home: Path) -> None:
    write(home, "credentials.json", {"access-key": "FILE", "secret-key": "file-secret"})
    env = {"HOME": str(home), "SCP_ACCESS_KEY": "ENV", "SCP_SECRET_KEY": "env-secret"}
    assert resolve_credentials(None, env) == vs.Credentials("ENV", "env-secret")


def test_then_the_credentials_file(home: Path) -> None:
    write(home, "credentials.json", {"access-key": "FILE", "secret-key": "file-secret"})
    env = {"HOME": str(home), "SCP_ACCESS_KEY": "ENV-ONLY-HALF"}
    assert resolve_credentials(None, env) == vs.Credentials("FILE", "file-secret")


def test_nothing_found_names_every_place_looked_at(home: Path) -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve_credentials(None, {"HOME": str(home)})
    text = str(caught.value)
    for place in ("credentials argument", "SCP_ACCESS_KEY", "SCP_SECRET_KEY", "credentials.json"):
        assert place in text


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON (line 1"),
        ("[1, 2]", "must hold a JSON object"),
        (json.dumps({"access-key": 5, "secret-key": "s"}), "'access-key' must be a string"),
        (json.dumps({"access-key": "AK"}), "lacks secret-key"),
    ],
)
def test_a_malformed_credentials_file_is_named_with_its_problem(
    home: Path, content: str, problem: str
) -> None:
    path = write(home, "credentials.json", content)
    with pytest.raises(ConfigurationError) as caught:
        resolve_credentials(None, {"HOME": str(home)})
    assert str(path) in str(caught.value) and problem in str(caught.value)
    assert caught.value.__cause__ is None or not isinstance(caught.value.__cause__, ValueError)


def test_endpoint_from_region_and_environment() -> None:
    assert resolve_endpoint(
        region="kr-west1", environment="e", environ={"HOME": "/nonexistent"}
    ) == ("https://virtualserver.kr-west1.e.samsungsdscloud.com")


def test_endpoint_lookup_order(home: Path) -> None:
    write(
        home,
        "config.json",
        {"default-region": "kr-south1", "auth-url": "https://iam.g.samsungsdscloud.com/v1"},
    )
    env = {"HOME": str(home)}
    assert resolve_endpoint(environ=env) == "https://virtualserver.kr-south1.g.samsungsdscloud.com"
    env_vars = {**env, "SCP_REGION": "kr-east1", "SCP_ENVIRONMENT": "s"}
    assert (
        resolve_endpoint(environ=env_vars) == "https://virtualserver.kr-east1.s.samsungsdscloud.com"
    )
    override = {**env_vars, "SCP_ENDPOINT_URL": "https://proxy.example.com/"}
    assert resolve_endpoint(environ=override) == "https://proxy.example.com"
    assert resolve_endpoint(endpoint_url="https://arg.example.com", environ=override) == (
        "https://arg.example.com"
    )


def test_the_config_files_endpoint_override(home: Path) -> None:
    write(home, "config.json", {"endpoint-override": "https://vs.internal.example.com"})
    assert resolve_endpoint(environ={"HOME": str(home)}) == "https://vs.internal.example.com"


def test_no_endpoint_names_every_place_looked_at(home: Path) -> None:
    with pytest.raises(ConfigurationError) as caught:
        resolve_endpoint(environ={"HOME": str(home)})
    for place in (
        "endpoint_url",
        "SCP_ENDPOINT_URL",
        "SCP_REGION",
        "SCP_ENVIRONMENT",
        "config.json",
    ):
        assert place in str(caught.value)


def test_an_auth_url_that_names_no_environment_is_refused(home: Path) -> None:
    write(
        home, "config.json", {"default-region": "kr-west1", "auth-url": "https://login.example.com"}
    )
    with pytest.raises(ConfigurationError, match="cannot tell the environment"):
        resolve_endpoint(environ={"HOME": str(home)})


@pytest.mark.parametrize(
    ("region", "environment", "problem"),
    [
        ("kr-west1", "x", "unknown environment 'x'; valid: s (kr-west1, kr-east1)"),
        (
            "kr-south1",
            "e",
            "unknown region 'kr-south1' in environment 'e'; valid: kr-west1, kr-east1",
        ),
    ],
)
def test_unknown_regions_and_environments_list_the_valid_ones(
    region: str, environment: str, problem: str
) -> None:
    with pytest.raises(vs.InvalidParameterError) as caught:
        resolve_endpoint(region=region, environment=environment, environ={"HOME": "/nonexistent"})
    assert problem in str(caught.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8787", "http://localhost:1", "http://[::1]:8080", "http://127.5.5.5"]
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    assert resolve_endpoint(endpoint_url=url, environ={}) == url


@pytest.mark.parametrize(
    "url",
    ["http://10.0.0.1", "http://example.com", "ftp://example.com", "https://", "https://x/?a=1"],
)
def test_other_endpoints_are_refused(url: str) -> None:
    with pytest.raises(vs.InvalidParameterError):
        resolve_endpoint(endpoint_url=url, environ={})


def test_credentials_must_not_be_empty() -> None:
    with pytest.raises(vs.InvalidParameterError, match="secret_key"):
        vs.Credentials("AK", " ")

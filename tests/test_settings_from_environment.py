"""`SCP_API_VERSION`: pinning the API version by configuration, below the argument."""

from __future__ import annotations

import warnings

import pytest

import scp_virtualserver as vs
from scp_virtualserver._settings import USER_AGENT
from scp_virtualserver.testing import LocalVirtualServer

from . import version_facts as facts
from .conftest import EARLY, fixed

# What a client speaks on the EARLY calendar, by the table (or by a service that agrees).
NEWEST_EARLY = facts.newest_usable(EARLY.date())


def client(srv: LocalVirtualServer, **kwargs: object) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=srv.url,
        credentials=srv.credentials,
        clock=fixed(EARLY),
        **kwargs,  # type: ignore[arg-type]
    )


def test_the_variable_pins_the_version(
    early_server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCP_API_VERSION", "1.2")
    with client(early_server) as c:
        assert c.api_version == "1.2"
        c.servers.get(early_server.add_server())  # sent, and served, as 1.2


def test_the_argument_wins_over_the_variable(
    early_server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCP_API_VERSION", "1.2")
    with client(early_server, api_version=facts.current()) as c:
        assert c.api_version == facts.current()


def test_auto_by_the_variable_asks_the_service(
    early_server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCP_API_VERSION", "auto")
    with client(early_server) as c:
        assert c.api_version == NEWEST_EARLY


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_variable_means_unset(
    early_server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("SCP_API_VERSION", value)
    with client(early_server) as c:
        assert c.api_version == NEWEST_EARLY


def test_an_unknown_version_in_the_variable_fails_at_once(
    early_server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCP_API_VERSION", "9.9")
    with pytest.raises(vs.UnsupportedVersionError, match="9.9"):
        client(early_server)


def test_a_deprecated_version_in_the_variable_warns(
    early_server: LocalVirtualServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCP_API_VERSION", "1.1")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client(early_server).close()
    assert any(issubclass(w.category, vs.VersionDeprecationWarning) for w in caught)


def test_the_user_agent_carries_the_release_version() -> None:
    assert f"scp-virtualserver/{vs.__version__}" == USER_AGENT

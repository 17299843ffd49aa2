"""api_version="auto" notices when the service's version document disagrees with this
release's table: a VersionDriftWarning once per process and endpoint, and the same facts on
`client.version_drift()` for monitoring, without a warning."""

from __future__ import annotations

import dataclasses
import datetime
import warnings

import pytest

import scp_virtualserver as vs
from scp_virtualserver.testing import LocalVirtualServer

from . import version_facts as facts
from .conftest import EARLY, fixed


def newer_service_table() -> list[vs.ApiVersion]:
    """What a service runs once Samsung has released the version after this release's newest:
    the current one SUPPORTED with a Not Before date, the new one CURRENT."""
    current = facts.current()
    table = [
        dataclasses.replace(v, status="SUPPORTED", not_before=datetime.date(2099, 6, 30))
        if v.version == current
        else v
        for v in vs.VERSIONS
    ]
    return [*table, vs.ApiVersion(facts.unreleased(), "CURRENT", None)]


def auto_client(srv: LocalVirtualServer) -> vs.VirtualServerClient:
    return vs.VirtualServerClient(
        endpoint_url=srv.url, credentials=srv.credentials, api_version="auto", clock=fixed(EARLY)
    )


def test_a_newer_service_warns_once_naming_each_difference() -> None:
    current, new = facts.current(), facts.unreleased()
    with LocalVirtualServer(versions=newer_service_table(), clock=fixed(EARLY)) as srv:
        with pytest.warns(vs.VersionDriftWarning) as seen:
            client = auto_client(srv)
            assert client.api_version == current  # the newest both sides know
        drift = [w for w in seen if issubclass(w.category, vs.VersionDriftWarning)]
        assert len(drift) == 1 and drift[0].filename == __file__  # the caller's line
        text = str(drift[0].message)
        assert f"the service at {srv.url} lists API versions other than this release's" in text
        assert f"{new} (CURRENT, no Not Before date) is unknown to this release" in text
        assert f"{current} is SUPPORTED there, CURRENT here" in text
        assert f"{current}'s Not Before date is 2099-06-30 there, none here" in text
        assert "a newer release of scp-virtualserver may exist" in text
        # Once per process and endpoint: a second client of the same service is silent.
        with warnings.catch_warnings():
            warnings.simplefilter("error", vs.VersionDriftWarning)
            again = auto_client(srv)
            assert again.api_version == current
        # ... and still gives the facts, typed, for monitoring.
        kinds = [(d.version, d.kind) for d in again.version_drift()]
        assert kinds == [(new, "unknown"), (current, "status"), (current, "not_before")]
        unknown = again.version_drift()[0]
        assert unknown.release is None and unknown.service == vs.ApiVersion(new, "CURRENT", None)


def test_a_service_that_agrees_gives_no_drift() -> None:
    with LocalVirtualServer(clock=fixed(EARLY)) as srv:
        with warnings.catch_warnings():
            warnings.simplefilter("error", vs.VersionDriftWarning)
            client = auto_client(srv)
            client.api_version  # noqa: B018
        assert client.version_drift() == ()


def test_a_service_without_a_version_is_no_drift() -> None:
    # A service need not list what it no longer serves.
    served = [v for v in vs.VERSIONS if v.version != facts.oldest()]
    with LocalVirtualServer(versions=served, clock=fixed(EARLY)) as srv:
        client = auto_client(srv)
        client.api_version  # noqa: B018
        assert client.version_drift() == ()


def test_clients_that_do_not_ask_the_service_report_nothing() -> None:
    with LocalVirtualServer(versions=newer_service_table(), clock=fixed(EARLY)) as srv:
        before = srv.requests_served
        for api_version in (None, facts.current()):
            with warnings.catch_warnings():
                warnings.simplefilter("error", vs.VersionDriftWarning)
                client = vs.VirtualServerClient(
                    endpoint_url=srv.url,
                    credentials=srv.credentials,
                    api_version=api_version,
                    clock=fixed(EARLY),
                )
                assert client.version_drift() == ()
        assert srv.requests_served == before  # nothing asked of the service


async def test_the_async_client_reports_drift_after_resolving() -> None:
    with LocalVirtualServer(versions=newer_service_table(), clock=fixed(EARLY)) as srv:
        client = vs.AsyncVirtualServerClient(
            endpoint_url=srv.url,
            credentials=srv.credentials,
            api_version="auto",
            clock=fixed(EARLY),
        )
        assert client.version_drift() == ()  # not asked yet
        with pytest.warns(vs.VersionDriftWarning):
            async with client:
                assert client.api_version == facts.current()
        assert next(d.kind for d in client.version_drift()) == "unknown"


def test_the_warning_shows_by_default_and_is_exported() -> None:
    assert issubclass(vs.VersionDriftWarning, UserWarning)
    assert vs.errors.VersionDriftWarning is vs.VersionDriftWarning
    assert "VersionDriftWarning" in vs.__all__ and "VersionDrift" in vs.__all__


def test_each_difference_reads_as_a_sentence() -> None:
    day = datetime.date(2030, 1, 2)
    table = (vs.ApiVersion("8.0", "CURRENT", None),)
    listed = {"8.0": ("DEPRECATED", day), "8.1": ("PLANNED", None)}
    from scp_virtualserver.versions import compare_with_service

    assert [str(d) for d in compare_with_service(listed, table)] == [
        "8.1 (PLANNED, no Not Before date) is unknown to this release",
        "8.0 is DEPRECATED there, CURRENT here",
        "8.0's Not Before date is 2030-01-02 there, none here",
    ]

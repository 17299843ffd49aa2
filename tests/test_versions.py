"""The version table and policy: which version is picked, when a pin warns or fails."""

from __future__ import annotations

import datetime
import warnings

import pytest

import scp_virtualserver as vs
from scp_virtualserver.versions import WARN_DAYS, ApiVersion, check_pinned, today_in_korea

from . import version_facts as facts

D = datetime.date


def test_the_table_comes_from_the_specs() -> None:
    table = [(v.version, v.status, v.not_before) for v in vs.VERSIONS]
    assert table == [(r.version, r.status, r.not_before) for r in facts.rows()]


def switch_days() -> list[D]:
    """Every day on which the pick could change (each Not Before date and the day before it),
    and a day long before and long after them all."""
    days = {D(2000, 1, 1), D(2100, 1, 1)}
    for row in facts.dated():
        assert row.not_before is not None
        days |= {row.not_before - datetime.timedelta(days=1), row.not_before}
    return sorted(days)


@pytest.mark.parametrize("day", switch_days(), ids=str)
def test_select_version_picks_the_newest_usable_version_of_the_table(day: D) -> None:
    usable = [
        r.version
        for r in facts.rows()
        if r.status != "PLANNED" and (r.not_before is None or day < r.not_before)
    ]
    if usable:
        assert vs.select_version(day) == usable[-1]
    else:
        with pytest.raises(vs.UnsupportedVersionError):
            vs.select_version(day)


@pytest.mark.parametrize("row", facts.dated(), ids=lambda r: r.version)
def test_a_version_is_usable_the_day_before_its_not_before_date_and_not_on_it(
    row: facts.Row,
) -> None:
    assert row.not_before is not None
    day_before, not_before = row.not_before - datetime.timedelta(days=1), row.not_before
    entry = next(v for v in vs.VERSIONS if v.version == row.version)
    assert entry.usable_on(day_before)
    assert not entry.usable_on(not_before)
    # Without the newer ones, the older ones decide the pick: the Not Before date is the switch.
    older = [v for v in vs.VERSIONS if v.key <= entry.key]
    assert vs.select_version(day_before, older) == row.version
    try:
        picked: str | None = vs.select_version(not_before, older)
    except vs.UnsupportedVersionError:
        picked = None
    assert picked != row.version


def test_a_planned_newest_version_is_never_picked() -> None:
    table = [*vs.VERSIONS, ApiVersion(facts.unreleased(), "PLANNED", None)]
    assert vs.select_version(D(2000, 1, 1), table) == vs.select_version(D(2000, 1, 1))


def test_a_newest_version_with_a_date_is_picked_until_that_date() -> None:
    table = [
        ApiVersion("2.0", "SUPPORTED", D(2027, 1, 1)),
        ApiVersion("2.1", "CURRENT", D(2027, 6, 1)),
    ]
    assert vs.select_version(D(2026, 12, 31), table) == "2.1"
    assert vs.select_version(D(2027, 5, 31), table) == "2.1"
    with pytest.raises(vs.UnsupportedVersionError, match="no API version is usable on 2027-06-01"):
        vs.select_version(D(2027, 6, 1), table)


@pytest.mark.parametrize(
    ("utc", "korea_day"),
    [
        (datetime.datetime(2026, 8, 30, 14, 59, 59, tzinfo=datetime.UTC), D(2026, 8, 30)),
        (datetime.datetime(2026, 8, 30, 15, 0, 0, tzinfo=datetime.UTC), D(2026, 8, 31)),
    ],
)
def test_today_is_the_date_in_korea(utc: datetime.datetime, korea_day: D) -> None:
    assert today_in_korea(lambda: utc) == korea_day


def test_the_korea_midnight_switches_versions_at_15_utc() -> None:
    table = [ApiVersion("1.2", "SUPPORTED", D(2026, 8, 31))]
    before = today_in_korea(lambda: datetime.datetime(2026, 8, 30, 14, 59, tzinfo=datetime.UTC))
    after = today_in_korea(lambda: datetime.datetime(2026, 8, 30, 15, 0, tzinfo=datetime.UTC))
    assert vs.select_version(before, table) == "1.2"
    with pytest.raises(vs.UnsupportedVersionError):
        vs.select_version(after, table)


def test_a_naive_clock_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        today_in_korea(lambda: datetime.datetime(2026, 1, 1))


def test_pinning_an_unknown_or_planned_version_fails_naming_the_known_ones() -> None:
    unknown = facts.unreleased()
    with pytest.raises(vs.UnsupportedVersionError) as caught:
        check_pinned(unknown, D(2026, 1, 1))
    assert f"{unknown!r} is unknown" in str(caught.value)
    assert f"it knows {', '.join(facts.versions())}" in str(caught.value)
    table = [*vs.VERSIONS, ApiVersion(unknown, "PLANNED", None)]
    with pytest.raises(vs.UnsupportedVersionError, match="PLANNED"):
        check_pinned(unknown, D(2026, 1, 1), table)


# The pin policy on a made-up table (versions 8.x do not exist), so that it is tested the same
# whatever the real table says.
POLICY = (
    ApiVersion("8.0", "DEPRECATED", D(2025, 12, 31)),
    ApiVersion("8.1", "DEPRECATED", D(2026, 5, 31)),
    ApiVersion("8.2", "SUPPORTED", D(2026, 8, 31)),
    ApiVersion("8.3", "CURRENT", None),
)


def test_a_current_version_pinned_far_from_any_date_is_silent() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_pinned("8.3", D(2026, 11, 27), POLICY)
        check_pinned("8.2", D(2026, 6, 1), POLICY)  # SUPPORTED, 91 days before its date


def test_a_pin_within_90_days_of_its_date_warns_with_the_date_and_the_way_out() -> None:
    with pytest.warns(vs.VersionDeprecationWarning) as caught:
        check_pinned("8.2", D(2026, 6, 2), POLICY)  # 90 days left
    text = str(caught[0].message)
    assert "2026-08-31" in text and "90 days left" in text and "move to 8.3" in text
    assert WARN_DAYS == 90


def test_a_deprecated_pin_warns_even_far_from_its_date() -> None:
    with pytest.warns(vs.VersionDeprecationWarning, match="8.1 \\(DEPRECATED\\)"):
        check_pinned("8.1", D(2025, 1, 1), POLICY)


def test_a_pin_past_its_date_warns_expired_and_strict_refuses() -> None:
    with pytest.warns(vs.VersionExpiredWarning, match="past its Not Before date 2026-05-31"):
        check_pinned("8.1", D(2026, 5, 31), POLICY)
    with pytest.raises(vs.UnsupportedVersionError, match="2026-05-31"):
        check_pinned("8.1", D(2026, 5, 31), POLICY, strict=True)


@pytest.mark.parametrize("row", facts.rows(), ids=lambda r: r.version)
def test_each_real_version_pinned_warns_as_its_row_says(row: facts.Row) -> None:
    """The policy on this release's own table, a day before its dates begin to matter."""
    day = D(2000, 1, 1)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        if row.status == "PLANNED":
            with pytest.raises(vs.UnsupportedVersionError):
                check_pinned(row.version, day)
            return
        check_pinned(row.version, day)
    assert bool(seen) == (row.status == "DEPRECATED"), [str(w.message) for w in seen]


def test_both_warnings_show_by_default() -> None:
    assert issubclass(vs.VersionDeprecationWarning, UserWarning)
    assert issubclass(vs.VersionExpiredWarning, UserWarning)


def test_auto_trusts_the_services_status_over_the_dates_and_warns_at_the_callers_line() -> None:
    # The service (on its own calendar) still serves 1.2 and has not released 1.3; by this
    # release's table 1.2 ended on 2026-08-31. The service decides; the date only warns.
    from scp_virtualserver.testing import LocalVirtualServer

    served = [ApiVersion("1.2", "SUPPORTED", D(2026, 8, 31)), ApiVersion("1.3", "PLANNED", None)]
    server_today = datetime.datetime(2026, 8, 1, tzinfo=datetime.UTC)
    client_today = datetime.datetime(2026, 9, 10, tzinfo=datetime.UTC)
    with LocalVirtualServer(versions=served, clock=lambda: server_today) as srv:
        client = vs.VirtualServerClient(
            endpoint_url=srv.url,
            credentials=srv.credentials,
            api_version="auto",
            clock=lambda: client_today,
        )
        with pytest.warns(
            vs.VersionExpiredWarning, match="1.2.*supported until 2026-08-31"
        ) as seen:
            assert client.api_version == "1.2"
        expired = [w for w in seen if issubclass(w.category, vs.VersionExpiredWarning)]
        assert expired[0].filename == __file__  # the caller's line, not the client's
        assert list(client.servers.list()) == []

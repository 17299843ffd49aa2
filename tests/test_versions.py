"""The version table and policy: which version is picked, when a pin warns or fails."""

from __future__ import annotations

import datetime
import warnings

import pytest

import scp_virtualserver as vs
from scp_virtualserver.versions import ApiVersion, check_pinned, today_in_korea

D = datetime.date


def test_the_table_comes_from_the_specs_and_matches_the_seed() -> None:
    table = {v.version: (v.status, v.not_before) for v in vs.VERSIONS}
    assert table == {
        "1.0": ("DEPRECATED", D(2025, 12, 31)),
        "1.1": ("DEPRECATED", D(2026, 5, 31)),
        "1.2": ("SUPPORTED", D(2026, 8, 31)),
        "1.3": ("CURRENT", None),
    }


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2025, 1, 1), "1.3"),  # the newest usable one, even when older ones are usable too
        (D(2025, 12, 30), "1.3"),
        (D(2025, 12, 31), "1.3"),  # 1.0's Not Before: 1.0 no longer usable, 1.3 still is
        (D(2026, 5, 30), "1.3"),
        (D(2026, 5, 31), "1.3"),
        (D(2026, 8, 30), "1.3"),
        (D(2026, 8, 31), "1.3"),
        (D(2030, 1, 1), "1.3"),
    ],
)
def test_select_version_on_the_seed_table(day: D, expected: str) -> None:
    assert vs.select_version(day) == expected


@pytest.mark.parametrize(
    ("version", "day_before", "not_before"),
    [
        ("1.0", D(2025, 12, 30), D(2025, 12, 31)),
        ("1.1", D(2026, 5, 30), D(2026, 5, 31)),
        ("1.2", D(2026, 8, 30), D(2026, 8, 31)),
    ],
)
def test_a_version_is_usable_the_day_before_its_not_before_date_and_not_on_it(
    version: str, day_before: D, not_before: D
) -> None:
    entry = next(v for v in vs.VERSIONS if v.version == version)
    assert entry.usable_on(day_before)
    assert not entry.usable_on(not_before)
    # Without 1.3, the older ones decide the pick: the Not Before date is the switch.
    older = [v for v in vs.VERSIONS if v.key <= entry.key]
    assert vs.select_version(day_before, older) == version
    try:
        picked: str | None = vs.select_version(not_before, older)
    except vs.UnsupportedVersionError:
        picked = None
    assert picked != version


def test_a_planned_newest_version_is_never_picked() -> None:
    table = [ApiVersion("1.3", "CURRENT", None), ApiVersion("1.4", "PLANNED", None)]
    assert vs.select_version(D(2026, 1, 1), table) == "1.3"


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
    with pytest.raises(vs.UnsupportedVersionError, match=r"1\.9.*1\.0, 1\.1, 1\.2, 1\.3"):
        check_pinned("1.9", D(2026, 1, 1))
    table = [ApiVersion("1.3", "CURRENT", None), ApiVersion("1.4", "PLANNED", None)]
    with pytest.raises(vs.UnsupportedVersionError, match="PLANNED"):
        check_pinned("1.4", D(2026, 1, 1), table)


def test_a_current_version_pinned_far_from_any_date_is_silent() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        check_pinned("1.3", D(2026, 11, 27))
        check_pinned("1.2", D(2026, 6, 1))  # SUPPORTED, 91 days before its date


def test_a_pin_within_90_days_of_its_date_warns_with_the_date_and_the_way_out() -> None:
    with pytest.warns(vs.VersionDeprecationWarning) as caught:
        check_pinned("1.2", D(2026, 6, 2))  # 90 days left
    text = str(caught[0].message)
    assert "2026-08-31" in text and "90 days left" in text and "move to 1.3" in text


def test_a_deprecated_pin_warns_even_far_from_its_date() -> None:
    with pytest.warns(vs.VersionDeprecationWarning, match="1.1 \\(DEPRECATED\\)"):
        check_pinned("1.1", D(2025, 1, 1))


def test_a_pin_past_its_date_warns_expired_and_strict_refuses() -> None:
    with pytest.warns(vs.VersionExpiredWarning, match="past its Not Before date 2026-05-31"):
        check_pinned("1.1", D(2026, 5, 31))
    with pytest.raises(vs.UnsupportedVersionError, match="2026-05-31"):
        check_pinned("1.1", D(2026, 5, 31), strict=True)


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
        assert seen[0].filename == __file__  # the caller's line, not the client's
        assert list(client.servers.list()) == []

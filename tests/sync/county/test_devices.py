from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from core.villages import VillageProblem
from sync.county import devices
from sync.county.devices import (
    CODE_ALPHABET,
    FAILURE_LIMIT,
    FAILURE_WINDOW,
    authenticate,
    issue_code,
    list_devices,
    normalize_code,
    register,
    revoke,
)
from sync.county.models import DeviceRow, RegistrationCodeRow
from sync.county.problems import CountyError, CountyProblem
from sync.county.store import CountyStore

VILLAGE = "640104001002"  # 崇安社区居委会, 兴庆区
OTHER_COUNTY_VILLAGE = "640202001001"  # 骏马社区居委会, 大武口区
NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
REMOTE = "10.1.2.3"


def _issue(store: CountyStore, village: str = VILLAGE, now: datetime = NOW, **kw: object) -> devices.IssuedCode:
    with store.session() as session:
        return issue_code(session, village, now, **kw)  # type: ignore[arg-type]


def _register(
    store: CountyStore, code: str, now: datetime = NOW, remote: str = REMOTE, name: str = "村部电脑"
) -> devices.Registration:
    with store.session() as session:
        return register(session, code, name, remote, now)


def _refusal(store: CountyStore, code: str, now: datetime = NOW, remote: str = REMOTE) -> str:
    with pytest.raises(CountyError) as refused:
        _register(store, code, now, remote)
    return refused.value.code


def test_an_issued_code_is_twelve_unambiguous_characters_in_groups_of_four(county_store: CountyStore) -> None:
    issued = _issue(county_store)
    groups = issued.code.split("-")
    assert [len(g) for g in groups] == [4, 4, 4]
    assert set("".join(groups)) <= set(CODE_ALPHABET)
    assert not set("01OIL") & set(CODE_ALPHABET)
    assert issued.village_code == VILLAGE
    assert issued.county_code == "640104"
    assert issued.expires_at == NOW + timedelta(hours=72)


def test_registration_gives_a_device_with_a_long_urlsafe_token(county_store: CountyStore) -> None:
    issued = _issue(county_store)
    registration = _register(county_store, issued.code)
    assert registration.village_code == VILLAGE
    assert registration.county_code == "640104"
    assert len(registration.token) >= 43  # 32 random bytes, base64url
    assert set(registration.token) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    with county_store.session() as session:
        device = authenticate(session, registration.token, NOW + timedelta(minutes=5))
    assert device.device_id == registration.device_id
    assert device.village_code == VILLAGE
    assert device.last_seen_at == NOW + timedelta(minutes=5)


def test_a_code_is_accepted_in_any_case_without_dashes_and_in_full_width(county_store: CountyStore) -> None:
    plain = _issue(county_store).code
    typed = [plain.lower(), plain.replace("-", ""), f"  {plain.replace('-', ' ')} "]
    full_width = "".join(chr(ord(ch) + 0xFEE0) if ch != "-" else ch for ch in _issue(county_store).code)
    for code in typed[:1]:
        assert _register(county_store, code).village_code == VILLAGE
    assert normalize_code(typed[1]) == normalize_code(typed[2]) == plain.replace("-", "")
    assert _register(county_store, full_width).village_code == VILLAGE


def test_a_code_works_once(county_store: CountyStore) -> None:
    code = _issue(county_store).code
    _register(county_store, code)
    assert _refusal(county_store, code) == CountyProblem.CODE_USED
    with county_store.session() as session:
        assert len(list_devices(session)) == 1


def test_an_expired_code_is_refused_by_the_server_clock(county_store: CountyStore) -> None:
    code = _issue(county_store, valid=timedelta(hours=1)).code
    assert _refusal(county_store, code, NOW + timedelta(hours=1)) == CountyProblem.CODE_EXPIRED
    with county_store.session() as session:
        assert list_devices(session) == []


def test_unknown_and_malformed_codes_are_refused(county_store: CountyStore) -> None:
    assert _refusal(county_store, "K7QM-2XPA-9D4F") == CountyProblem.CODE_UNKNOWN
    assert _refusal(county_store, "K7QM-2XPA") == CountyProblem.CODE_FORMAT
    assert _refusal(county_store, "K7QM-2XPA-9D40") == CountyProblem.CODE_FORMAT  # 0 is not in the alphabet


def test_two_registrations_racing_for_one_code_give_one_device(county_store: CountyStore) -> None:
    rounds = 50  # races are repeated, as ODK Central's tests do
    for round_ in range(rounds):
        code = _issue(county_store).code
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def attempt(
            remote: str, code: str = code, barrier: threading.Barrier = barrier, outcomes: list[str] = outcomes
        ) -> None:
            barrier.wait()
            try:
                _register(county_store, code, remote=remote)
                outcomes.append("device")
            except CountyError as exc:
                outcomes.append(exc.code)

        threads = [threading.Thread(target=attempt, args=(f"10.0.{round_}.{i}",)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(outcomes) == sorted(["device", CountyProblem.CODE_USED])
    with county_store.session() as session:
        assert len(list_devices(session)) == rounds


def test_a_registration_waiting_on_an_uncommitted_one_with_the_same_code_is_refused(
    county_store: CountyStore,
) -> None:
    code = _issue(county_store).code
    outcome: list[str] = []

    def second() -> None:
        try:
            _register(county_store, code, remote="10.0.0.2")
            outcome.append("device")
        except CountyError as exc:
            outcome.append(exc.code)

    with county_store.session() as session:
        register(session, code, "第一台", REMOTE, NOW)
        waiting = threading.Thread(target=second)
        waiting.start()
        waiting.join(timeout=0.5)
        assert waiting.is_alive()  # blocked by the first registration's claim (row lock or write lock)
    waiting.join()
    assert outcome == [CountyProblem.CODE_USED]
    with county_store.session() as session:
        assert [d.name for d in list_devices(session)] == ["第一台"]


def test_failed_attempts_from_one_address_are_rate_limited(county_store: CountyStore) -> None:
    good = _issue(county_store).code
    for i in range(FAILURE_LIMIT):
        assert _refusal(county_store, "AAAA-BBBB-CCCC", NOW + timedelta(minutes=i)) == CountyProblem.CODE_UNKNOWN
    later = NOW + timedelta(minutes=FAILURE_LIMIT)
    with pytest.raises(CountyError) as refused:
        _register(county_store, good, later)
    assert refused.value.code == CountyProblem.RATE_LIMITED
    assert refused.value.problem.params["minutes"] == 10  # the oldest failure (NOW) leaves the window at NOW + 15 min
    assert _register(county_store, good, later, remote="10.9.9.9").village_code == VILLAGE  # another address


def test_the_rate_limit_lifts_when_the_window_has_passed(county_store: CountyStore) -> None:
    for _ in range(FAILURE_LIMIT):
        _refusal(county_store, "AAAA-BBBB-CCCC")
    good = _issue(county_store).code
    assert _refusal(county_store, good, NOW + timedelta(minutes=1)) == CountyProblem.RATE_LIMITED
    assert _register(county_store, good, NOW + FAILURE_WINDOW).village_code == VILLAGE


def test_failures_are_counted_in_the_database_so_other_processes_see_them(
    county_store: CountyStore, database_url: str | None
) -> None:
    for _ in range(FAILURE_LIMIT):
        _refusal(county_store, "AAAA-BBBB-CCCC")
    other_process = CountyStore.open(county_store_dir(county_store), database_url)
    try:
        with other_process.session() as session:
            assert devices.recent_failures(session, REMOTE, NOW) == FAILURE_LIMIT
    finally:
        other_process.close()


def county_store_dir(store: CountyStore) -> Path:
    database = store.engine.url.database
    return Path(database).parent if store.backend == "sqlite" and database else Path("/nonexistent")


def test_revoking_stops_authentication_at_once(county_store: CountyStore) -> None:
    registration = _register(county_store, _issue(county_store).code)
    with county_store.session() as session:
        revoked = revoke(session, registration.device_id, NOW + timedelta(hours=1))
    assert revoked.revoked_at == NOW + timedelta(hours=1)
    with pytest.raises(CountyError) as refused, county_store.session() as session:
        authenticate(session, registration.token, NOW + timedelta(hours=1))
    assert refused.value.code == CountyProblem.DEVICE_REVOKED
    with county_store.session() as session:
        again = revoke(session, str(registration.device_id), NOW + timedelta(hours=2))
    assert again.revoked_at == NOW + timedelta(hours=1)


def test_an_unknown_token_or_device_is_refused(county_store: CountyStore) -> None:
    _register(county_store, _issue(county_store).code)
    for token in ("not-a-token", "", "令牌"):
        with pytest.raises(CountyError) as refused, county_store.session() as session:
            authenticate(session, token, NOW)
        assert refused.value.code == CountyProblem.TOKEN_UNKNOWN
    for device_id in (str(uuid.uuid4()), "not-a-uuid"):
        with pytest.raises(CountyError) as refused, county_store.session() as session:
            revoke(session, device_id, NOW)
        assert refused.value.code == CountyProblem.DEVICE_UNKNOWN


def test_neither_code_nor_token_is_stored_in_clear(county_store: CountyStore) -> None:
    issued = _issue(county_store)
    registration = _register(county_store, issued.code)
    secrets = {issued.code, issued.code.replace("-", ""), registration.token}
    with county_store.session(readonly=True) as session:
        cells = [
            str(cell)
            for table in ("devices", "registration_codes", "registration_failures")
            for row in session.execute(text(f"SELECT * FROM {table}"))
            for cell in row
        ]
        code_row = session.scalars(select(RegistrationCodeRow)).one()
        device_row = session.scalars(select(DeviceRow)).one()
    assert not [cell for cell in cells for secret in secrets if secret in cell]
    assert code_row.code_hash == devices.sha256_hex(issued.code.replace("-", ""))
    assert device_row.token_hash == devices.sha256_hex(registration.token)
    assert code_row.used_at == NOW
    assert code_row.device_id == registration.device_id


def test_codes_are_issued_only_for_ningxia_villages(county_store: CountyStore) -> None:
    for village, problem in (
        ("110101001001", VillageProblem.OUTSIDE_NINGXIA),  # Beijing
        ("640104999999", VillageProblem.UNKNOWN),
        ("6401", VillageProblem.FORMAT),
    ):
        with pytest.raises(CountyError) as refused:
            _issue(county_store, village)
        assert refused.value.code == problem


def test_a_server_serving_named_counties_refuses_another_countys_village(county_store: CountyStore) -> None:
    with pytest.raises(CountyError) as refused:
        _issue(county_store, OTHER_COUNTY_VILLAGE, served_counties={"640104"})
    assert refused.value.code == CountyProblem.VILLAGE_OTHER_COUNTY
    assert _issue(county_store, VILLAGE, served_counties={"640104"}).county_code == "640104"


def test_validity_must_be_positive_and_bounded(county_store: CountyStore) -> None:
    for valid in (timedelta(0), timedelta(days=31)):
        with pytest.raises(CountyError) as refused:
            _issue(county_store, valid=valid)
        assert refused.value.code == CountyProblem.VALID_HOURS


def test_last_seen_moves_at_most_once_a_minute(county_store: CountyStore) -> None:
    token = _register(county_store, _issue(county_store).code).token
    seen = []
    for seconds in (0, 30, 61):
        with county_store.session() as session:
            seen.append(authenticate(session, token, NOW + timedelta(seconds=seconds)).last_seen_at)
    assert seen == [NOW, NOW, NOW + timedelta(seconds=61)]


def test_devices_are_listed_by_village(county_store: CountyStore) -> None:
    first = _register(county_store, _issue(county_store).code, name="村部  电脑")
    second = _register(county_store, _issue(county_store, OTHER_COUNTY_VILLAGE).code, NOW + timedelta(minutes=1))
    with county_store.session(readonly=True) as session:
        everything = list_devices(session)
        one_village = list_devices(session, OTHER_COUNTY_VILLAGE)
    assert [d.device_id for d in everything] == [first.device_id, second.device_id]
    assert everything[0].name == "村部 电脑"
    assert [d.device_id for d in one_village] == [second.device_id]


def test_an_empty_device_name_is_refused(county_store: CountyStore) -> None:
    code = _issue(county_store).code
    with pytest.raises(CountyError) as refused:
        _register(county_store, code, name="   ")
    assert refused.value.code == CountyProblem.DEVICE_NAME
    assert _register(county_store, code).village_code == VILLAGE  # the code was not used up

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services.accounts import (
    AccountsService,
    AuditFilter,
    Strength,
    check_new_password,
    confirm_password,
    mask_detail,
    password_strength,
    record_lock,
    sign_out,
)
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def service(desk: Desk) -> AccountsService:
    return AccountsService(desk)


def _code(caught: pytest.ExceptionInfo[ServiceError]) -> str:
    return caught.value.code


def test_supervisor_adds_an_assistant_who_can_then_sign_in(service: AccountsService, demo_dir: Path) -> None:
    row = service.add_account("mali", "马丽", "hongya2024", "assistant", repeat="hongya2024")
    assert (row.username, row.display_name, row.role, row.active) == ("mali", "马丽", "assistant", True)
    assert {a.username for a in service.accounts()} == {"demo", "mali"}
    other = Desk.sign_in(demo_dir, "mali", "hongya2024")
    try:
        assert not other.account.is_supervisor
    finally:
        other.close()


@pytest.mark.parametrize(
    ("username", "name", "password", "role", "repeat", "code"),
    [
        ("demo", "重名", "hongya2024", "assistant", None, "account.username_taken"),
        ("MaLi", "马丽", "hongya2024", "assistant", None, "account.username_format"),
        ("mali", "", "hongya2024", "assistant", None, "account.name_empty"),
        ("mali", "马" * 61, "hongya2024", "assistant", None, "account.name_too_long"),
        ("mali", "马丽", "1234567", "assistant", None, "account.password_short"),
        ("mali12345", "马丽", "MALI12345", "assistant", None, "account.password_is_username"),
        ("mali", "马丽", "hongya2024", "assistant", "hongya2025", "account.password_mismatch"),
        ("mali", "马丽", "hongya2024", "admin", None, "account.role_unknown"),
    ],
)
def test_bad_new_accounts_are_refused_with_a_code(service: AccountsService, username: str, name: str,
                                                  password: str, role: str, repeat: str | None, code: str) -> None:
    with pytest.raises(ServiceError) as caught:
        service.add_account(username, name, password, role, repeat=repeat)
    assert _code(caught) == code
    assert {a.username for a in service.accounts()} == {"demo"}


def test_an_assistant_may_not_manage_accounts_or_read_the_trail(service: AccountsService, demo_dir: Path) -> None:
    service.add_account("mali", "马丽", "hongya2024", "assistant")
    assistant = Desk.sign_in(demo_dir, "mali", "hongya2024")
    try:
        theirs = AccountsService(assistant)
        for attempt in (theirs.accounts, lambda: theirs.add_account("x1", "X", "abcdefgh1", "assistant"),
                        lambda: theirs.deactivate("demo"), lambda: theirs.reset_password("demo", "abcdefgh1"),
                        theirs.audit_events, theirs.verify):
            with pytest.raises(ServiceError) as caught:
                attempt()
            assert _code(caught) == "account.supervisor_only"
        theirs.change_own_password("hongya2024", "newpass2025", "newpass2025")
    finally:
        assistant.close()
    Desk.sign_in(demo_dir, "mali", "newpass2025").close()


def test_deactivated_account_no_longer_opens_the_desk(service: AccountsService, demo_dir: Path) -> None:
    service.add_account("mali", "马丽", "hongya2024", "supervisor")
    service.deactivate("mali")
    assert [a.active for a in service.accounts() if a.username == "mali"] == [False]
    with pytest.raises(ServiceError):
        Desk.sign_in(demo_dir, "mali", "hongya2024")
    with pytest.raises(ServiceError) as caught:
        service.deactivate("mali")
    assert _code(caught) == "account.inactive"
    with pytest.raises(ServiceError) as caught:
        service.add_account("mali", "马丽", "hongya2024", "assistant")
    assert _code(caught) == "account.username_taken"


def test_a_supervisor_cannot_deactivate_themself_or_an_unknown_account(service: AccountsService) -> None:
    with pytest.raises(ServiceError) as caught:
        service.deactivate("demo")
    assert _code(caught) == "account.deactivate_self"
    with pytest.raises(ServiceError) as caught:
        service.deactivate("nobody")
    assert _code(caught) == "account.unknown"


def test_a_deactivated_supervisor_loses_the_rights_at_once(service: AccountsService, demo_dir: Path) -> None:
    service.add_account("boss", "王主任", "wangzhuren1", "supervisor")
    boss = Desk.sign_in(demo_dir, "boss", "wangzhuren1")
    try:
        service.deactivate("boss")
        with pytest.raises(ServiceError) as caught:
            AccountsService(boss).accounts()
        assert _code(caught) == "account.supervisor_only"
    finally:
        boss.close()


def test_reset_password_lets_the_assistant_in_with_the_new_one(service: AccountsService, demo_dir: Path) -> None:
    service.add_account("mali", "马丽", "hongya2024", "assistant")
    with pytest.raises(ServiceError) as caught:
        service.reset_password("mali", "short")
    assert _code(caught) == "account.password_short"
    service.reset_password("mali", "fresh-start1", repeat="fresh-start1")
    Desk.sign_in(demo_dir, "mali", "fresh-start1").close()
    with pytest.raises(ServiceError):
        Desk.sign_in(demo_dir, "mali", "hongya2024")


def test_change_own_password_needs_the_old_one(service: AccountsService) -> None:
    with pytest.raises(ServiceError) as caught:
        service.change_own_password("wrong", "newpass2025")
    assert _code(caught) == "keys.wrong_password"


def test_every_account_change_is_in_the_audit_trail(service: AccountsService, desk: Desk) -> None:
    before = service.audit_count()
    service.add_account("mali", "马丽", "hongya2024", "assistant")
    service.reset_password("mali", "fresh-start1")
    service.deactivate("mali")
    record_lock(desk, True)
    record_lock(desk, False)
    newest = service.audit_events(limit=5)
    assert [e.action for e in newest] == ["unlocked", "locked", "update", "password_reset", "create"]
    assert all(e.actor == "demo" for e in newest)
    assert newest[2].entity_type == "assistants"
    assert service.audit_count() == before + 5
    assert [e.seq for e in newest] == sorted((e.seq for e in newest), reverse=True)


def test_audit_filters_and_pages(service: AccountsService) -> None:
    service.add_account("mali", "马丽", "hongya2024", "assistant")
    total = service.audit_count()
    page1 = service.audit_events(limit=10)
    page2 = service.audit_events(limit=10, offset=10)
    assert len(page1) == 10
    assert page1[-1].seq > page2[0].seq
    creates = service.audit_events(AuditFilter(action="create", entity_type="assistants"))
    assert any("mali" in e.detail for e in creates)
    today = date.today()
    assert service.audit_count(AuditFilter(since=today, until=today)) == total
    assert service.audit_count(AuditFilter(until=today - timedelta(days=1))) == 0
    assert service.audit_count(AuditFilter(since=today + timedelta(days=1))) == 0
    assert service.audit_count(AuditFilter(actor="nobody")) == 0
    choices = service.audit_choices()
    assert "demo" in choices.actors
    assert {"create", "sign_in"} <= set(choices.actions)
    assert "residents" in choices.entity_types


def test_audit_rows_never_show_a_whole_id_or_mobile_number(service: AccountsService) -> None:
    resident_rows = service.audit_events(AuditFilter(action="create", entity_type="residents"), limit=20)
    assert resident_rows
    for row in resident_rows:
        assert mask_detail(row.detail) == row.detail
        assert "**********" in row.detail
    assert mask_detail('{"id":"64042319900101123X","phone":"13909541234","cert":"6404231990010112342101"}') == \
        '{"id":"6404**********123X","phone":"139****1234","cert":"6404231990010112342101"}'
    assert mask_detail('{"cert":"6404231990010112342"}') == '{"cert":"6404231990010112342"}'
    assert mask_detail('{"cert":"64042319900101123421"}') == '{"cert":"6404**********123421"}'


def test_verify_checks_the_chain_and_records_the_check(service: AccountsService) -> None:
    report = service.verify()
    assert report.ok
    assert report.events_checked > 0
    assert service.audit_events(limit=1)[0].action == "audit_verified"


def test_unlock_needs_the_signed_in_assistants_password(desk: Desk) -> None:
    confirm_password(desk, "demo")
    with pytest.raises(ServiceError) as caught:
        confirm_password(desk, "wrong")
    assert _code(caught) == "keys.wrong_password"


def test_sign_out_is_recorded_and_closes_the_desk(demo_dir: Path) -> None:
    desk = Desk.sign_in(demo_dir, "demo", "demo")
    sign_out(desk)
    again = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        actions = [e.action for e in AccountsService(again).audit_events(limit=2)]
        assert actions == ["sign_in", "sign_out"]
    finally:
        again.close()


@pytest.mark.parametrize(
    ("password", "strength"),
    [
        ("abc", Strength.TOO_SHORT),
        ("12345678", Strength.WEAK),
        ("aaaaaaaaaaaaaaa", Strength.WEAK),
        ("hongya2024", Strength.FAIR),
        ("hongya-2024", Strength.STRONG),
        ("hongyashequ2024", Strength.STRONG),
    ],
)
def test_password_strength_guide(password: str, strength: Strength) -> None:
    assert password_strength(password) == strength


def test_password_rules_compare_the_second_typing() -> None:
    assert check_new_password("mali", "hongya2024", "hongya2024") == []
    assert [p.code for p in check_new_password("mali", "hongya2024", "hongya")] == ["account.password_mismatch"]

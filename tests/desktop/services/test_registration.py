"""RegistrationService on a real encrypted demo desk: reading an ID number, duplicates, registering,
the eligibility profile and contact changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from uuid import uuid4

import pytest
from sqlalchemy import func, select

from core.ids import IdProblem, make_resident_id, mask_id
from core.phones import PhoneProblem
from core.profile import profile_from_json
from desktop.services.errors import ServiceError
from desktop.services.registration import NewResident, RegistrationProblem, RegistrationService
from desktop.store.database import Store
from desktop.store.models import AuditEvent, OutboxEntry, Resident

TODAY = date(2026, 3, 2)
VILLAGE = "640423101202"
NEW_ID = make_resident_id("640423", date(1958, 3, 4), 21)


@pytest.fixture
def store(demo_dir: Path) -> Iterator[Store]:
    store = Store.open(demo_dir, "demo", "demo")
    yield store
    store.close()


@pytest.fixture
def service(store: Store) -> RegistrationService:
    return RegistrationService(store, "demo", VILLAGE, today=TODAY)


def _resident(store: Store, *where: object) -> Resident:
    with store.session("demo") as session:
        resident = session.scalars(select(Resident).where(*where).order_by(Resident.id)).first()  # type: ignore[arg-type]
        assert resident is not None
        session.expunge(resident)
        return resident


def _new(id_number: str = NEW_ID, name: str = "马福祥", **extra: object) -> NewResident:
    values: dict[str, object] = {"id_number": id_number, "name": name, "phone": None, "address": None,
                                 "hukou_division": "", "village_code": ""}
    values.update(extra)
    return NewResident(**values)  # type: ignore[arg-type]


def _count(store: Store, model: type[object]) -> int:
    with store.session("demo") as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


# --- check_id ---------------------------------------------------------------------------------------------


def test_a_registered_number_typed_with_spaces_finds_its_resident(store: Store, service: RegistrationService) -> None:
    known = _resident(store)
    typed = f" {known.id_number[:6]} {known.id_number[6:14]} {known.id_number[14:].lower()} "
    check = service.check_id(typed)
    assert check.ok
    assert check.id_number == known.id_number
    assert (check.birth_date, check.sex) == (known.birth_date, known.sex)
    assert check.existing is not None
    assert check.existing.uuid == known.uuid
    assert check.existing.masked_id == mask_id(known.id_number)
    assert check.similar == ()


def test_a_new_number_is_usable_and_unknown(service: RegistrationService) -> None:
    check = service.check_id(NEW_ID, "马福祥")
    assert check.ok
    assert (check.existing, check.similar) == (None, ())
    assert (check.birth_date, check.sex) == (date(1958, 3, 4), "M")


def test_a_bad_number_is_not_usable_and_says_why(service: RegistrationService) -> None:
    check = service.check_id(NEW_ID[:-1] + ("0" if NEW_ID[-1] != "0" else "1"))
    assert not check.ok
    assert check.id_number is None
    assert [p.code for p in check.problems] == [IdProblem.CHECKSUM]
    assert (check.existing, check.birth_date) == (None, None)


def test_same_name_and_birth_date_under_another_number_is_a_likely_duplicate(
    store: Store, service: RegistrationService
) -> None:
    known = _resident(store)
    other = make_resident_id("640423", known.birth_date, 998 if known.id_number[14:17] != "998" else 996)
    check = service.check_id(other, f" {known.name} ")
    assert check.ok
    assert check.existing is None
    assert [s.uuid for s in check.similar] == [known.uuid]
    assert service.check_id(other).similar == ()  # without a name there is nothing to compare


def test_the_same_number_kept_in_its_old_fifteen_digit_form_is_found(store: Store,
                                                                     service: RegistrationService) -> None:
    old_form = NEW_ID[:6] + NEW_ID[8:17]
    with store.session("demo") as session:
        session.add(Resident(id_number=old_form, name="马福祥", sex="M", birth_date=date(1958, 3, 4),
                             village_code=VILLAGE, hukou_division="640423"))
    check = service.check_id(NEW_ID)
    assert check.existing is None
    assert [s.name for s in check.similar] == ["马福祥"]
    with pytest.raises(ServiceError) as caught:
        service.register(_new())
    assert caught.value.code == RegistrationProblem.ID_TAKEN


def test_a_fifteen_digit_number_finds_the_resident_under_the_eighteen_digit_one(
    store: Store, service: RegistrationService
) -> None:
    known = _resident(store, Resident.birth_date < date(2000, 1, 1))
    check = service.check_id(known.id_number[:6] + known.id_number[8:17])
    assert check.existing is not None
    assert check.existing.uuid == known.uuid
    assert [p.code for p in check.problems if not p.is_error][:1] == [IdProblem.CONVERTED_FROM_15]


# --- register ---------------------------------------------------------------------------------------------


def test_registering_saves_an_audited_synced_resident_with_defaults(store: Store,
                                                                    service: RegistrationService) -> None:
    queued = _count(store, OutboxEntry)
    summary = service.register(_new(phone="139-0954-1234", address=" 沙塘镇马河村三组 ", veteran=True))
    assert (summary.name, summary.masked_id, summary.age) == ("马福祥", mask_id(NEW_ID), 67)
    assert summary.phone == "139****1234"
    with store.session("demo") as session:
        row = session.scalars(select(Resident).where(Resident.uuid == summary.uuid)).one()
        assert (row.hukou_division, row.village_code, row.sex, row.birth_date) == (
            "640423", VILLAGE, "M", date(1958, 3, 4))
        assert (row.phone, row.address, row.veteran) == ("13909541234", "沙塘镇马河村三组", True)
        assert (row.name_pinyin, row.name_initials) != ("", "")
        event = session.scalars(select(AuditEvent).where(AuditEvent.entity_uuid == str(summary.uuid))).one()
        assert (event.action, event.actor) == ("create", "demo")
    assert _count(store, OutboxEntry) == queued + 1
    assert service.check_id(NEW_ID).existing == summary


def test_registering_a_taken_number_is_refused(store: Store, service: RegistrationService) -> None:
    known = _resident(store)
    residents = _count(store, Resident)
    with pytest.raises(ServiceError) as caught:
        service.register(_new(id_number=known.id_number, name="别人"))
    assert caught.value.code == RegistrationProblem.ID_TAKEN
    assert caught.value.problem.params == {"masked_id": mask_id(known.id_number), "name": known.name}
    service.register(_new())
    with pytest.raises(ServiceError):
        service.register(_new())
    assert _count(store, Resident) == residents + 1


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"id_number": "640423195803040000"}, IdProblem.EXCEL_ROUNDED),
        ({"id_number": "6404231958"}, IdProblem.BAD_LENGTH),
        ({"name": "  "}, RegistrationProblem.NAME_MISSING),
        ({"name": "马" * 61}, RegistrationProblem.NAME_TOO_LONG),
        ({"hukou_division": "6404"}, RegistrationProblem.HUKOU_INVALID),
        ({"village_code": "64042310"}, RegistrationProblem.VILLAGE_INVALID),
        ({"phone": "12345"}, PhoneProblem.BAD_FORMAT),
        ({"address": "村" * 201}, RegistrationProblem.ADDRESS_TOO_LONG),
    ],
)
def test_registering_refuses_bad_input_with_a_problem_code(
    store: Store, service: RegistrationService, changes: dict[str, str], code: str
) -> None:
    residents = _count(store, Resident)
    with pytest.raises(ServiceError) as caught:
        service.register(_new(**changes))
    assert caught.value.code == code
    assert _count(store, Resident) == residents


# --- the eligibility profile ------------------------------------------------------------------------------


def test_every_demo_resident_becomes_a_profile_core_accepts(store: Store, service: RegistrationService) -> None:
    with store.session("demo") as session:
        uuids = session.scalars(select(Resident.uuid)).all()
    for resident_uuid in uuids:
        profile, problems = profile_from_json(service.eligibility_input(resident_uuid))
        assert profile is not None, problems
        assert not [p for p in problems if p.is_error]


def test_the_profile_carries_groups_certificate_flags_and_years(store: Store, service: RegistrationService) -> None:
    listed = _resident(store, Resident.memberships.any(), Resident.contributions.any())
    data = service.eligibility_input(listed.uuid)
    with store.session("demo") as session:
        row = session.scalars(select(Resident).where(Resident.uuid == listed.uuid)).one()
        assert {g["group"] for g in data["groups"]} == {m.group_key for m in row.memberships}
        assert data["contribution_years"] == len(row.contributions)
        assert (data["enrolled"], data["receiving_resident_pension"]) == (row.enrolled, row.receiving_pension)
    certified = _resident(store, Resident.certificates.any())
    assert service.eligibility_input(certified.uuid)["disability_cert"] is not None
    with pytest.raises(ServiceError) as caught:
        service.eligibility_input(uuid4())
    assert caught.value.code == RegistrationProblem.RESIDENT_UNKNOWN


def test_an_expired_disability_certificate_is_left_out(store: Store, service: RegistrationService) -> None:
    certified = _resident(store, Resident.certificates.any())
    with store.session("demo") as session:
        row = session.scalars(select(Resident).where(Resident.uuid == certified.uuid)).one()
        for certificate in row.certificates:
            certificate.valid_until = date(2025, 12, 31)
    assert service.eligibility_input(certified.uuid)["disability_cert"] is None


# --- contact changes --------------------------------------------------------------------------------------


def test_phone_and_address_change_at_once_and_are_audited(store: Store, service: RegistrationService) -> None:
    known = _resident(store)
    service.apply_contact_change(known.uuid, "+86 138 0951 0000", "沙塘镇马河村五组")
    with store.session("demo") as session:
        row = session.scalars(select(Resident).where(Resident.uuid == known.uuid)).one()
        assert (row.phone, row.address) == ("13809510000", "沙塘镇马河村五组")
        actions = session.scalars(select(AuditEvent.action).where(AuditEvent.entity_uuid == str(known.uuid))).all()
    assert actions[-1] == "update"
    events = _count(store, AuditEvent)
    service.apply_contact_change(known.uuid, None, "沙塘镇马河村五组")  # nothing changes: nothing is written
    assert _count(store, AuditEvent) == events
    service.apply_contact_change(known.uuid, "", None)
    assert _resident(store, Resident.uuid == known.uuid).phone is None


def test_a_bad_phone_number_changes_nothing(store: Store, service: RegistrationService) -> None:
    known = _resident(store)
    with pytest.raises(ServiceError) as caught:
        service.apply_contact_change(known.uuid, "0951", "新地址")
    assert caught.value.code == PhoneProblem.BAD_FORMAT
    assert _resident(store, Resident.uuid == known.uuid).address == known.address

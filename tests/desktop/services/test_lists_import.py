"""Importing agency lists into a real demo desk: snapshots, the register's facts, repeats, matching."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from uuid import UUID

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from core.ids import make_resident_id
from core.progress import Cancelled, Progress
from core.synthetic.agency_files import Damage, ListPerson, make_people, write_list
from desktop.services.desk import Desk
from desktop.services.errors import ServiceError
from desktop.services.lists import ListsService
from desktop.services.residents import Membership, ResidentsService
from desktop.store.models import AuditEvent, ListRecordRow, ListSnapshot

TODAY = date(2026, 11, 20)


@dataclass(frozen=True)
class Known:
    uuid: UUID
    id_number: str
    name: str


@pytest.fixture
def desk(demo_dir: Path) -> Iterator[Desk]:
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    yield opened
    opened.close()


@pytest.fixture
def service(desk: Desk) -> ListsService:
    return ListsService(desk.store, desk.account.username, desk.settings.village_code, today=TODAY)


@pytest.fixture
def known(desk: Desk) -> list[Known]:
    """Residents of the demo register, with their full ID numbers (revealed through the service)."""
    residents = ResidentsService(desk.store, desk.account.username, today=TODAY)
    hits = residents.search("6404", limit=40)
    out = []
    for hit in hits[:30]:
        number = residents.reveal_id(hit.uuid, "test")
        assert number is not None
        out.append(Known(hit.uuid, number, hit.name))
    return out


def as_residents(people: Sequence[ListPerson], residents: Sequence[Known], **changes: Any) -> list[ListPerson]:
    """The agency's people made into residents of the register, one for one."""
    return [replace(p, id_number=r.id_number, name=r.name, **changes) for p, r in zip(people, residents, strict=False)]


def civil(residents: Sequence[Known], group: str = "dibao", seed: int = 0) -> list[ListPerson]:
    words = {"dibao": "低保", "tekun": "特困供养", "dibao_bianyuan": "低保边缘"}
    people = make_people("civil-affairs", len(residents), seed=seed, today=TODAY)
    return as_residents(people, residents, group=group, category_text=words[group], date_to=None)


def save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def list_memberships(desk: Desk, resident: UUID, agency: str = "civil-affairs") -> list[Membership]:
    profile = ResidentsService(desk.store, desk.account.username, today=TODAY).profile(resident)
    assert profile is not None
    return [m for m in profile.memberships if m.source_agency == agency]


def count(desk: Desk, model: type[object]) -> int:
    with desk.store.session("test") as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def audit_actions(desk: Desk) -> list[str]:
    with desk.store.session("test") as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_preview_checks_against_the_register_and_saves_nothing(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    strangers = make_people("civil-affairs", 3, seed=5, today=TODAY)
    people = civil(known[:5]) + strangers
    path = save(tmp_path, "dibao.xlsx", write_list(people, "civil-affairs", "xlsx", damages=[Damage.TITLE_ROWS]).data)
    before = count(desk, ListSnapshot)
    preview = service.preview(path, "civil-affairs")
    assert preview.ok
    assert not preview.rejected
    assert (len(preview.records), preview.matched) == (8, 5)
    assert (preview.as_of, preview.as_of_basis, preview.quarter) == (date(2026, 10, 8), "title", "2026Q3")
    assert sorted(w.reason for w in preview.warnings) == ["lists.not_in_register"] * 3
    assert len(preview.diff.added) == 8
    assert preview.previous is None
    assert count(desk, ListSnapshot) == before


def test_apply_stores_the_snapshot_its_records_and_opens_spans(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    people = civil(known[:6]) + make_people("civil-affairs", 2, seed=9, today=TODAY)
    path = save(tmp_path, "dibao.xlsx", write_list(people, "civil-affairs", "xlsx").data)
    result = service.apply(path, "civil-affairs", as_of=date(2026, 10, 1))
    assert result.snapshot is not None
    assert not result.repeat
    snap = result.snapshot
    assert (snap.source, snap.as_of, snap.as_of_basis, snap.quarter) == (
        "civil-affairs",
        date(2026, 10, 1),
        "given",
        "2026Q4",
    )
    assert (snap.file_name, snap.imported_by, snap.accepted, snap.matched) == ("dibao.xlsx", "demo", 8, 6)
    assert count(desk, ListRecordRow) == 8  # the two strangers are kept for the worklists
    for resident in known[:6]:
        spans = [m for m in list_memberships(desk, resident.uuid) if m.group == "dibao"]
        assert len(spans) == 1
        assert spans[0].valid_to is None
        assert spans[0].as_of == date(2026, 10, 1)
    assert "lists.import" in audit_actions(desk)


def test_the_same_file_again_changes_nothing_and_says_so(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    path = save(tmp_path, "dibao.xlsx", write_list(civil(known[:5]), "civil-affairs", "xlsx").data)
    first = service.apply(path, "civil-affairs")
    events, snapshots = len(audit_actions(desk)), count(desk, ListSnapshot)
    again = service.apply(path, "civil-affairs")
    assert again.repeat
    assert again.snapshot is not None
    assert first.snapshot is not None
    assert again.snapshot.uuid == first.snapshot.uuid
    assert (count(desk, ListSnapshot), len(audit_actions(desk))) == (snapshots, events)


def test_the_same_people_in_another_order_and_file_is_a_repeat(
    service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    people = as_residents(make_people("veterans", 6, today=TODAY), known[:6])
    day = date(2026, 10, 8)
    first = service.apply(save(tmp_path, "a.csv", write_list(people, "veterans", "csv").data), "veterans", as_of=day)
    resorted = write_list(people[::-1], "veterans", "xlsx", damages=[Damage.TITLE_ROWS]).data
    again = service.apply(save(tmp_path, "b.xlsx", resorted), "veterans", as_of=day)
    assert again.repeat
    assert again.snapshot is not None
    assert first.snapshot is not None
    assert again.snapshot.uuid == first.snapshot.uuid


def test_an_id_of_a_resident_with_another_name_is_rejected_and_the_good_rows_are_kept(
    service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    people = civil(known[:4])
    people[2] = replace(people[2], name="张冠李")
    file = write_list(people, "civil-affairs", "csv")
    result = service.apply(save(tmp_path, "dibao.csv", file.data), "civil-affairs")
    row = next(r for r, p in file.people.items() if p.name == "张冠李")
    assert [(r.row, r.reason) for r in result.rejected] == [(row, "lists.name_mismatch")]
    assert result.rejected[0].to_json()["register_name"] == known[2].name
    assert result.accepted == 3
    assert result.snapshot is not None


def test_strict_mode_refuses_the_whole_file_for_one_bad_row(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    file = write_list(civil(known[:6]), "civil-affairs", "xlsx", damages=[Damage.BAD_ID])
    before = count(desk, ListSnapshot)
    result = service.apply(save(tmp_path, "dibao.xlsx", file.data), "civil-affairs", strict=True)
    assert result.snapshot is None
    assert not result.ok
    assert "lists.strict_rejected" in [p.code for p in result.problems]
    assert [r.row for r in result.rejected] == list(file.damaged[Damage.BAD_ID])
    assert count(desk, ListSnapshot) == before


def test_the_next_list_shows_who_came_went_and_changed_and_closes_spans_without_deleting(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    a, b, c, d = known[:4]
    first = civil([a, b, c])
    service.apply(save(tmp_path, "q3.csv", write_list(first, "civil-affairs", "csv").data), "civil-affairs",
                  as_of=date(2026, 7, 1))  # fmt: skip
    second = [replace(first[1], group="tekun", category_text="特困供养"), first[2], *civil([d], seed=3)]
    result = service.apply(save(tmp_path, "q4.csv", write_list(second, "civil-affairs", "csv").data),
                           "civil-affairs", as_of=date(2026, 10, 1))  # fmt: skip
    assert result.diff is not None
    assert result.previous is not None
    assert [r.name for r in result.diff.added] == [d.name]
    assert [r.name for r in result.diff.removed] == [a.name]
    assert [(ch.after.name, ch.fields) for ch in result.diff.changed] == [(b.name, ("group",))]
    gone = [m for m in list_memberships(desk, a.uuid) if m.group == "dibao"]
    assert [(m.valid_to, m.active) for m in gone] == [(date(2026, 10, 1), False)]  # kept: 2026's 代缴 still counts
    moved = {m.group: m.valid_to for m in list_memberships(desk, b.uuid)}
    assert moved == {"dibao": date(2026, 10, 1), "tekun": None}
    assert result.memberships_closed == 2
    assert result.memberships_opened == 2


def test_an_older_list_imported_late_is_kept_but_changes_nobody(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    service.apply(save(tmp_path, "q4.csv", write_list(civil(known[:3]), "civil-affairs", "csv").data),
                  "civil-affairs", as_of=date(2026, 10, 1))  # fmt: skip
    older = service.apply(save(tmp_path, "q2.csv", write_list(civil(known[3:5]), "civil-affairs", "csv").data),
                          "civil-affairs", as_of=date(2026, 4, 1))  # fmt: skip
    assert older.snapshot is not None
    assert "lists.older_snapshot" in [p.code for p in older.problems]
    assert list_memberships(desk, known[3].uuid) == []
    assert all(m.valid_to is None for m in list_memberships(desk, known[0].uuid))


def test_a_disability_list_records_certificates(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    people = make_people("disability", 3, today=TODAY)
    ours = [replace(p, id_number=r.id_number, name=r.name, cert_number=f"{r.id_number}{p.disability_category}"
                    f"{p.disability_grade}") for p, r in zip(people, known[:3], strict=True)]  # fmt: skip
    result = service.apply(save(tmp_path, "canlian.xlsx", write_list(ours, "disability", "xlsx").data), "disability")
    assert result.snapshot is not None
    assert result.accepted == 3
    residents = ResidentsService(desk.store, desk.account.username, today=TODAY)
    for person, resident in zip(ours, known[:3], strict=True):
        profile = residents.profile(resident.uuid)
        assert profile is not None
        assert (person.disability_category, person.disability_grade) in {
            (c.category, c.grade) for c in profile.certificates
        }


def test_a_veterans_list_marks_veterans_with_their_certificate(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    people = as_residents(make_people("veterans", 2, today=TODAY), known[:2])
    service.apply(save(tmp_path, "tuiyi.csv", write_list(people, "veterans", "csv").data), "veterans")
    facts = ResidentsService(desk.store, desk.account.username, today=TODAY).known_facts(known[0].uuid)
    assert facts is not None
    assert facts.verified_veteran
    assert facts.veteran_certificate_no == people[0].veteran_cert


def test_a_damaged_id_gets_candidates_and_is_matched_only_when_confirmed(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    file = write_list(civil(known[:8]), "civil-affairs", "xlsx", damages=[Damage.BAD_ID])
    result = service.apply(save(tmp_path, "dibao.xlsx", file.data), "civil-affairs")
    assert result.snapshot is not None
    [row] = file.damaged[Damage.BAD_ID]
    person = file.people[row]
    resident = next(k for k in known if k.id_number == person.id_number)
    assert list_memberships(desk, resident.uuid) == []  # nothing merged by itself
    candidates = service.candidates(result.snapshot.uuid, row)
    assert candidates[0].resident.uuid == resident.uuid
    assert candidates[0].same_name
    assert candidates[0].same_birth_date
    matched = service.confirm_match(result.snapshot.uuid, row, resident.uuid)
    assert matched.resident_uuid == resident.uuid
    assert matched.record.id_number == resident.id_number
    assert [m.group for m in list_memberships(desk, resident.uuid)] == ["dibao"]
    assert audit_actions(desk)[-1] == "lists.confirm_match"
    assert service.rejected_rows(result.snapshot.uuid)[0] == ()
    with pytest.raises(ServiceError) as refused:
        service.confirm_match(result.snapshot.uuid, row, resident.uuid)
    assert refused.value.problem.code == "lists.row_not_found"


def test_a_row_rejected_for_another_reason_cannot_be_matched(
    service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    file = write_list(civil(known[:6]), "civil-affairs", "xlsx", damages=[Damage.UNKNOWN_CATEGORY])
    result = service.apply(save(tmp_path, "dibao.xlsx", file.data), "civil-affairs")
    assert result.snapshot is not None
    [row] = file.damaged[Damage.UNKNOWN_CATEGORY]
    with pytest.raises(ServiceError) as refused:
        service.candidates(result.snapshot.uuid, row)
    assert refused.value.problem.code == "lists.row_not_found"


def test_rejected_rows_are_exported_with_their_reason_and_cells_as_text(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    file = write_list(civil(known[:6]), "civil-affairs", "xlsx", damages=[Damage.BAD_ID, Damage.MISSING_NAME])
    result = service.apply(save(tmp_path, "dibao.xlsx", file.data), "civil-affairs")
    assert result.snapshot is not None
    out = tmp_path / "fix" / "problems.xlsx"
    written = service.export_problems(result.snapshot.uuid, out, lambda p: f"<{p.code}>")
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Row", "What to fix", "序号")
    assert written == 2
    assert [r[0] for r in rows[1:]] == [str(n) for n in sorted(r.row for r in result.rejected)]
    bad_id_row = next(r for r in rows[1:] if r[0] == str(file.damaged[Damage.BAD_ID][0]))
    assert bad_id_row[1] == "<id.checksum>"
    assert isinstance(bad_id_row[rows[0].index("身份证号码")], str)
    assert audit_actions(desk)[-1] == "lists.export_problems"


def test_the_mapping_chosen_for_a_source_is_used_next_time(service: ListsService, tmp_path: Path) -> None:
    def csv(order: Sequence[int]) -> bytes:
        header = ["姓名", "身份证信息", "保障类别"]
        rows = [
            ["马玉兰", make_resident_id("640423", date(1950, 1, 1), 2), "低保"],
            ["丁文", make_resident_id("640423", date(1960, 2, 2), 1), "特困"],
        ]
        lines = [[line[i] for i in order] for line in [header, *rows]]
        return "\n".join(",".join(line) for line in lines).encode("utf-8-sig")

    first = save(tmp_path, "one.csv", csv([0, 1, 2]))
    assert service.preview(first, "civil-affairs").needs_mapping
    chosen = {"name": "姓名", "id_number": "身份证信息", "category": "保障类别"}
    service.apply(first, "civil-affairs", chosen)
    assert service.remembered_mapping("civil-affairs") == chosen
    later = service.preview(save(tmp_path, "two.csv", csv([2, 0, 1])), "civil-affairs")
    assert not later.needs_mapping
    assert later.mapping_used == chosen
    assert [r.record.group for r in later.records] == ["dibao", "tekun"]


def test_cancel_while_saving_leaves_the_database_as_it_was(desk: Desk, service: ListsService, tmp_path: Path) -> None:
    people = make_people("veterans", 2500, today=TODAY)
    path = save(tmp_path, "big.csv", write_list(people, "veterans", "csv").data)
    saving: list[int] = []
    progress = Progress(report=lambda done, total, note: saving.append(done) if note == "lists.saving" else None,
                        cancelled=lambda: bool(saving))  # fmt: skip
    before = (count(desk, ListSnapshot), count(desk, ListRecordRow), len(audit_actions(desk)))
    with pytest.raises(Cancelled):
        service.apply(path, "veterans", progress=progress)
    assert saving
    assert (count(desk, ListSnapshot), count(desk, ListRecordRow), len(audit_actions(desk))) == before


_KILLED_IMPORT = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from core.progress import Progress
    from desktop.services.desk import Desk
    from desktop.services.lists import ListsService

    def report(done, total, note):
        if note == "lists.saving":
            print("saving", done, total, flush=True)
            time.sleep(60)  # killed here, in the middle of the transaction

    desk = Desk.sign_in(Path(sys.argv[1]), "demo", "demo")
    ListsService(desk.store, "demo").apply(Path(sys.argv[2]), "veterans", progress=Progress(report=report))
""")


def test_a_kill_in_the_middle_of_an_import_leaves_the_previous_state(demo_dir: Path, tmp_path: Path) -> None:
    people = make_people("veterans", 3000, today=TODAY)
    path = save(tmp_path, "big.csv", write_list(people, "veterans", "csv").data)
    opened = Desk.sign_in(demo_dir, "demo", "demo")
    before = (count(opened, ListSnapshot), count(opened, ListRecordRow), len(audit_actions(opened)))
    opened.close()
    child = subprocess.Popen([sys.executable, "-c", _KILLED_IMPORT, str(demo_dir), str(path)],
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("saving 1000 ")  # records were written, the transaction still open
    finally:
        child.kill()
        child.wait(timeout=30)
    reopened = Desk.sign_in(demo_dir, "demo", "demo")
    try:
        assert reopened.verify_audit().ok
        after = (count(reopened, ListSnapshot), count(reopened, ListRecordRow), len(audit_actions(reopened)))
        assert after == (before[0], before[1], before[2] + 2)  # only the child's sign-in and this one
    finally:
        reopened.close()


def test_a_member_row_confirmed_takes_its_household_from_the_row_above(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    people = civil(known[:12], group="tekun")
    file = write_list(people, "civil-affairs", "xlsx", damages=[Damage.HOUSEHOLD_ROWS, Damage.BAD_ID])
    result = service.apply(save(tmp_path, "tekun.xlsx", file.data), "civil-affairs")
    assert result.snapshot is not None
    [row] = file.damaged[Damage.BAD_ID]
    person = file.people[row]
    assert person.relation != "户主"  # a member row: its household's cells are on the head's row only
    resident = next(k for k in known if k.id_number == person.id_number)
    matched = service.confirm_match(result.snapshot.uuid, row, resident.uuid)
    assert (matched.record.group, matched.record.household_head) == ("tekun", person.head)
    assert [m.group for m in list_memberships(desk, resident.uuid)] == ["tekun"]


def test_residents_registered_in_another_village_are_kept_with_a_warning(
    desk: Desk, known: list[Known], tmp_path: Path
) -> None:
    elsewhere = ListsService(desk.store, desk.account.username, "640423100201", today=TODAY)
    path = save(tmp_path, "dibao.csv", write_list(civil(known[:3]), "civil-affairs", "csv").data)
    result = elsewhere.apply(path, "civil-affairs")
    assert (result.accepted, result.matched) == (3, 3)
    assert [w.reason for w in result.warnings] == ["lists.other_village"] * 3


def test_a_file_that_is_no_list_is_refused_whole(desk: Desk, service: ListsService, tmp_path: Path) -> None:
    before = count(desk, ListSnapshot)
    result = service.apply(save(tmp_path, "notes.xlsx", b"PK\x03\x04 not really a workbook"), "disability")
    assert result.snapshot is None
    assert [p.code for p in result.problems if p.is_error] == ["lists.unreadable"]
    assert count(desk, ListSnapshot) == before


def test_progress_is_reported_while_reading_and_while_saving(service: ListsService, tmp_path: Path) -> None:
    notes: list[str] = []
    progress = Progress(report=lambda done, total, note: notes.append(note))
    path = save(tmp_path, "big.csv", write_list(make_people("veterans", 1500, today=TODAY), "veterans", "csv").data)
    service.apply(path, "veterans", progress=progress)
    assert "lists.rows" in notes
    assert "lists.saving" in notes


def test_importing_the_file_just_previewed_does_not_read_it_again(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    path = save(tmp_path, "dibao.csv", write_list(civil(known[:6]), "civil-affairs", "csv").data)
    service.preview(path, "civil-affairs")
    notes: list[str] = []
    result = service.apply(
        path, "civil-affairs", progress=Progress(report=lambda done, total, note: notes.append(note))
    )
    assert result.snapshot is not None
    assert result.snapshot.accepted == 6
    assert "lists.rows" not in notes  # taken from the preview
    assert "lists.saving" in notes


def test_a_file_changed_after_its_preview_is_read_again(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    path = save(tmp_path, "dibao.csv", write_list(civil(known[:6]), "civil-affairs", "csv").data)
    service.preview(path, "civil-affairs")
    path.write_bytes(write_list(civil(known[:4]), "civil-affairs", "csv").data)  # the office sent a corrected file
    notes: list[str] = []
    result = service.apply(
        path, "civil-affairs", progress=Progress(report=lambda done, total, note: notes.append(note))
    )
    assert result.snapshot is not None
    assert result.snapshot.accepted == 4
    assert "lists.rows" in notes


def test_a_preview_with_other_options_is_not_taken_for_the_import(
    desk: Desk, service: ListsService, known: list[Known], tmp_path: Path
) -> None:
    people = civil(known[:5])
    people[2] = replace(
        people[2], id_number=people[2].id_number[:17] + ("0" if people[2].id_number[17] != "0" else "1")
    )
    path = save(tmp_path, "dibao.csv", write_list(people, "civil-affairs", "csv").data)
    assert service.preview(path, "civil-affairs").ok  # lenient: the good rows would be imported
    result = service.apply(path, "civil-affairs", strict=True)
    assert result.snapshot is None  # strict mode read the file again and refused it for the bad row
    assert any(p.code == "lists.strict_rejected" for p in result.problems)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(8)), file_format=st.sampled_from(["csv", "xlsx"]))
def test_any_order_of_the_same_rows_is_the_snapshot_already_imported(
    service: ListsService, known: list[Known], tmp_path: Path, order: list[int], file_format: str
) -> None:
    people = civil(known[:6]) + make_people("civil-affairs", 2, seed=7, today=TODAY)
    day = date(2026, 10, 8)
    first = service.apply(save(tmp_path, "first.csv", write_list(people, "civil-affairs", "csv").data),
                          "civil-affairs", as_of=day)  # fmt: skip
    resorted = write_list([people[i] for i in order], "civil-affairs", "xlsx" if file_format == "xlsx" else "csv")
    preview = service.preview(save(tmp_path, f"again.{file_format}", resorted.data), "civil-affairs", as_of=day)
    assert first.snapshot is not None
    assert preview.repeat_of is not None
    assert preview.repeat_of.uuid == first.snapshot.uuid
    assert preview.snapshot_hash == first.snapshot.snapshot_hash

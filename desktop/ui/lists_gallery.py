"""Gallery shots of the list screens (名单比对): the lists page with a late list, importing a GBK text file
with a title row (chosen, read, with rows not imported, warnings and the difference), the mapping screen
of a file whose columns are not all recognised, a repeat, the result, the difference of a saved list and
the rows to fix with the residents a damaged row may be about.

The files are made with core.synthetic.agency_files from the demo desk's own residents, so rows match
the register; the helpers here are shared with the tests."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from uuid import UUID

from PySide6.QtWidgets import QWidget

from core.lists import Field
from core.synthetic.agency_files import Damage, ListPerson, make_people, write_list
from desktop.services.desk import Desk
from desktop.services.residents import ResidentsService
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.lists import ImportDialog, ListsPage
from desktop.ui.lists.import_dialog import MAPPING, PREVIEW, RESULT
from desktop.ui.main_gallery import settle

CIVIL_WORDS = {"dibao": "低保", "tekun": "特困供养", "dibao_bianyuan": "低保边缘"}


@dataclass(frozen=True)
class Known:
    uuid: UUID
    id_number: str
    name: str


def register_people(desk: Desk, count: int, skip: int = 0) -> list[Known]:
    """Residents of the desk's register with their full ID numbers (the look is audited)."""
    residents = ResidentsService(desk.store, desk.account.username)
    found: list[Known] = []
    for hit in residents.search("6404", limit=skip + count + 10)[skip:]:
        number = residents.reveal_id(hit.uuid, "lists_gallery")
        if number is not None:
            found.append(Known(hit.uuid, number, hit.name))
        if len(found) == count:
            break
    return found


def civil_people(known: Sequence[Known], strangers: int = 0, group: str = "dibao") -> list[ListPerson]:
    """A 民政 list naming ``known`` residents (and some people this desk does not have)."""
    people = make_people("civil-affairs", len(known) + strangers, seed=3)
    named = [replace(p, id_number=k.id_number, name=k.name, group=group, category_text=CIVIL_WORDS[group],
                     date_to=None) for p, k in zip(people, known, strict=False)]
    return named + people[len(known):]


def damaged_id(number: str) -> str:
    """The ID number with a wrong check digit (a typing slip the reader rejects)."""
    return number[:-1] + ("1" if number[-1] != "1" else "2")


def gbk_title_csv(folder: Path, known: Sequence[Known], name: str = "沙塘镇低保名单.csv") -> Path:
    """A GBK text file with a title row above the header, the first resident's ID number mistyped (a row
    not imported, matched later by name and birth date) and two people this desk does not know (warnings)."""
    people = civil_people(known, strangers=2)
    people[0] = replace(people[0], id_number=damaged_id(people[0].id_number))
    listed = write_list(people, "civil-affairs", "csv", encoding="gbk", damages=[Damage.TITLE_ROWS])
    path = folder / name
    path.write_bytes(listed.data)
    return path


def later_xlsx(folder: Path, known: Sequence[Known], name: str = "沙塘镇低保名单（更新）.xlsx") -> Path:
    """The next list from the same office naming ``known``, the first of them moved from 低保 to 特困."""
    people = civil_people(known)
    people[0] = replace(people[0], group="tekun", category_text=CIVIL_WORDS["tekun"])
    path = folder / name
    path.write_bytes(write_list(people, "civil-affairs", "xlsx").data)
    return path


def unusual_columns_csv(folder: Path, known: Sequence[Known], name: str = "村里报的名单.csv") -> Path:
    """A file whose name and category columns carry names the reader does not know: the mapping screen."""
    lines = ["序号,户主姓名及成员,身份证号(18位),享受待遇,住址"]
    lines += [f"{i},{k.name},{k.id_number},低保,沙塘镇新村{i}号" for i, k in enumerate(known, start=1)]
    path = folder / name
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8-sig"))
    return path


def _dialog(page: ListsPage, path: Path) -> ImportDialog:
    dialog = page.open_import()
    dialog.choose.set_path(path)
    return dialog


def _wait(dialog: ImportDialog, step: int) -> ImportDialog:
    settle(lambda: not dialog.busy and dialog.steps.currentIndex() == step)
    return dialog


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    known = register_people(ctx.desk, 12)
    labels = ctx.policy.group_labels()
    page = ListsPage(ctx.desk, group_labels=labels)
    page.resize(1100, 640)
    settle(lambda: not page.busy)
    yield "page_demo_lists", page

    gbk = gbk_title_csv(ctx.scratch, known[:8])
    dialog = _dialog(page, gbk)
    dialog.resize(1000, 720)
    yield "import_choose", dialog
    dialog.go_next()
    _wait(dialog, PREVIEW)
    dialog.reveal(dialog.preview_step.tabs)
    yield "import_preview_rejected_rows", dialog
    dialog.preview_step.tabs.setCurrentIndex(1)
    yield "import_preview_warnings", dialog
    dialog.preview_step.tabs.setCurrentIndex(2)
    yield "import_preview_difference", dialog
    dialog.import_list()
    _wait(dialog, RESULT)
    yield "import_result", dialog
    dialog.close()

    again = _dialog(page, gbk)
    again.resize(1000, 720)
    again.go_next()
    _wait(again, PREVIEW)
    again.reveal(again.preview_step.counts)
    yield "import_repeat", again
    again.close()

    mapped = _dialog(page, unusual_columns_csv(ctx.scratch, known[8:12]))
    mapped.resize(1000, 760)
    mapped.go_next()
    _wait(mapped, MAPPING)
    yield "import_mapping_needed", mapped
    combos = mapped.mapping.combos

    combos[Field.NAME].setCurrentIndex(combos[Field.NAME].findData(1))
    combos[Field.HOUSEHOLD_HEAD].setCurrentIndex(0)
    combos[Field.CATEGORY].setCurrentIndex(combos[Field.CATEGORY].findData(3))
    yield "import_mapping_chosen", mapped
    mapped.close()

    changes = _dialog(page, later_xlsx(ctx.scratch, [*known[1:7], known[11]]))
    changes.resize(1000, 720)
    changes.go_next()
    _wait(changes, PREVIEW)
    changes.preview_step.tabs.setCurrentIndex(2)
    changes.reveal(changes.preview_step.tabs)
    yield "import_preview_changes", changes
    changes.import_list()
    _wait(changes, RESULT)
    changes.close()

    settle(lambda: not page.busy)
    page.refresh()
    settle(lambda: not page.busy and bool(page.snapshots))
    page.table.selectRow(0)
    yield "page_after_import", page
    page.show_difference()
    settle(lambda: page.difference is not None and not page.busy)
    if page.difference is not None:
        page.difference.resize(1000, 600)
        yield "difference", page.difference
    page.table.selectRow(next(i for i, s in enumerate(page.snapshots) if s.file_name == gbk.name))
    rows = page.show_rows()
    if rows is not None:
        rows.resize(1000, 720)
        settle(lambda: not rows.busy)
        rows.rows_table.selectRow(0)
        yield "rows_to_fix", rows
        rows.find_candidates()
        settle(lambda: not rows.busy)
        yield "rows_candidates", rows
        question = rows.ask_confirm()
        if question is not None:
            question.resize(max(question.width(), 560), max(question.height(), 260))  # the gallery's smallest shot
            yield "rows_confirm_question", question
            question.close()

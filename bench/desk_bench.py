"""Benchmark of the desk's main window on a 100,000-resident encrypted desk (prints figures; not a test).

    QT_QPA_PLATFORM=offscreen python bench/desk_bench.py [--residents 100000] [--seed 1] [--rebuild]

The desk is built once and cached under /tmp (residents, households, contributions, certificates and the
synthetic cases in the wizards' shape, bulk-loaded through Core as bench/store_bench.py does; the account
uses the production argon2 cost). Then a fresh process measures, as an assistant meets them:

- cold start: from "sign-in done" to the main window shown with its first paint processed (target <= 2 s),
  and when the Today page's lists arrived; sign-in itself (argon2id, open, migration check) is reported apart;
- typing in the register's search box, one character at a time at a brisk typist's pace (Chinese names
  committed character by character through the input method, pinyin initials, ID fragments), with a 5 ms
  QTimer heartbeat: the largest gap between beats is the worst event-loop stall (target <= 50 ms);
- a case reference typed by a USB scanner (a burst of keys and Enter) until its case view is shown;
- the measuring process's peak resident set (VmHWM).
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

VILLAGE = "640423100001"
USER, PASSWORD = "bench", "bench-password"
CACHE = Path("/tmp")
DONE_MARK = "complete"
HEARTBEAT_MS = 5
KEY_INTERVAL_MS = 110  # about 9 keys a second: a quick typist
SCANNER_INTERVAL_MS = 4  # a USB scanner types a whole reference in a few tens of milliseconds
TARGET_START_S, TARGET_STALL_MS = 2.0, 50.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="build the cached desk again")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.measure:
        measure(args.measure)
        return
    root = CACHE / f"cunbao-desk-bench-{args.residents}-seed{args.seed}-{date.today().year}"
    if args.rebuild or not (root / DONE_MARK).exists():
        build(root, args.residents, args.seed)
    else:
        print(f"reusing the desk cached in {root}")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run([sys.executable, __file__, "--measure", str(root)], check=True, env=env)


# --- building ---------------------------------------------------------------------------------


def build(root: Path, n: int, seed: int) -> None:
    import shutil

    from core.synthetic import generate
    from desktop.services.policy import PolicyService
    from desktop.services.settings import load_settings, save_settings
    from desktop.store.database import Store

    shutil.rmtree(root, ignore_errors=True)
    started = time.perf_counter()
    # not 1 January as the demo desk: with 100,000 people the year's newborns would all share one birthday and
    # run out of ID sequence numbers
    today = date.today()
    village = generate(VILLAGE, n, seed=seed, today=today)
    print(f"generated {len(village.residents):,} residents, {len(village.cases):,} cases "
          f"({time.perf_counter() - started:.1f} s)")
    started = time.perf_counter()
    data = root / "data"
    store = Store.create(data, USER, PASSWORD, "基准协办员", "supervisor", VILLAGE)
    try:
        _bulk_load(store, village, PolicyService(data, county=VILLAGE[:6]).contribution_rules(), today)
    finally:
        store.close()
    save_settings(data, load_settings(data).with_changes(village_code=VILLAGE))
    (root / DONE_MARK).write_text("ok")
    print(f"loaded into the encrypted database in {time.perf_counter() - started:.1f} s")


def _bulk_load(store: Any, village: Any, rules: Any, today: date) -> None:
    """Core inserts in batches: the audit chain of 100,000 ORM inserts is not what is measured here."""
    from sqlalchemy import insert

    from core.disability import parse_disability_cert
    from core.references import case_reference
    from desktop.services.demo_cases import demo_case
    from desktop.store.models import Case, Contribution, DisabilityCertificate, Household, Resident

    now = datetime.now(UTC)
    stamps = {"created_at": now, "created_by": USER, "updated_at": now, "updated_by": USER, "version": 1}
    household_ids = {h.key: number for number, h in enumerate(village.households, start=1)}
    resident_ids = {r.key: number for number, r in enumerate(village.residents, start=1)}
    people = {r.key: r for r in village.residents}
    addresses = tuple(h.address for h in village.households)
    with store.engine.begin() as connection:
        connection.execute(insert(Household), [
            {"id": household_ids[h.key], "uuid": uuid.uuid4(), "village_code": VILLAGE, "household_number": h.key,
             "address": h.address, **stamps} for h in village.households])
        for batch in _batches(_resident_row(r, resident_ids[r.key], household_ids[r.household_key], stamps)
                              for r in village.residents):
            connection.execute(insert(Resident), batch)
        for batch in _batches(row for r in village.residents
                              for row in _contribution_rows(r, resident_ids[r.key], rules, today, stamps)):
            connection.execute(insert(Contribution), batch)
        certificates = []
        for r in village.residents:
            check = parse_disability_cert(r.disability_cert, r.id_number) if r.disability_cert else None
            if check is not None and check.cert is not None:
                certificates.append({"uuid": uuid.uuid4(), "resident_id": resident_ids[r.key],
                                     "number": check.cert.number, "category": int(check.cert.category),
                                     "grade": check.cert.grade, **stamps})
        for batch in _batches(certificates):
            connection.execute(insert(DisabilityCertificate), batch)
        cases = []
        for case in village.cases:
            person = people[case.resident_key]
            shaped = demo_case(case, person, _transient(person), rules, addresses)
            case_uuid = uuid.uuid4()
            cases.append({"uuid": case_uuid, "reference": case_reference(case_uuid),
                          "resident_id": resident_ids[case.resident_key], "case_type": case.case_type,
                          "status": shaped.status, "data": shaped.data, "returned_reason": shaped.returned_reason,
                          **stamps})
        for batch in _batches(cases):
            connection.execute(insert(Case), batch)


def _batches(rows: Iterable[dict[str, Any]], size: int = 5000) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _resident_row(r: Any, resident_id: int, household_id: int, stamps: dict[str, Any]) -> dict[str, Any]:
    from desktop.store.pinyin import name_keys

    keys = name_keys(r.name)
    return {
        "id": resident_id, "uuid": uuid.uuid4(), "id_number": r.id_number, "name": r.name,
        "name_pinyin": keys.pinyin, "name_initials": keys.initials, "sex": r.sex, "birth_date": r.birth_date,
        "phone": r.phone, "household_id": household_id, "relation_to_head": r.relation_to_head,
        "village_code": r.village_code, "hukou_division": r.hukou_division, "address": r.address,
        "student": r.student, "employee_pension": r.employee_pension, "public_institution": r.public_institution,
        "veteran": r.veteran, "veteran_certificate_no": r.veteran_cert_no, "flexible_worker": r.flexible_worker,
        "employment_difficulty": r.employment_difficulty, "enrolled": r.enrolled,
        "enrolled_since": date(r.enrolled_since, 1, 1) if r.enrolled_since else None,
        "tier": None if r.tier is None else Decimal(r.tier), "receiving_pension": r.receiving_pension,
        "pension_start": r.pension_start, "other_basic_pension": False, **stamps,
    }


def _contribution_rows(r: Any, resident_id: int, rules: Any, today: date,
                       stamps: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """The years paid, ending last year (or the year before the pension began), as the demo desk has them."""
    last = today.year - 1 if not r.receiving_pension else (r.pension_start or today).year - 1
    tier = Decimal(r.tier or 100)
    for year in range(last - r.contribution_years + 1, last + 1):
        yield {"uuid": uuid.uuid4(), "resident_id": resident_id, "year": year, "tier": tier, "self_paid": tier,
               "government_paid": Decimal(0), "subsidy": rules.subsidy(tier, date(year, 12, 31)),
               "other_funding": Decimal(0), "arrears": False, **stamps}


def _transient(r: Any) -> Any:
    """The resident as an unsaved row: what a case's resident snapshot is taken from."""
    from desktop.store.models import Resident

    return Resident(name=r.name, id_number=r.id_number, sex=r.sex, birth_date=r.birth_date, phone=r.phone,
                    address=r.address, hukou_division=r.hukou_division, village_code=r.village_code)


# --- measuring (fresh process) ----------------------------------------------------------------


def measure(root: Path) -> None:
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop.services.desk import Desk
    from desktop.services.policy import PolicyService
    from desktop.ui.application import create_application
    from desktop.ui.case_view import CaseView
    from desktop.ui.main_window import RESIDENTS, MainWindow
    from desktop.ui.theme import apply_theme

    app = create_application(["desk-bench"])
    apply_theme(app)
    data = root / "data"
    started = time.perf_counter()
    desk = Desk.sign_in(data, USER, PASSWORD)
    signed_in = time.perf_counter()

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.at: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if self.at is None and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) \
                    and watched.window() is window:
                self.at = time.perf_counter()
            return False

    painted = FirstPaint()
    app.installEventFilter(painted)
    beats: list[float] = []
    heartbeat = QTimer(interval=HEARTBEAT_MS)
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()  # beats only once the loop runs: from the first paint on
    window: MainWindow | None = None
    policy = PolicyService(data, county=desk.county_code)
    window = MainWindow(desk, policy.group_labels(), policy.policy().ref.version, policy=policy)
    window.show()
    while painted.at is None:
        app.processEvents()
    app.processEvents()  # the paint event has been handled
    shown = time.perf_counter()
    app.removeEventFilter(painted)
    _wait(app, lambda: window.today_page._data is not None, 60)
    today_filled = time.perf_counter()
    today = window.today_page._data
    print(f"\nsign-in (argon2id + open + migration check + daily backup): {signed_in - started:.2f} s "
          "(before the window; not part of the start figure)")
    print(f"cold start, signed in -> main window shown and painted: {shown - signed_in:.2f} s "
          f"(target <= {TARGET_START_S:.0f} s)")
    print(f"Today page filled (queue, work due, drafts, papers, returns): {today_filled - signed_in:.2f} s after "
          f"sign-in; work due {sum(today.work.totals.values()) if today else 0:,} residents")

    names, reference = _sample(desk)
    _run_for(app, 1.0)  # nobody types within a second of the window appearing; start-up work finishes
    print(f"worst event-loop stall from the first paint until then (Today's lists, warming the search): "
          f"{_worst_gap(beats):.1f} ms")
    beats.clear()
    window.nav.setCurrentRow(RESIDENTS)
    edit = window.search_edit
    edit.setFocus()

    def commit(text: str) -> Callable[[], None]:
        """What the input method sends when the assistant picks a character."""
        def send() -> None:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(edit, event)
        return send

    def key(text: str) -> Callable[[], None]:
        return lambda: QTest.keyClicks(edit, text)

    keystrokes: list[Callable[[], None]] = []
    for name in names:
        keystrokes += [commit(ch) for ch in name]  # a Chinese name, character by character
        keystrokes.append(edit.clear)
    for text in ("myl", "mzh", "0367", "1950", "6404"):
        keystrokes += [key(ch) for ch in text]
        keystrokes.append(edit.clear)
    searches = window.register.searches
    answered: list[float] = []
    delivered = [searches.delivered]

    def watch() -> None:
        if searches.delivered != delivered[0]:
            delivered[0] = searches.delivered
            answered.append(time.perf_counter())

    watcher = QTimer(interval=1)
    watcher.timeout.connect(watch)
    watcher.start()
    typed_at: list[float] = []
    for press in keystrokes:
        press()
        typed_at.append(time.perf_counter())
        _run_for(app, KEY_INTERVAL_MS / 1000)
    _wait(app, lambda: not searches.busy, 30)
    _run_for(app, 0.2)
    heartbeat.stop()
    watcher.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(beats)]
    latencies = [(next((t for t in answered if t >= k), k) - k) * 1000 for k in typed_at]
    print(f"\ntyping in the search box: {len(keystrokes)} keystrokes ({len(names)} names character by character, "
          f"pinyin initials, ID fragments) at {KEY_INTERVAL_MS} ms intervals; {searches.delivered} answers shown, "
          f"{searches.dropped} stale ones dropped")
    print(f"worst event-loop stall (largest gap of a {HEARTBEAT_MS} ms heartbeat): {max(gaps):.1f} ms "
          f"(target <= {TARGET_STALL_MS:.0f} ms); p99 gap {_quantile(gaps, 0.99):.1f} ms")
    print(f"answer shown after a keystroke: p50 {statistics.median(latencies):.0f} ms, "
          f"p95 {_quantile(latencies, 0.95):.0f} ms, max {max(latencies):.0f} ms")

    started = time.perf_counter()
    for ch in reference:
        QTest.keyClicks(edit, ch)
        _run_for(app, SCANNER_INTERVAL_MS / 1000)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    _wait(app, lambda: any(v.isVisible() for v in window.findChildren(CaseView)), 30)
    print(f"scanned case reference -> case view shown: {(time.perf_counter() - started) * 1000:.0f} ms")
    window.close()
    print(f"\npeak RSS: {_peak_rss_mib():.0f} MiB")


def _sample(desk: Any) -> tuple[list[str], str]:
    """Three residents' names (one of the commonest surname) and one case reference from the desk."""
    from sqlalchemy import func, select

    from desktop.store.models import Case, Resident

    rng = random.Random(7)
    with desk.store.session(USER) as session:
        total = session.scalar(select(func.max(Resident.id))) or 1
        names = [session.scalar(select(Resident.name).where(Resident.id == rng.randint(1, total))) or "马玉兰"
                 for _ in range(2)]
        common = session.scalar(select(Resident.name).where(Resident.name.like("马%")).limit(1)) or "马玉兰"
        reference = session.scalar(select(Case.reference).limit(1)) or "CB00000000"
    return [*names, common], reference


def _run_for(app: Any, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)


def _wait(app: Any, condition: Callable[[], bool], timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def _worst_gap(beats: list[float]) -> float:
    return max(((b - a) * 1000 for a, b in itertools.pairwise(beats)), default=0.0)


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _peak_rss_mib() -> float:
    """This process's own peak: VmHWM restarts at exec, unlike ru_maxrss carried over a fork."""
    import resource

    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()

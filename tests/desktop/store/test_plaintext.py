"""No resident name or ID number may appear in plain bytes anywhere under the data directory."""

from __future__ import annotations

from pathlib import Path

from desktop.store.database import Store
from desktop.store.layout import sidecar_files
from desktop.store.models import Attachment, Case
from tests.desktop.store.conftest import make_resident

RESIDENTS = [
    ("马玉兰", "640423195001011234", "13909541234"),
    ("杨福贵", "640423194812120017", "15109548765"),
    ("海小红", "64042319850606124X", "18995001122"),
]


def _secrets() -> list[bytes]:
    found: list[bytes] = []
    for name, id_number, phone in RESIDENTS:
        found += [name.encode("utf-8"), name.encode("gbk"), id_number.encode("ascii"), phone.encode("ascii")]
        found.append(id_number.encode("utf-16-le"))
    return found


def test_no_name_id_number_or_phone_in_any_file(store: Store) -> None:
    with store.session("amina") as session:
        for name, id_number, phone in RESIDENTS:
            resident = make_resident(name=name, id_number=id_number, phone=phone)
            case = Case(case_type="enrollment", status="draft", data={"note": f"{name} {id_number}"})
            scan = f"扫描件 {name} {id_number}".encode() * 20
            case.attachments.append(
                Attachment(
                    content_hash=store.attachments.put(scan),
                    mime="image/jpeg",
                    size=len(scan),
                    name=f"{name}.jpg",
                )
            )
            resident.cases.append(case)
            session.add(resident)
    wal, _ = sidecar_files(store.data_dir.database)
    assert wal.exists()
    assert wal.stat().st_size > 0, "the WAL must still hold the changes"
    store.backup(reason="manual")

    files = [p for p in store.data_dir.root.rglob("*") if p.is_file()]
    kinds = {p.suffix for p in files} | {p.name.rsplit("-", 1)[-1] for p in files if p.name.endswith(("-wal", "-shm"))}
    assert {".db", ".json", "wal", "shm"} <= kinds
    assert len(list(store.data_dir.attachments.rglob("*"))) >= len(RESIDENTS)
    leaks = [(path.name, secret) for path in files for secret in _secrets() if secret in path.read_bytes()]
    assert leaks == []


def test_search_still_works_on_the_encrypted_database(store: Store) -> None:
    from desktop.store.search import search_residents

    with store.session("amina") as session:
        session.add(make_resident())
    with store.session("amina") as session:
        assert [hit.name for hit in search_residents(session, "myl")] == ["马玉兰"]
    assert not Path(store.data_dir.database).read_bytes().startswith(b"SQLite format 3")

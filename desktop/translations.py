"""Keep the zh_CN catalogue in step with the code: ``python -m desktop.translations update``.

``update`` runs lupdate over the user-facing code (keeping existing translations) and compiles
the ``.qm`` with lrelease; ``check`` reports sources that are missing or untranslated.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "i18n" / "cunbao_zh_CN.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
# user-facing text lives at the edges only: core and store speak in codes
SCANNED = ("desktop/messages", "desktop/cli", "desktop/ui")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} not found next to {sys.executable}")
    return found


def source_files() -> list[str]:
    files: list[str] = []
    for folder in SCANNED:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def run_lupdate(ts_file: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", *source_files(), "-ts", str(ts_file)],
        cwd=ROOT, check=True, capture_output=True,
    )


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([_tool("lrelease"), str(ts_file), "-qm", str(qm_file)], cwd=ROOT, check=True,
                   capture_output=True)


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None where it is unfinished or empty."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            unfinished = translation is not None and translation.get("type") in {"unfinished", "vanished"}
            out[(name, source)] = None if unfinished or not text else text
    return out


def problems() -> list[str]:
    """What is wrong with the committed catalogue, in lines for a developer."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(TS_FILE, fresh)
        run_lupdate(fresh)
        committed, current = messages(TS_FILE), messages(fresh)
        found += [f"not in the catalogue: [{c}] {s}" for (c, s) in current.keys() - committed.keys()]
        found += [f"no longer used: [{c}] {s}" for (c, s) in committed.keys() - current.keys()]
        found += [f"untranslated: [{c}] {s}" for (c, s), t in committed.items() if t is None]
        compiled = Path(tmp) / "fresh.qm"
        run_lrelease(TS_FILE, compiled)
        if not QM_FILE.exists() or QM_FILE.read_bytes() != compiled.read_bytes():
            found.append(f"{QM_FILE.name} is not compiled from the current {TS_FILE.name}")
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        run_lupdate(TS_FILE)
        run_lrelease(TS_FILE, QM_FILE)
        left = [line for line in problems() if line.startswith("untranslated")]
        print(f"{TS_FILE.name}: {len(messages(TS_FILE))} messages, {len(left)} untranslated")
        return 0
    if argv[:1] == ["check"]:
        issues = problems()
        print("\n".join(issues) or "catalogue complete")
        return 1 if issues else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

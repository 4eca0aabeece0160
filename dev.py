#!/usr/bin/env python3
"""Set up and run Cunbao from a source checkout: ``python3 dev.py app`` or ``python3 dev.py test``.

Works the same on Debian/Ubuntu/UOS/Kylin and Windows with Python 3.11+. It creates ``.venv``
beside this file, installs the project with its development tools into it (again only when
``pyproject.toml`` changed) and then runs the app or every check.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".cunbao-installed"


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    exe = "python.exe" if os.name == "nt" else "python"
    return VENV / scripts / exe


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older system Python
        sys.exit("Cunbao needs Python 3.11 or newer / 村保需要 Python 3.11 或更高版本")
    if not venv_python().exists():
        print("· creating .venv", flush=True)
        try:
            venv.EnvBuilder(with_pip=True).create(VENV)
        except Exception as exc:  # Debian ships venv's pip separately
            sys.exit(f"cannot create .venv ({exc}); on Debian/Ubuntu install python3-venv first")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        py = str(venv_python())
        print("· installing Cunbao and its tools into .venv", flush=True)
        subprocess.run([py, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([py, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[dev]"], check=True)
        STAMP.write_text(wanted)
    return venv_python()


def run(py: Path, *args: str) -> int:
    print("·", " ".join(args), flush=True)
    return subprocess.run([str(py), *args], cwd=ROOT).returncode


def test(py: Path, extra: list[str]) -> int:
    checks = [
        ("-m", "ruff", "check", "."),
        ("-m", "mypy"),
        ("-c", _LINT_IMPORTS),
    ]
    failed = [" ".join(c) for c in checks if run(py, *c) != 0]
    tests_rc = run(py, "-m", "pytest", *extra)
    if failed:
        print("failed checks:", *failed, sep="\n  ", file=sys.stderr)
        return 1
    return tests_rc


# lint-imports has no ``python -m`` entry point; call its CLI function directly
_LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test"}:
        print(__doc__)
        return 2
    py = ensure_environment()
    if argv[0] == "app":
        # the README's "run the app" command: a fresh machine opens on a demo desk rather than the setup
        return run(py, "-m", "desktop.cli", "--demo-if-empty", *argv[1:])
    return test(py, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

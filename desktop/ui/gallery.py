"""Render every screen to PNG on a fresh demo desk:
``python -m desktop.ui.gallery OUT_DIR [AREA ...] [--mode normal|elderly|high_contrast|all]``.

For looking at the screens after UI work (Chinese must render, nothing cut off or overlapping).
Each UI area contributes its shots from ``desktop/ui/<area>_gallery.py`` (see
:mod:`desktop.ui.gallery_context`); naming areas renders only those. Shots in a display mode other than
normal end in ``__<mode>`` (``today__page__elderly.png``); without ``--mode`` only normal is rendered.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

import desktop.ui
from core.problems import error
from desktop.messages import describe
from desktop.services.demo import DEMO_PASSWORD, DEMO_USER, create_demo
from desktop.services.desk import Desk
from desktop.services.policy import PolicyService
from desktop.ui.application import create_application, dispose_widgets
from desktop.ui.display_mode import DisplayMode, apply_mode
from desktop.ui.gallery_context import GalleryContext, ShotProvider
from desktop.ui.sign_in import SignInDialog

GALLERY_SUFFIX = "_gallery"


def save_shot(widget: QWidget, out: Path, name: str) -> Path:
    widget.show()
    app = QApplication.instance()
    if app is not None:
        for _ in range(3):  # layouts settle over a few passes (word-wrapped labels, charts)
            app.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def providers(areas: Sequence[str] = ()) -> Iterator[tuple[str, ShotProvider]]:
    for info in sorted(pkgutil.iter_modules(desktop.ui.__path__), key=lambda i: i.name):
        if not info.name.endswith(GALLERY_SUFFIX):
            continue
        area = info.name.removesuffix(GALLERY_SUFFIX)
        if areas and area not in areas:
            continue
        module = importlib.import_module(f"desktop.ui.{info.name}")
        yield area, module.gallery_shots


def _sign_in_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    hint = ctx.app.translate("Startup", "No data yet, so a demo database of %1 synthetic residents was made. "
                             "Sign in as \"%2\" with the password \"%3\".")
    sign_in = SignInDialog(ctx.data_dir, DEMO_USER, hint.replace("%1", "200").replace("%2", DEMO_USER)
                           .replace("%3", DEMO_PASSWORD))
    sign_in.resize(520, 300)
    yield "sign_in", sign_in
    sign_in.show_problem(describe(error("keys.wrong_password", username=DEMO_USER)))
    yield "sign_in_problem", sign_in


def shot_name(area: str, name: str, mode: DisplayMode) -> str:
    base = f"{area}__{name}" if area != "sign_in" else name
    return base if mode is DisplayMode.NORMAL else f"{base}__{mode}"


def render_all(out: Path, areas: Sequence[str] = (), lang: str | None = None,
               modes: Sequence[DisplayMode] = (DisplayMode.NORMAL,)) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application(["gallery"], lang)
    saved: list[Path] = []
    sources: list[tuple[str, ShotProvider]] = [("sign_in", _sign_in_shots)] if not areas or "sign_in" in areas else []
    try:
        for mode in modes:
            apply_mode(app, mode)
            # a fresh demo desk per mode: the shots save cases and change residents, which would change
            # what the next pass finds (the resident with a phone to change, the one who may enrol ...)
            saved.extend(_render_mode(app, out, mode, [*sources, *providers(areas)]))
    finally:
        apply_mode(app, DisplayMode.NORMAL)
    return saved


def _render_mode(app: QApplication, out: Path, mode: DisplayMode,
                 sources: Sequence[tuple[str, ShotProvider]]) -> list[Path]:
    saved: list[Path] = []
    shown: list[QWidget] = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "desk"
        policy = PolicyService(data, county="640423")
        create_demo(data, policy.contribution_rules(), residents=200)
        desk = Desk.sign_in(data, DEMO_USER, DEMO_PASSWORD)
        scratch = Path(tmp) / "scratch"
        scratch.mkdir()
        ctx = GalleryContext(app, data, desk, PolicyService(data, county=desk.county_code), scratch)
        try:
            for area, provider in sources:
                for name, widget in provider(ctx):
                    saved.append(save_shot(widget, out, shot_name(area, name, mode)))
                    widget.close()
                    # kept until dispose_widgets: work still queued on the database worker may hold
                    # the last reference, and a widget freed on that thread crashes Qt
                    shown.append(widget)
        finally:
            dispose_widgets()
            desk.close()
    return saved


def parse_arguments(arguments: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.gallery")
    parser.add_argument("out", nargs="?", default="gallery", type=Path)
    parser.add_argument("areas", nargs="*")
    parser.add_argument("--mode", choices=[*DisplayMode, "all"], default=DisplayMode.NORMAL.value)
    parsed = parser.parse_args(list(arguments))
    parsed.modes = list(DisplayMode) if parsed.mode == "all" else [DisplayMode(parsed.mode)]
    return parsed


if __name__ == "__main__":
    options = parse_arguments(sys.argv[1:])
    for saved_path in render_all(options.out, options.areas, modes=options.modes):
        print(saved_path)

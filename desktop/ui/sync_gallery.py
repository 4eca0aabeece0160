"""Gallery shots of sync: the status bar part in each state (not registered, in step with work waiting and
changes set aside, offline) and the dialog that registers the desk, empty and refusing a wrong code."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.sync import SetAside, SyncService, SyncStatus
from desktop.ui.gallery_context import GalleryContext
from desktop.ui.sync_panel import RegisterDialog, SetAsideDialog, SyncStatusWidget


def _states(ctx: GalleryContext) -> QWidget:
    frame = QWidget()
    frame.setObjectName("sync_states")
    layout = QVBoxLayout(frame)
    service = SyncService(ctx.desk.store, ctx.desk.account.username)
    states = (
        (SyncStatus(False, None, 312, 0, None, None), None),
        (SyncStatus(True, "https://county.example:8443", 7, 2, "2026-11-28T01:15:00+00:00",
                    "2026-11-28T01:15:02+00:00"), None),
        (SyncStatus(True, "https://county.example:8443", 45, 0, "2026-11-27T09:02:00+00:00", None),
         "The county server could not be reached."),
    )
    for status, problem in states:
        widget = SyncStatusWidget(service, auto=False)
        widget.status, widget.last_problem = status, problem
        widget.retranslate_ui()
        layout.addWidget(widget)
    frame.resize(900, 160)
    return frame


def gallery_shots(ctx: GalleryContext) -> Iterator[tuple[str, QWidget]]:
    yield "status_states", _states(ctx)
    service = SyncService(ctx.desk.store, ctx.desk.account.username)
    dialog = RegisterDialog(service)
    dialog.resize(560, 300)
    yield "register_empty", dialog
    dialog.server.setText("https://192.168.1.10:8443")
    dialog.code.setText("K7QM-2XPA-9D4")
    dialog.register()  # a code one character short is refused here, before anything is sent
    yield "register_refused", dialog
    yield "set_aside", _set_aside(ctx, service)


def _set_aside(ctx: GalleryContext, service: SyncService) -> QWidget:
    """A change the county refused, as the assistant finds it (shown as the service would list it)."""
    dialog = SetAsideDialog(service)
    refused = SetAside(uuid.UUID(int=7), "cases", uuid.UUID(int=8), "update", "county.field_owned",
                       "2026-11-28T09:12", ["county_status", "status"])  # fmt: skip
    dialog.show_items([refused])
    dialog.list.setCurrentRow(0)
    dialog.resize(720, 460)
    return dialog

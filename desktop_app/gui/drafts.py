"""Crash recovery for the form: each window keeps its unsaved case as a draft under its own key; leftovers are offered back.

A draft records the process and computer that wrote it, so a second NeutroHold on the same log
does not offer (or discard) the draft of a window that is still open.
"""

from __future__ import annotations

import os
import platform
import uuid
from datetime import datetime
from typing import Any, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

DRAFT_PREFIX = "window-"
DraftAnswer = Literal["restore", "discard"]

# Keys of the drafts owned by windows open in this process.
_LIVE_KEYS: set[str] = set()


def new_draft_key() -> str:
    key = f"{DRAFT_PREFIX}{uuid.uuid4().hex}"
    _LIVE_KEYS.add(key)
    return key


def release_draft_key(key: str) -> None:
    """The window owning `key` is gone (closed, or destroyed as in a crash): its draft is now a leftover."""
    _LIVE_KEYS.discard(key)


def draft_payload(data: dict[str, Any], ticked: list[str]) -> dict[str, Any]:
    return {"data": data, "ticked": ticked, "pid": os.getpid(), "host": platform.node()}


def _process_running(pid: int) -> bool:
    if os.name != "posix":
        return False  # no cheap check without extra libraries; offering a live window's draft is harmless
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_leftover(key: str, payload: dict[str, Any]) -> bool:
    """A draft no open window is keeping: written by this process's closed window, or a process that has ended."""
    if not key.startswith(DRAFT_PREFIX) or key in _LIVE_KEYS:
        return False
    pid = payload.get("pid")
    if payload.get("host") != platform.node() or not isinstance(pid, int) or pid == os.getpid():
        return True
    return not _process_running(pid)


def draft_summary(payload: dict[str, Any], updated_at: datetime) -> str:
    data = payload.get("data") if isinstance(payload.get("data"), dict) else {}
    patient = str(data.get("patient_ref") or "").strip() or "no patient reference yet"
    counts = len(data.get("anc") or []) + len(data.get("cbc") or [])
    moment = updated_at.astimezone() if updated_at.tzinfo is not None else updated_at
    return f"Patient: {patient}\nCounts entered: {counts}\nLast change: {moment:%a %Y-%m-%d %H:%M}"


class DraftDialog(QDialog):
    """Restore or discard a case that was being entered when NeutroHold last stopped."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftDialog")
        self.setAccessibleName("Unsaved case found")
        self.setWindowTitle("Unsaved case found")
        self.answer: DraftAnswer | None = None
        layout = QVBoxLayout(self)
        text = QLabel(
            "A case was being entered and not saved when NeutroHold last closed or stopped.\n\n"
            f"{summary}\n\nRestore it to carry on, or discard it.",
            self,
        )
        text.setObjectName("draftSummaryLabel")
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        restore = buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("draftRestoreButton")
        restore.setAccessibleName("Restore the unsaved case")
        discard = buttons.addButton("&Discard", QDialogButtonBox.ButtonRole.DestructiveRole)
        discard.setObjectName("draftDiscardButton")
        discard.setAccessibleName("Discard the unsaved case")
        restore.setDefault(True)
        restore.clicked.connect(lambda: self._answer("restore"))
        discard.clicked.connect(lambda: self._answer("discard"))
        layout.addWidget(buttons)

    def _answer(self, answer: DraftAnswer) -> None:
        self.answer = answer
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, summary: str) -> DraftAnswer | None:
        """"restore", "discard", or None (closed: keep it for next time). Tests replace this."""
        dialog = cls(summary, parent)
        try:
            dialog.exec()
            return dialog.answer
        finally:
            dialog.deleteLater()

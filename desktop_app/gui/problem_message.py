"""Telling the clinician that something did not work (a save, a print), in one replaceable place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class ProblemMessage:
    """A warning box with plain text. Tests replace tell."""

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("problemMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        try:
            box.exec()
        finally:
            box.deleteLater()

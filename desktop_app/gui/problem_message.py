"""Telling the clinician that something did not work (a save, a print), in one replaceable place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class ProblemMessage:
    """A warning box with plain text. Tests replace tell."""

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        _show(parent, QMessageBox.Icon.Warning, "problemMessage", title, text)


def _show(parent: QWidget | None, icon: QMessageBox.Icon, name: str, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    try:
        box.exec()
    finally:
        box.deleteLater()


class StopMessage:
    """NeutroHold cannot go on (the pack or the log cannot be used). Tests replace tell."""

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        _show(parent, QMessageBox.Icon.Critical, "stopMessage", title, text)


class NoticeMessage:
    """Something the clinician should know that went as asked (a log replaced, start again). Tests replace tell."""

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        _show(parent, QMessageBox.Icon.Information, "noticeMessage", title, text)


class DiscardQuestion:
    """May unsaved work be discarded? True only for Discard; Cancel is the default. Tests replace ask."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, parent
        )
        box.setObjectName("discardQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        try:
            return box.exec() == QMessageBox.StandardButton.Discard
        finally:
            box.deleteLater()

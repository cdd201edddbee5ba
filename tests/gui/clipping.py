"""Finds text the window cuts off: a label or button smaller than its text, or a widget cut by a parent that cannot scroll."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolBar,
    QWidget,
)


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    short = text.replace("\n", " ")[:40]
    return f"{widget.objectName() or type(widget).__name__} {short!r}"


def _shown(text: str) -> str:
    """Text as drawn: a mnemonic '&' is not shown ('&&' shows one '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _scrolls(parent: QWidget, widget: QWidget) -> tuple[bool, bool]:
    """Whether `widget` is the content of a scroll area that can scroll it sideways / up and down."""
    area = parent.parentWidget()
    if (
        isinstance(area, QAbstractScrollArea)
        and parent is area.viewport()
        and (not isinstance(area, QScrollArea) or area.widget() is widget)
    ):
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        return area.horizontalScrollBarPolicy() != off, area.verticalScrollBarPolicy() != off
    return False, False


def _cut_by_parent(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or isinstance(parent, QToolBar):
        return False  # a toolbar moves what does not fit into its overflow menu
    sideways, upright = _scrolls(parent, widget)
    inside, geometry = parent.rect(), widget.geometry()
    if sideways:
        geometry = QRect(inside.left(), geometry.top(), min(geometry.width(), inside.width()), geometry.height())
    if upright:
        geometry = QRect(geometry.left(), inside.top(), geometry.width(), min(geometry.height(), inside.height()))
    return not inside.contains(geometry)


def _text_does_not_fit(widget: QWidget) -> bool:
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        room = widget.contentsRect().adjusted(widget.margin(), widget.margin(), -widget.margin(), -widget.margin())
        metrics = widget.fontMetrics()
        text = _shown(widget.text()) if widget.buddy() is not None else widget.text()
        if widget.wordWrap():
            longest_word = max((metrics.horizontalAdvance(word) for word in re.split(r"\s+", text) if word), default=0)
            return longest_word > room.width() + 1 or widget.heightForWidth(widget.width()) > widget.height() + 1
        lines = text.splitlines() or [""]
        return (
            max(metrics.horizontalAdvance(line) for line in lines) > room.width() + 1
            or metrics.lineSpacing() * len(lines) > room.height() + 2
        )
    if isinstance(widget, QPushButton) and widget.text():
        # A push button's size hint has a minimum width of its own: compare with what its text needs.
        style, metrics = widget.style(), widget.fontMetrics()
        lines = _shown(widget.text()).splitlines()
        padding = 2 * (
            style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) + style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        )
        wide = max(metrics.horizontalAdvance(line) for line in lines) + padding
        return widget.width() < wide or widget.height() < metrics.height() * len(lines) + 4
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        return widget.width() < hint.width() or widget.height() < hint.height()
    if isinstance(widget, QAbstractSpinBox):
        return widget.width() < widget.minimumSizeHint().width()
    return False


def clipped(root: QWidget) -> list[str]:
    """Every shown widget under `root` whose text is cut, or that a non-scrolling parent cuts off."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if _cut_by_parent(widget):
            found.append(f"{_name(widget)} is cut off by {_name(widget.parentWidget())}")
        elif _text_does_not_fit(widget):
            found.append(f"{_name(widget)} is too small for its text ({widget.width()}x{widget.height()})")
    return found

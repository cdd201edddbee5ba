"""A list widget exactly as tall as its wrapped items, for short lists inside the scrolling panel."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QSizePolicy, QStyleOptionViewItem, QWidget


class FittedList(QListWidget):
    """Wraps long item text and grows to show every item, so the panel has one scroll bar, not many."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setSpacing(2)
        model = self.model()
        model.rowsInserted.connect(self.fit_height)
        model.rowsRemoved.connect(self.fit_height)
        model.modelReset.connect(self.fit_height)
        model.dataChanged.connect(self.fit_height)

    def content_height(self) -> int:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # The style wraps text only to a valid rectangle, so give it a height too.
        option.rect = QRect(0, 0, max(self.viewport().width() - 2 * self.spacing(), 40), 10_000)
        delegate = self.itemDelegate()
        rows = sum(delegate.sizeHint(option, self.model().index(row, 0)).height() for row in range(self.count()))
        return rows + 2 * self.spacing() * self.count() + 2 * self.frameWidth() + 2

    def fit_height(self) -> None:
        self.setFixedHeight(self.content_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_height()
            # A height set while Qt handles this resize does not reach the viewport: lay it out again now.
            self.setViewportMargins(self.viewportMargins())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

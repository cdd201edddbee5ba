"""Keyboard and screen-reader support shared by the window: Tab chains, announcements, the focus ring, focus in view."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent, QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QFocusFrame, QScrollArea, QWidget

# The focus ring: 3 px of a blue with 7:1 contrast on white and on the pale panels (WCAG 2.2 asks 3:1, 2 px).
FOCUS_RING_COLOUR = "#0b4a99"
FOCUS_RING_WIDTH = 3


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab can reach, in the order they were built (reading order)."""
    stops: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget is not None:
        inside_a_stop = any(stop.isAncestorOf(widget) for stop in stops)  # a spin box's own line edit
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget not in stops and not inside_a_stop:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through `widgets` in this order and from the last back to the first."""
    for first, second in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(first, second)
    if len(widgets) > 1:
        QWidget.setTabOrder(widgets[-1], widgets[0])


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Ask the screen reader to say `message` (assertive interrupts: red flags, a changed decision)."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def set_tooltip(widget: QWidget, text: str) -> None:
    """A tooltip is the control's accessible description: a changed one is announced as such."""
    if widget.toolTip() == text:
        return
    widget.setToolTip(text)
    if not widget.accessibleDescription():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))


def accessible_text(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What a screen reader reads for a widget (its name, by default)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(text) if interface is not None else ""


class FocusRing(QFocusFrame):
    """A thick ring round whichever control has the focus, painted the same in every style."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(QColor(FOCUS_RING_COLOUR), FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_RING_WIDTH // 2
        painter.drawRect(QRect(self.rect()).adjusted(half, half, -half - 1, -half - 1))
        painter.end()


class FocusFollower(QObject):
    """Keeps the focused control in view (scroll areas scroll to it) and draws the focus ring round it."""

    def __init__(self, window: QWidget, scroll_areas: Iterable[QScrollArea]) -> None:
        super().__init__(window)
        self._window = window
        self._scroll_areas = tuple(scroll_areas)
        self.ring = FocusRing(window)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not (new is self._window or self._window.isAncestorOf(new)) or new.window() is not self._window:
            return
        self.ring.setWidget(new)
        self.show_in_view(new)

    def show_in_view(self, widget: QWidget) -> None:
        for area in self._scroll_areas:
            content = area.widget()
            if content is not None and content.isAncestorOf(widget):
                margin = widget.fontMetrics().lineSpacing()
                area.ensureWidgetVisible(widget, margin, margin)


class EnterActivates(QObject):
    """Enter or Return on a watched button (a tool button, which Qt leaves to Space alone) clicks it."""

    def watch(self, *buttons: QAbstractButton) -> None:
        for button in buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QAbstractButton)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)

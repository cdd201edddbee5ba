"""Keyboard and screen-reader support shared by the window: Tab chains, announcements, the focus ring, focus in view."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QLabel, QScrollArea, QWidget

from desktop_app.gui.theme import FOCUS_RING_WIDTH, current_scheme


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab can reach, in the order they were built (reading order)."""
    stops: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget is not None:
        inside_a_stop = any(stop.isAncestorOf(widget) for stop in stops)  # a spin box's own line edit
        if (
            root.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget not in stops
            and not inside_a_stop
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through `widgets` in this order and from the last back to the first."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
    if len(widgets) > 1:
        QWidget.setTabOrder(widgets[-1], widgets[0])


@dataclass(frozen=True)
class Notice:
    """One event sent to assistive technology: what it is about, its kind, and for announcements the words."""

    widget: QWidget
    kind: str  # "announcement", "name", "description"
    text: str = ""
    assertive: bool = False


def _send_to_screen_reader(notice: Notice) -> None:
    if notice.kind == "announcement":
        event = QAccessibleAnnouncementEvent(notice.widget, notice.text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if notice.assertive else politeness.Polite)
        QAccessible.updateAccessibility(event)
        return
    kind = QAccessible.Event.NameChanged if notice.kind == "name" else QAccessible.Event.DescriptionChanged
    QAccessible.updateAccessibility(QAccessibleEvent(notice.widget, kind))


# Every event the window sends to a screen reader goes through this one door (PySide6 has no
# installUpdateHandler, so tests replace the sink to hear what a screen reader would).
screen_reader_sink: Callable[[Notice], None] = _send_to_screen_reader


def announce(widget: QWidget, message: str, assertive: bool = False) -> None:
    """Ask the screen reader to say `message` (assertive interrupts: red flags, a changed decision)."""
    if message:
        screen_reader_sink(Notice(widget, "announcement", message, assertive))


def notify_changed(widget: QWidget, what: str = "name") -> None:
    """Tell the screen reader a widget's name (or "description") changed, so it reads it again."""
    screen_reader_sink(Notice(widget, what))


def show_text(label: QLabel, text: str, role: str = "", announce_as: str | None = None) -> bool:
    """Put `text` on a label whose text is the content; the screen reader hears that text, not a fixed name.

    `role` (what the label is, e.g. "Decision") goes in the description. With `announce_as`
    ("polite" or "assertive") a changed, non-empty text is also announced. True when the text changed.
    """
    if role and label.accessibleDescription() != role:
        label.setAccessibleDescription(role)
    if label.text() == text:
        return False
    # No fixed accessible name: a label's name is its text, so the screen reader reads what is shown.
    label.setText(text)
    notify_changed(label, "name")
    if announce_as is not None and text:
        announce(label, text, assertive=announce_as == "assertive")
    return True


def set_tooltip(widget: QWidget, text: str) -> None:
    """A tooltip is the control's accessible description: a changed one is re-announced as such."""
    if widget.toolTip() == text:
        return
    widget.setToolTip(text)
    notify_changed(widget, "description")


def accessible_text(widget: QWidget, text: QAccessible.Text = QAccessible.Text.Name) -> str:
    """What a screen reader reads for a widget (its name, by default)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(text) if interface is not None else ""


class FocusRing(QWidget):
    """A thick ring round whichever control has the focus, painted on a see-through layer over the whole window.

    A ring drawn by the control's parent (QFocusFrame) is cut off wherever the control touches its
    parent's edge; on a layer over the window it is cut only by what scrolls the control out of view.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.ring_rect = QRect()
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()

    def widget(self) -> QWidget | None:
        return self._target

    def setWidget(self, widget: QWidget | None) -> None:
        for watched in self._watched:
            watched.removeEventFilter(self)
        self._target = widget
        self._watched = []
        while widget is not None and widget is not self.parentWidget():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self.follow()

    def follow(self) -> None:
        """Move the ring to the control's visible part (or hide it when the control is out of sight)."""
        old = self.ring_rect
        self.ring_rect = QRect()
        target, host = self._target, self.parentWidget()
        if target is not None and host is not None and target.isVisible():
            visible = target.visibleRegion().boundingRect()
            if not visible.isEmpty():
                top_left = target.mapTo(host, visible.topLeft())
                outset = FOCUS_RING_WIDTH + 1
                ring = QRect(top_left, visible.size()).adjusted(-outset, -outset, outset, outset)
                # A control at the window's edge gets its ring drawn just inside the edge, never half of one.
                self.ring_rect = ring.intersected(host.rect())
        if old != self.ring_rect:
            self.raise_()
            self.update(old.adjusted(-1, -1, 1, 1))
            self.update(self.ring_rect.adjusted(-1, -1, 1, 1))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        host = self.parentWidget()
        if host is not None and watched is host and event.type() == QEvent.Type.Resize:
            self.setGeometry(host.rect())
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.follow()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.ring_rect.isEmpty():
            return
        painter = QPainter(self)
        pen = QPen(QColor(current_scheme().focus), FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_RING_WIDTH // 2
        painter.drawRect(self.ring_rect.adjusted(half, half, -half - 1, -half - 1))
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
        selection = new.selectionModel() if isinstance(new, QAbstractItemView) else None
        if selection is not None and selection.property("focusFollowed") is None:
            # A list taller than the view (the criteria): the arrow keys move through it, and the view follows the row.
            selection.setProperty("focusFollowed", True)
            selection.currentChanged.connect(lambda *_args, view=new: self._follow_row(view))

    def _follow_row(self, view: QWidget) -> None:
        if view.hasFocus():
            self.show_in_view(view)

    def show_in_view(self, widget: QWidget) -> None:
        for area in self._scroll_areas:
            content = area.widget()
            if content is not None and content.isAncestorOf(widget):
                margin = widget.fontMetrics().lineSpacing()
                # For a list, Qt keeps its current row in view (it asks the view for its cursor rectangle).
                area.ensureWidgetVisible(widget, margin, margin)


# Buttons Qt makes inside its own widgets, with no text: named here, so a screen reader can say what they do.
QT_PART_NAMES = {
    "qt_menubar_ext_button": "More menus",
    "qt_toolbar_ext_button": "More toolbar buttons",
    "qt_tableview_cornerbutton": "Select all rows",
}


def name_qt_parts(window: QWidget) -> None:
    """Give Qt's own textless buttons (a bar's overflow arrow, a table's corner) an accessible name."""
    for part in window.findChildren(QAbstractButton):
        name = QT_PART_NAMES.get(part.objectName())
        if name is not None and not part.accessibleName():
            part.setAccessibleName(name)


def last_reachable(widgets: Iterable[QWidget], window: QWidget) -> QWidget | None:
    """The last of `widgets` that Tab could reach now (shown and enabled): where focus goes when its neighbour is switched off."""
    reachable = [widget for widget in widgets if widget.isVisibleTo(window) and widget.isEnabled()]
    return reachable[-1] if reachable else None


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

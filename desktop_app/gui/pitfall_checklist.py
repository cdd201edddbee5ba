"""The pitfall checklist: the pack's pitfalls as checkable items the clinician ticks off."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from desktop_app.gui.fitted_list import FittedList
from desktop_app.models import Pitfall

PITFALL_ID_ROLE = Qt.ItemDataRole.UserRole
PITFALL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 1


class PitfallChecklist(FittedList):
    """Ticks survive re-evaluation; `ticked(id, checked)` fires only when the clinician changes one.

    A tick recorded in the case log shows who made it and when, and is locked: the log keeps
    acknowledgements as signed, append-only entries, so a recorded tick cannot be taken back here.
    """

    ticked = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pitfallChecklist")
        self.setAccessibleName(QCoreApplication.translate("PitfallChecklist", "Pitfall checklist"))
        self.setAccessibleDescription(
            QCoreApplication.translate("PitfallChecklist", "Tick each pitfall once you have considered it")
        )
        self._loading = False
        # The ticks are kept apart from the items: a reopened case's ticks may arrive before its pitfalls.
        self._ticks: set[str] = set()
        self._recorded: dict[str, str] = {}
        self.itemChanged.connect(self._item_changed)

    def set_pitfalls(self, pitfalls: Sequence[Pitfall]) -> None:
        """Show the recommendation's pitfalls, keeping the ticks of those already shown."""
        wanted = [(p.id, p.text) for p in pitfalls]
        if wanted == [
            (self.item(row).data(PITFALL_ID_ROLE), self.item(row).data(PITFALL_TEXT_ROLE)) for row in range(self.count())
        ]:
            return
        self._loading = True
        try:
            with self.filling():
                self.clear()
                for pitfall_id, text in wanted:
                    item = QListWidgetItem(text)
                    item.setData(PITFALL_ID_ROLE, pitfall_id)
                    item.setData(PITFALL_TEXT_ROLE, text)
                    self.addItem(item)
                self._show_items()
        finally:
            self._loading = False

    def ticked_ids(self) -> list[str]:
        """Ticked pitfalls, in checklist order."""
        shown = [self.item(row).data(PITFALL_ID_ROLE) for row in range(self.count())]
        return [pitfall_id for pitfall_id in shown if pitfall_id in self._ticks]

    def set_ticked(self, pitfall_ids: Iterable[str], recorded: Mapping[str, str] | None = None) -> None:
        """Show ticks without announcing them as new; `recorded` maps a logged tick to who made it and when."""
        self._ticks = set(pitfall_ids)
        self._recorded = dict(recorded or {})
        self._loading = True
        try:
            with self.filling():
                self._show_items()
        finally:
            self._loading = False

    def recorded(self) -> dict[str, str]:
        return dict(self._recorded)

    def _show_items(self) -> None:
        for row in range(self.count()):
            item = self.item(row)
            pitfall_id, text = item.data(PITFALL_ID_ROLE), item.data(PITFALL_TEXT_ROLE)
            signed = self._recorded.get(pitfall_id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if signed is None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            # Each change re-measures the list: set only what differs.
            if item.flags() != flags:
                item.setFlags(flags)
            state = Qt.CheckState.Checked if pitfall_id in self._ticks else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
            shown = text if signed is None else f"{text}\n✓ {signed}"
            if item.text() != shown:
                item.setText(shown)
            if signed is None:
                tip = QCoreApplication.translate("PitfallChecklist", "Tick once you have considered this pitfall")
            else:
                tip = QCoreApplication.translate(
                    "PitfallChecklist", "{who_and_when}. Recorded in the case log; a recorded tick cannot be withdrawn."
                )
                tip = tip.format(who_and_when=signed)
            if item.toolTip() != tip:
                item.setToolTip(tip)

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        pitfall_id = item.data(PITFALL_ID_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked == (pitfall_id in self._ticks):
            return
        if checked:
            self._ticks.add(pitfall_id)
        else:
            self._ticks.discard(pitfall_id)
        self.ticked.emit(pitfall_id, checked)

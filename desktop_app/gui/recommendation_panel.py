"""The recommendation panel: shows what the services decided for the case, with its basis, and nothing more."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.wording.formats import moment_text
from desktop_app.gui.language import translatable
from desktop_app.gui.accessibility import announce, set_tooltip, show_text, tab_stops
from desktop_app.gui.anc_chart import AncTrendChart
from desktop_app.gui.case_form import problem_text
from desktop_app.gui.fitted_list import FittedList
from desktop_app.gui.live_evaluation import Evaluation
from desktop_app.gui.pitfall_checklist import PitfallChecklist
from desktop_app.gui.theme import PROVENANCE_WORDS, decision_look, repolish, scaled_font, set_role
from desktop_app.gui.words import app_words, for_window, words
from desktop_app.gui.words import text as app_text
from desktop_app.knowledge import Pack
from desktop_app.models import Criterion, CriterionId, Recommendation, shown_state

CRITERION_ID_ROLE = Qt.ItemDataRole.UserRole
HISTORY_ID_ROLE = Qt.ItemDataRole.UserRole
CRITERION_MET_ROLE = Qt.ItemDataRole.UserRole + 1
_CRITERION_MARKS = {
    True: ("✓", translatable("RecommendationPanel", "MET"), "#14501a"),
    False: ("✗", translatable("RecommendationPanel", "NOT MET"), "#9b1c14"),
    None: ("?", translatable("RecommendationPanel", "UNKNOWN"), "#6b4400"),
}


def when(moment: datetime) -> str:
    """A moment as the panel writes it: weekday for planning, ISO date so it is never ambiguous."""
    return moment_text(moment, "short_moment", words().app_language)


@dataclass(frozen=True)
class HistoryEntry:
    """One of the patient's logged evaluations, as the history list shows it."""

    case_id: str
    as_of: datetime
    decision: str
    decision_taken: str | None
    anc_cells_per_uL: int
    withdrawn: str | None = None  # who, when and why, for an evaluation withdrawn as entered in error


@dataclass(frozen=True)
class SavedView:
    """What the panel says about a case that is in the log: when and by whom, what the clinician decided."""

    evaluated: str
    changed: bool
    clinician_decision: str | None
    drift: str | None
    history: Sequence[HistoryEntry]
    current_id: str


def criterion_text(criterion: Criterion) -> str:
    symbol, word, _ = _CRITERION_MARKS[criterion.met]
    word = QCoreApplication.translate("RecommendationPanel", word)
    return f"{symbol} {word} — {criterion.title}\n{criterion.detail}"


def _setting(value: float | bool) -> str:
    return str(value).lower() if isinstance(value, bool) else f"{value:g}"


def _plain(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    """Every label that can carry case or pack text is plain text, never markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class RecommendationPanel(QScrollArea):
    """Red flags first, then the decision, its criteria and schedule, then where each rule comes from.

    For a case in the log it also says when it was evaluated and by whom, what the clinician decided
    instead (with `override_requested` from the button beside the banner), and lists the patient's
    other evaluations (`history_chosen(case id)`).
    """

    override_requested = Signal()
    history_chosen = Signal(object)

    def __init__(self, pack: Pack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationPanel")
        self.setAccessibleName(app_words("a11y.name.recommendation"))
        self.setWidgetResizable(True)
        # Text wraps to the panel's width; what cannot wrap (a long word at a large font) scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._pack = pack
        # What the lists and the basis show now: an evaluation that shows the same leaves them alone.
        self._history_rows: list[Any] = []
        self._criteria_rows: list[tuple[str, CriterionId, bool | None]] = []
        self._basis_rules: list[tuple[Any, ...]] | None = None
        self._basis_rows: list[tuple[QLabel, QLabel]] = []
        content = QWidget(self)
        content.setObjectName("recommendationContent")
        layout = QVBoxLayout(content)
        layout.setSpacing(10)

        self.red_flags = QFrame(content)
        self.red_flags.setObjectName("redFlagsPanel")
        self.red_flags.setAccessibleName(app_words("a11y.name.red_flags"))
        set_role(self.red_flags, "redFlags")
        flags_layout = QVBoxLayout(self.red_flags)
        flags_title = _plain(
            QCoreApplication.translate("RecommendationPanel", "⚠ RED FLAG — assess the patient urgently"),
            self.red_flags,
            "redFlagsTitle",
        )
        flags_title.setFont(scaled_font(self, 1.15, bold=True))
        self.red_flag_text = _plain("", self.red_flags, "redFlagsText")
        self.red_flag_text.setAccessibleDescription(app_words("a11y.description.red_flag"))
        flags_layout.addWidget(flags_title)
        flags_layout.addWidget(self.red_flag_text)
        layout.addWidget(self.red_flags)

        self.decision = _plain("", content, "decisionLabel")
        self.decision.setAccessibleDescription(app_words("a11y.description.decision"))
        self._shown_state: str | None = None
        set_role(self.decision, "decision")
        self.decision.setFont(scaled_font(self, 1.5, bold=True))
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.decision, 1)
        self.override_button = QPushButton(
            QCoreApplication.translate("RecommendationPanel", "Record a\ndifferent decision…"), content
        )
        self.override_button.setObjectName("clinicianOverrideButton")
        self.override_button.setAccessibleName(app_words("a11y.name.record_a_different_decision"))
        self.override_button.setEnabled(False)
        self.override_button.setToolTip(
            QCoreApplication.translate(
                "RecommendationPanel", "Save the case first: a different decision is recorded against a saved evaluation."
            )
        )
        self.override_button.clicked.connect(self.override_requested)
        banner_row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(banner_row)
        self.clinician_decision = _plain("", content, "clinicianDecisionLabel")
        self.clinician_decision.setAccessibleDescription(app_words("a11y.description.clinician_s_decision"))
        set_role(self.clinician_decision, "clinicianDecision")
        self.clinician_decision.hide()
        layout.addWidget(self.clinician_decision)
        self.summary = _plain("", content, "ancSummaryLabel")
        self.summary.setFont(scaled_font(self, 1.1))
        layout.addWidget(self.summary)

        self.saved = QFrame(content)
        self.saved.setObjectName("savedCasePanel")
        set_role(self.saved, "saved")
        saved_layout = QVBoxLayout(self.saved)
        self.saved_text = _plain("", self.saved, "savedEvaluationLabel")
        self.saved_text.setAccessibleDescription(app_words("a11y.description.saved_evaluation"))
        saved_layout.addWidget(self.saved_text)
        self.drift = _plain("", self.saved, "decisionDriftLabel")
        set_role(self.drift, "fieldError")
        saved_layout.addWidget(self.drift)
        history_title = _plain(
            QCoreApplication.translate("RecommendationPanel", "This patient's evaluations in the log"),
            self.saved,
            "caseHistoryTitle",
        )
        history_title.setFont(scaled_font(self, 1.0, bold=True))
        saved_layout.addWidget(history_title)
        self.history = FittedList(self.saved)
        self.history.setObjectName("caseHistoryList")
        self.history.setAccessibleName(app_words("a11y.name.this_patient_s_evaluations"))
        self.history.setAccessibleDescription(app_words("a11y.description.enter_or_click_reopens_that_evaluation"))
        self.history.setToolTip(QCoreApplication.translate("RecommendationPanel", "Click an evaluation to reopen it"))
        self.history.itemActivated.connect(self._history_item_chosen)
        self.history.itemClicked.connect(self._history_item_chosen)
        saved_layout.addWidget(self.history)
        self.saved.hide()
        layout.addWidget(self.saved)

        self.details = QWidget(content)
        self.details.setObjectName("recommendationDetails")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(8)
        layout.addWidget(self.details)

        self.warnings = QFrame(self.details)
        self.warnings.setObjectName("warningsPanel")
        set_role(self.warnings, "warnings")
        warnings_layout = QVBoxLayout(self.warnings)
        warnings_title = _plain(QCoreApplication.translate("RecommendationPanel", "Check before acting"), self.warnings)
        warnings_title.setFont(scaled_font(self, 1.0, bold=True))
        self.warning_text = _plain("", self.warnings, "warningsText")
        self.warning_text.setAccessibleDescription(app_words("a11y.description.check_before_acting"))
        warnings_layout.addWidget(warnings_title)
        warnings_layout.addWidget(self.warning_text)
        details.addWidget(self.warnings)

        details.addWidget(self._title(QCoreApplication.translate("RecommendationPanel", "Resume criteria")))
        self.criteria = FittedList(self.details)
        self.criteria.setObjectName("criteriaList")
        self.criteria.setAccessibleName(app_words("a11y.name.resume_criteria"))
        self.criteria.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        details.addWidget(self.criteria)
        self.earliest_resume = _plain("", self.details, "earliestResumeLabel")
        self.earliest_resume.setAccessibleDescription(app_words("a11y.description.earliest_resume"))
        self.earliest_resume.setFont(scaled_font(self, 1.05, bold=True))
        details.addWidget(self.earliest_resume)
        self.what_would_change = _plain("", self.details, "whatWouldChangeLabel")
        details.addWidget(self.what_would_change)

        details.addWidget(self._title(QCoreApplication.translate("RecommendationPanel", "ANC trend (cells/uL)")))
        self.chart = AncTrendChart(self.details)
        details.addWidget(self.chart)

        details.addWidget(self._title(QCoreApplication.translate("RecommendationPanel", "Prophylaxis")))
        self.prophylaxis = _plain("", self.details, "prophylaxisLabel")
        details.addWidget(self.prophylaxis)
        details.addWidget(self._title(QCoreApplication.translate("RecommendationPanel", "Monitoring")))
        self.monitoring = _plain("", self.details, "monitoringLabel")
        details.addWidget(self.monitoring)
        details.addWidget(self._title(QCoreApplication.translate("RecommendationPanel", "Risk factors for a long episode")))
        self.risk_factors = _plain("", self.details, "riskFactorsLabel")
        details.addWidget(self.risk_factors)

        details.addWidget(self._title(QCoreApplication.translate("RecommendationPanel", "Pitfalls to check")))
        self.pitfalls = PitfallChecklist(self.details)
        details.addWidget(self.pitfalls)

        details.addWidget(
            self._title(QCoreApplication.translate("RecommendationPanel", "Why: the rules that applied and where they come from"))
        )
        self.basis = QWidget(self.details)
        self.basis.setObjectName("basisList")
        self.basis_layout = QGridLayout(self.basis)
        self.basis_layout.setContentsMargins(0, 0, 0, 0)
        self.basis_layout.setColumnStretch(1, 1)
        details.addWidget(self.basis)
        details.addWidget(self._title(QCoreApplication.translate("RecommendationPanel", "Sources differ")))
        self.sources_differ = _plain("", self.details, "sourcesDifferLabel")
        details.addWidget(self.sources_differ)

        self.overrides = QFrame(self.details)
        self.overrides.setObjectName("siteOverridesPanel")
        set_role(self.overrides, "overrides")
        overrides_layout = QVBoxLayout(self.overrides)
        overrides_title = _plain(
            QCoreApplication.translate("RecommendationPanel", "Site settings in force"), self.overrides, "siteOverridesTitle"
        )
        overrides_title.setFont(scaled_font(self, 1.0, bold=True))
        self.overrides_text = _plain("", self.overrides, "siteOverridesText")
        overrides_layout.addWidget(overrides_title)
        overrides_layout.addWidget(self.overrides_text)
        details.addWidget(self.overrides)
        self.pack_stamp = _plain("", self.details, "packStampLabel")
        set_role(self.pack_stamp, "muted")
        details.addWidget(self.pack_stamp)

        layout.addStretch(1)
        self.setWidget(content)
        self.show_blank()
        # The details are hidden until the first recommendation: style them on a turn of their own now,
        # so that first recommendation (often a case opened from the log) does not do it too.
        QTimer.singleShot(0, self, self.details.ensurePolished)

    def _title(self, text: str) -> QLabel:
        label = _plain(text, self.details)
        set_role(label, "sectionTitle")
        label.setFont(scaled_font(self, 1.1, bold=True))
        return label

    def tab_stops(self) -> list[QWidget]:
        """The panel itself (arrow keys scroll it), its controls in reading order, the pitfalls, then the override."""
        stops = [stop for stop in tab_stops(self) if stop is not self.override_button]
        return [self, *stops, self.override_button]

    # ---- the case in the log ------------------------------------------------------------------------

    def show_saved(self, saved: SavedView | None, override_allowed: bool) -> None:
        """The log's view of the shown case (None: not in the log); the override button follows `override_allowed`."""
        self.override_button.setEnabled(override_allowed)
        set_tooltip(
            self.override_button,
            QCoreApplication.translate(
                "RecommendationPanel",
                "Record that you decided otherwise than recommended, with a coded reason (logged and printed).",
            )
            if override_allowed
            else QCoreApplication.translate(
                "RecommendationPanel",
                "Save the case first: a different decision is recorded against a saved, unchanged evaluation.",
            ),
        )
        if saved is None:
            self.saved.hide()
            self.clinician_decision.hide()
            self._show_history([])
            return
        self.drift.setVisible(bool(saved.drift))
        show_text(
            self.drift,
            saved.drift or "",
            QCoreApplication.translate("RecommendationPanel", "Changed since saved"),
            "polite" if saved.drift else None,
        )
        shown = bool(saved.clinician_decision) and not saved.changed
        self.clinician_decision.setVisible(shown)
        show_text(self.clinician_decision, saved.clinician_decision or "", announce_as="polite" if shown else None)
        rows = []
        for entry in reversed(saved.history):
            look = decision_look(entry.decision)
            taken = (
                QCoreApplication.translate("RecommendationPanel", " → clinician: {decision_taken}").format(
                    decision_taken=entry.decision_taken
                )
                if entry.decision_taken and entry.decision_taken != entry.decision
                else ""
            )
            current = (
                QCoreApplication.translate("RecommendationPanel", " (shown)")
                if entry.case_id == saved.current_id and not saved.changed
                else ""
            )
            gone = f" · {entry.withdrawn}" if entry.withdrawn else ""
            rows.append(
                (
                    QCoreApplication.translate("RecommendationPanel", "{moment} · {symbol} {decision}{taken} · ANC {anc_cells_per_uL}{current}{gone}").format(moment=when(entry.as_of), symbol=look.symbol, decision=entry.decision, taken=taken, anc_cells_per_uL=entry.anc_cells_per_uL, current=current, gone=gone),
                    entry.case_id, bool(current), bool(entry.withdrawn),
                )
            )  # fmt: skip
        self._show_history(rows)
        self.saved.show()
        show_text(self.saved_text, saved.evaluated, announce_as="polite")

    def _show_history(self, rows: list[tuple[str, Any, bool, bool]]) -> None:
        """Fill the history list with (text, case id, bold, struck out) rows; left as it is when they are the
        ones shown. A withdrawn entry stays, struck through (it was entered in error, not erased)."""
        key = [*rows, self.history.font().toString()]
        if key == self._history_rows:
            return
        self._history_rows = key
        with self.history.filling():
            self.history.clear()
            for text, case_id, bold, struck in rows:
                item = QListWidgetItem(text)
                item.setData(HISTORY_ID_ROLE, case_id)
                if bold or struck:
                    font = QFont(self.history.font())
                    font.setBold(bold)
                    font.setStrikeOut(struck)
                    item.setFont(font)
                self.history.addItem(item)

    def _history_item_chosen(self, item: QListWidgetItem) -> None:
        self.history_chosen.emit(item.data(HISTORY_ID_ROLE))

    # ---- states ----------------------------------------------------------------------------------

    def show_evaluation(self, evaluation: Evaluation) -> None:
        if evaluation.recommendation is not None:
            self.show_recommendation(evaluation.recommendation)
        elif evaluation.error is not None:
            self.show_problem(problem_text(evaluation.error))
        else:
            self.show_blank()

    def _banner(self, state: str, text: str) -> None:
        """The banner's text is what a screen reader reads; a new decision interrupts it, a problem waits its turn."""
        changed_decision = state != self._shown_state and state not in ("blank", "invalid")
        self._shown_state = state
        self.decision.setProperty("decision", state)
        repolish(self.decision)
        politeness = "assertive" if changed_decision else ("polite" if state == "invalid" else None)
        show_text(self.decision, text, announce_as=politeness)

    def show_blank(self) -> None:
        self._banner("blank", QCoreApplication.translate("RecommendationPanel", "New case"))
        self.summary.setText(
            QCoreApplication.translate(
                "RecommendationPanel",
                "1. Type the patient reference.\n"
                "2. Add the latest ANC with its unit and the time it was drawn (Enter adds it).\n"
                "3. Record fever, URTI status and signs of other infection.\n\n"
                "The recommendation appears here as you type; Save (Ctrl+S) records it in the case log.",
            )
        )
        self.red_flags.hide()
        self.details.hide()

    def show_problem(self, text: str) -> None:
        """Invalid input: no decision is shown, only what to fix (the field is marked in the form)."""
        self._banner("invalid", QCoreApplication.translate("RecommendationPanel", "✎ Fix: {text}").format(text=text))
        self.summary.setText(QCoreApplication.translate("RecommendationPanel", "No recommendation until this is corrected."))
        self.red_flags.hide()
        self.details.hide()

    def show_recommendation(self, rec: Recommendation) -> None:
        rec = for_window(rec)
        state = shown_state(rec.decision, rec.provisional)
        look = decision_look(state)
        headline = (
            QCoreApplication.translate("RecommendationPanel", "{headline} (provisional)").format(headline=rec.headline)
            if rec.provisional
            else rec.headline
        )
        self._banner(state, f"{look.symbol} {look.word}   {headline}")
        band = (
            QCoreApplication.translate("RecommendationPanel", "no neutropenia")
            if rec.severity == "none"
            else QCoreApplication.translate("RecommendationPanel", "{severity} neutropenia").format(
                severity=app_text(f"report.severity.{rec.severity}")
            )
        )
        self.summary.setText(
            QCoreApplication.translate(
                "RecommendationPanel", "ANC {anc_cells_per_uL} cells/uL · {band} · evaluated {moment}"
            ).format(anc_cells_per_uL=rec.anc_cells_per_uL, band=band, moment=when(rec.as_of))
        )
        self.red_flags.setVisible(bool(rec.red_flags))
        flags = "\n\n".join(f"• {flag.message}" for flag in rec.red_flags)
        if show_text(self.red_flag_text, flags) and flags:
            announce(
                self.red_flag_text,
                QCoreApplication.translate("RecommendationPanel", "Red flag, assess the patient urgently. {flags}").format(
                    flags=flags
                ),
                assertive=True,
            )
        self.warnings.setVisible(bool(rec.warnings))
        show_text(self.warning_text, "\n\n".join(f"⚠ {warning.message}" for warning in rec.warnings), announce_as="polite")
        self._show_criteria(rec)
        self.chart.set_series(
            rec.anc_series,
            self._pack.thresholds.hold_anc_below,
            self._pack.thresholds.neutropenia_anc_below,
            rec.last_fever_at,
            rec.as_of,
        )
        self.prophylaxis.setText(self._prophylaxis_text(rec))
        self.monitoring.setText(self._monitoring_text(rec))
        risk_basis = next((b.text for b in rec.basis if b.id == "risk_factors_prolonged"), None)
        self.risk_factors.setText(risk_basis or QCoreApplication.translate("RecommendationPanel", "None recorded in this case."))
        self.pitfalls.set_pitfalls(rec.pitfalls)
        self._show_basis(rec)
        self._show_overrides(rec)
        self.pack_stamp.setText(
            QCoreApplication.translate("RecommendationPanel", "Knowledge pack {id} {version} · sha256 {sha}").format(
                id=rec.pack.id, version=rec.pack.version, sha=rec.pack.sha256[:12]
            )
        )
        self.details.show()

    def _show_criteria(self, rec: Recommendation) -> None:
        rows = [(criterion_text(criterion), criterion.id, criterion.met) for criterion in rec.criteria]
        if rows != self._criteria_rows:  # rebuilt (and measured) only when the criteria shown change
            self._criteria_rows = rows
            with self.criteria.filling():
                self.criteria.clear()
                for text, criterion_id, met in rows:
                    item = QListWidgetItem(text)
                    item.setData(CRITERION_ID_ROLE, criterion_id)
                    item.setData(CRITERION_MET_ROLE, met)
                    item.setForeground(QBrush(QColor(_CRITERION_MARKS[met][2])))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    self.criteria.addItem(item)
        if rec.decision == "continue":
            earliest = app_text("panel.earliest_continues")
        elif rec.decision == "resume" and rec.earliest_resume_at is not None:
            earliest = QCoreApplication.translate("RecommendationPanel", "Earliest resume: now ({moment}).").format(
                moment=when(rec.earliest_resume_at)
            )
        elif rec.earliest_resume_at is not None:
            earliest = QCoreApplication.translate(
                "RecommendationPanel", "Earliest resume: {moment}, if every other criterion is met by then."
            ).format(moment=when(rec.earliest_resume_at))
        else:
            earliest = QCoreApplication.translate(
                "RecommendationPanel", "Earliest resume: no date yet; it depends on the criteria not met."
            )
        show_text(self.earliest_resume, earliest)
        changes = [f"• {change.needed}" for change in rec.what_would_change]
        self.what_would_change.setText(
            QCoreApplication.translate("RecommendationPanel", "To resume, still needed:\n") + "\n".join(changes)
            if changes
            else ""
        )
        self.what_would_change.setVisible(bool(changes))

    @staticmethod
    def _prophylaxis_text(rec: Recommendation) -> str:
        cover = rec.prophylaxis
        lines = [
            QCoreApplication.translate("RecommendationPanel", "Antibacterial prophylaxis recommended: {agent}.").format(
                agent=cover.agent
            )
            if cover.recommended
            else QCoreApplication.translate("RecommendationPanel", "Antibacterial prophylaxis: not indicated.")
        ]
        lines.append(QCoreApplication.translate("RecommendationPanel", "Reason: {reason}.").format(reason=cover.reason))
        if cover.antiviral:
            lines.append(
                QCoreApplication.translate("RecommendationPanel", "Antiviral: {antiviral}").format(antiviral=cover.antiviral)
            )
        return "\n".join(lines)

    @staticmethod
    def _monitoring_text(rec: Recommendation) -> str:
        lines = []
        for item in rec.monitoring:
            if item.due_at is not None and item.due_by is not None:
                due = QCoreApplication.translate("RecommendationPanel", "  Due between {start} and {end}.").format(
                    start=when(item.due_at), end=when(item.due_by)
                )
            elif item.due_at is not None:
                due = QCoreApplication.translate("RecommendationPanel", "  Next due {moment}.").format(moment=when(item.due_at))
            else:
                due = ""
            lines.append(f"• {item.test}: {item.schedule}{due}")
        lines += [f"• {advice.message}" for advice in rec.advice]
        return "\n".join(lines)

    def _show_basis(self, rec: Recommendation) -> None:
        rules = [(rule.id, rule.provenance, rule.title, rule.text, tuple(rule.citations), rule.differs) for rule in rec.basis]
        if rules == self._basis_rules:  # the same rules: keep their widgets rather than build them again
            return
        self._basis_rules = rules
        # The rows are kept and filled again (making a styled badge is what costs); extra rows are hidden.
        for row, rule in enumerate(rec.basis):
            if row == len(self._basis_rows):
                badge = _plain("", self.basis)
                badge.setWordWrap(False)
                set_role(badge, "badge")
                badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
                text = _plain("", self.basis)
                self.basis_layout.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
                self.basis_layout.addWidget(text, row, 1)
                self._basis_rows.append((badge, text))
            badge, text = self._basis_rows[row]
            badge.setObjectName(f"provenanceBadge_{rule.id}")
            badge.setText(PROVENANCE_WORDS[rule.provenance])
            if badge.property("provenance") != rule.provenance:
                badge.setProperty("provenance", rule.provenance)
                repolish(badge)
            badge.setToolTip(
                QCoreApplication.translate("RecommendationPanel", "Sources: {sources}").format(sources=", ".join(rule.citations))
            )
            text.setObjectName(f"basisText_{rule.id}")
            text.setText(f"{rule.title}: {rule.text}")
            badge.show()
            text.show()
        for badge, text in self._basis_rows[len(rec.basis) :]:
            for widget in (badge, text):
                widget.hide()
                widget.setObjectName("")  # a rule no longer shown is not found by its name either
        differ = [f"• {rule.title}: {rule.differs}" for rule in rec.basis if rule.differs]
        self.sources_differ.setText(
            "\n\n".join(differ)
            if differ
            else QCoreApplication.translate("RecommendationPanel", "No known disagreement for the rules that applied.")
        )

    def _show_overrides(self, rec: Recommendation) -> None:
        stamp = rec.pack
        self.overrides.setVisible(bool(stamp.overrides))
        if stamp.overrides:
            site = f"{stamp.site}: " if stamp.site else ""
            lines = [
                QCoreApplication.translate("RecommendationPanel", "{site}this site changes the pack's defaults.").format(
                    site=site
                )
            ]
            lines += [
                QCoreApplication.translate("RecommendationPanel", "• {key} = {value} (pack default {default}): {reason}").format(
                    key=o.key, value=_setting(o.value), default=_setting(o.default), reason=o.reason
                )
                for o in stamp.overrides
            ]
            self.overrides_text.setText("\n".join(lines))

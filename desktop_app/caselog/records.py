"""Frozen pydantic views of what the case log holds, handed to the services, the CLI and the GUI."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop_app.models import CaseInput, Decision, Recommendation, Severity

EpisodeStatus = Literal["held", "resumed", "closed"]
ObservationKind = Literal["anc", "cbc", "temperature"]
WithdrawnTable = Literal["evaluations", "acknowledgements", "clinician_overrides"]
OverrideReason = Literal["patient_preference", "specialist_advice", "alternative_cause", "other_clinical_judgement"]


class _View(BaseModel):
    # Built on first use: the window lists cases at start-up; reports and the CLI's views come later or never.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class CaseFilter(_View):
    """Narrowing of the case list besides the free-text search; `until` is inclusive."""

    decision: Decision | None = None
    since: datetime | None = None
    until: datetime | None = None
    pack_version: str | None = None


class CaseRow(_View):
    """One logged evaluation as a line of the case list."""

    id: str
    patient_ref: str
    as_of: datetime
    decision: Decision
    decision_taken: Decision | None = Field(description="the clinician's override, when there is one")
    anc_cells_per_uL: int
    severity: Severity
    pack_id: str
    pack_version: str
    who: str
    recorded_at: datetime
    withdrawn: bool = Field(default=False, description="withdrawn as entered in error (the row itself is kept)")


class Episode(_View):
    id: str
    patient_id: str
    status: EpisodeStatus
    opened_at: datetime
    updated_at: datetime


class Observation(_View):
    """A reading as entered (value, unit) and normalised (ANC in cells/uL, temperature in Celsius)."""

    id: str
    kind: ObservationKind
    taken_at: datetime
    value: float
    unit: str
    normalised: float
    neutrophil_pct: float | None
    band_pct: float | None


class Acknowledgement(_View):
    id: str
    evaluation_id: str
    pitfall_id: str
    who: str
    at: datetime


class ClinicianOverride(_View):
    id: str
    evaluation_id: str
    decision_taken: Decision
    reason: OverrideReason
    text: str
    who: str
    at: datetime


class Note(_View):
    id: str
    evaluation_id: str
    text: str
    who: str
    at: datetime


class Withdrawal(_View):
    """An evaluation, pitfall tick or override withdrawn as "entered in error": who, when and why."""

    id: str
    target_table: WithdrawnTable
    target_id: str
    reason: str
    who: str
    at: datetime


class CaseRecord(_View):
    """Everything logged about one evaluation, with the patient's other evaluations oldest first.

    Withdrawn entries stay in their tuples (history keeps them); `withdrawals` says which they are.
    """

    row: CaseRow
    case: CaseInput
    recommendation: Recommendation
    episode: Episode | None
    observations: tuple[Observation, ...]
    acknowledgements: tuple[Acknowledgement, ...]
    clinician_overrides: tuple[ClinicianOverride, ...]
    notes: tuple[Note, ...]
    history: tuple[CaseRow, ...]
    withdrawals: tuple[Withdrawal, ...] = ()

    def withdrawal_of(self, record_id: str) -> Withdrawal | None:
        """The withdrawal of this evaluation, or of one of its ticks or overrides, if there is one."""
        return next((item for item in self.withdrawals if item.target_id == record_id), None)

    @property
    def withdrawal(self) -> Withdrawal | None:
        """The withdrawal of the evaluation itself."""
        return self.withdrawal_of(self.row.id)

    @property
    def clinician_override(self) -> ClinicianOverride | None:
        """The override in force: the latest one recorded that was not withdrawn."""
        standing = [item for item in self.clinician_overrides if self.withdrawal_of(item.id) is None]
        return standing[-1] if standing else None

    @property
    def standing_acknowledgements(self) -> tuple[Acknowledgement, ...]:
        """The pitfall ticks that were not withdrawn."""
        return tuple(item for item in self.acknowledgements if self.withdrawal_of(item.id) is None)


class Draft(_View):
    """An unsaved form kept for crash recovery."""

    key: str
    payload: dict[str, Any]
    updated_at: datetime


class VerifyReport(_View):
    """Result of `log verify`; `problems` lists the first broken event first."""

    ok: bool
    events: int
    cases: int
    problems: tuple[str, ...]
    anchors: int = Field(default=0, description="anchor files checked against the trail")


class ImportSummary(_View):
    added: dict[str, int]
    updated: dict[str, int]
    already_present: int
    kept_local: int = Field(description="rows whose UUID exists here with different content; the local row was kept")


class DecisionDrift(_View):
    """A logged case the current pack would decide differently at its original moment."""

    id: str
    patient_ref: str
    as_of: datetime
    logged_decision: Decision
    replayed_decision: Decision
    logged_pack_version: str


class ReplayReport(_View):
    cases: int
    pack_id: str
    pack_version: str
    pack_sha256: str
    drifts: tuple[DecisionDrift, ...]


class BackupFacts(_View):
    """A copy of a case log that passed its checks: which log it belongs to, how many cases, how recent."""

    path: Path
    identity: str | None = Field(description="hash of the log's first audit event; None for a log with no events yet")
    cases: int
    newest_recorded_at: str | None = Field(description="when its newest case was recorded (UTC, ISO), None when empty")


class RestoreReport(_View):
    """What `log restore` did: the backup put in place, where the previous files were kept, what they held beyond it."""

    backup: BackupFacts
    log: Path
    kept: tuple[Path, ...] = Field(description="the previous log and its -wal/-shm, renamed and kept; empty when there was none")
    missing_ids: tuple[str, ...] | None = Field(description="cases in the previous log that the backup lacks; None when it could not be read")

"""Frozen pydantic views of what the case log holds, handed to the services, the CLI and the GUI."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop_app.models import CaseInput, Decision, Recommendation, Severity

EpisodeStatus = Literal["held", "resumed", "closed"]
ObservationKind = Literal["anc", "cbc", "temperature"]
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


class CaseRecord(_View):
    """Everything logged about one evaluation, with the patient's other evaluations oldest first."""

    row: CaseRow
    case: CaseInput
    recommendation: Recommendation
    episode: Episode | None
    observations: tuple[Observation, ...]
    acknowledgements: tuple[Acknowledgement, ...]
    clinician_overrides: tuple[ClinicianOverride, ...]
    notes: tuple[Note, ...]
    history: tuple[CaseRow, ...]

    @property
    def clinician_override(self) -> ClinicianOverride | None:
        """The override in force: the latest one recorded."""
        return self.clinician_overrides[-1] if self.clinician_overrides else None


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
    faults: tuple[DecisionDrift, ...] = Field(
        default=(), description="cases the same pack (sha256 and site overrides) now decides otherwise: the record was damaged"
    )


class Provenance(_View):
    """Where an imported record came from (schema m007)."""

    workstation_id: str
    workstation_name: str
    imported_at: datetime
    signed: bool = Field(description="the file was signed by a workstation trusted here")
    rechecked: bool = Field(description="the engine derived the stored recommendation again here (its pack is installed)")

    def describe(self) -> str:
        short = self.workstation_id[:8]
        signed = "signed" if self.signed else "UNSIGNED"
        checked = "re-checked" if self.rechecked else "not re-checked (its pack is not installed here)"
        return f"imported from workstation {self.workstation_name} ({short}) on {self.imported_at:%Y-%m-%d %H:%M} UTC; {signed}, {checked}"


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

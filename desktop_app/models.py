"""Pydantic models of the case input and recommendation contracts (v1), shared by every layer."""

from __future__ import annotations

import math
from datetime import datetime, tzinfo
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    field_validator,
    model_validator,
)

CONTRACT_VERSION = 1

AncUnit = Literal["cells/uL", "cells/mm3", "10^9/L", "10^3/uL"]
Decision = Literal["withhold", "resume", "continue"]
Severity = Literal["none", "mild", "moderate", "severe", "profound"]
UrtiStatus = Literal["active", "resolved", "none"]
AnakinraStatus = Literal["active", "held"]
Provenance = Literal["label", "guideline", "article-only"]
CriterionId = Literal["anc_recovered", "urti_resolved", "no_active_infection", "afebrile_48h"]

# How many cells/uL one unit of each accepted unit stands for.
UNIT_FACTOR: dict[str, int] = {"cells/uL": 1, "cells/mm3": 1, "10^9/L": 1000, "10^3/uL": 1000}
# Largest raw number accepted per unit. Thousand-based units allow 10,000 so that a count typed in
# the wrong unit (4500 "x10^9/L") reaches the engine and is flagged, instead of being refused.
MAX_RAW_COUNT: dict[str, float] = {"cells/uL": 500_000, "cells/mm3": 500_000, "10^9/L": 10_000, "10^3/uL": 10_000}

IsoDateTime = Annotated[
    datetime, PlainSerializer(lambda d: d.isoformat(timespec="seconds"), return_type=str, when_used="json")
]
CleanText = Annotated[str, StringConstraints(strip_whitespace=True)]


def round_count(value: float) -> int:
    """Round a count half up, so 499.5 cells/uL reads as 500 everywhere it is shown and compared."""
    return math.floor(value + 0.5)


def to_cells_per_uL(value: float, unit: str) -> float:
    """Convert a count in any accepted unit to cells/uL."""
    return value * UNIT_FACTOR[unit]


class InputError(ValueError):
    """A case that cannot be evaluated; `field` is the dotted path of the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class FieldProblem(ValueError):
    """Raised inside a model validator to blame one named sub-field rather than the whole object."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class _Input(BaseModel):
    # defer_build: validators are built on first use, so the window's start-up does not pay for them.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True, defer_build=True)


class AncReading(_Input):
    value: float = Field(ge=0)
    unit: AncUnit
    taken_at: datetime

    @model_validator(mode="after")
    def _plausible(self) -> AncReading:
        limit = MAX_RAW_COUNT[self.unit]
        if self.value > limit:
            raise FieldProblem("value", f"{self.value:g} {self.unit} is not a plausible neutrophil count (limit {limit:g})")
        return self

    @property
    def cells_per_uL(self) -> float:
        return to_cells_per_uL(self.value, self.unit)


class CbcReading(_Input):
    wbc: float = Field(ge=0)
    wbc_unit: AncUnit = "10^9/L"
    neutrophil_pct: float = Field(ge=0, le=100)
    band_pct: float = Field(default=0, ge=0, le=100)
    taken_at: datetime

    @model_validator(mode="after")
    def _plausible(self) -> CbcReading:
        limit = MAX_RAW_COUNT[self.wbc_unit]
        if self.wbc > limit:
            raise FieldProblem("wbc", f"{self.wbc:g} {self.wbc_unit} is not a plausible white cell count (limit {limit:g})")
        if self.neutrophil_pct + self.band_pct > 100:
            raise FieldProblem("band_pct", "neutrophil_pct + band_pct add up to more than 100%")
        return self

    @property
    def cells_per_uL(self) -> float:
        """ANC = WBC x (segmented neutrophils + bands) / 100."""
        return to_cells_per_uL(self.wbc, self.wbc_unit) * (self.neutrophil_pct + self.band_pct) / 100


class TemperatureReading(_Input):
    celsius: float = Field(ge=30, le=44)
    taken_at: datetime


class CaseInput(_Input):
    """One patient's situation at the moment of evaluation (case contract v1)."""

    patient_ref: Annotated[CleanText, StringConstraints(min_length=1, max_length=64)]
    age_years: int | None = Field(default=None, ge=0, le=120)
    anakinra: AnakinraStatus
    anc: tuple[AncReading, ...] = ()
    cbc: tuple[CbcReading, ...] = ()
    last_fever_at: datetime | None = None
    temperatures: tuple[TemperatureReading, ...] = ()
    urti: UrtiStatus | None = None
    infection_signs: bool | None = None
    lower_respiratory_signs: bool = False
    expected_neutropenia_days: float | None = Field(default=None, ge=0, le=365)
    immunosuppressants: tuple[Annotated[CleanText, StringConstraints(min_length=1, max_length=80)], ...] = ()
    prior_neutropenia: bool = False
    hematologic_disorder: bool = False
    notes: str = Field(default="", max_length=4000)
    as_of: datetime | None = None

    @field_validator("patient_ref")
    @classmethod
    def _printable_ref(cls, value: str) -> str:
        if any(not ch.isprintable() for ch in value):
            raise ValueError("must not contain control characters or line breaks")
        return value

    @model_validator(mode="after")
    def _has_a_count(self) -> CaseInput:
        if not self.anc and not self.cbc:
            raise FieldProblem("anc", "at least one neutrophil count is needed in 'anc' or 'cbc'")
        return self


def _field_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path or "case"


def describe_validation_error(error: Any) -> InputError:
    """Turn the first pydantic error into an InputError with a clinic-readable message."""
    first = error.errors(include_url=False)[0]
    loc = tuple(p for p in first["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    cause = first.get("ctx", {}).get("error")
    if isinstance(cause, FieldProblem):
        loc = (*loc, cause.field)
    field = _field_path(loc)
    kind = first["type"]
    given = first.get("input")
    if kind == "missing":
        return InputError(field, "is required but missing")
    if kind == "extra_forbidden":
        return InputError(field, "is not a field of the case (check the spelling)")
    if kind == "literal_error":
        expected = first.get("ctx", {}).get("expected", "")
        return InputError(field, f"{given!r} is not one of {expected}")
    ctx = first.get("ctx", {})
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return InputError(field, "is required but empty")
    friendly = {
        "string_too_long": lambda: f"is longer than {ctx.get('max_length')} characters",
        "greater_than_equal": lambda: f"must be {ctx.get('ge')} or more (got {given!r})",
        "less_than_equal": lambda: f"must be {ctx.get('le')} or less (got {given!r})",
        "finite_number": lambda: f"must be a finite number (got {given!r})",
        "int_from_float": lambda: f"must be a whole number (got {given!r})",
        "int_parsing": lambda: f"must be a whole number (got {given!r})",
        "int_type": lambda: f"must be a whole number (got {given!r})",
        "float_parsing": lambda: f"must be a number (got {given!r})",
        "float_type": lambda: f"must be a number (got {given!r})",
        "bool_parsing": lambda: f"must be true or false (got {given!r})",
        "bool_type": lambda: f"must be true or false (got {given!r})",
        "string_type": lambda: f"must be text (got {given!r})",
        "datetime_parsing": lambda: f"{given!r} is not an ISO date-time such as 2026-11-24T09:30",
        "datetime_from_date_parsing": lambda: f"{given!r} is not an ISO date-time such as 2026-11-24T09:30",
        "datetime_type": lambda: f"{given!r} is not an ISO date-time such as 2026-11-24T09:30",
        "tuple_type": lambda: "must be a list",
        "model_type": lambda: "must be an object with named fields",
    }
    if kind in friendly:
        return InputError(field, friendly[kind]())
    message = str(first["msg"]).removeprefix("Value error, ")
    if given is not None and not isinstance(given, (dict, list)) and kind != "value_error":
        message = f"{message} (got {given!r})"
    return InputError(field, message)


def parse_case(data: Any) -> CaseInput:
    """Validate raw JSON data as a case, raising InputError that names the field."""
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise InputError("case", "must be a JSON object")
    try:
        return CaseInput.model_validate(data)
    except ValidationError as exc:
        raise describe_validation_error(exc) from None


def reference_zone(case: CaseInput, as_of: datetime) -> tzinfo | None:
    """The time zone every timestamp of the case is compared in.

    Naive times are clinic wall-clock times. If `as_of` carries an offset, naive times are read in
    it; otherwise the first offset found in the case is used; otherwise everything stays naive.
    """
    if as_of.tzinfo is not None:
        return as_of.tzinfo
    for moment in _all_times(case):
        if moment[1].tzinfo is not None:
            return moment[1].tzinfo
    return None


def align(moment: datetime, zone: tzinfo | None) -> datetime:
    """Express `moment` in `zone` (naive moments are taken as wall-clock time of that zone)."""
    if zone is None:
        return moment
    if moment.tzinfo is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def _all_times(case: CaseInput) -> list[tuple[str, datetime]]:
    found: list[tuple[str, datetime]] = []
    found += [(f"anc[{i}].taken_at", r.taken_at) for i, r in enumerate(case.anc)]
    found += [(f"cbc[{i}].taken_at", r.taken_at) for i, r in enumerate(case.cbc)]
    found += [(f"temperatures[{i}].taken_at", r.taken_at) for i, r in enumerate(case.temperatures)]
    if case.last_fever_at is not None:
        found.append(("last_fever_at", case.last_fever_at))
    return found


def check_times(case: CaseInput, as_of: datetime) -> None:
    """Refuse a case with a timestamp after the evaluation moment."""
    zone = reference_zone(case, as_of)
    now = align(as_of, zone)
    for field, moment in _all_times(case):
        if align(moment, zone) > now:
            raise InputError(
                field, f"{moment.isoformat(timespec='minutes')} is after the evaluation time {now.isoformat(timespec='minutes')}"
            )


# ---- Recommendation (output contract v1) ----------------------------------------------------


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Criterion(_Result):
    id: CriterionId
    met: bool | None
    detail: str
    title: str


class Prophylaxis(_Result):
    recommended: bool
    agent: str | None
    reason: str
    antiviral: str | None = None


class MonitoringItem(_Result):
    id: str
    test: str
    schedule: str
    due_at: IsoDateTime | None
    due_by: IsoDateTime | None = None


class Flag(_Result):
    id: str
    message: str


class Pitfall(_Result):
    id: str
    text: str


class Citation(_Result):
    id: str
    title: str
    detail: str


class TraceEntry(_Result):
    id: str
    fired: bool
    provenance: Provenance
    inputs: dict[str, Any]
    overridden: tuple[str, ...] = ()


class RuleBasis(_Result):
    """Where a rule that fired comes from, for the screen and the printouts."""

    id: str
    title: str
    text: str
    provenance: Provenance
    citations: tuple[str, ...]
    differs: str | None


class Change(_Result):
    criterion: CriterionId
    needed: str


class AppliedOverride(_Result):
    key: str
    value: float | bool
    default: float | bool
    reason: str


class PackStamp(_Result):
    id: str
    version: str
    sha256: str
    overrides: tuple[AppliedOverride, ...] = ()
    site: str | None = None


class AncPoint(_Result):
    taken_at: IsoDateTime
    anc_cells_per_uL: int
    source: Literal["anc", "cbc"]
    entered: str


class Recommendation(_Result):
    """What the engine advises for one case at one moment (recommendation contract v1)."""

    contract_version: int = CONTRACT_VERSION
    decision: Decision
    headline: str
    anc_cells_per_uL: int
    severity: Severity
    criteria: tuple[Criterion, ...]
    earliest_resume_at: IsoDateTime | None
    prophylaxis: Prophylaxis
    monitoring: tuple[MonitoringItem, ...]
    red_flags: tuple[Flag, ...]
    risk_factors: tuple[str, ...]
    risk_factor_labels: tuple[str, ...] = ()  # added after contract v1; older logs lack it
    pitfalls: tuple[Pitfall, ...]
    citations: tuple[Citation, ...]
    trace: tuple[TraceEntry, ...]
    pack: PackStamp
    what_would_change: tuple[Change, ...]
    warnings: tuple[Flag, ...]
    advice: tuple[Flag, ...]
    basis: tuple[RuleBasis, ...]
    patient_explanation: tuple[str, ...]
    as_of: IsoDateTime
    last_fever_at: IsoDateTime | None
    anc_series: tuple[AncPoint, ...]



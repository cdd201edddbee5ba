"""Pydantic models of the case input and recommendation contracts (v1), shared by every layer."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    Strict,
    StrictBool,
    StringConstraints,
    field_validator,
    model_serializer,
    model_validator,
)

from desktop_app.units import canonical_count_unit

CONTRACT_VERSION = 1

AncUnit = Literal["cells/uL", "cells/mm3", "10^9/L", "10^3/uL"]
# Each unit's word id in the wording layer (values.unit.<id>): 'cells/uL' in English, 'células/µL' in Spanish.
UNIT_WORDS: dict[str, str] = {
    "cells/uL": "cells_per_ul",
    "cells/mm3": "cells_per_mm3",
    "10^9/L": "giga_per_l",
    "10^3/uL": "kilo_per_ul",
}
Decision = Literal["withhold", "resume", "continue", "out_of_scope"]
# How cautious each decision is: a doubtful reading never ends on a less cautious one.
CAUTION: dict[str, int] = {"out_of_scope": 3, "withhold": 2, "resume": 1, "continue": 0}
Severity = Literal["none", "mild", "moderate", "severe", "profound"]
UrtiStatus = Literal["active", "resolved", "none"]
AnakinraStatus = Literal["active", "held"]
# "safety-check": a check the pack makes so doubtful input never reads as safe (no clinical source).
Provenance = Literal["label", "guideline", "article-only", "safety-check"]
CriterionId = Literal["anc_recovered", "urti_resolved", "no_active_infection", "afebrile_48h"]
# Who a printout or a sentence is for.
Audience = Literal["clinician", "patient"]

# How many cells/uL one unit of each accepted unit stands for.
UNIT_FACTOR: dict[str, int] = {"cells/uL": 1, "cells/mm3": 1, "10^9/L": 1000, "10^3/uL": 1000}
# Largest raw number accepted per unit. Thousand-based units allow 10,000 so that a count typed in
# the wrong unit (4500 "x10^9/L") reaches the engine and is flagged, instead of being refused.
MAX_RAW_COUNT: dict[str, float] = {"cells/uL": 500_000, "cells/mm3": 500_000, "10^9/L": 10_000, "10^3/uL": 10_000}

IsoDateTime = Annotated[datetime, PlainSerializer(lambda d: d.isoformat(timespec="seconds"), return_type=str, when_used="json")]
CleanText = Annotated[str, StringConstraints(strip_whitespace=True)]

# ISO-8601 date and time: 2026-11-24T09:30, with optional seconds, fraction and offset (Z or +01:00).
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?$")


def _iso_moment(value: Any) -> Any:
    """Accept only ISO-8601 date-time text (or a datetime from Python callers), never a number."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _ISO_MOMENT.match(text):
            try:
                return datetime.fromisoformat(text)
            except ValueError:
                pass
        raise Refusal("iso_moment", given=repr(value))
    raise Refusal("iso_moment_text", given=repr(value))


def _count_unit(value: Any) -> Any:
    """Map the spellings labs print (cells/µL, /mm3, x10^9/L, G/L, K/uL ...) to the contract's units."""
    if isinstance(value, str):
        canonical = canonical_count_unit(value)
        if canonical is not None:
            return canonical
    return value


Moment = Annotated[datetime, BeforeValidator(_iso_moment)]
Number = Annotated[float, Strict()]
WholeNumber = Annotated[int, Strict()]
CountUnit = Annotated[AncUnit, BeforeValidator(_count_unit)]


def round_count(value: float) -> int:
    """Round a count half up for display (use `shown_count` where a threshold is near)."""
    return math.floor(value + 0.5)


def shown_count(value: float, edges: tuple[float, ...] = ()) -> int | float:
    """A count as shown: whole cells/uL, unless rounding would carry it across one of `edges`.

    499.5 against an edge of 500 stays 499.5 (not 500), and 500.4 stays 500.4, so a shown value is
    always on the same side of every threshold as the exact value the rules compared.
    """

    def same_side(shown: float) -> bool:
        return all((shown < edge) == (value < edge) and (shown > edge) == (value > edge) for edge in edges)

    whole = round_count(value)
    if same_side(whole):
        return whole
    for digits in (1, 2, 3):
        shown = round(value, digits)
        if same_side(shown):
            return shown
    return value


def number_text(value: float) -> str:
    """A number as written everywhere (thresholds, counts as typed): 500.0 -> 500, 38.5 -> 38.5, 0.41 -> 0.41."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def axis_step(span: float, lines: int) -> float:
    """A round grid step (1, 2, 2.5 or 5 times a power of ten) giving about `lines` lines over `span`."""
    raw = span / max(lines, 1)
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(factor * magnitude for factor in (1, 2, 2.5, 5, 10) if factor * magnitude >= raw)


def to_cells_per_uL(value: float, unit: str) -> float:
    """Convert a count in any accepted unit to cells/uL."""
    return value * UNIT_FACTOR[unit]


# Why an input is refused, in English, by reason id. The exception carries the id and its parameters
# beside the English message, so the wording layer can say it in the reader's language
# (desktop_app/wording/errors/<lang>.toml holds the same ids); the English here is the source.
REASONS: dict[str, str] = {
    "missing": "is required but missing",
    "empty": "is required but empty",
    "not_a_field": "is not a field of the case (check the spelling)",
    "not_one_of": "{given} is not one of {expected}",
    "too_long": "is longer than {limit} characters",
    "at_least": "must be {limit} or more (got {given})",
    "at_most": "must be {limit} or less (got {given})",
    "finite_number": "must be a finite number (got {given})",
    "whole_number": "must be a whole number (got {given})",
    "number": "must be a number (got {given})",
    "true_or_false": "must be true or false (got {given})",
    "text": "must be text (got {given})",
    "iso_moment": "{given} is not an ISO date-time such as 2026-11-24T09:30",
    "iso_moment_text": 'must be an ISO date-time text such as "2026-11-24T09:30" (got {given})',
    "list": "must be a list",
    "object": "must be an object with named fields",
    "twice": "appears twice in the same object; keep one",
    "implausible_anc": "{value} {unit} is not a plausible neutrophil count (limit {limit})",
    "implausible_wbc": "{value} {unit} is not a plausible white cell count (limit {limit})",
    "differential_over_100": "neutrophil_pct + band_pct add up to more than 100%",
    "no_count": "at least one neutrophil count is needed in 'anc' or 'cbc'",
    "control_characters": "must not contain control characters or line breaks",
    "unknown_zone": "{given} is not a known IANA time zone such as Europe/Berlin",
    "other_pack": "the case names pack {named} but is being evaluated with {used}",
    "unknown_indication": "{given} is not one of the pack's indications: {known}",
    "type_count_first": "type the count before adding it",
    "file_not_found": "file not found",
    "file_too_large": "is larger than {limit} MB; a case file is a few KB",
    "not_utf8": "is not UTF-8 text (byte {at}); save it as UTF-8",
    "unreadable_file": "cannot be read ({why})",
    "unknown_language": "{given} is not a language of pack {pack} (it has: {known})",
}


# Parameters a reason gives beyond those its English wording uses, for translations that need them.
REASON_EXTRA_PARAMS: dict[str, frozenset[str]] = {"not_one_of": frozenset({"choices"})}


class InputError(ValueError):
    """A case that cannot be evaluated; `field` is the dotted path of the offending field.

    `reason` (a REASONS id) and `params` say the same as `message` for the wording layer to translate;
    an error raised with a message only is shown as it is, in English.
    """

    def __init__(self, field: str, message: str, *, reason: str | None = None, params: dict[str, str] | None = None) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.reason = reason
        self.params: dict[str, str] = dict(params or {})

    @classmethod
    def of(cls, field: str, reason: str, **params: object) -> InputError:
        """The error for `field` with the English wording of `reason`, filled in."""
        texts = {name: str(value) for name, value in params.items()}
        return cls(field, REASONS[reason].format(**texts), reason=reason, params=texts)


class Refusal(ValueError):
    """Raised inside a validator with a REASONS id, so the refusal can be translated like an InputError."""

    def __init__(self, reason: str, **params: object) -> None:
        self.reason = reason
        self.params = {name: str(value) for name, value in params.items()}
        super().__init__(REASONS[reason].format(**self.params))


class FieldProblem(Refusal):
    """Raised inside a model validator to blame one named sub-field rather than the whole object."""

    def __init__(self, field: str, reason: str, **params: object) -> None:
        super().__init__(reason, **params)
        self.field = field


class _Input(BaseModel):
    # defer_build: validators are built on first use, so the window's start-up does not pay for them.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True, defer_build=True)


class AncReading(_Input):
    value: Number = Field(ge=0)
    unit: CountUnit
    taken_at: Moment

    @model_validator(mode="after")
    def _plausible(self) -> AncReading:
        limit = MAX_RAW_COUNT[self.unit]
        if self.value > limit:
            raise FieldProblem("value", "implausible_anc", value=f"{self.value:g}", unit=self.unit, limit=f"{limit:g}")
        return self

    @property
    def cells_per_uL(self) -> float:
        return to_cells_per_uL(self.value, self.unit)


class CbcReading(_Input):
    wbc: Number = Field(ge=0)
    wbc_unit: CountUnit = "10^9/L"
    neutrophil_pct: Number = Field(ge=0, le=100)
    band_pct: Number = Field(default=0, ge=0, le=100)
    taken_at: Moment

    @model_validator(mode="after")
    def _plausible(self) -> CbcReading:
        limit = MAX_RAW_COUNT[self.wbc_unit]
        if self.wbc > limit:
            raise FieldProblem("wbc", "implausible_wbc", value=f"{self.wbc:g}", unit=self.wbc_unit, limit=f"{limit:g}")
        if self.neutrophil_pct + self.band_pct > 100:
            raise FieldProblem("band_pct", "differential_over_100")
        return self

    @property
    def cells_per_uL(self) -> float:
        """ANC = WBC x (segmented neutrophils + bands) / 100."""
        return to_cells_per_uL(self.wbc, self.wbc_unit) * (self.neutrophil_pct + self.band_pct) / 100


class TemperatureReading(_Input):
    celsius: Number = Field(ge=30, le=44)
    taken_at: Moment


class CaseInput(_Input):
    """One patient's situation at the moment of evaluation (case contract v1)."""

    patient_ref: Annotated[CleanText, StringConstraints(min_length=1, max_length=64, strict=True)]
    age_years: WholeNumber | None = Field(default=None, ge=0, le=120)
    anakinra: AnakinraStatus
    anc: tuple[AncReading, ...] = ()
    cbc: tuple[CbcReading, ...] = ()
    # An explicit null means "no fever in this illness"; a case without the key leaves it unknown.
    last_fever_at: Moment | None = None
    temperatures: tuple[TemperatureReading, ...] = ()
    urti: UrtiStatus | None = None
    infection_signs: StrictBool | None = None
    lower_respiratory_signs: StrictBool = False
    expected_neutropenia_days: Number | None = Field(default=None, ge=0, le=365)
    immunosuppressants: tuple[Annotated[CleanText, StringConstraints(min_length=1, max_length=80, strict=True)], ...] = ()
    prior_neutropenia: StrictBool = False
    hematologic_disorder: StrictBool = False
    notes: Annotated[str, Strict()] = Field(default="", max_length=4000)
    as_of: Moment | None = None
    indication: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,40}$", strict=True)] | None = None
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64, strict=True)] | None = None
    units_confirmed: StrictBool = False
    creatinine_clearance_ml_min: Number | None = Field(default=None, ge=0, le=250)
    pack: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,63}$", strict=True)] | None = None

    @property
    def fever_recorded(self) -> bool:
        """Whether the case says anything about fever: a last fever (or an explicit none), or readings."""
        return "last_fever_at" in self.model_fields_set or bool(self.temperatures)

    @model_serializer(mode="wrap")
    def _keep_unknown_fever(self, handler: SerializerFunctionWrapHandler, info: SerializationInfo) -> dict[str, Any]:
        # Round trip: a case whose fever was never recorded must not come back as "no fever".
        data: dict[str, Any] = handler(self)
        if "last_fever_at" not in self.model_fields_set:
            data.pop("last_fever_at", None)
        if self.pack is None:
            data.pop("pack", None)  # a case that names no pack dumps as it did before the field existed
        return data

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        if value is not None:
            zone_named(value)
        return value

    @field_validator("patient_ref")
    @classmethod
    def _printable_ref(cls, value: str) -> str:
        if any(not ch.isprintable() for ch in value):
            raise Refusal("control_characters")
        return value

    @model_validator(mode="after")
    def _has_a_count(self) -> CaseInput:
        if not self.anc and not self.cbc:
            raise FieldProblem("anc", "no_count")
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
    given = repr(first.get("input"))
    ctx = first.get("ctx", {})
    if isinstance(cause, Refusal):
        return InputError(field, str(cause), reason=cause.reason, params=cause.params)
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        return InputError.of(field, "empty")
    if kind in _PLAIN_REASONS:
        return InputError.of(field, _PLAIN_REASONS[kind])
    if kind in _GIVEN_REASONS:
        return InputError.of(field, _GIVEN_REASONS[kind], given=given)
    bounded: dict[str, Callable[[], InputError]] = {
        "literal_error": lambda: InputError.of(
            field, "not_one_of", given=given, expected=ctx.get("expected", ""), choices=_choices(ctx.get("expected", ""))
        ),
        "string_too_long": lambda: InputError.of(field, "too_long", limit=ctx.get("max_length")),
        "greater_than_equal": lambda: InputError.of(field, "at_least", limit=_limit(ctx.get("ge")), given=given),
        "less_than_equal": lambda: InputError.of(field, "at_most", limit=_limit(ctx.get("le")), given=given),
    }
    if kind in bounded:
        return bounded[kind]()
    message = str(first["msg"]).removeprefix("Value error, ")
    if first.get("input") is not None and not isinstance(first.get("input"), (dict, list)) and kind != "value_error":
        message = f"{message} (got {given})"
    return InputError(field, message)


# pydantic's error kinds that map straight to a reason: without the value given, and with it.
_PLAIN_REASONS = {"missing": "missing", "extra_forbidden": "not_a_field", "tuple_type": "list", "model_type": "object"}
_GIVEN_REASONS = {
    "finite_number": "finite_number", "int_from_float": "whole_number", "int_parsing": "whole_number",
    "int_type": "whole_number", "float_parsing": "number", "float_type": "number", "bool_parsing": "true_or_false",
    "bool_type": "true_or_false", "string_type": "text", "datetime_parsing": "iso_moment",
    "datetime_from_date_parsing": "iso_moment", "datetime_type": "iso_moment",
}  # fmt: skip


def _limit(value: Any) -> Any:
    """A bound as a clinician writes it: 0, not 0.0."""
    return f"{value:g}" if isinstance(value, float) else value


def _choices(expected: str) -> str:
    """pydantic's "'a', 'b' or 'c'" as a list without the English "or": "'a', 'b', 'c'"."""
    head, _, last = str(expected).rpartition(" or ")
    return f"{head}, {last}" if head else last


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise InputError.of(key, "twice")
        found[key] = value
    return found


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def loads_case_json(text: str, where: str = "case") -> Any:
    """Parse case JSON strictly: a UTF-8 BOM is fine, a key given twice or NaN is not."""
    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except InputError:
        raise
    except ValueError as exc:
        raise InputError(where, f"is not valid JSON ({exc})") from None


def parse_case(data: Any) -> CaseInput:
    """Validate raw JSON data as a case, raising InputError that names the field."""
    from pydantic import ValidationError

    if not isinstance(data, dict):
        raise InputError("case", "must be a JSON object")
    try:
        return CaseInput.model_validate(data)
    except ValidationError as exc:
        raise describe_validation_error(exc) from None


def zone_named(name: str) -> tzinfo:
    """The tzinfo of an IANA zone name (Europe/Berlin) or UTC; ValueError for an unknown name."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name in ("UTC", "Z", "Etc/UTC"):
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise Refusal("unknown_zone", given=repr(name)) from None


def zone_name(zone: tzinfo) -> str:
    """The name a zone is recorded under: its IANA key, or UTC / a fixed offset."""
    key = getattr(zone, "key", None)
    if key:
        return str(key)
    offset = zone.utcoffset(None)
    if not offset:
        return "UTC"
    sign = "+" if offset >= timedelta(0) else "-"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_from_name(name: str | None) -> tzinfo:
    """Inverse of `zone_name` (fixed offsets included); UTC when there is no name.

    An IANA key comes back as that very key (Etc/UTC stays Etc/UTC, not UTC), so a recommendation
    evaluated again in its recorded zone records the same zone name, byte for byte.
    """
    if not name or name == "UTC":
        return UTC
    match = re.fullmatch(r"UTC([+-])(\d{2}):(\d{2})", name)
    if match:
        delta = timedelta(hours=int(match[2]), minutes=int(match[3]))
        return timezone(delta if match[1] == "+" else -delta)
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return zone_named(name)


def localize(moment: datetime, zone: tzinfo, field: str) -> datetime:
    """The real instant of `moment` (UTC): naive moments are wall-clock times of `zone`.

    A wall-clock time that the zone skips (spring forward) or passes twice (fall back) is refused,
    naming the field, because only an offset can say which instant was meant.
    """
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    first = moment.replace(tzinfo=zone, fold=0)
    second = moment.replace(tzinfo=zone, fold=1)
    if first.utcoffset() != second.utcoffset():
        back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
        zone_label = zone_name(zone)
        if back != moment:
            raise InputError(
                field,
                f"{moment.isoformat(timespec='minutes')} does not exist in {zone_label} (the clocks skip it); "
                "give the time with its UTC offset, for example +01:00",
            )
        raise InputError(
            field,
            f"{moment.isoformat(timespec='minutes')} happens twice in {zone_label} (the clocks go back); "
            "give the time with its UTC offset, for example +02:00 or +01:00",
        )
    return first.astimezone(UTC)


def align(moment: datetime, zone: tzinfo | None) -> datetime:
    """Express `moment` in `zone` for display (naive moments are wall-clock time of that zone)."""
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


def check_times(case: CaseInput, as_of: datetime, zone: tzinfo = UTC) -> None:
    """Refuse a case with a timestamp after the evaluation moment, or a wall-clock time the zone lacks."""
    now = localize(as_of, zone, "as_of")
    for field, moment in _all_times(case):
        if localize(moment, zone, field) > now:
            shown = now.astimezone(zone).replace(tzinfo=None) if as_of.tzinfo is None else now.astimezone(as_of.tzinfo)
            raise InputError(
                field,
                f"{moment.isoformat(timespec='minutes')} is after the evaluation time {shown.isoformat(timespec='minutes')}",
            )


def recommendation_zone(rec: Recommendation) -> tzinfo | None:
    """The clinic zone a recommendation was made in (older logs: the offset of its as_of, or none)."""
    return recorded_zone(rec.timezone, rec.as_of)


def recorded_zone(timezone: str | None, as_of: datetime) -> tzinfo | None:
    """The zone named `timezone`, else the offset `as_of` carries (or none): how a recorded moment is read."""
    if timezone:
        try:
            return zone_from_name(timezone)
        except ValueError:
            pass
    return as_of.tzinfo


def shown_state(decision: str, provisional: bool) -> str:
    """The state a banner shows: a provisional go (resume or continue) is never shown as a go."""
    return "provisional" if provisional and decision in ("resume", "continue") else decision


# ---- Recommendation (output contract v1) ----------------------------------------------------


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Message(_Result):
    """One sentence as the engine means it: a catalogue path and raw parameters, never finished words.

    `id` is the dotted path of a wording in the pack (or the app catalogue), for example
    "rules.withhold_low_anc.clinician" or "criteria.anc_recovered.met". A parameter is a number, a
    string, a moment {"moment": ISO}, a temperature {"celsius": n}, another message {"id", "params"},
    or a list of those (written joined). The wording layer renders it for a language.
    """

    id: str
    params: dict[str, Any] = {}


Wording = Message | None


class Criterion(_Result):
    id: CriterionId
    met: bool | None
    detail: str
    title: str
    # Added after contract v1: the message behind each text (see README, contract v1 additions).
    detail_wording: Wording = None
    title_wording: Wording = None


class Prophylaxis(_Result):
    recommended: bool
    agent: str | None
    reason: str
    antiviral: str | None = None
    reason_wording: Wording = None
    agent_wording: Wording = None
    antiviral_wording: Wording = None


class MonitoringItem(_Result):
    id: str
    test: str
    schedule: str
    due_at: IsoDateTime | None
    due_by: IsoDateTime | None = None
    test_wording: Wording = None
    schedule_wording: Wording = None


class Flag(_Result):
    id: str
    message: str
    message_wording: Wording = None


class Pitfall(_Result):
    id: str
    text: str
    text_wording: Wording = None


class Citation(_Result):
    id: str
    title: str
    detail: str
    title_wording: Wording = None
    detail_wording: Wording = None


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
    title_wording: Wording = None
    text_wording: Wording = None
    differs_wording: Wording = None


class Change(_Result):
    criterion: CriterionId
    needed: str
    needed_wording: Wording = None


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
    anc_cells_per_uL: int | float
    source: Literal["anc", "cbc"]
    entered: str
    entered_wording: Wording = None


class Scope(_Result):
    in_scope: bool
    reason: str
    indication: str | None = None
    reason_wording: Wording = None


class Recommendation(_Result):
    """What the engine advises for one case at one moment (recommendation contract v1)."""

    contract_version: int = CONTRACT_VERSION
    decision: Decision
    headline: str
    anc_cells_per_uL: int | float
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
    # Added after contract v1 (older logs lack them; the defaults read them as they were).
    provisional: bool = False
    provisional_reason: str | None = None
    # A factory, not an instance made at import: that would build the validator before any command needs it.
    scope: Scope = Field(default_factory=lambda: Scope(in_scope=True, reason=""))
    ctcae_grade: int | None = None
    timezone: str | None = None
    # Added with the wording layer: the messages behind the texts above, and the language they were
    # rendered in ("en": the pack's own words). Older logs lack them.
    headline_wording: Wording = None
    risk_factor_labels_wording: tuple[Message, ...] = ()
    patient_explanation_wording: tuple[Message, ...] = ()
    provisional_reason_wording: Wording = None
    language: str = "en"


def _without_wording(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_wording(v) for k, v in node.items() if not k.endswith("_wording") and k != "language"}
    if isinstance(node, list):
        return [_without_wording(v) for v in node]
    return node


def comparable(stored: Recommendation, again: Recommendation) -> tuple[dict[str, Any], dict[str, Any]]:
    """JSON dumps of a stored and a re-derived recommendation, ready to compare field by field.

    A recommendation logged before the wording layer carries no messages: both are then compared on
    everything else (the texts as shown included), so an older record is not taken for an altered one.
    """
    left, right = stored.model_dump(mode="json"), again.model_dump(mode="json")
    if stored.headline_wording is None:
        return _without_wording(left), _without_wording(right)
    return left, right

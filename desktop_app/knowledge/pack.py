"""Knowledge pack schema, loading from TOML, content hashing and site overrides."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from string import Formatter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from desktop_app.knowledge.catalogue import Catalogue, read_catalogues
from desktop_app.models import AppliedOverride, CriterionId, Decision, PackStamp, Provenance, describe_validation_error

SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$")


class PackError(ValueError):
    """A pack or overrides file that must not be used; the message says why."""


class _PackPart(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Thresholds(_PackPart):
    hold_anc_below: float
    resume_anc_above: float
    neutropenia_anc_below: float
    profound_anc_below: float
    febrile_neutropenia_anc_below: float
    label_start_anc_below: float
    prophylaxis_days_above: float
    afebrile_hours: float
    fever_celsius: float
    advanced_age_years: float
    followup_cbc_days_min: float
    followup_cbc_days_max: float
    held_cbc_interval_hours: float
    on_drug_cbc_interval_days: float
    stale_count_hours: float
    unit_slip_low_cells: float
    unit_slip_high_thousands: float
    prophylaxis_anc_below: float = 500
    renal_crcl_below: float = 30
    benign_fall_percent: float = 33.33
    benign_fall_days: float = 90

    @model_validator(mode="after")
    def _coherent(self) -> Thresholds:
        problems = []
        if self.hold_anc_below > self.resume_anc_above:
            problems.append("hold_anc_below must not exceed resume_anc_above (a patient would flip between hold and resume)")
        if self.profound_anc_below >= self.hold_anc_below:
            problems.append("profound_anc_below must be below hold_anc_below")
        if self.hold_anc_below > self.neutropenia_anc_below:
            problems.append("hold_anc_below must not exceed neutropenia_anc_below")
        if self.followup_cbc_days_min > self.followup_cbc_days_max:
            problems.append("followup_cbc_days_min must not exceed followup_cbc_days_max")
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Settings(_PackPart):
    prophylaxis_requires_both: bool


class SeverityBands(_PackPart):
    none: int
    mild: int
    moderate: int
    severe: int

    @model_validator(mode="after")
    def _descending(self) -> SeverityBands:
        if not self.none > self.mild > self.moderate > self.severe > 0:
            raise ValueError("severity bands must descend: none > mild > moderate > severe > 0")
        return self


class DecisionText(_PackPart):
    clinician: str
    patient: str


class ProvisionalText(_PackPart):
    clinician: str
    patient: str
    reason: str


class IndicationText(_PackPart):
    label: str
    in_scope: bool = True
    reason: str = ""
    flare_risk: bool = False

    @model_validator(mode="after")
    def _reason_when_out(self) -> IndicationText:
        if not self.in_scope and not self.reason:
            raise ValueError("an out-of-scope indication needs a reason")
        return self


class DrugClass(_PackPart):
    rule: str
    warning: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    names: tuple[str, ...] = Field(min_length=1)


class CtcaeBands(_PackPart):
    grade2_below: float
    grade3_below: float
    grade4_below: float


class CriterionText(_PackPart):
    title: str
    met: str
    unmet: str
    needed: str
    unknown: str | None = None
    needed_unknown: str | None = None
    met_none: str | None = None
    unmet_lower: str | None = None


class Rule(_PackPart):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    provenance: Provenance
    citations: tuple[str, ...] = Field(min_length=1)
    clinician: str
    patient: str | None = None
    differs: str | None = None
    agent: str | None = None


class RiskFactorText(_PackPart):
    label: str


class DrugText(_PackPart):
    name: str = Field(min_length=1)


class VocabularyWords(_PackPart):
    """The words for one state of a decision: the clinician's (screen banner, summary) and the patient's."""

    short: str
    clinician: str
    patient: str


VOCABULARY_STATES = ("withhold", "resume", "continue", "out_of_scope", "provisional")


class PatientText(_PackPart):
    why_low: str
    urgent: str
    # Optional wording of the printed patient handout; a pack without it prints a shorter handout.
    tests_show: str | None = None
    latest_count: str | None = None
    restart_intro: str | None = None
    restart_date: str | None = None
    restart_no_date: str | None = None
    restart_now: str | None = None
    tests_ask: str | None = None
    override_note: str | None = None
    urgent_how: str | None = None
    closing: str | None = None
    criterion_met: str | None = None
    criterion_unmet: str | None = None
    criterion_unknown: str | None = None
    criteria: dict[CriterionId, str] = {}
    monitoring: dict[str, str] = {}


class PitfallText(_PackPart):
    id: str
    text: str


class CitationText(_PackPart):
    id: str
    title: str
    detail: str


class GoldenCase(_PackPart):
    name: str
    as_of: str
    case: dict[str, Any]
    expect_decision: Decision
    expect_severity: str | None = None
    expect_earliest_resume_at: str | None = None
    expect_red_flags: tuple[str, ...] | None = None
    expect_prophylaxis: bool | None = None
    expect_provisional: bool | None = None
    # Ids that must be among the warnings / advice, and ids (of any kind) that must be absent.
    expect_warnings: tuple[str, ...] = ()
    expect_advice: tuple[str, ...] = ()
    expect_absent: tuple[str, ...] = ()
    # TOML has no null: the case keys named here are given as null (for example last_fever_at).
    case_nulls: tuple[str, ...] = ()

    def case_data(self) -> dict[str, Any]:
        return {**self.case, **dict.fromkeys(self.case_nulls)}


# The message templates the engine composes with; a pack must word each (see [messages] in pack.toml).
MESSAGE_IDS = (
    "unit_slip_likely_cells", "unit_slip_likely_thousands", "entered_count", "entered_cbc",
    "prophylaxis_logic_both", "prophylaxis_logic_either", "prophylaxis_reason", "prophylaxis_count_below",
    "prophylaxis_count_not_below", "prophylaxis_days_unknown", "prophylaxis_days_not_low", "prophylaxis_days_more",
    "prophylaxis_days_not_more", "ctcae_grade", "ctcae_grade_0_1", "not_recorded", "fever_none", "fever_until_now",
    "lower_airway_suffix", "indication_unknown", "risk_none", "unassessed_urti", "unassessed_infection",
    "unassessed_fever", "test_cbc", "test_neutrophils", "test_infection_signs", "list_separator",
)  # fmt: skip

# Parts of a pack that are data, not wording: never in a translation catalogue.
_NOT_WORDING = frozenset({"id", "version", "thresholds", "settings", "limits", "severity", "ctcae", "golden"})
_NOT_WORDING_FIELDS = frozenset({"id", "provenance", "citations", "rule", "warning", "names", "in_scope", "flare_risk"})


# A citation's title names the publication as published: it is quoted, never translated.
_BIBLIOGRAPHIC = re.compile(r"^citations\.[^.]+\.title$")


def pack_texts(data: Mapping[str, Any]) -> dict[str, str]:
    """Every string of a pack's data by dotted path: tables by key, arrays of tables by their `id`.

    "decisions.withhold.clinician", "rules.withhold_low_anc.clinician", "pitfalls.alternative_causes.text",
    "messages.unit_slip_likely_cells" ... Ids, provenance, citation lists and drug-class names are data,
    an empty wording is none, and a citation's title is quoted as published.
    """
    found: dict[str, str] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, str):
            if value and not _BIBLIOGRAPHIC.match(prefix):
                found[prefix] = value
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if key in _NOT_WORDING_FIELDS or item is None:
                    continue
                walk(f"{prefix}.{key}", item)
        elif isinstance(value, list | tuple) and all(isinstance(item, Mapping) and "id" in item for item in value):
            for item in value:
                walk(f"{prefix}.{item['id']}", item)

    for key, value in data.items():
        if key not in _NOT_WORDING:
            walk(key, value)
    return found


def placeholders(template: str) -> set[str]:
    """The {names} a wording fills in."""
    return {name for _, name, _, _ in Formatter().parse(template) if name}


RISK_FACTOR_IDS = ("immunosuppressants", "advanced_age", "prior_neutropenia", "hematologic_disorder")
CRITERION_IDS: tuple[CriterionId, ...] = ("anc_recovered", "urti_resolved", "no_active_infection", "afebrile_48h")


class PackContent(_PackPart):
    """Everything a pack file says, validated."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: str
    title: str
    summary: str
    thresholds: Thresholds
    settings: Settings
    limits: dict[str, tuple[float, float]]
    severity: SeverityBands
    decisions: dict[Decision, DecisionText]
    provisional: ProvisionalText
    indications: dict[str, IndicationText] = Field(min_length=1)
    drug_classes: dict[str, DrugClass] = {}
    ctcae: CtcaeBands
    criteria: dict[CriterionId, CriterionText]
    rules: tuple[Rule, ...]
    risk_factors: dict[str, RiskFactorText]
    patient: PatientText
    pitfalls: tuple[PitfallText, ...] = Field(min_length=1)
    citations: tuple[CitationText, ...]
    golden: tuple[GoldenCase, ...] = ()
    # Added with the wording layer (pack format 1.2): the drug's name, the decision vocabulary and the
    # message templates the engine composes sentences from.
    drug: DrugText
    vocabulary: dict[str, VocabularyWords]
    messages: dict[str, str]

    @model_validator(mode="after")
    def _consistent(self) -> PackContent:
        if not SEMVER.match(self.version):
            raise ValueError(f"version {self.version!r} is not a semantic version (like 1.2.0)")
        ids = [r.id for r in self.rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"rule ids appear twice: {', '.join(duplicates)}")
        known = {c.id for c in self.citations}
        for rule in self.rules:
            missing = [c for c in rule.citations if c not in known]
            if missing:
                raise ValueError(f"rule {rule.id} cites unknown citation ids: {', '.join(missing)}")
            if rule.provenance == "article-only" and "article" not in rule.citations:
                raise ValueError(f"rule {rule.id} is article-only but does not cite the article")
        for name in Thresholds.model_fields:
            if name in self.limits:
                low, high = self.limits[name]
                value = getattr(self.thresholds, name)
                if not low <= value <= high:
                    raise ValueError(f"threshold {name} = {value:g} is outside its own limits {low:g}-{high:g}")
        unknown_limits = set(self.limits) - set(Thresholds.model_fields)
        if unknown_limits:
            raise ValueError(f"limits name unknown thresholds: {', '.join(sorted(unknown_limits))}")
        if set(self.decisions) != {"withhold", "resume", "continue", "out_of_scope"}:
            raise ValueError("decisions must word exactly withhold, resume, continue and out_of_scope")
        for name, drug_class in self.drug_classes.items():
            if drug_class.rule not in ids:
                raise ValueError(f"drug class {name} names rule {drug_class.rule}, which the pack does not word")
        if set(self.criteria) != set(CRITERION_IDS):
            raise ValueError(f"criteria must word exactly {', '.join(CRITERION_IDS)}")
        if set(self.risk_factors) != set(RISK_FACTOR_IDS):
            raise ValueError(f"risk_factors must word exactly {', '.join(RISK_FACTOR_IDS)}")
        if set(self.vocabulary) != set(VOCABULARY_STATES):
            raise ValueError(f"vocabulary must word exactly {', '.join(VOCABULARY_STATES)}")
        missing_messages = sorted(set(MESSAGE_IDS) - set(self.messages))
        if missing_messages:
            raise ValueError(f"messages must word {', '.join(missing_messages)}")
        return self

    def texts(self) -> dict[str, str]:
        """Every wording of the pack by its dotted path (the keys a translation catalogue uses)."""
        return pack_texts(self.model_dump())

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def template_fields(self) -> dict[str, set[str]]:
        """Every {placeholder} each wording uses, keyed by where it stands (for load-time checks)."""
        found: dict[str, set[str]] = {}

        def scan(where: str, text: str | None) -> None:
            if text:
                found[where] = {name for _, name, _, _ in Formatter().parse(text) if name}

        for rule in self.rules:
            for attr in ("clinician", "patient", "differs"):
                scan(f"rules.{rule.id}.{attr}", getattr(rule, attr))
        for cid, text in self.criteria.items():
            for attr, value in text.model_dump().items():
                scan(f"criteria.{cid}.{attr}", value)
        for key in ("clinician", "patient", "reason"):
            scan(f"provisional.{key}", getattr(self.provisional, key))
        for decision, words in self.decisions.items():
            scan(f"decisions.{decision}.clinician", words.clinician)
            scan(f"decisions.{decision}.patient", words.patient)
        for rid, risk in self.risk_factors.items():
            scan(f"risk_factors.{rid}.label", risk.label)
        for attr, value in self.patient.model_dump().items():
            if isinstance(value, dict):
                for key, text in value.items():
                    scan(f"patient.{attr}.{key}", text)
            else:
                scan(f"patient.{attr}", value)
        return found


class Pack(_PackPart):
    """A loaded pack as the engine uses it: content, its hash, and the site's overrides applied."""

    content: PackContent
    sha256: str
    overrides: tuple[AppliedOverride, ...] = ()
    site: str | None = None
    source: str = ""
    # The site's time zone (IANA name) from its overrides file; a case's own `timezone` wins.
    site_timezone: str | None = None
    # Translation catalogues by language code (wording/<lang>.toml); English is the pack itself.
    catalogues: dict[str, Catalogue] = {}

    @property
    def thresholds(self) -> Thresholds:
        return self.content.thresholds

    @property
    def settings(self) -> Settings:
        return self.content.settings

    def stamp(self) -> PackStamp:
        return PackStamp(
            id=self.content.id, version=self.content.version, sha256=self.sha256, overrides=self.overrides, site=self.site
        )


def canonical_sha256(data: Mapping[str, Any]) -> str:
    """Hash of the pack's meaning: comments, whitespace and key order do not change it."""
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# The wording tables added in pack format 1.2 ([drug], [vocabulary], [messages]). Before it, this very
# wording was written in the application's code, so a pack whose tables say exactly what the code said
# (this fingerprint) means what it meant before and keeps its sha256: cases logged with it still replay.
# Any other wording in them is part of the hash.
WORDING_TABLES = ("drug", "vocabulary", "messages")
CODE_WORDING_SHA256 = "15e9528da86af0e0fb074bcf19e199164ed29953bb9caaec320025a86bb676a8"


def pack_sha256(data: Mapping[str, Any], catalogues: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """The pack's hash: its data, and its translation catalogues when it has any (a changed translation is
    a changed pack); the wording tables are left out while they say what the code used to say."""
    tables = {key: data[key] for key in WORDING_TABLES if key in data}
    hashed: dict[str, Any] = dict(data)
    if canonical_sha256(tables) == CODE_WORDING_SHA256:
        hashed = {key: value for key, value in data.items() if key not in WORDING_TABLES}
    if catalogues:
        hashed["wording"] = dict(catalogues)
    return canonical_sha256(hashed)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise PackError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"{path}: not valid TOML ({exc})") from None


def load_pack_dir(folder: Path) -> Pack:
    """Read pack.toml (and golden.toml when present) from a folder and validate them."""
    data = _read_toml(folder / "pack.toml")
    golden_file = folder / "golden.toml"
    if golden_file.exists():
        data["golden"] = _read_toml(golden_file).get("golden", [])
    try:
        content = PackContent.model_validate(data)
    except ValidationError as exc:
        problem = describe_validation_error(exc)
        raise PackError(f"pack {folder.name} refused: {problem.field}: {problem.message}") from None
    catalogues = read_catalogues(folder, content)
    return Pack(
        content=content,
        sha256=pack_sha256(data, {lang: c.raw for lang, c in catalogues.items()}),
        source=str(folder),
        catalogues=catalogues,
    )


def installed_pack_dirs(extra_roots: Sequence[Path] = ()) -> list[Path]:
    """Folders of the installed packs: those shipped with the application, then those a site dropped
    into one of `extra_roots` (one sub-folder per pack, named by its id, holding pack.toml).

    A dropped pack never replaces a shipped one of the same name: the shipped folder comes first and a
    later folder of the same name is left out.
    """
    root = resources.files("desktop_app.resources") / "packs"
    found = {
        Path(str(entry)).name: Path(str(entry)) for entry in root.iterdir() if entry.is_dir() and (entry / "pack.toml").is_file()
    }
    for extra in extra_roots:
        if not extra.is_dir():
            continue
        for entry in sorted(extra.iterdir()):
            if entry.is_dir() and (entry / "pack.toml").is_file():
                found.setdefault(entry.name, entry)
    return [found[name] for name in sorted(found)]


def installed_pack(pack_id: str = "anakinra-neutropenia", extra_roots: Sequence[Path] = ()) -> Path:
    folders = installed_pack_dirs(extra_roots)
    for folder in folders:
        if folder.name == pack_id:
            return folder
    known = ", ".join(folder.name for folder in folders) or "none"
    raise PackError(f"pack: no installed pack named {pack_id!r} (installed: {known})")


# ---- Site overrides --------------------------------------------------------------------------


class _OverrideEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: float | bool
    reason: str = Field(min_length=3)


class _OverridesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    site: str | None = Field(default=None, max_length=120)
    pack: str | None = None
    timezone: str | None = Field(default=None, max_length=64)
    overrides: dict[str, _OverrideEntry] = {}


def read_site_timezone(path: Path) -> str | None:
    """The `timezone` an overrides file sets for the site (checked to be a known zone), or None."""
    data = _read_toml(path)
    name = data.get("timezone")
    if name is None:
        return None
    from desktop_app.models import zone_named

    try:
        if not isinstance(name, str):
            raise ValueError("must be a zone name such as Europe/Berlin")
        zone_named(name)
    except ValueError as exc:
        raise PackError(f"overrides file {path}: timezone: {exc}") from None
    return name


def read_overrides(path: Path) -> tuple[str | None, str | None, dict[str, tuple[float | bool, str]]]:
    """Parse a site overrides file into (site, pack id, {key: (value, reason)})."""
    data = _read_toml(path)
    try:
        parsed = _OverridesFile.model_validate(data)
    except ValidationError as exc:
        problem = describe_validation_error(exc)
        raise PackError(f"overrides file {path}: {problem.field}: {problem.message}") from None
    entries = {key: (entry.value, entry.reason.strip()) for key, entry in parsed.overrides.items()}
    return parsed.site, parsed.pack, entries


def apply_overrides(
    pack: Pack, entries: Mapping[str, tuple[float | bool, str]], site: str | None = None, source: Literal[""] | str = ""
) -> Pack:
    """Return the pack with a site's threshold and setting changes applied, or raise PackError."""
    content = pack.content
    threshold_changes: dict[str, float] = {}
    setting_changes: dict[str, bool] = {}
    applied: list[AppliedOverride] = []
    where = f" in {source}" if source else ""
    for key in sorted(entries):
        value, reason = entries[key]
        if key in Thresholds.model_fields:
            if isinstance(value, bool):
                raise PackError(f"override {key}{where}: must be a number")
            if key not in content.limits:
                raise PackError(f"override {key}{where}: this threshold is fixed by the pack and cannot be overridden")
            low, high = content.limits[key]
            if not low <= value <= high:
                raise PackError(f"override {key}{where}: {value:g} is outside the sane range {low:g}-{high:g}")
            threshold_changes[key] = float(value)
            default: float | bool = getattr(content.thresholds, key)
        elif key in Settings.model_fields:
            if not isinstance(value, bool):
                raise PackError(f"override {key}{where}: must be true or false")
            setting_changes[key] = value
            default = getattr(content.settings, key)
        else:
            raise PackError(f"override {key}{where}: not a threshold or setting of pack {content.id}")
        if value != default:
            applied.append(AppliedOverride(key=key, value=value, default=default, reason=reason))
    try:
        thresholds = Thresholds.model_validate({**content.thresholds.model_dump(), **threshold_changes})
    except ValidationError as exc:
        raise PackError(f"overrides{where} refused: {describe_validation_error(exc).message}") from None
    settings = content.settings.model_copy(update=setting_changes)
    new_content = content.model_copy(update={"thresholds": thresholds, "settings": settings})
    return pack.model_copy(update={"content": new_content, "overrides": tuple(applied), "site": site})

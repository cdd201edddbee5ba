"""Read lab CSV exports (a header row) through a column mapping: built in, or a site's TOML file."""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop_app.labs.records import LOINC, LabResult, Skipped, normalise

# Test names analysers and spreadsheets print, mapped to the LOINC code they stand for.
TEST_NAMES: dict[str, str] = {
    "anc": "751-8", "neut#": "751-8", "neut abs": "751-8", "neutrophils abs": "751-8", "absolute neutrophils": "751-8",
    "wbc": "6690-2", "leukocytes": "6690-2", "white cells": "6690-2",
    "neut%": "770-8", "neutrophils %": "770-8", "neutrophil_pct": "770-8",
    "bands%": "764-1", "band%": "764-1", "bands": "764-1", "band_pct": "764-1",
    "temp": "8310-5", "temperature": "8310-5", "body temperature": "8310-5",
}  # fmt: skip


@dataclass(frozen=True)
class CsvMapping:
    """Which column holds what; `tests` adds a site's own test names (name -> LOINC)."""

    taken_at: str = "taken_at"
    test: str = "test"
    value: str = "value"
    unit: str = "unit"
    patient: str = "patient"
    status: str = "status"
    tests: dict[str, str] = field(default_factory=dict)


def load_mapping(path: Path) -> CsvMapping:
    """A site mapping file: [columns] taken_at/test/value/unit/patient/status = "header", [tests] name = "LOINC"."""
    from desktop_app.models import InputError

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(path), f"is not a readable mapping file ({exc})") from None
    columns = data.get("columns", {})
    tests = data.get("tests", {})
    known = set(CsvMapping.__dataclass_fields__) - {"tests"}
    if not isinstance(columns, dict) or not isinstance(tests, dict) or set(columns) - known:
        raise InputError(str(path), f"[columns] may name only {', '.join(sorted(known))}; [tests] maps names to LOINC codes")
    if any(not isinstance(v, str) for v in [*columns.values(), *tests.values()]):
        raise InputError(str(path), "every column name and LOINC code must be text")
    return CsvMapping(**columns, tests={k.strip().lower(): v for k, v in tests.items()})


def read_csv(text: str, mapping: CsvMapping) -> tuple[list[tuple[str | None, LabResult]], list[Skipped]]:
    """(patient id, result) for every row of interest, and what was skipped; ValueError names the row."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    try:
        header = [name.strip() for name in reader.fieldnames or []]
    except csv.Error as exc:
        raise ValueError(f"the header row is not readable as CSV ({exc})") from None
    reader.fieldnames = header
    missing = [c for c in (mapping.taken_at, mapping.test, mapping.value, mapping.unit) if c not in header]
    if missing:
        raise ValueError(f"the header row lacks the column(s) {', '.join(missing)} (has: {', '.join(header) or 'none'})")
    names = {**TEST_NAMES, **mapping.tests}
    found: list[tuple[str | None, LabResult]] = []
    skipped: list[Skipped] = []
    try:
        for row in reader:
            where = f"row {reader.line_num}"
            if None in row:
                raise ValueError(f"{where}: has more cells than the header row")
            test = (row.get(mapping.test) or "").strip()
            code = test if test in LOINC else names.get(test.lower(), "")
            if code not in LOINC:
                skipped.append(Skipped(where=where, reason=f"test {test or '(none)'} is not a result NeutroHold reads"))
                continue
            status = (row.get(mapping.status) or "final").strip().lower()
            if status not in ("final", "f", "corrected", "c", "amended"):
                skipped.append(Skipped(where=where, reason=f"status {status} is not final or corrected"))
                continue
            stamp = (row.get(mapping.taken_at) or "").strip()
            try:
                moment = datetime.fromisoformat(stamp)
            except ValueError:
                raise ValueError(f"{where}: {stamp!r} is not an ISO date-time such as 2026-11-24T09:30") from None
            result = normalise(where, code, LOINC[code], row.get(mapping.value) or "", row.get(mapping.unit) or "", moment)
            patient = (row.get(mapping.patient) or "").strip() or None
            found.append((patient, result.model_copy(update={"corrected": status in ("corrected", "c", "amended")})))
    except csv.Error as exc:
        raise ValueError(f"row {reader.line_num}: not readable as CSV ({exc})") from None
    return found, skipped

"""Lab result files (HL7 v2 ORU^R01, FHIR R4 JSON, lab CSV) read into the case contract's readings."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from desktop_app.labs.records import MAX_FILE_BYTES, LabFileError, LabImport, LabResult, Skipped

__all__ = ["LabFileError", "LabImport", "LabResult", "Skipped", "add_to_case", "read_lab_file", "read_lab_text"]


def read_lab_file(
    path: Path, patient_ref: str | None = None, as_of: datetime | None = None, mapping: Path | None = None
) -> LabImport:
    """Read one lab file; LabFileError (naming the file and the segment or entry) when it cannot be used."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LabFileError(str(path), f"is {size / 1024 / 1024:.1f} MB; lab files over 10 MB are refused")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise LabFileError(str(path), "file not found") from None
    except OSError as exc:
        raise LabFileError(str(path), f"cannot be read ({exc.strerror})") from None
    csv_mapping = None
    if mapping is not None:
        from desktop_app.labs.csv_in import load_mapping

        csv_mapping = load_mapping(mapping)
    return read_lab_bytes(raw, str(path), patient_ref, as_of, csv_mapping)


def read_lab_bytes(
    raw: bytes, source: str, patient_ref: str | None = None, as_of: datetime | None = None, mapping: Any = None
) -> LabImport:
    if len(raw) > MAX_FILE_BYTES:
        raise LabFileError(source, "is over 10 MB; lab files over 10 MB are refused")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LabFileError(source, f"is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    return read_lab_text(text, source, patient_ref, as_of, mapping)


def read_lab_text(
    text: str, source: str, patient_ref: str | None = None, as_of: datetime | None = None, mapping: Any = None
) -> LabImport:
    """Read lab text: detect the format, keep the chosen patient's final results, build case readings."""
    from desktop_app.labs.csv_in import CsvMapping, read_csv
    from desktop_app.labs.fhir_in import looks_like_fhir, read_fhir
    from desktop_app.labs.hl7v2 import looks_like_hl7, read_hl7

    fmt: Literal["hl7v2", "fhir", "csv"]
    if "\x00" in text:
        raise LabFileError(source, "is a binary file, not HL7 v2, FHIR JSON or CSV")
    try:
        if looks_like_hl7(text):
            fmt, (found, skipped) = "hl7v2", read_hl7(text)
        elif looks_like_fhir(text):
            fmt, (found, skipped) = "fhir", read_fhir(text)
        elif "," in text.partition("\n")[0] or ";" in text.partition("\n")[0] or "\t" in text.partition("\n")[0]:
            fmt, (found, skipped) = "csv", read_csv(text, mapping or CsvMapping())
        else:
            raise ValueError("is not an HL7 v2 message, FHIR JSON or a CSV with a header row")
    except LabFileError:
        raise
    except (ValueError, RecursionError) as exc:
        raise LabFileError(source, str(exc)) from None
    chosen = _choose_patient(found, patient_ref, source)
    results, superseded = _latest_versions(chosen)
    skipped = [*skipped, *superseded]
    if as_of is not None:
        for result in results:
            if _after(result.taken_at, as_of):
                raise LabFileError(
                    source,
                    f"{result.where}: taken at {result.taken_at.isoformat()}, after the evaluation time {as_of.isoformat()}",
                )
    anc, cbc, temperatures, unused = _case_readings(results)
    if not anc and not cbc:
        raise LabFileError(source, "holds no final neutrophil result (absolute count, or WBC with neutrophil %)")
    return LabImport(
        source=source, format=fmt, patient_ref=patient_ref or next((p for p, _ in chosen if p), None),
        results=tuple(results), skipped=tuple([*skipped, *unused]),
        anc=tuple(anc), cbc=tuple(cbc), temperatures=tuple(temperatures),
    )  # fmt: skip


def _after(moment: datetime, as_of: datetime) -> bool:
    if (moment.tzinfo is None) != (as_of.tzinfo is None):
        # One side is wall-clock time: compare as the workstation's local time.
        moment, as_of = moment.astimezone(), as_of.astimezone()
    return moment > as_of


def _choose_patient(
    found: list[tuple[str | None, LabResult]], patient_ref: str | None, source: str
) -> list[tuple[str | None, LabResult]]:
    patients = sorted({p for p, _ in found if p})
    if patient_ref is None:
        if len(patients) > 1:
            raise LabFileError(
                source, f"holds results of {len(patients)} patients ({', '.join(patients[:5])}); choose one with --patient"
            )
        return found
    if patients and patient_ref not in patients:
        raise LabFileError(source, f"is for patient {', '.join(patients[:5])}, not {patient_ref}; nothing was read")
    return [(p, r) for p, r in found if p in (patient_ref, None)]


def _latest_versions(found: list[tuple[str | None, LabResult]]) -> tuple[list[LabResult], list[Skipped]]:
    """One result per measure and time: a corrected result replaces the earlier one."""
    kept: dict[tuple[str, datetime], LabResult] = {}
    skipped: list[Skipped] = []
    for _, result in found:
        key = (result.kind, result.taken_at)
        earlier = kept.get(key)
        if earlier is not None:
            if earlier.corrected and not result.corrected:
                skipped.append(Skipped(where=result.where, reason=f"replaced by the corrected result in {earlier.where}"))
                continue
            reason = (
                f"replaced by the corrected result in {result.where}"
                if result.corrected
                else f"the same measure at the same time again in {result.where}"
            )
            skipped.append(Skipped(where=earlier.where, reason=reason))
        kept[key] = result
    return sorted(kept.values(), key=lambda r: (r.taken_at.isoformat(), r.kind)), skipped


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _number(value: float) -> float | int:
    return int(value) if value == int(value) and abs(value) < 1e15 else value


def _case_readings(results: list[LabResult]) -> tuple[list[dict], list[dict], list[dict], list[Skipped]]:
    anc: list[dict] = []
    temperatures: list[dict] = []
    by_time: dict[datetime, dict[str, LabResult]] = {}
    for result in results:
        if result.kind == "anc":
            anc.append({"value": _number(result.value), "unit": result.unit, "taken_at": _stamp(result.taken_at)})
        elif result.kind == "temperature":
            temperatures.append({"celsius": _number(result.value), "taken_at": _stamp(result.taken_at)})
        else:
            by_time.setdefault(result.taken_at, {})[result.kind] = result
    absolute_times = {r.taken_at for r in results if r.kind == "anc"}
    cbc: list[dict] = []
    unused: list[Skipped] = []
    for moment, parts in by_time.items():
        if moment in absolute_times:
            unused += [
                Skipped(where=p.where, reason="the absolute neutrophil count of the same time is used") for p in parts.values()
            ]
        elif "wbc" in parts and "neutrophil_pct" in parts:
            band = parts.get("band_pct")
            cbc.append({
                "wbc": _number(parts["wbc"].value), "wbc_unit": parts["wbc"].unit,
                "neutrophil_pct": _number(parts["neutrophil_pct"].value), "band_pct": _number(band.value) if band else 0,
                "taken_at": _stamp(moment),
            })  # fmt: skip
        else:
            unused += [
                Skipped(where=p.where, reason="no WBC and neutrophil % of the same time to derive a count from")
                for p in parts.values()
            ]
    return anc, cbc, temperatures, unused


def _same_moment(a: Any, b: Any) -> bool:
    try:
        first = a if isinstance(a, datetime) else datetime.fromisoformat(str(a))
        second = b if isinstance(b, datetime) else datetime.fromisoformat(str(b))
    except ValueError:
        return False
    if (first.tzinfo is None) != (second.tzinfo is None):
        return False
    return first == second


def add_to_case(data: dict[str, Any], found: LabImport) -> tuple[dict[str, Any], list[Skipped]]:
    """A copy of raw case data with the file's readings added; readings already in the case are not added twice."""
    from desktop_app.units import canonical_count_unit

    factor = {"cells/uL": 1, "cells/mm3": 1, "10^9/L": 1000, "10^3/uL": 1000}

    def cells(value: Any, unit: Any) -> float | None:
        canonical = canonical_count_unit(unit) if isinstance(unit, str) else None
        if canonical is None or not isinstance(value, (int, float)):
            return None
        return value * factor[canonical]

    merged = dict(data)
    skipped: list[Skipped] = []
    existing_anc = [r for r in data.get("anc", []) if isinstance(r, dict)]
    existing_cbc = [r for r in data.get("cbc", []) if isinstance(r, dict)]
    existing_temps = [r for r in data.get("temperatures", []) if isinstance(r, dict)]
    new_anc = []
    for reading in found.anc:
        value = cells(reading["value"], reading["unit"])
        if any(
            _same_moment(r.get("taken_at"), reading["taken_at"]) and cells(r.get("value"), r.get("unit")) == value
            for r in existing_anc
        ):
            skipped.append(Skipped(where=f"anc {reading['taken_at']}", reason="already in the case (same time and value)"))
        else:
            new_anc.append(reading)
    new_cbc = []
    for reading in found.cbc:
        if any(
            _same_moment(r.get("taken_at"), reading["taken_at"])
            and r.get("wbc") == reading["wbc"]
            and r.get("neutrophil_pct") == reading["neutrophil_pct"]
            for r in existing_cbc
        ):
            skipped.append(Skipped(where=f"cbc {reading['taken_at']}", reason="already in the case (same time and value)"))
        else:
            new_cbc.append(reading)
    new_temps = []
    for reading in found.temperatures:
        if any(
            _same_moment(r.get("taken_at"), reading["taken_at"]) and r.get("celsius") == reading["celsius"]
            for r in existing_temps
        ):
            skipped.append(
                Skipped(where=f"temperature {reading['taken_at']}", reason="already in the case (same time and value)")
            )
        else:
            new_temps.append(reading)
    if new_anc:
        merged["anc"] = [*data.get("anc", []), *new_anc]
    if new_cbc:
        merged["cbc"] = [*data.get("cbc", []), *new_cbc]
    if new_temps:
        merged["temperatures"] = [*data.get("temperatures", []), *new_temps]
    return merged, skipped

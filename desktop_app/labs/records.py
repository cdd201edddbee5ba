"""What a lab file holds once read: results as written and normalised, and what was skipped and why."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from desktop_app.models import InputError
from desktop_app.units import canonical_count_unit

Kind = Literal["anc", "wbc", "neutrophil_pct", "band_pct", "temperature"]

# LOINC codes read from lab files, and what each one measures.
LOINC: dict[str, Kind] = {
    "751-8": "anc", "753-3": "anc", "26499-4": "anc",
    "6690-2": "wbc", "26464-8": "wbc",
    "770-8": "neutrophil_pct", "26511-6": "neutrophil_pct",
    "764-1": "band_pct", "26508-2": "band_pct",
    "8310-5": "temperature", "8331-1": "temperature",
}  # fmt: skip
# The LOINC code each kind is written back under.
LOINC_OUT: dict[Kind, tuple[str, str]] = {
    "anc": ("751-8", "Neutrophils [#/volume] in Blood"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood"),
    "neutrophil_pct": ("770-8", "Neutrophils/100 leukocytes in Blood"),
    "band_pct": ("764-1", "Band form neutrophils/100 leukocytes in Blood"),
    "temperature": ("8310-5", "Body temperature"),
}
CELSIUS = {"cel", "c", "°c", "degc", "deg c", "celsius", "℃"}
FAHRENHEIT = {"[degf]", "degf", "f", "°f", "deg f", "fahrenheit", "℉"}
PERCENT = {"%", "percent", "pct"}
MAX_FILE_BYTES = 10 * 1024 * 1024


class LabFileError(InputError):
    """A lab file that cannot be used; `field` is the file, the message names the segment or entry."""

    def __init__(self, field: str, message: str) -> None:
        # One line, whatever the file held: text quoted from a damaged file may carry line breaks.
        line = " ".join(message.split())
        super().__init__(field, line if len(line) <= 300 else line[:297] + "...")


class LabResult(BaseModel):
    """One result: where it is in the file, as written, and in the case contract's unit."""

    model_config = ConfigDict(frozen=True)

    where: str
    code: str
    kind: Kind
    written_value: str
    written_unit: str
    value: float
    unit: str
    taken_at: datetime
    corrected: bool = False


class Skipped(BaseModel):
    model_config = ConfigDict(frozen=True)

    where: str
    reason: str


class LabImport(BaseModel):
    """A read lab file: the chosen patient's results, the case fields they make, and what was skipped."""

    model_config = ConfigDict(frozen=True)

    source: str
    format: Literal["hl7v2", "fhir", "csv"]
    patient_ref: str | None
    results: tuple[LabResult, ...]
    skipped: tuple[Skipped, ...]
    anc: tuple[dict, ...] = ()
    cbc: tuple[dict, ...] = ()
    temperatures: tuple[dict, ...] = ()


def normalise(where: str, code: str, kind: Kind, value_text: str, unit_text: str, taken_at: datetime) -> LabResult:
    """A result in the contract's unit; LabFileError for a unit that is not the measure's."""
    try:
        value = float(value_text.strip())
    except ValueError:
        raise ValueError(f"{where}: the value {value_text!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"{where}: the value {value_text!r} is not a number")
    folded = unit_text.strip().lower()
    if kind in ("anc", "wbc"):
        unit = canonical_count_unit(unit_text)
        if unit is None:
            raise ValueError(f"{where}: the unit {unit_text!r} of {code} is not a known count unit")
    elif kind in ("neutrophil_pct", "band_pct"):
        if folded not in PERCENT:
            raise ValueError(f"{where}: the unit {unit_text!r} of {code} is not %")
        unit = "%"
    elif folded in CELSIUS:
        unit = "Cel"
    elif folded in FAHRENHEIT:
        value, unit = round((value - 32) * 5 / 9, 2), "Cel"
    else:
        raise ValueError(f"{where}: the unit {unit_text!r} of {code} is not Cel or [degF]")
    return LabResult(
        where=where, code=code, kind=kind, written_value=value_text.strip(), written_unit=unit_text.strip(),
        value=value, unit=unit, taken_at=taken_at,
    )  # fmt: skip

"""Read HL7 v2.x ORU^R01 result messages (one or many, batch headers allowed) with python-hl7."""

from __future__ import annotations

from datetime import datetime

from desktop_app.labs.records import LOINC, LabResult, Skipped, normalise

FINAL_STATUSES = {"F", "C"}  # OBX-11: final, corrected


def looks_like_hl7(text: str) -> bool:
    return text.lstrip()[:3] in ("MSH", "FHS", "BHS")


def _moment(text: str, where: str) -> datetime:
    from hl7.datatypes import parse_datetime

    try:
        moment = parse_datetime(text)
    except (ValueError, TypeError, IndexError):
        moment = None
    if moment is None:
        raise ValueError(f"{where}: {text!r} is not an HL7 date-time")
    return moment


def read_hl7(text: str) -> tuple[list[tuple[str | None, LabResult]], list[Skipped]]:
    """(patient id, result) for every OBX of interest, and what was skipped; ValueError names the segment."""
    import hl7

    # python-hl7 splits segments on \r only; files saved on other systems end them with \n.
    text = text.replace("\r\n", "\r").replace("\n", "\r")
    try:
        parsed = hl7.parse_file(text)
    # python-hl7 asserts on a header without its separator characters ("MSH" alone).
    except (hl7.ParseException, ValueError, IndexError, KeyError, AssertionError) as exc:
        raise ValueError(f"is not a readable HL7 v2 file ({exc or 'a segment header without its separators'})") from None
    found: list[tuple[str | None, LabResult]] = []
    skipped: list[Skipped] = []
    number = 0
    messages = [message for batch in parsed for message in batch]
    if not messages:
        raise ValueError("holds no HL7 v2 message (no MSH segment)")
    for message in messages:
        number += 1
        try:
            kind = f"{message.extract_field('MSH', 1, 9, 1, 1)}^{message.extract_field('MSH', 1, 9, 1, 2)}"
        except (KeyError, IndexError):
            raise ValueError(f"message {number}: the MSH segment has no message type") from None
        if kind != "ORU^R01":
            raise ValueError(f"message {number}: the message type is {kind}, not ORU^R01 (observation results)")
        found += _results(message, number, skipped)
    return found, skipped


def _field(segment, field: int, component: int = 1) -> str:
    try:
        return str(segment.extract_field(1, field, 1, component)).strip()
    except (IndexError, KeyError):
        return ""


def _results(message, number: int, skipped: list[Skipped]) -> list[tuple[str | None, LabResult]]:
    patient: str | None = None
    order_time = ""
    found: list[tuple[str | None, LabResult]] = []
    for index, segment in enumerate(message, start=1):
        name = str(segment[0]).strip()
        where = f"message {number} segment {index} ({name})"
        if name == "PID":
            patient = _field(segment, 3) or None
        elif name == "OBR":
            order_time = _field(segment, 7)
        elif name == "OBX":
            code = _field(segment, 3)
            if code not in LOINC:
                skipped.append(Skipped(where=where, reason=f"code {code or '(none)'} is not a result NeutroHold reads"))
                continue
            status = _field(segment, 11).upper()
            if status not in FINAL_STATUSES:
                skipped.append(Skipped(where=where, reason=f"status {status or '(none)'} is not final or corrected"))
                continue
            stamp = _field(segment, 14) or order_time
            if not stamp:
                raise ValueError(f"{where}: {code} has no time (OBX-14 or OBR-7)")
            result = normalise(where, code, LOINC[code], _field(segment, 5), _field(segment, 6), _moment(stamp, where))
            found.append((patient, result.model_copy(update={"corrected": status == "C"})))
    return found

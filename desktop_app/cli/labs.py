"""The `neutrohold labs FILE` command and the lab hooks of `evaluate` (--labs, --mapping, --with-pdf)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_OK, Verbs, iso_moment


def add_labs_command(verbs: Verbs) -> None:
    labs = verbs.add_parser("labs", help="read a lab result file (HL7 v2 ORU^R01, FHIR R4 JSON, CSV) and print what it holds")
    labs.add_argument("file", type=Path, metavar="FILE", help="lab result file")
    labs.add_argument("--patient", metavar="REF", help="read only this patient's results (refused if the file is for another)")
    labs.add_argument("--mapping", type=Path, metavar="FILE", help="site CSV column mapping (TOML)")
    labs.add_argument("--as-of", type=iso_moment, metavar="ISO", help="refuse results taken after this moment")
    labs.add_argument("--json", action="store_true", help="print the readings as JSON")
    labs.set_defaults(handler=_labs)


def add_evaluate_options(evaluate: argparse.ArgumentParser) -> None:
    evaluate.add_argument(
        "--labs", type=Path, action="append", default=[], metavar="FILE", help="add the readings of a lab file (repeatable)"
    )
    evaluate.add_argument("--mapping", type=Path, metavar="FILE", help="site CSV column mapping (TOML) for --labs")
    evaluate.add_argument(
        "--with-pdf", action="store_true", help="with --format fhir: add the clinician summary as a DocumentReference"
    )


def _labs(args: argparse.Namespace) -> int:
    from desktop_app.labs import read_lab_file

    found = read_lab_file(args.file, args.patient, args.as_of, args.mapping)
    if args.json:
        sys.stdout.write(json.dumps(found.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    lines = [f"{found.source}: {found.format}, patient {found.patient_ref or '(not named in the file)'}"]
    for result in found.results:
        lines.append(
            f"  {result.taken_at.isoformat(timespec='minutes')}  {result.code:<8} {result.kind:<15} "
            f"{result.written_value} {result.written_unit}  -> {result.value:g} {result.unit}"
            + ("  (corrected)" if result.corrected else "")
        )
    lines.append(f"case readings: {len(found.anc)} anc, {len(found.cbc)} cbc, {len(found.temperatures)} temperatures")
    for skip in found.skipped:
        lines.append(f"  skipped {skip.where}: {skip.reason}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def with_labs(data: Any, args: argparse.Namespace) -> Any:
    """Raw case data with every --labs file's readings added (the case's patient_ref must match each file)."""
    from desktop_app.labs import add_to_case, read_lab_file
    from desktop_app.models import InputError

    if not args.labs:
        return data
    if not isinstance(data, dict):
        raise InputError("case", "must be a JSON object")
    patient = data.get("patient_ref") if isinstance(data.get("patient_ref"), str) else None
    as_of = args.as_of
    if as_of is None and isinstance(data.get("as_of"), str):
        from desktop_app.services.evaluation import parse_moment

        as_of = parse_moment(data["as_of"], "as_of")
    for path in args.labs:
        data, _ = add_to_case(data, read_lab_file(path, patient.strip() if patient else None, as_of, args.mapping))
    return data

"""The `neutrohold log ...` commands: add, list, show, print, export, import, trust, workstation, sync, backup,
restore, verify, replay."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_CHECK_FAILED,
    EXIT_OK,
    LOG_HELP,
    Verbs,
    add_log_options,
    add_pack_option,
    add_print_options,
    iso_moment,
    reporting_log_errors,
    say,
)
from desktop_app.services import renderers

if TYPE_CHECKING:
    from desktop_app.knowledge import Pack

DECISIONS = ("withhold", "resume", "continue", "out_of_scope")


def add_log_commands(verbs: Verbs) -> None:
    """Attach `log` and its commands to the top-level sub-command parser."""
    log = verbs.add_parser("log", help=LOG_HELP)
    commands = log.add_subparsers(dest="log_command", metavar="LOG_COMMAND", required=True)

    add = commands.add_parser("add", help="evaluate case files and record each in the log as soon as it is evaluated")
    add.add_argument("cases", nargs="+", type=Path, metavar="CASE.json", help="case files (JSON, case contract v1)")
    add.add_argument("--as-of", type=iso_moment, metavar="ISO", help="moment of evaluation (default: the case's as_of, else now)")
    add.add_argument("--json", action="store_true", help="print one JSON object per recorded case")
    add.add_argument("--who", metavar="NAME", help="who is recording (default: the signed-in user)")
    add_pack_option(add)
    add_log_options(add, _add, overrides=True)

    listing = commands.add_parser("list", help="list logged cases, newest first")
    listing.add_argument("--search", default="", metavar="Q", help="words to find in patient refs and notes")
    listing.add_argument("--decision", choices=DECISIONS, help="only cases with this recommended decision")
    listing.add_argument("--since", metavar="ISO", help="only cases evaluated at or after this date or moment")
    listing.add_argument("--until", metavar="ISO", help="only cases evaluated up to this date (whole day) or moment")
    listing.add_argument("--pack-version", metavar="VERSION", help="only cases evaluated with this pack version")
    listing.add_argument("--limit", type=int, default=50, metavar="N", help="how many cases to show (default 50)")
    listing.add_argument("--offset", type=int, default=0, metavar="N", help="skip this many cases first")
    listing.add_argument("--json", action="store_true", help="print a JSON array of cases")
    add_log_options(listing, _list)

    show = commands.add_parser("show", help="show one logged case with its history")
    show.add_argument("id", metavar="ID", help="case id, or its first 6 or more characters")
    show.add_argument("--json", action="store_true", help="print the whole record as JSON")
    shown = ("text", *(name for name in renderers.names("one", terminal=True) if name != "text"))
    show.add_argument("--format", choices=shown, default="text", help="text (default), json, or fhir (an R4 Bundle)")
    show.add_argument(
        "--ics", type=Path, metavar="FILE", help="also write the case's monitoring schedule as a new iCalendar file"
    )
    add_log_options(show, _show)

    export = commands.add_parser("export", help="export the log to a new JSON (re-importable) or CSV file")
    export.add_argument(
        "--format", choices=renderers.names("log"), required=True, help="fhir: NDJSON, one R4 Bundle per evaluation"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="new file to write (never overwritten)")
    add_log_options(export, _export)

    importing = commands.add_parser("import", help="merge a JSON export from another workstation (idempotent)")
    importing.add_argument("source", type=Path, metavar="FILE")
    importing.add_argument(
        "--accept-unsigned", action="store_true",
        help="take an unsigned file, or one from a workstation not trusted here; its records are marked unsigned",
    )  # fmt: skip
    add_log_options(importing, _import)

    trusting = commands.add_parser("trust", help="enrol another workstation's public key (from its key file or a signed export)")
    trusting.add_argument("source", type=Path, metavar="FILE")
    trusting.set_defaults(handler=reporting_log_errors(_trust))

    whoami = commands.add_parser("workstation", help="this workstation's id and key fingerprint, to read out to another site")
    whoami.set_defaults(handler=reporting_log_errors(_workstation))

    syncing = commands.add_parser(
        "sync", help="exchange records with other workstations through a shared folder (USB stick); run again, nothing changes"
    )
    syncing.add_argument("folder", type=Path, metavar="FOLDER")
    syncing.add_argument("--trust-new", action="store_true", help="trust workstations seen in the folder for the first time")
    add_log_options(syncing, _sync)

    backup = commands.add_parser("backup", help="copy the log while it is in use")
    backup.add_argument(
        "out", type=Path, nargs="?", metavar="OUT.db", help="new file (default: a dated file in the backups folder)"
    )
    add_log_options(backup, _backup)

    restore = commands.add_parser(
        "restore", help="put a verified backup in place of the log; the previous log and its -wal/-shm are kept, renamed"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP.db", help="the backup to restore (checked before anything moves)")
    add_log_options(restore, _restore)

    verify = commands.add_parser("verify", help="check file integrity, foreign keys and the audit chain")
    verify.add_argument(
        "--anchor", type=Path, action="append", metavar="FILE",
        help="an anchor file the log must still hold (repeatable; default: the anchors kept for this log)",
    )  # fmt: skip
    add_log_options(verify, _verify)

    withdraw = commands.add_parser("withdraw", help="withdraw an evaluation, pitfall tick or override as entered in error")
    withdraw.add_argument("id", metavar="ID", help="id of the evaluation (or its first 6+ characters), tick or override")
    withdraw.add_argument("--reason", metavar="TEXT", help="why it is withdrawn (required)")
    withdraw.add_argument("--who", metavar="NAME", help="who withdraws it (default: the signed-in user)")
    add_log_options(withdraw, _withdraw)

    anchor = commands.add_parser("anchor", help="write the audit head to a small self-hashed file, to detect removal later")
    anchor.add_argument("--out", type=Path, metavar="FILE", help="new anchor file (default: kept in the settings folder)")
    add_log_options(anchor, _anchor)

    printing = commands.add_parser("print", help="print a logged case (with its checklist ticks) to a PDF")
    printing.add_argument("id", metavar="ID", help="case id, or its first 6 or more characters")
    add_print_options(printing, required=True)
    printing.add_argument(
        "--who", metavar="NAME", help="who prints it, noted in the case's audit trail (default: the signed-in user)"
    )
    add_log_options(printing, _print)

    replay = commands.add_parser("replay", help="re-evaluate logged cases with the current pack and list changed decisions")
    replay.add_argument("--json", action="store_true", help="print the replay report as JSON")
    replay.add_argument("--check", action="store_true", help="exit 1 when any decision would now differ")
    add_log_options(replay, _replay, overrides=True)


def _add(args: argparse.Namespace) -> int:
    import json

    from desktop_app.models import InputError
    from desktop_app.services import caselog
    from desktop_app.services.evaluation import evaluate_data, read_case_file
    from desktop_app.services.packs import pack_for_case

    who = args.who if args.who is not None else caselog.default_who()
    opened: dict[str, Pack] = {}
    status = EXIT_OK
    with caselog.open_log(getattr(args, "db", None)) as log:
        for path in args.cases:
            try:
                data = read_case_file(path)
                pack = pack_for_case(data, args.pack, getattr(args, "overrides", None), opened)
                case, recommendation = evaluate_data(data, pack, args.as_of, datetime.now().astimezone().replace(microsecond=0))
            except InputError as exc:
                # Each file is its own unit: report it, write nothing from it, go on with the next.
                field = exc.field if exc.field == str(path) else f"{path}: {exc.field}"
                print(f"neutrohold: invalid input: {field}: {exc.message}", file=sys.stderr)
                status = EXIT_BAD_INPUT
                continue
            evaluation_id = caselog.record_evaluation(log, case, recommendation, who=who)
            if args.json:
                say(json.dumps({
                    "id": evaluation_id, "decision": recommendation.decision, "patient_ref": case.patient_ref,
                    "as_of": recommendation.as_of.isoformat(), "file": str(path),
                }, ensure_ascii=False))  # fmt: skip
            else:
                say(f"{evaluation_id}  {recommendation.decision:<8}  {case.patient_ref}")
    return status


def _list(args: argparse.Namespace) -> int:
    import json

    from desktop_app.models import InputError
    from desktop_app.services import caselog

    if not 1 <= args.limit <= 1000 or args.offset < 0:
        raise InputError("--limit", "must be 1 to 1000, with --offset 0 or more")
    filters = caselog.CaseFilter(
        decision=args.decision,
        since=caselog.parse_filter_moment(args.since, "--since", end_of_day=False) if args.since else None,
        until=caselog.parse_filter_moment(args.until, "--until", end_of_day=True) if args.until else None,
        pack_version=args.pack_version,
    )
    with caselog.open_reader(getattr(args, "db", None)) as log:
        rows = caselog.list_cases(log, args.search, filters, args.offset, args.limit)
        total = caselog.count_cases(log, args.search, filters)
    if args.json:
        say(json.dumps([row.model_dump(mode="json") for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not rows:
        say("no logged cases match")
        return EXIT_OK
    say(f"{'EVALUATED':<16}  {'DECISION':<8}  {'TAKEN':<8}  {'ANC':>6}  {'PATIENT':<16}  {'PACK':<8}  ID")
    for row in rows:
        say(
            f"{row.as_of:%Y-%m-%d %H:%M}  {row.decision:<8}  {row.decision_taken or '-':<8}  {row.anc_cells_per_uL:>6}  "
            f"{row.patient_ref:<16}  {row.pack_version:<8}  {row.id}"
        )
    say(f"{args.offset + 1}-{args.offset + len(rows)} of {total} cases")
    return EXIT_OK


def _print(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog
    from desktop_app.services.languages import printout_language
    from desktop_app.services.printing import context_for_logged_case, printing_pack

    with caselog.open_reader(getattr(args, "db", None)) as log:
        record = caselog.get_case(log, caselog.find_case_id(log, args.id))
        head = caselog.audit_head(log)
    pack = printing_pack(record.recommendation)
    language = printout_language(args.language, pack)
    context = context_for_logged_case(record, clinician_name=record.row.who, audit_head=head.short if head else None)
    rendering = renderers.Rendering(
        record.case,
        record.recommendation,
        pack=pack,
        context=context.model_copy(update={"language": language}),
        audience=args.audience,
        paper=args.paper,
        large_print=args.large_print,
        language=language,
    )
    out = renderers.write("pdf", rendering, args.pdf)
    facts = {"audience": args.audience, "to": "pdf", "destination": str(out), "language": language, "paper": args.paper}
    who = args.who if args.who is not None else caselog.default_who()
    with caselog.open_log(getattr(args, "db", None), create=False) as log:
        caselog.record_printout(log, record.row.id, facts, who=who)
    say(f"{record.row.id}  {args.audience} {args.paper} {language} PDF written to {out}")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        record = caselog.get_case(log, caselog.find_case_id(log, args.id))
        provenance = caselog.get_provenance(log, record.row.id)
    rendering = renderers.Rendering(record.case, record.recommendation, record=record, provenance=provenance)
    if args.ics is not None:
        renderers.write("ics", rendering, args.ics)
    chosen = "json" if args.json else args.format
    if chosen != "text":  # text is the case with its history, below; every other format comes from its renderer
        sys.stdout.write(renderers.render(chosen, rendering).decode("utf-8"))
        sys.stdout.flush()
        return EXIT_OK
    row, rec = record.row, record.recommendation
    lines = [
        f"case {row.id}",
        f"patient      {row.patient_ref}",
        f"evaluated    {row.as_of.isoformat()}  (recorded {row.recorded_at:%Y-%m-%d %H:%M} UTC by {row.who})",
        f"decision     {row.decision}: {rec.headline}",
        f"ANC          {row.anc_cells_per_uL} cells/uL ({row.severity})",
        f"pack         {row.pack_id} {row.pack_version} sha256 {rec.pack.sha256[:12]}"
        + (f"  overrides: {', '.join(o.key for o in rec.pack.overrides)}" if rec.pack.overrides else ""),
    ]
    if record.withdrawal is not None:
        lines.insert(1, "WITHDRAWN    entered in error: " + _withdrawn(record.withdrawal) + "; the entry below no longer counts")
    if provenance is not None:
        lines.append(f"origin       {provenance.describe()}")
    if record.episode is not None:
        lines.append(f"episode      {record.episode.status} since {record.episode.opened_at:%Y-%m-%d %H:%M}")
    for override in record.clinician_overrides:
        gone = record.withdrawal_of(override.id)
        text = f"{override.decision_taken} by {override.who} ({override.reason}) {override.text}".rstrip()
        if gone is None:
            lines.append(f"OVERRIDDEN   {text}")
        else:
            lines.append(f"~~override~~ {_struck(text)}  [withdrawn {_withdrawn(gone)}]  id {override.id}")
    lines.append("readings")
    for reading in record.observations:
        lines.append(
            f"  {reading.taken_at:%Y-%m-%d %H:%M}  {reading.kind:<11}  {reading.value:g} {reading.unit}  -> {reading.normalised:g}"
        )
    ticked = {ack.pitfall_id: ack for ack in record.standing_acknowledgements}
    lines.append("pitfall checklist")
    for pitfall in rec.pitfalls:
        ack = ticked.get(pitfall.id)
        lines.append(f"  [{'x' if ack else ' '}] {pitfall.id}" + (f"  (ticked by {ack.who}, id {ack.id})" if ack else ""))
    for ack in record.acknowledgements:
        gone = record.withdrawal_of(ack.id)
        if gone is not None:
            lines.append(f"  [-] {_struck(ack.pitfall_id)}  (ticked by {ack.who}; withdrawn {_withdrawn(gone)})")
    if record.case.notes:
        lines.append(f"case notes   {record.case.notes}")
    for note in record.notes:
        lines.append(f"note         {note.at:%Y-%m-%d %H:%M} {note.who}: {note.text}")
    if len(record.history) > 1:
        lines.append("history of this patient")
        for past in record.history:
            marker = "*" if past.id == row.id else " "
            entry = f"{past.as_of:%Y-%m-%d %H:%M}  {past.decision:<8}  ANC {past.anc_cells_per_uL:>6}"
            gone = record.withdrawal_of(past.id)
            if gone is not None:
                entry = f"{_struck(entry)}  [withdrawn {_withdrawn(gone)}]"
            lines.append(f" {marker} {entry}  {past.id}")
    say("\n".join(lines))
    return EXIT_OK


def _struck(text: str) -> str:
    """Text shown struck through (a combining long stroke on each character), still readable."""
    return "".join(char + "\u0336" for char in text)


def _withdrawn(withdrawal: Any) -> str:
    return f"by {withdrawal.who} at {withdrawal.at:%Y-%m-%d %H:%M} UTC: {withdrawal.reason}"


def _withdraw(args: argparse.Namespace) -> int:
    from desktop_app.models import InputError
    from desktop_app.services import caselog

    if args.reason is None or not args.reason.strip():
        raise InputError("--reason", "say why the entry is withdrawn (a reason is required)")
    who = args.who if args.who is not None else caselog.default_who()
    with caselog.open_log(getattr(args, "db", None), create=False) as log:
        withdrawal = caselog.withdraw(log, args.id, args.reason, who=who)
    say(
        f"withdrew {withdrawal.target_table} {withdrawal.target_id} as entered in error (kept in the history; withdrawal {withdrawal.id})"
    )
    return EXIT_OK


def _anchor(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        written = caselog.write_anchor(log, args.out)
    if written is None:
        say("the log has no audit events yet; there is nothing to anchor")
        return EXIT_OK
    path, anchor = written
    say(f"anchored audit event #{anchor.seq} {anchor.hash[:12]} ({anchor.events} events) in {path}")
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        cases = caselog.export_log(log, args.out, args.format)
    say(f"exported {cases} cases to {args.out}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_log(getattr(args, "db", None)) as log:
        summary = caselog.import_log(log, args.source, accept_unsigned=args.accept_unsigned)
    new = ", ".join(f"{count} {table}" for table, count in summary.added.items() if count) or "nothing new"
    say(f"imported {summary.added['evaluations']} cases ({new}); {summary.already_present} records were already here")
    if summary.updated["episodes"]:
        say(f"updated the status of {summary.updated['episodes']} episodes to their later state")
    if summary.kept_local:
        say(f"kept the local version of {summary.kept_local} records that differ in the file")
    return EXIT_OK


def _trust(args: argparse.Namespace) -> int:
    from desktop_app.services import workstation

    key = workstation.read_key_file(args.source)
    added = workstation.trust(key)
    state = "now trusted" if added else "already trusted"
    say(f"workstation {key.name} ({key.id}) is {state}; fingerprint {key.fingerprint}")
    say("compare the fingerprint with the one `neutrohold log workstation` shows on that workstation")
    return EXIT_OK


def _workstation(args: argparse.Namespace) -> int:
    from desktop_app.services import workstation

    key = workstation.own_key()
    say(f"workstation {key.name} ({key.id}); fingerprint {key.fingerprint}")
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog
    from desktop_app.services.log_exchange import sync

    with caselog.open_log(getattr(args, "db", None)) as log:
        report = sync(log, args.folder, trust_new=args.trust_new)
    if report.written is not None:
        say(f"wrote {report.written_cases} cases of this workstation to {report.written}")
    else:
        say("the folder already holds every record of this workstation")
    for key in report.enrolled:
        say(f"trusted new workstation {key.name} ({key.id}); fingerprint {key.fingerprint}")
    say(f"imported {report.added_cases} cases from {len(report.imported)} files")
    for key in report.untrusted:
        say(f"not trusted, not imported: workstation {key.name} ({key.id}); fingerprint {key.fingerprint} (use --trust-new)")
    for problem in report.refused:
        say(f"refused: {problem}")
    if report.refused:
        print(f"neutrohold: sync refused {len(report.refused)} files: {report.refused[0]}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        facts = caselog.take_backup(log, args.out)
    say(f"backed up {facts.cases} cases to {facts.path} (checked: integrity, identity of the log)")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    report = caselog.restore(args.backup, getattr(args, "db", None))
    newest = report.backup.newest_recorded_at or "none"
    say(f"restored {report.backup.cases} cases from {report.backup.path} into {report.log} (newest case recorded {newest} UTC)")
    if report.kept:
        say("the previous log was kept, renamed: " + ", ".join(str(path) for path in report.kept))
    if report.missing_ids is None:
        say(f"the previous log could not be read: cases recorded after {newest} UTC may be missing; enter them again")
    elif report.missing_ids:
        say(f"{len(report.missing_ids)} cases in the previous log are not in the backup; enter them again:")
        for case_id in report.missing_ids:
            say(f"  {case_id}")
    else:
        say("no case of the previous log is missing from the backup")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        report = caselog.verify(log, args.anchor)
    if report.ok:
        anchored = f"; {report.anchors} anchors still held" if report.anchors else ""
        say(f"ok: {report.cases} cases, {report.events} audit events; integrity, foreign keys and audit chain intact{anchored}")
        return EXIT_OK
    for problem in report.problems:
        say(f"broken: {problem}")
    print(f"neutrohold: verify failed: {report.problems[0]}", file=sys.stderr)
    return EXIT_CHECK_FAILED


def _replay(args: argparse.Namespace) -> int:
    import json

    from desktop_app.services import caselog
    from desktop_app.services.packs import open_pack

    pack = open_pack(getattr(args, "overrides", None))
    with caselog.open_reader(getattr(args, "db", None)) as log:
        report = caselog.replay(log, pack)
    if args.json:
        say(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        overrides = f" with {len(pack.overrides)} site overrides" if pack.overrides else ""
        say(
            f"replayed {report.cases} cases with {report.pack_id} {report.pack_version} (sha256 {report.pack_sha256[:12]}){overrides}"
        )
        for drift in report.drifts:
            say(
                f"{drift.id}  {drift.as_of:%Y-%m-%d %H:%M}  {drift.patient_ref:<16}  "
                f"{drift.logged_decision} -> {drift.replayed_decision}  (logged with pack {drift.logged_pack_version})"
            )
        say(f"{len(report.drifts)} of {report.cases} decisions would now differ")
        for fault in report.faults:
            say(
                f"INTEGRITY FAULT {fault.id}  {fault.as_of:%Y-%m-%d %H:%M}  {fault.patient_ref:<16}  logged {fault.logged_decision}, "
                f"but the same pack {fault.logged_pack_version} (same sha256) gives {fault.replayed_decision}: the record was altered"
            )
    if report.faults:
        print(
            f"neutrohold: replay found {len(report.faults)} integrity faults: case {report.faults[0].id} differs under the"
            " same pack sha256 (the record was altered; run `neutrohold log verify`)",
            file=sys.stderr,
        )
        return EXIT_CHECK_FAILED
    return EXIT_CHECK_FAILED if args.check and report.drifts else EXIT_OK

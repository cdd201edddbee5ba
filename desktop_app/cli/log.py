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
    add_message_language_option,
    add_pack_option,
    add_print_options,
    complain,
    invalid_input,
    iso_moment,
    message_language,
    reporting_log_errors,
    say,
    words,
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
    add_message_language_option(trusting)
    trusting.set_defaults(handler=reporting_log_errors(_trust))

    whoami = commands.add_parser("workstation", help="this workstation's id and key fingerprint, to read out to another site")
    add_message_language_option(whoami)
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
    add_log_options(printing, _print, language=False)

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
                invalid_input(field, exc)
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
    # A plain list reads plain rows (services.case_list): no model layer is loaded, about half the command.
    from desktop_app.services import case_list

    if not 1 <= args.limit <= 1000 or args.offset < 0:
        from desktop_app.models import InputError

        raise InputError("--limit", "must be 1 to 1000, with --offset 0 or more")
    filters = None
    if args.json or args.decision or args.since or args.until or args.pack_version:
        from desktop_app.services import caselog

        filters = caselog.CaseFilter(
            decision=args.decision,
            since=caselog.parse_filter_moment(args.since, "--since", end_of_day=False) if args.since else None,
            until=caselog.parse_filter_moment(args.until, "--until", end_of_day=True) if args.until else None,
            pack_version=args.pack_version,
        )
    with case_list.open_reader(getattr(args, "db", None)) as log:
        if args.json:
            import json

            from desktop_app.services import caselog

            listed = caselog.list_cases(log, args.search, filters, args.offset, args.limit)
            say(json.dumps([row.model_dump(mode="json") for row in listed], ensure_ascii=False, indent=2))
            return EXIT_OK
        rows = case_list.list_lines(log, args.search, filters, args.offset, args.limit)
        total = case_list.count_lines(log, args.search, filters)
    if not rows:
        say(words("list.none"))
        return EXIT_OK
    # Columns as wide as their heading in the message language (at least the English widths).
    heads = [words(f"list.{name}") for name in ("evaluated", "decision", "taken", "anc", "patient", "pack")]
    wide = [max(least, len(head)) for least, head in zip((16, 8, 8, 6, 16, 8), heads, strict=True)]
    say(_columns(heads, wide, "ID"))
    for row in rows:
        cells = (
            f"{row.as_of:%Y-%m-%d %H:%M}", row.decision, row.decision_taken or "-", str(row.anc_cells_per_uL),
            row.patient_ref, row.pack_version,
        )  # fmt: skip
        say(_columns(cells, wide, row.id))
    say(words("list.range", first=args.offset + 1, last=args.offset + len(rows), total=total))
    return EXIT_OK


def _columns(cells: Any, widths: list[int], last: str) -> str:
    """One line of `log list`: each cell padded to its column (the count right-aligned), then the id."""
    padded = [
        cell.rjust(width) if at == 3 else cell.ljust(width) for at, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return "  ".join([*padded, last])


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
        context=context,
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
    say(words("print.written", id=record.row.id, audience=args.audience, paper=args.paper, language=language, path=out))
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
    language = message_language()
    labels = {name: words(f"show.{name}") for name in ("case", *_SHOW_PADDED, *_SHOW_HEADINGS)}
    wide = max(12, *(len(labels[name]) for name in _SHOW_PADDED))

    def line(name: str, value: str) -> str:
        return f"{labels[name]:<{wide}} {value}"

    overrides = f"  {words('show.overrides', keys=', '.join(o.key for o in rec.pack.overrides))}" if rec.pack.overrides else ""
    lines = [
        f"{labels['case']} {row.id}",
        line("patient", row.patient_ref),
        line(
            "evaluated",
            f"{row.as_of.isoformat()}  " + words("show.recorded", at=f"{row.recorded_at:%Y-%m-%d %H:%M}", who=row.who),
        ),
        line("decision", f"{row.decision}: {_headline(rec, language)}"),
        line("anc", f"{row.anc_cells_per_uL} cells/uL ({words('report.severity.' + row.severity, section='')})"),
        line("pack", f"{row.pack_id} {row.pack_version} sha256 {rec.pack.sha256[:12]}{overrides}"),
    ]
    if record.withdrawal is not None:
        lines.insert(1, line("withdrawn", words("show.withdrawn_line", how=_withdrawn(record.withdrawal))))
    if provenance is not None:
        lines.append(line("origin", provenance.describe()))
    if record.episode is not None:
        lines.append(
            line(
                "episode",
                words(
                    "show.episode_since",
                    status=words("episode." + record.episode.status),
                    at=f"{record.episode.opened_at:%Y-%m-%d %H:%M}",
                ),
            )
        )
    for override in record.clinician_overrides:
        gone = record.withdrawal_of(override.id)
        text = words(
            "show.override_text", decision=override.decision_taken, who=override.who, reason=override.reason, text=override.text
        ).rstrip()
        if gone is None:
            lines.append(line("overridden", text))
        else:
            mark = f"~~{labels['override']}~~"
            lines.append(
                f"{mark:<{wide}} {_struck(text)}  [{words('show.withdrawn_mark', how=_withdrawn(gone))}]  id {override.id}"
            )
    lines.append(labels["readings"])
    for reading in record.observations:
        lines.append(
            f"  {reading.taken_at:%Y-%m-%d %H:%M}  {reading.kind:<11}  {reading.value:g} {reading.unit}  -> {reading.normalised:g}"
        )
    ticked = {ack.pitfall_id: ack for ack in record.standing_acknowledgements}
    lines.append(labels["pitfalls"])
    for pitfall in rec.pitfalls:
        ack = ticked.get(pitfall.id)
        lines.append(
            f"  [{'x' if ack else ' '}] {pitfall.id}" + (f"  ({words('show.ticked_by', who=ack.who, id=ack.id)})" if ack else "")
        )
    for ack in record.acknowledgements:
        gone = record.withdrawal_of(ack.id)
        if gone is not None:
            lines.append(
                f"  [-] {_struck(ack.pitfall_id)}  ({words('show.ticked_withdrawn', who=ack.who, how=_withdrawn(gone))})"
            )
    if record.case.notes:
        lines.append(line("case_notes", record.case.notes))
    for note in record.notes:
        lines.append(line("note", f"{note.at:%Y-%m-%d %H:%M} {note.who}: {note.text}"))
    if len(record.history) > 1:
        lines.append(labels["history"])
        for past in record.history:
            marker = "*" if past.id == row.id else " "
            entry = f"{past.as_of:%Y-%m-%d %H:%M}  {past.decision:<8}  ANC {past.anc_cells_per_uL:>6}"
            gone = record.withdrawal_of(past.id)
            if gone is not None:
                entry = f"{_struck(entry)}  [{words('show.withdrawn_mark', how=_withdrawn(gone))}]"
            lines.append(f" {marker} {entry}  {past.id}")
    say("\n".join(lines))
    return EXIT_OK


# `log show`: the labels padded to one column, and the words that stand alone (headings, the struck override mark).
_SHOW_PADDED = (
    "patient", "evaluated", "decision", "anc", "pack", "withdrawn", "origin", "episode", "overridden", "case_notes", "note",
)  # fmt: skip
_SHOW_HEADINGS = ("override", "readings", "pitfalls", "history")


def _headline(rec: Any, language: str) -> str:
    """The recommendation's headline in `language`, rendered again from its messages (the log keeps English)."""
    if language == rec.language or rec.headline_wording is None:
        return str(rec.headline)
    from desktop_app.services.languages import pack_languages
    from desktop_app.services.packs import pack_folder
    from desktop_app.knowledge import load_pack_dir
    from desktop_app.wording.render import Renderer, render_recommendation

    try:
        pack = load_pack_dir(pack_folder(rec.pack.id))
    except (ValueError, OSError):  # the pack is no longer installed: the headline as it was logged
        return str(rec.headline)
    if language not in pack_languages(pack):
        return str(rec.headline)
    return str(render_recommendation(rec, Renderer(pack, language)).headline)


def _struck(text: str) -> str:
    """Text shown struck through (a combining long stroke on each character), still readable."""
    return "".join(char + "\u0336" for char in text)


def _withdrawn(withdrawal: Any) -> str:
    return words("show.how_withdrawn", who=withdrawal.who, at=f"{withdrawal.at:%Y-%m-%d %H:%M}", reason=withdrawal.reason)


def _withdraw(args: argparse.Namespace) -> int:
    from desktop_app.models import InputError
    from desktop_app.services import caselog

    if args.reason is None or not args.reason.strip():
        raise InputError("--reason", "say why the entry is withdrawn (a reason is required)")
    who = args.who if args.who is not None else caselog.default_who()
    with caselog.open_log(getattr(args, "db", None), create=False) as log:
        withdrawal = caselog.withdraw(log, args.id, args.reason, who=who)
    say(words("withdraw.done", table=withdrawal.target_table, id=withdrawal.target_id, withdrawal=withdrawal.id))
    return EXIT_OK


def _anchor(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        written = caselog.write_anchor(log, args.out)
    if written is None:
        say(words("anchor.nothing"))
        return EXIT_OK
    path, anchor = written
    say(words("anchor.done", seq=anchor.seq, hash=anchor.hash[:12], events=anchor.events, path=path))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        cases = caselog.export_log(log, args.out, args.format)
    say(words("export.done", cases=cases, path=args.out))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_log(getattr(args, "db", None)) as log:
        summary = caselog.import_log(log, args.source, accept_unsigned=args.accept_unsigned)
    new = ", ".join(f"{count} {table}" for table, count in summary.added.items() if count) or words("import.nothing_new")
    say(words("import.done", cases=summary.added["evaluations"], new=new, present=summary.already_present))
    if summary.updated["episodes"]:
        say(words("import.updated", count=summary.updated["episodes"]))
    if summary.kept_local:
        say(words("import.kept_local", count=summary.kept_local))
    return EXIT_OK


def _trust(args: argparse.Namespace) -> int:
    from desktop_app.services import workstation

    key = workstation.read_key_file(args.source)
    added = workstation.trust(key)
    say(words("trust.now" if added else "trust.already", name=key.name, id=key.id, fingerprint=key.fingerprint))
    say(words("trust.compare"))
    return EXIT_OK


def _workstation(args: argparse.Namespace) -> int:
    from desktop_app.services import workstation

    key = workstation.own_key()
    say(words("workstation.this", name=key.name, id=key.id, fingerprint=key.fingerprint))
    return EXIT_OK


def _sync(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog
    from desktop_app.services.log_exchange import sync

    with caselog.open_log(getattr(args, "db", None)) as log:
        report = sync(log, args.folder, trust_new=args.trust_new)
    if report.written is not None:
        say(words("sync.wrote", cases=report.written_cases, path=report.written))
    else:
        say(words("sync.nothing_to_write"))
    for key in report.enrolled:
        say(words("sync.trusted_new", name=key.name, id=key.id, fingerprint=key.fingerprint))
    say(words("sync.imported", cases=report.added_cases, files=len(report.imported)))
    for key in report.untrusted:
        say(words("sync.untrusted", name=key.name, id=key.id, fingerprint=key.fingerprint))
    for problem in report.refused:
        say(words("sync.refused", problem=problem))
    if report.refused:
        complain(words("sync.refused_files", count=len(report.refused), problem=report.refused[0]))
        return EXIT_CHECK_FAILED
    return EXIT_OK


def _backup(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        facts = caselog.take_backup(log, args.out)
    say(words("backup.done", cases=facts.cases, path=facts.path))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    report = caselog.restore(args.backup, getattr(args, "db", None))
    newest = report.backup.newest_recorded_at or words("restore.none")
    say(words("restore.done", cases=report.backup.cases, backup=report.backup.path, log=report.log, newest=newest))
    if report.kept:
        say(words("restore.kept", paths=", ".join(str(path) for path in report.kept)))
    if report.missing_ids is None:
        say(words("restore.unreadable", newest=newest))
    elif report.missing_ids:
        say(words("restore.missing", count=len(report.missing_ids)))
        for case_id in report.missing_ids:
            say(f"  {case_id}")
    else:
        say(words("restore.complete"))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from desktop_app.services import caselog

    with caselog.open_reader(getattr(args, "db", None)) as log:
        report = caselog.verify(log, args.anchor)
    if report.ok:
        anchored = words("verify.anchors", count=report.anchors) if report.anchors else ""
        say(words("verify.ok", cases=report.cases, events=report.events) + anchored)
        return EXIT_OK
    for problem in report.problems:
        say(words("verify.broken", problem=problem))
    complain(words("verify.failed", problem=report.problems[0]))
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
        overrides = words("replay.overrides", count=len(pack.overrides)) if pack.overrides else ""
        say(
            words(
                "replay.done", cases=report.cases, pack=report.pack_id, version=report.pack_version,
                sha=report.pack_sha256[:12], overrides=overrides,
            )
        )  # fmt: skip
        for drift in report.drifts:
            say(
                f"{drift.id}  {drift.as_of:%Y-%m-%d %H:%M}  {drift.patient_ref:<16}  "
                f"{drift.logged_decision} -> {drift.replayed_decision}  ({words('replay.logged_with', version=drift.logged_pack_version)})"
            )
        say(words("replay.differ", count=len(report.drifts), cases=report.cases))
        for fault in report.faults:
            fault_text = words(
                "replay.fault_text", logged=fault.logged_decision, version=fault.logged_pack_version, now=fault.replayed_decision
            )
            say(f"{words('replay.fault')} {fault.id}  {fault.as_of:%Y-%m-%d %H:%M}  {fault.patient_ref:<16}  {fault_text}")
    if report.faults:
        complain(words("replay.faults", count=len(report.faults), id=report.faults[0].id))
        return EXIT_CHECK_FAILED
    return EXIT_CHECK_FAILED if args.check and report.drifts else EXIT_OK

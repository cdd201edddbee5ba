"""Checked imports, signed exports and `log sync` through a shared folder (a USB stick).

Import: the signature and its signer are checked first, then every record (caselog.import_check)
before any is written, then the records are merged in one transaction. Sync: this workstation's
records the folder lacks go into one signed incremental file beside its public key; then the files
of every trusted workstation are imported. Running it again changes nothing.
"""

from __future__ import annotations

import functools
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.caselog import exchange
from desktop_app.caselog.audit import row_digest
from desktop_app.caselog.import_check import ImportRefused, check_tables
from desktop_app.caselog.records import ImportSummary
from desktop_app.caselog.schema import SELECT_COLUMNS
from desktop_app.caselog.store import CaseLog, CaseLogError, make_private_folders
from desktop_app.caselog.whole import written_whole
from desktop_app.knowledge import Pack, apply_overrides, load_pack_dir
from desktop_app.models import CaseInput, InputError, Recommendation, zone_from_name
from desktop_app.services import workstation
from desktop_app.services.workstation import WorkstationKey
from desktop_app.services.packs import pack_dirs

SYNC_PREFIX = "workstation-"
KEY_FILE = "key.json"


class SignerRefused(CaseLogError):
    """An unsigned file, or one signed by a workstation not trusted here, without --accept-unsigned (exit 1)."""


@functools.cache
def _installed_by_sha256() -> dict[str, Pack]:
    packs: dict[str, Pack] = {}
    for folder in pack_dirs():
        try:
            pack = load_pack_dir(folder)
        except ValueError:
            continue
        packs[pack.sha256] = pack
    return packs


def reproduce(case: CaseInput, stored: Recommendation) -> Recommendation | None:
    """The engine run again on a stored case at its moment, with the pack (by sha256) and site overrides it
    names and in the zone it was read in; None when that pack is not installed here."""
    from desktop_app.services.evaluation import evaluate

    base = _installed_by_sha256().get(stored.pack.sha256)
    if base is None:
        return None
    pack = base
    if stored.pack.overrides:
        entries = {o.key: (o.value, o.reason) for o in stored.pack.overrides}
        pack = apply_overrides(base, entries, site=stored.pack.site)
    elif stored.pack.site is not None:
        pack = base.model_copy(update={"site": stored.pack.site})
    return evaluate(case, pack, stored.as_of, zone_from_name(stored.timezone), stored.language)


def _local_ids(log: CaseLog) -> Any:
    def present(table: str, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), 5000):
            rows = log.rows.execute(
                "SELECT id FROM " + _ID_TABLES[table] + " WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(ids[start : start + 5000])],
            )
            found.update(row[0] for row in rows)
        return found

    return present


# Fixed table names for the id look-up (an allow-list: no identifier comes from the file).
_ID_TABLES = {
    "patients": "patients", "episodes": "episodes", "evaluations": "evaluations",
    "acknowledgements": "acknowledgements", "clinician_overrides": "clinician_overrides",
}  # fmt: skip


def origin_of(export: exchange.ExportFile | Any, source: Path, accept_unsigned: bool, keys: Path | None) -> exchange.Origin:
    """Who the records come from; an unsigned file or an unknown signer only with accept_unsigned."""
    if export.signed and export.workstation is not None:
        key = WorkstationKey(export.workstation["id"], export.workstation["name"], export.workstation["public_key"])
        if workstation.is_trusted(key, keys):
            return exchange.Origin(workstation_id=key.id, workstation_name=key.name, signed=True)
        if not accept_unsigned:
            raise SignerRefused(
                f"{source} is signed by workstation {key.name} ({key.id}, fingerprint {key.fingerprint}), which is not "
                "trusted here; enrol it with `neutrohold log trust FILE` or import with --accept-unsigned. Nothing was imported"
            )
        return exchange.Origin(workstation_id=key.id, workstation_name=key.name, signed=False)
    if not accept_unsigned:
        raise SignerRefused(
            f"{source} is not signed; import it with --accept-unsigned to take it as unsigned. Nothing was imported"
        )
    return exchange.UNSIGNED_ORIGIN


def import_file(log: CaseLog, source: Path, *, accept_unsigned: bool = False, keys: Path | None = None) -> ImportSummary:
    """Verify the signer, check every record, then merge in one transaction; ImportRefused names a bad record.

    In bounded memory: the file is streamed once into a staging database while it is hashed, the
    records are checked there in batches and merged from there (caselog.staging)."""
    from desktop_app.caselog import staging

    with staging.stage_export(source) as staged:
        origin = origin_of(staged, source, accept_unsigned, keys)
        with log.snapshot():
            # A file this log already holds whole adds nothing: the costly checks (the engine per case) are skipped.
            not_rechecked: set[str] = set()
            if not _all_present(log, staged):
                not_rechecked = staging.check_staged(staged, str(source), reproduce=reproduce, local_ids=_local_ids(log))
        staged.drop_repeats()
        with log.unit_of_work() as db:
            return exchange.merge_export(db, staged, origin, not_rechecked, str(source))


def _import(log: CaseLog, export: exchange.ExportFile, source: Path, origin: exchange.Origin) -> ImportSummary:
    with log.snapshot():
        # A file this log already holds whole adds nothing: the costly checks (the engine per case) are skipped.
        not_rechecked: set[str] = set()
        if not _all_present(log, exchange.TablesSource(export.tables)):
            not_rechecked = check_tables(
                str(source), export.tables, reproduce=reproduce, local_ids=_local_ids(log), events=export.events
            )
    with log.unit_of_work() as db:
        return exchange.import_export(db, export.tables, origin, not_rechecked, str(source))


def export_signed(log: CaseLog, out: Path, keys: Path | None = None) -> int:
    """A full JSON export carrying its audit events, signed by this workstation."""
    signer = workstation.this_workstation(keys)
    with log.snapshot() as db:
        return exchange.export_json(db, out, signer)


# ---- Sync through a folder ------------------------------------------------------------------


@dataclass
class SyncReport:
    written: Path | None = None
    written_cases: int = 0
    imported: dict[str, ImportSummary] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    untrusted: list[WorkstationKey] = field(default_factory=list)
    enrolled: list[WorkstationKey] = field(default_factory=list)

    @property
    def added_cases(self) -> int:
        return sum(summary.added["evaluations"] for summary in self.imported.values())


def _folder_keys(folder: Path) -> tuple[dict[Path, WorkstationKey], list[str]]:
    """The workstation folders in the sync folder with their keys; lines for those that cannot be read."""
    found: dict[Path, WorkstationKey] = {}
    problems: list[str] = []
    if not folder.is_dir():
        return found, problems
    for sub in sorted(folder.iterdir()):
        if not sub.is_dir() or not sub.name.startswith(SYNC_PREFIX):
            continue
        try:
            key = workstation.read_key_file(sub / KEY_FILE)
        except (InputError, CaseLogError) as exc:
            problems.append(f"{sub}: its key cannot be used ({exc}); skipped")
            continue
        if sub.name != SYNC_PREFIX + key.id:
            problems.append(f"{sub}: holds the key of workstation {key.id}; skipped")
            continue
        found[sub] = key
    return found, problems


def new_workstations(folder: Path, keys: Path | None = None) -> list[WorkstationKey]:
    """Workstations in the sync folder not trusted here yet, to be confirmed by fingerprint."""
    found, _ = _folder_keys(folder)
    mine = workstation.own_key(keys)
    fresh = []
    for key in found.values():
        try:
            if key.id != mine.id and not workstation.is_trusted(key, keys):
                fresh.append(key)
        except CaseLogError:
            continue  # a known id with another key: reported by the sync itself
    return fresh


def _export_files(sub: Path) -> list[Path]:
    return sorted(path for path in sub.glob("*.json") if path.name != KEY_FILE and path.is_file())


def _held_by_folder(files: Iterable[exchange.ExportFile]) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    ids: set[tuple[str, str]] = set()
    digests: set[tuple[str, str, str]] = set()
    for export in files:
        for table, rows in export.tables.items():
            for row in rows:
                ids.add((table, row["id"]))
                digests.add((table, row["id"], row_digest(table, row)))
    return ids, digests


def _all_present(log: CaseLog, rows: exchange.RowSource) -> bool:
    """True when this log already holds every record of the file as it is (nothing to check or import)."""
    for table in exchange.EXCHANGED_TABLES:
        for batch in rows.batches(table):
            local = exchange._existing(log.rows, table, [row["id"] for row in batch])
            for row in batch:
                here = local.get(row["id"])
                if here is None:
                    return False
                if row_digest(table, here) != row_digest(table, row) and table not in ("patients", "episodes"):
                    return False
                if (
                    table == "episodes"
                    and row_digest(table, here) != row_digest(table, row)
                    and row["updated_at"] > here["updated_at"]
                ):
                    return False
    return True


def sync(log: CaseLog, folder: Path, *, trust_new: bool | Iterable[str] = False, keys: Path | None = None) -> SyncReport:
    """Write this workstation's new records to `folder`, then import every trusted workstation's files there.

    `trust_new`: True enrols every new workstation found (the command line's --trust-new), or the ids
    the user confirmed (the window's dialog); the others are listed in `untrusted` and not imported.
    """
    report = SyncReport()
    signer = workstation.this_workstation(keys)
    mine = workstation.own_key(keys)
    folder = folder.expanduser().absolute()
    make_private_folders(folder)
    found, report.refused = _folder_keys(folder)
    readable: dict[Path, list[tuple[Path, exchange.ExportFile]]] = {}
    for sub, key in found.items():
        readable[sub] = []
        for path in _export_files(sub):
            try:
                export = exchange.read_export_file(path)
            except InputError as exc:
                report.refused.append(f"{path}: refused: {exc.field}: {exc.message}")
                continue
            except ImportRefused as exc:
                report.refused.append(str(exc))
                continue
            signer_key = export.workstation
            if (
                not export.signed
                or signer_key is None
                or (signer_key["id"], signer_key["public_key"]) != (key.id, key.public_key)
            ):
                report.refused.append(f"{path}: refused: it is not signed by the workstation whose folder holds it")
                continue
            readable[sub].append((path, export))
    confirmed = set(trust_new) if not isinstance(trust_new, bool) else set()
    pending: list[tuple[Path, exchange.ExportFile, exchange.Origin]] = []
    vouched: list[exchange.ExportFile] = []  # what the folder holds, from this and trusted workstations only
    for sub, key in found.items():
        if key.id == mine.id:
            if key.public_key != mine.public_key:
                raise workstation.KeysUnusable(
                    f"{sub} holds another key under this workstation's id ({mine.id}); nothing was written or imported"
                )
            vouched.extend(export for _, export in readable.get(sub, []))
            continue
        try:
            trusted = workstation.is_trusted(key, keys)
        except CaseLogError as exc:
            report.refused.append(f"{sub}: {exc}")
            continue
        if not trusted:
            if trust_new is True or key.id in confirmed:
                workstation.trust(key, keys)
                report.enrolled.append(key)
            else:
                report.untrusted.append(key)
                continue
        origin = exchange.Origin(workstation_id=key.id, workstation_name=key.name, signed=True)
        pending.extend((path, export, origin) for path, export in readable.get(sub, []))
        vouched.extend(export for _, export in readable.get(sub, []))
    _write_own(log, folder, signer, mine, vouched, report)
    _import_all(log, pending, report)
    return report


def _write_own(
    log: CaseLog, folder: Path, signer: Any, mine: WorkstationKey, held: list[exchange.ExportFile], report: SyncReport
) -> None:
    """One signed incremental file of this workstation's records (and later episode states) the folder lacks."""
    own_folder = folder / (SYNC_PREFIX + mine.id)
    make_private_folders(own_folder)
    key_path = own_folder / KEY_FILE
    if not key_path.exists():
        with written_whole(key_path) as handle:
            handle.write(json.dumps(workstation.key_document(mine), indent=2) + "\n")
    held_ids, held_digests = _held_by_folder(held)
    with log.snapshot() as db:
        came_from_elsewhere = {row[0] for row in db.execute("SELECT id FROM provenance")}

        def keep(table: str, row: dict[str, Any]) -> bool:
            if table == "episodes":
                return (table, row["id"], row_digest(table, row)) not in held_digests
            return row["id"] not in came_from_elsewhere and (table, row["id"]) not in held_ids

        if not any(_wanted(db, table, keep) for table in exchange.EXCHANGED_TABLES if table != "observations"):
            return
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        out = own_folder / f"{stamp}-{secrets.token_hex(4)}.json"
        report.written_cases = exchange.export_json(db, out, signer, keep)
        report.written = out


# Ids only, to decide cheaply whether anything is to be written (episodes are judged by content).
_IDS_OF = {
    "patients": "SELECT id FROM patients", "evaluations": "SELECT id FROM evaluations",
    "acknowledgements": "SELECT id FROM acknowledgements", "clinician_overrides": "SELECT id FROM clinician_overrides",
    "notes": "SELECT id FROM notes", "withdrawals": "SELECT id FROM withdrawals",
}  # fmt: skip


def _wanted(db: Any, table: str, keep: Any) -> bool:
    if table in _IDS_OF:
        return any(keep(table, {"id": row[0]}) for row in db.execute(_IDS_OF[table]))
    return any(keep(table, row) for row in db.query(SELECT_COLUMNS[table]))


def _import_all(log: CaseLog, pending: list[tuple[Path, exchange.ExportFile, exchange.Origin]], report: SyncReport) -> None:
    """Import the files in passes: a file whose records point at another file's comes after it."""
    waiting = [
        (path, export, origin) for path, export, origin in pending if not _all_present(log, exchange.TablesSource(export.tables))
    ]
    last_problem: dict[Path, str] = {}
    while waiting:
        still: list[tuple[Path, exchange.ExportFile, exchange.Origin]] = []
        for path, export, origin in waiting:
            try:
                report.imported[str(path)] = _import(log, export, path, origin)
            except ImportRefused as exc:
                last_problem[path] = str(exc)
                if any("neither in the file nor in this log" in problem for problem in exc.problems):
                    still.append((path, export, origin))
                else:
                    report.refused.append(str(exc))
            except InputError as exc:
                report.refused.append(f"{path}: refused: {exc.field}: {exc.message}")
        if len(still) == len(waiting):
            report.refused.extend(last_problem[path] for path, _, _ in still)
            return
        waiting = still

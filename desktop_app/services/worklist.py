"""Use case: the clinic's follow-up worklist (`neutrohold due` and the window's Due view), as JSON or a PDF."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from desktop_app.caselog.anchors import AuditHead, read_head
from desktop_app.caselog.worklist import WORKLIST_FORMAT, WORKLIST_VERSION, WorklistRow, build_worklist
from desktop_app.caselog.store import CaseLog
from desktop_app.knowledge import Pack
from desktop_app.models import localize

ROWS_PER_PAGE = 30


class Worklist(BaseModel):
    """The worklist document (contract v1): written by `due --json`, printed by `due --pdf`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str = WORKLIST_FORMAT
    version: int = WORKLIST_VERSION
    as_of: datetime
    stale_count_hours: float
    pack: dict[str, str]
    audit_head: AuditHead | None
    count: int
    items: tuple[WorklistRow, ...]


def build(log: CaseLog, pack: Pack, as_of: datetime | None = None, limit: int | None = None) -> Worklist:
    """The worklist at `as_of` (default now; a naive moment is wall-clock time of this workstation).

    `limit` keeps only the most urgent rows (the window's view); `count` still counts them all.
    """
    from desktop_app.services.evaluation import workstation_zone

    zone = workstation_zone()
    if as_of is None:
        moment = datetime.now(zone)
    elif as_of.tzinfo is None:
        moment = localize(as_of, zone, "--as-of").astimezone(zone)
    else:
        moment = as_of
    thresholds = pack.thresholds
    with log.snapshot() as db:
        rows, total = build_worklist(db, moment, thresholds.stale_count_hours, thresholds.neutropenia_anc_below, limit)
        head = read_head(db)
    return Worklist(
        as_of=moment, stale_count_hours=thresholds.stale_count_hours,
        pack={"id": pack.content.id, "version": pack.content.version, "sha256": pack.sha256},
        audit_head=head, count=total, items=tuple(rows),
    )  # fmt: skip


def as_json(worklist: Worklist) -> str:
    return json.dumps(worklist.model_dump(mode="json"), ensure_ascii=False, indent=2)


def write_pdf(worklist: Worklist, out: Path, paper: str = "a4", language: str = "en") -> Path:
    """The printable worklist in `language`, one page per 30 rows, written whole with mode 0600."""
    from desktop_app.models import InputError
    from desktop_app.reports.pdf import pdf_bytes, save_privately
    from desktop_app.services.printing import ensure_qt_app

    document = build_document(worklist, language)
    ensure_qt_app()
    data = pdf_bytes(document, paper)  # type: ignore[arg-type]
    try:
        return save_privately(data, Path(out))
    except OSError as exc:
        raise InputError(str(out), f"cannot be written ({exc.strerror or exc})") from None


def build_document(worklist: Worklist, language: str = "en"):  # noqa: ANN201 - a QTextDocument, imported with Qt only here
    from desktop_app.reports.html import CLINICIAN_PT
    from desktop_app.reports.pdf import text_document
    from desktop_app.reports.worklist import build_worklist_html
    from desktop_app.services.printing import ensure_qt_app

    ensure_qt_app()
    return text_document(build_worklist_html(worklist, ROWS_PER_PAGE, language), {}, CLINICIAN_PT)

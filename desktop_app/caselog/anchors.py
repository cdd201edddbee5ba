"""Audit anchors: the head of the audit trail written outside the log, so removing its tail is seen.

The hash chain shows an event altered or taken from the middle; it cannot show events cut from the
end (with the cases they vouch for). An anchor remembers "event #N had hash H"; a log that no
longer holds that event with that hash was truncated, rewritten or swapped for another file.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from desktop_app.caselog.store import FileNotWritten
from desktop_app.caselog.whole import discard, new_temporary, sync_folder, written_whole
from desktop_app.models import InputError

if TYPE_CHECKING:
    from desktop_app.caselog.store import Reader

ANCHOR_FORMAT = "neutrohold-audit-anchor"
ANCHOR_VERSION = 1
ANCHOR_SUFFIX = ".anchor.json"


class AuditHead(BaseModel):
    """The newest audit event of a log: how many events, its sequence number and hash, and when."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    events: int
    seq: int
    hash: str
    at: str | None

    @property
    def short(self) -> str:
        """As printed on paper: the sequence number and the first 12 hex digits of the hash."""
        return f"#{self.seq} {self.hash[:12]}"


class Anchor(BaseModel):
    """An audit head kept outside the log, with the log's identity and a hash of its own content."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str = ANCHOR_FORMAT
    version: int = ANCHOR_VERSION
    log_identity: str | None
    log_path: str
    events: int
    seq: int
    hash: str
    at: str | None
    written_at: str
    sha256: str = ""

    def content_hash(self) -> str:
        fields = self.model_dump(exclude={"sha256"})
        return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":")).encode("utf-8")).hexdigest()


def read_head(db: Reader) -> AuditHead | None:
    """The newest event of the trail, or None when the log has none yet."""
    count = db.execute("SELECT count(*) FROM audit").fetchone()[0]
    row = db.execute("SELECT seq, hash, at FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return None if row is None else AuditHead(events=count, seq=row[0], hash=row[1], at=row[2])


def anchor_for(db: Reader, log_path: Path) -> Anchor | None:
    head = read_head(db)
    if head is None:
        return None
    identity = db.execute("SELECT hash FROM audit WHERE seq = 1").fetchone()
    anchor = Anchor(
        log_identity=identity[0] if identity else None, log_path=str(log_path), events=head.events, seq=head.seq,
        hash=head.hash, at=head.at, written_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )  # fmt: skip
    return anchor.model_copy(update={"sha256": anchor.content_hash()})


def _text(anchor: Anchor) -> str:
    return json.dumps(anchor.model_dump(), indent=2, sort_keys=True) + "\n"


def write_anchor(anchor: Anchor, out: Path) -> Path:
    """A new anchor file (0600), whole or absent; an existing file is never overwritten."""
    with written_whole(out) as handle:
        handle.write(_text(anchor))
    return out


def keep_anchor(anchor: Anchor, out: Path) -> Path:
    """Replace the kept anchor at `out` with this one, atomically (the old one stays until the new is whole)."""
    temporary = new_temporary(out, replacing=True)
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(_text(anchor))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except OSError as exc:
        discard(temporary)
        raise FileNotWritten(out, exc.strerror or str(exc)) from None
    sync_folder(out.parent)
    return out


def read_anchor(path: Path) -> Anchor:
    """An anchor file, checked against its own hash; InputError names the file when it is not one."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(path), "file not found") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(str(path), f"is not a readable anchor file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != ANCHOR_FORMAT:
        raise InputError(str(path), "is not a NeutroHold audit anchor")
    try:
        anchor = Anchor.model_validate(data)
    except ValueError as exc:
        raise InputError(str(path), f"is not a valid anchor ({str(exc).splitlines()[0]})") from None
    if anchor.sha256 != anchor.content_hash():
        raise InputError(str(path), "was altered: its content does not match its own hash")
    return anchor


def check_anchor(db: Reader, anchor: Anchor) -> str | None:
    """None when the log still holds the anchored event with its hash; else what is wrong, in one line."""
    row = db.execute("SELECT hash FROM audit WHERE seq = ?", [anchor.seq]).fetchone()
    if row is None:
        last = db.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
        return (
            f"the anchor of {anchor.written_at} vouches for audit event #{anchor.seq}, but the log ends at #{last}: "
            "events and the records they vouch for were removed from the end"
        )
    if row[0] != anchor.hash:
        return (
            f"audit event #{anchor.seq} no longer has the hash the anchor of {anchor.written_at} recorded "
            f"({anchor.hash[:12]}): the trail was rewritten or this is another file"
        )
    return None

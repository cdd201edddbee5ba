"""The follow-up worklist as escaped HTML for QTextDocument: a fixed number of rows per printed page."""

from __future__ import annotations

from typing import Any

from desktop_app.reports.html import _document, _table, esc
from desktop_app.reports.words import clinic_time

ITEM_WORDS = {
    "cbc_overdue": "Count overdue",
    "stale_count": "Latest count out of date",
    "review_resume": "Review: may resume",
    "cbc_due": "Count due (24 h)",
}


def item_count(count: int) -> str:
    """How many worklist items there are: "1 item", "3 items"."""
    return "1 item" if count == 1 else f"{count} items"


def how_late(minutes: int) -> str:
    """Minutes past due as clinicians read it: '3 d 4 h late', 'in 5 h'."""
    span = abs(minutes)
    days, rest = divmod(span, 24 * 60)
    hours, mins = divmod(rest, 60)
    text = (f"{days} d " if days else "") + (f"{hours} h" if hours or days else f"{mins} min")
    return f"{text.strip()} late" if minutes > 0 else ("now" if minutes == 0 else f"in {text.strip()}")


def build_worklist_html(worklist: Any, rows_per_page: int) -> str:
    """`worklist` is a services.worklist.Worklist (not imported: reports sit below services)."""
    head = worklist.audit_head
    anchor = f"Audit head {head.short}" if head else "Audit head: no events"
    header = "<tr><th>Patient</th><th>Item</th><th>Test</th><th>Due</th><th>How late</th><th>Decision</th><th>ANC</th></tr>"
    rows = [
        f"<tr><td>{esc(row.patient_ref)}</td><td>{esc(ITEM_WORDS[row.item])}</td><td>{esc(row.test)}</td>"
        f"<td>{esc(clinic_time(row.due_at))}</td><td>{esc(how_late(row.overdue_minutes))}</td>"
        f"<td>{esc(row.decision)}</td><td>{row.anc_cells_per_uL}</td></tr>"
        for row in worklist.items
    ]
    pages = [rows[start : start + rows_per_page] for start in range(0, len(rows), rows_per_page)] or [[]]
    body = []
    for number, page in enumerate(pages, start=1):
        brk = ' style="page-break-before: always"' if number > 1 else ""
        body.append(
            f"<h1{brk}>Follow-up worklist</h1>"
            f"<p>As of {esc(clinic_time(worklist.as_of))} &#8212; {worklist.count} items &#8212; "
            f"pack {esc(worklist.pack['id'])} {esc(worklist.pack['version'])} &#8212; {esc(anchor)}</p>"
        )
        body.append(_table(page, header) if page else "<p>Nothing is due.</p>")
    return _document("NeutroHold follow-up worklist", 8.5, 1.15, "".join(body))

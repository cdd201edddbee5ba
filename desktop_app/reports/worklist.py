"""The follow-up worklist as escaped HTML for QTextDocument: a fixed number of rows per printed page.

Its words (items, "3 h late", headings) come from the printout catalogue (wording/print/<lang>.toml),
so the Due view, the printed worklist and `neutrohold due` say the same thing in each language.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desktop_app.reports.words import clinic_time
from desktop_app.wording import formats
from desktop_app.wording.render import app_catalogue

ITEMS = ("cbc_overdue", "stale_count", "review_resume", "cbc_due")


def _words(language: str) -> Mapping[str, str]:
    return app_catalogue(language).texts  # cached per language: read, never copied (called per row)


def item_words(item: str, language: str = formats.SOURCE_LANGUAGE) -> str:
    """What a worklist item asks for: "Count due (24 h)", "Review: may resume"."""
    return _words(language)[f"worklist.item.{item}"]


def item_count(count: int, language: str = formats.SOURCE_LANGUAGE) -> str:
    """How many worklist items there are: "1 item", "3 items" (the language's plural rule, from CLDR)."""
    words = _words(language)
    form = formats.locale(language).plural_form(count)
    template = words.get(f"worklist.items.{form}", words["worklist.items.other"])
    return template.format(count=formats.number(count, language))


def how_late(minutes: int, language: str = formats.SOURCE_LANGUAGE) -> str:
    """Minutes past due as clinicians read it: '3 d 4 h late', 'in 5 h', 'now'."""
    words = _words(language)
    if minutes == 0:
        return words["worklist.now"]
    span = abs(minutes)
    days, rest = divmod(span, 24 * 60)
    hours, mins = divmod(rest, 60)
    parts = [words["worklist.days"].format(days=days)] if days else []
    parts.append(words["worklist.hours"].format(hours=hours) if hours or days else words["worklist.minutes"].format(minutes=mins))
    return words["worklist.late" if minutes > 0 else "worklist.in"].format(span=" ".join(parts))


def _pack_words(pack_id: str, language: str) -> tuple[Callable[[Any], str], Callable[[str], str]]:
    """How a row's test and decision read in `language`: the pack's words (the worklist contract keeps
    the English test and the decision's id), the app's for the worklist's own items."""
    from desktop_app.reports.words import installed_renderer

    renderer, english = installed_renderer(pack_id, language), installed_renderer(pack_id)
    # The pack's test names by their English text (the contract's `test`), e.g. "CBC with differential".
    tests = {english.texts[key]: key for key in english.texts if key.startswith("messages.test_")}
    words = _words(language)

    def test_of(row: Any) -> str:
        if row.item in ("stale_count", "review_resume"):
            return words[f"worklist.test.{row.item}"]
        key = tests.get(row.test)
        return renderer.text(key) if key is not None else str(row.test)

    return test_of, lambda decision: renderer.decision_words(decision, "short")


def build_worklist_html(worklist: Any, rows_per_page: int, language: str = formats.SOURCE_LANGUAGE) -> str:
    """`worklist` is a services.worklist.Worklist (not imported: reports sit below services)."""
    from desktop_app.reports.html import _document, _table, esc  # the listing's words alone stay light for `due`

    words = _words(language)
    head = worklist.audit_head
    anchor = words["worklist.audit_head"].format(short=head.short) if head else words["worklist.audit_none"]
    columns = ("patient", "item", "test", "due", "how_late", "decision", "anc")
    header = "<tr>" + "".join(f"<th>{esc(words[f'worklist.column.{name}'])}</th>" for name in columns) + "</tr>"
    test_of, decision_of = _pack_words(worklist.pack["id"], language)
    rows = [
        f"<tr><td>{esc(row.patient_ref)}</td><td>{esc(item_words(row.item, language))}</td><td>{esc(test_of(row))}</td>"
        f"<td>{esc(clinic_time(row.due_at, language))}</td><td>{esc(how_late(row.overdue_minutes, language))}</td>"
        f"<td>{esc(decision_of(row.decision))}</td><td>{row.anc_cells_per_uL}</td></tr>"
        for row in worklist.items
    ]
    pages = [rows[start : start + rows_per_page] for start in range(0, len(rows), rows_per_page)] or [[]]
    heading = words["worklist.as_of"].format(
        moment=clinic_time(worklist.as_of, language),
        items=item_count(worklist.count, language),
        pack=f"{worklist.pack['id']} {worklist.pack['version']}",
        anchor=anchor,
    )
    body = []
    for number, page in enumerate(pages, start=1):
        brk = ' style="page-break-before: always"' if number > 1 else ""
        body.append(f"<h1{brk}>{esc(words['worklist.title'])}</h1><p>{esc(heading)}</p>")
        body.append(_table(page, header) if page else f"<p>{esc(words['worklist.nothing_due'])}</p>")
    return _document(words["worklist.document_title"], 8.5, 1.15, "".join(body))

"""Escaped HTML of the clinician summary and the patient handout, in the subset QTextDocument renders."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from datetime import datetime
from html import escape

from desktop_app.models import CaseInput, Criterion, Recommendation, shown_state
from desktop_app.reports.context import Acknowledgement, PrintContext
from desktop_app.reports.words import clinic_time, fill, in_language, pack_words, patient_date, renderer_for
from desktop_app.wording import DECISION_STATES, THEME, Renderer, decision_state, formats


# Images the document must be given as resources under these names (see reports.figures).
CHART_URL = "neutrohold:anc-chart"
BOX_URL = {False: "neutrohold:box-empty", True: "neutrohold:box-ticked"}
CHART_SIZE = (400, 160)  # shown size in CSS pixels; the image is drawn larger for print sharpness
ANC_ROWS = 8  # more counts than this stay in the chart only, to keep the summary on two pages

CLINICIAN_PT = 8.5
SMALL_PT = 7.0  # the clinician summary's reference tables: provenance, sources differ, citations
HANDOUT_PT = 12.0
LARGE_PRINT_PT = 16.0

# Word and symbol as well as colour, so the banner still reads on a black-and-white printer: the
# decision vocabulary (symbol, colour role: wording.vocabulary; words: the pack's [vocabulary]).
STATUS = {True: ("\u25cf", "report.status.met"), False: ("\u00d7", "report.status.not_met"), None: ("?", "report.status.unknown")}
# Warnings the design wants beside the decision rather than further down the page.
BESIDE_DECISION = ("unit_slip", "label_threshold", "weigh_flare_risk", "tnf_blocker_combination", "il1_blocker_combination")


# Footer words, carried in the document's head (reports/pdf.py: footer_words).
PAGE_LABEL = "neutrohold-page-label"
REVIEW_NOTICE = "neutrohold-review-notice"

# The wording of the printout being built (set by build_clinician_html / build_handout_html).
_WORDS: ContextVar[Renderer] = ContextVar("printout_words")


def _said(path: str, **params: object) -> str:
    """One of the printout's own words (headings...), in the printout's language, escaped for HTML."""
    return esc(_WORDS.get().text(path, **params))


def _time(moment: datetime | None) -> str:
    """A moment on the summary (2026-11-25 21:15), escaped."""
    return esc(clinic_time(moment, _WORDS.get().language))


def esc(value: object) -> str:
    """Any value as HTML text: markup in notes or names prints as the characters typed."""
    return escape(str(value), quote=True)


def paragraphs(text: str) -> str:
    """Free text with its line breaks kept, escaped."""
    return "<br/>".join(esc(line) for line in text.strip().splitlines())


def _table(rows: Iterable[str], header: str = "", css: str = "grid", fine: bool = False) -> str:
    """A full-width table; `fine` sets it in the small type of reference matter."""
    head = f"<thead>{header}</thead>" if header else ""
    kind = css + ("fine" if fine else "")
    return f'<table class="{kind}" width="100%" cellspacing="0" cellpadding="2">{head}{"".join(rows)}</table>'


def _section(title: str, body: str) -> str:
    """A heading (already escaped: the printout's own words, from _said) and its body."""
    return f"<h2>{title}</h2>{body}"


def _side_by_side(left: str, right: str) -> str:
    """Two short sections in columns, to keep the summary on two pages; one alone takes the width."""
    if not (left and right):
        return left or right
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="49%">{left}</td><td width="2%"></td><td width="49%">{right}</td>'
        "</tr></table>"
    )


def _style(base_pt: float, heading_scale: float) -> str:
    return f"""<style>
body {{ font-size: {base_pt}pt; color: #111111; }}
h1 {{ font-size: {base_pt * heading_scale * 1.45:.1f}pt; font-weight: bold; margin-top: 0; margin-bottom: 0; }}
h2 {{ font-size: {base_pt * heading_scale:.1f}pt; font-weight: bold;
      margin-top: {base_pt * 0.9:.0f}px; margin-bottom: {base_pt * 0.3:.0f}px; }}
p {{ margin-top: 0; margin-bottom: {base_pt * 0.4:.0f}px; }}
ul {{ margin-top: 0; margin-bottom: {base_pt * 0.3:.0f}px; }}
td {{ vertical-align: top; }}
th {{ text-align: left; font-weight: bold; background-color: #e4e4e4; }}
table.grid, table.gridfine {{ border-collapse: collapse; border-color: #9a9a9a; border-style: solid; }}
table.grid td, table.grid th, table.gridfine td, table.gridfine th {{
    border-width: 1px; border-style: solid; border-color: #9a9a9a; }}
table.gridfine td, table.gridfine th, table.plainfine td {{ font-size: {SMALL_PT}pt; }}
table.box {{ border-collapse: collapse; border-style: solid; border-color: #000000; }}
.small {{ font-size: {base_pt * 0.88:.1f}pt; color: #333333; }}
.label {{ color: #444444; }}
</style>"""


def _page_words(words: Renderer) -> dict[str, str]:
    """What the page footers say in the printout's language (reports/pdf.py reads them from the head):
    the page label, and the review line of a translation no clinician has reviewed yet."""
    said = {PAGE_LABEL: words.template("report.page")}
    notice = words.review_notice()
    if notice:
        said[REVIEW_NOTICE] = notice
    return said


def _document(title: str, base_pt: float, heading_scale: float, body: str, footer: dict[str, str] | None = None) -> str:
    meta = "".join(f'<meta name="{esc(name)}" content="{esc(value)}"/>' for name, value in (footer or {}).items())
    return f"<html><head><title>{esc(title)}</title>{meta}{_style(base_pt, heading_scale)}</head><body>{body}</body></html>"


def _box(content: str, border_px: int, padding: int, fill: str | None = None) -> str:
    """A framed single-cell table: the only way QTextDocument draws a box around text."""
    background = f' bgcolor="{fill}"' if fill else ""
    return (
        f'<table class="box" width="100%" cellspacing="0" cellpadding="{padding}" border="{border_px}"{background}>'
        f"<tr><td>{content}</td></tr></table>"
    )


# ---- Clinician summary -------------------------------------------------------------------------


def build_clinician_html(case: CaseInput, rec: Recommendation, context: PrintContext) -> str:
    """The clinician summary: decision first, then the evidence, the checklist and the sign-off."""
    words = renderer_for(context, rec)
    _WORDS.set(words)
    rec = in_language(rec, words)
    parts = [
        _clinician_header(case, rec, context, words),
        _withdrawn_section(context),
        _red_flags(rec),
        _decision_banner(rec, words),
        _beside_decision(rec),
        _override(rec, context),
        _anc_section(rec),
        _criteria_section(rec, words),
        _side_by_side(
            _changes_section(rec) + _warnings_section(rec),
            _prophylaxis_section(rec) + _risk_section(case, rec, context),
        ),
        _monitoring_section(rec),
        _checklist_section(rec, context.acknowledgements),
        _basis_section(rec),
        _differs_section(rec),
        _citations_section(rec),
        _pack_section(rec),
        _audit_line(context),
        _notes_section(case, context),
        _sign_off(),
    ]
    title = words.text("report.clinician_document", patient=case.patient_ref)
    return _document(title, CLINICIAN_PT, 1.15, "".join(parts), _page_words(words))


def _clinician_header(case: CaseInput, rec: Recommendation, context: PrintContext, words: Renderer) -> str:
    site = context.site_name or rec.pack.site or ""
    printed = _said("report.printed", moment=clinic_time(context.printed_at)) if context.printed_at else ""
    top = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td><h1>{esc(words.text('report.clinician_heading'))}</h1>"
        f'<span class="small">{_said("report.copy_line")}</span></td>'
        f'<td align="right"><b>{esc(site)}</b><br/><span class="small">{printed}</span></td>'
        "</tr></table>"
    )
    age = _said("report.age_years", age=case.age_years) if case.age_years is not None else _said("report.not_recorded")
    status = _said("report.drug_given" if case.anakinra == "active" else "report.drug_on_hold")
    fields = [
        (_said("report.field.patient"), f"<b>{esc(case.patient_ref)}</b>"),
        (_said("report.field.age"), age),
        (_said("report.field.evaluated"), _time(rec.as_of)),
        (_said("report.drug_field"), status),
        (_said("report.field.clinician"), esc(context.clinician_name) if context.clinician_name else "&nbsp;"),
        (_said("report.field.evaluated_by"), esc(context.evaluated_by) if context.evaluated_by else "&nbsp;"),
    ]
    cells = [f'<td width="14%" class="label">{label}</td><td width="19%">{value}</td>' for label, value in fields]
    rows = ["<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3)]
    return top + '<p></p><table class="grid" width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"


def _red_flags(rec: Recommendation) -> str:
    if not rec.red_flags:
        return ""
    lines = "".join(f"<br/>\u25b2 {esc(flag.message)}" for flag in rec.red_flags)
    return "<p></p>" + _box(f"<b>\u25b2 {_said('report.red_flag')}</b>{lines}", 2, 4, "#fbe3e3")


def _decision_banner(rec: Recommendation, words: Renderer) -> str:
    state = decision_state(rec.decision, rec.provisional)
    symbol, word, colour = state.symbol, words.decision_words(state.id, "clinician"), THEME[state.colour_role].ink
    severity = words.text(f"report.severity.{rec.severity}")
    band = (
        words.text("report.fact.band", severity=severity) if rec.severity != "none" else words.text("report.fact.no_neutropenia")
    )
    facts = [words.text("report.fact.anc", anc=rec.anc_cells_per_uL), band]
    separator = " \u00b7 "
    if rec.decision == "withhold" and rec.earliest_resume_at:
        facts.append(words.text("report.fact.earliest", moment=clinic_time(rec.earliest_resume_at, words.language)))
    return (
        f'<p></p><table width="100%" cellspacing="0" cellpadding="6" bgcolor="{colour}"><tr><td>'
        f'<span style="color: #ffffff; font-size: {CLINICIAN_PT * 1.9:.1f}pt; font-weight: bold;">'
        f"{symbol} {word} \u2014 {esc(rec.headline.upper())}</span><br/>"
        f'<span style="color: #ffffff; font-size: {CLINICIAN_PT * 1.15:.1f}pt;">{esc(separator.join(facts))}</span>'
        "</td></tr></table>"
    )


def _beside_decision(rec: Recommendation) -> str:
    notes = [f"<b>! {_said('report.note.check')}</b> {esc(w.message)}" for w in rec.warnings if w.id in BESIDE_DECISION]
    if rec.provisional and rec.provisional_reason:
        notes.insert(0, f"<b>? {_said('report.note.provisional')}</b> {esc(rec.provisional_reason)}")
    if not rec.scope.in_scope:
        tail = _said("report.note.outside_tail")
        notes.insert(0, f"<b>\u25c6 {_said('report.note.outside')}</b> {esc(rec.scope.reason)} {tail}")
    if not notes:
        return ""
    return _box("<br/>".join(notes), 1, 4, "#f1f1f1")


def _override(rec: Recommendation, context: PrintContext) -> str:
    chosen = context.clinician_override
    if chosen is None:
        return ""
    agreement = _said("report.override.differs" if chosen.decision_taken != rec.decision else "report.override.agrees")
    reason = esc(chosen.reason.replace("_", " ")) + (f" \u2014 {paragraphs(chosen.text)}" if chosen.text else "")
    words = _WORDS.get()
    taken = words.decision_words(decision_state(chosen.decision_taken, False).id, "short").upper()
    return "<p></p>" + _box(
        f"<b>{_said('report.override.head', decision=taken)}</b> {agreement}<br/>"
        f"{_said('report.override.reason', reason='')}{reason}<br/>"
        f'<span class="small">{_said("report.override.recorded_by", who=chosen.who, moment=clinic_time(chosen.at))}</span>',
        2,
        4,
    )


def _anc_section(rec: Recommendation) -> str:
    header = (
        f'<tr><th>{_said("report.anc.taken")}</th><th align="right">{_said("report.anc.value")}</th>'
        f"<th>{_said('report.anc.entered')}</th></tr>"
    )
    shown = list(reversed(rec.anc_series))[:ANC_ROWS]
    rows = [
        f'<tr><td>{_time(point.taken_at)}</td><td align="right"><b>{point.anc_cells_per_uL}</b></td>'
        f'<td class="small">{esc(point.entered)}</td></tr>'
        for point in shown
    ]
    hidden = len(rec.anc_series) - len(shown)
    note = _said("report.anc.latest_first_hidden", hidden=hidden) if hidden else _said("report.anc.latest_first")
    width, height = CHART_SIZE
    chart = f'<img src="{CHART_URL}" width="{width}" height="{height}"/>'
    body = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td width="44%">{_table(rows, header)}<span class="small">{note}</span></td>'
        f'<td width="2%"></td><td width="54%" align="right">{chart}</td>'
        "</tr></table>"
    )
    return _section(_said("report.section.neutrophil_counts_anc"), body)


def _status(met: bool | None) -> str:
    symbol, path = STATUS[met]
    word = _said(path)
    return f"<b>{symbol} {word}</b>" if met is not True else f"{symbol} {word}"


def _criteria_section(rec: Recommendation, words: Renderer) -> str:
    header = (
        f'<tr><th width="16%">{_said("report.criteria.status")}</th>'
        f'<th width="25%">{_said("report.criteria.criterion")}</th><th>{_said("report.criteria.detail")}</th></tr>'
    )
    rows = [f"<tr><td>{_status(c.met)}</td><td>{esc(c.title)}</td><td>{esc(c.detail)}</td></tr>" for c in rec.criteria]
    if rec.decision == "out_of_scope":
        resume = _said("report.resume.out_of_scope")
    elif rec.decision == "continue":
        resume = esc(words.text("report.resume_continues"))
    elif rec.decision == "resume":
        resume = _said("report.resume_all_met", moment=clinic_time(rec.earliest_resume_at))
    elif rec.earliest_resume_at:
        earliest = _said("report.resume.earliest", moment=clinic_time(rec.earliest_resume_at))
        resume = f"<b>{earliest}</b> {_said('report.resume.earliest_tail')}"
    else:
        resume = f"<b>{_said('report.resume.unknown')}</b> {_said('report.resume.unknown_tail')}"
    unknown = any(c.met is None for c in rec.criteria)
    note = f'<p class="small">{_said("report.criteria.unknown_counts")}</p>' if unknown else ""
    return _section(_said("report.section.resume_criteria"), _table(rows, header) + f"<p>{resume}</p>" + note)


def _changes_section(rec: Recommendation) -> str:
    if not rec.what_would_change:
        return ""
    items = "".join(f"<li>{esc(change.needed)}</li>" for change in rec.what_would_change)
    return _section(_said("report.section.what_would_change_the_decision"), f"<ul>{items}</ul>")


def _warnings_section(rec: Recommendation) -> str:
    rest = [w for w in rec.warnings if w.id not in BESIDE_DECISION]
    if not rest:
        return ""
    items = "".join(f"<li>{esc(w.message)}</li>" for w in rest)
    return _section(_said("report.section.check_before_acting"), f"<ul>{items}</ul>")


def _prophylaxis_section(rec: Recommendation) -> str:
    cover = rec.prophylaxis
    if cover.recommended:
        lead = f"<b>{_said('report.prophylaxis.recommended', agent=cover.agent or '')}</b>"
    else:
        lead = f"<b>{_said('report.prophylaxis.not_recommended')}</b>"
    body = f"<p>{lead} {esc(cover.reason)}.</p>"
    if cover.antiviral:
        body += f"<p><b>{_said('report.prophylaxis.antiviral')}</b> {esc(cover.antiviral)}</p>"
    return _section(_said("report.section.prophylaxis"), body)


def _due(item_due: datetime | None, item_due_by: datetime | None) -> str:
    if item_due is None:
        return _said("report.monitoring.ongoing")
    if item_due_by is None:
        return f"<b>{_time(item_due)}</b>"
    return f"<b>{_time(item_due)}</b> {_said('report.monitoring.to')} <b>{_time(item_due_by)}</b>"


def _monitoring_section(rec: Recommendation) -> str:
    header = (
        f'<tr><th width="20%">{_said("report.monitoring.test")}</th><th>{_said("report.monitoring.schedule")}</th>'
        f'<th width="27%">{_said("report.monitoring.due")}</th></tr>'
    )
    rows = [
        f"<tr><td>{esc(item.test)}</td><td>{esc(item.schedule)}</td><td>{_due(item.due_at, item.due_by)}</td></tr>"
        for item in rec.monitoring
    ]
    advice = "".join(f"<p>{esc(a.message)}</p>" for a in rec.advice)
    return _section(_said("report.section.monitoring"), _table(rows, header) + advice)


def _risk_section(case: CaseInput, rec: Recommendation, context: PrintContext) -> str:
    if not rec.risk_factors:
        return _section(_said("report.section.risk_factors_for_prolonged_neutropenia"), f"<p>{_said('report.risk.none')}</p>")
    said = _WORDS.get()
    words = pack_words(rec, said.language)
    labels = []
    for risk in rec.risk_factors:
        path = f"risk_factors.{risk}.label"
        known = path in said.texts
        label = esc(fill(said.template(path), words) if known else risk.replace("_", " "))
        if risk == "immunosuppressants":
            label += " (" + esc(", ".join(case.immunosuppressants)) + ")"
        if risk == "advanced_age" and case.age_years is not None:
            label += f" ({_said('report.risk.age', age=case.age_years)})"
        labels.append(label)
    return _section(_said("report.section.risk_factors_for_prolonged_neutropenia"), "<p>" + "; ".join(labels) + ".</p>")


def _checklist_section(rec: Recommendation, acknowledgements: tuple[Acknowledgement, ...]) -> str:
    ticked = {a.pitfall_id: a for a in acknowledgements}
    rows = []
    for pitfall in rec.pitfalls:
        done = ticked.pop(pitfall.id, None)
        rows.append(_checklist_row(esc(pitfall.text), done))
    # An acknowledgement whose pitfall this pack no longer lists is still a signed record: print it.
    rows += [_checklist_row(_said("report.checklist.not_in_pack", id=a.pitfall_id), a) for a in ticked.values()]
    return _section(_said("report.section.pitfall_checklist"), _table(rows, css="plain"))


def _checklist_row(text: str, done: Acknowledgement | None) -> str:
    box = f'<img src="{BOX_URL[done is not None]}" width="11" height="11"/>'
    if done is not None:
        who = f'<span class="small">{_said("report.checklist.checked_by", who=done.who, moment=clinic_time(done.at))}</span>'
    else:
        who = f'<span class="small">{_said("report.checklist.unchecked")}</span>'
    return f'<tr><td width="3%">{box}</td><td width="71%">{text}</td><td width="26%">{who}</td></tr>'


def _citation_numbers(rec: Recommendation) -> dict[str, int]:
    return {citation.id: index for index, citation in enumerate(rec.citations, start=1)}


def _basis_section(rec: Recommendation) -> str:
    numbers = _citation_numbers(rec)
    header = (
        f'<tr><th width="27%">{_said("report.basis.rule")}</th><th>{_said("report.basis.says")}</th>'
        f'<th width="17%">{_said("report.basis.source")}</th></tr>'
    )
    rows = []
    for basis in rec.basis:
        cited = "".join(f"[{n}]" for n in sorted(numbers[c] for c in basis.citations if c in numbers))
        marker = " \u2020" if basis.differs else ""
        rows.append(
            f"<tr><td>{esc(basis.title)}{marker}</td><td>{esc(basis.text)}</td>"
            f"<td><b>{_said('report.provenance.' + basis.provenance.replace('-', '_'))}</b> {esc(cited)}</td></tr>"
        )
    return _section(_said("report.section.why_where_each_rule_that_fired_comes_fro"), _table(rows, header, fine=True))


def _differs_section(rec: Recommendation) -> str:
    differing = [b for b in rec.basis if b.differs]
    if not differing:
        return ""
    rows = [f'<tr><td width="27%">\u2020 {esc(b.title)}</td><td>{esc(b.differs)}</td></tr>' for b in differing]
    lead = f"<p>{_said('report.differs.lead')}</p>"
    return _section(_said("report.section.sources_differ"), lead + _table(rows, fine=True))


def _citations_section(rec: Recommendation) -> str:
    rows = [
        f'<tr><td width="4%">[{n}]</td><td>{esc(c.title)}. <span class="label">{esc(c.detail)}</span></td></tr>'
        for n, c in enumerate(rec.citations, start=1)
    ]
    return _section(_said("report.section.citations"), _table(rows, css="plain", fine=True))


def _pack_section(rec: Recommendation) -> str:
    stamp = rec.pack
    line = "<p>" + _said("report.pack.line", id=stamp.id, version=stamp.version, sha=stamp.sha256[:12])
    line += f" \u2014 {_said('report.pack.site', site=stamp.site)}.</p>" if stamp.site else ".</p>"
    if not stamp.overrides:
        return _section(_said("report.section.knowledge_pack"), line + f"<p>{_said('report.pack.no_overrides')}</p>")
    header = (
        f'<tr><th width="28%">{_said("report.pack.override")}</th><th width="10%">{_said("report.pack.value")}</th>'
        f'<th width="12%">{_said("report.pack.default")}</th><th>{_said("report.pack.reason")}</th></tr>'
    )
    rows = [
        f"<tr><td>{esc(o.key)}</td><td><b>{esc(_setting(o.value))}</b></td><td>{esc(_setting(o.default))}</td>"
        f"<td>{esc(o.reason)}</td></tr>"
        for o in stamp.overrides
    ]
    return _section(_said("report.section.knowledge_pack"), line + _table(rows, header))


def _withdrawn_section(context: PrintContext) -> str:
    """Entries withdrawn as entered in error: struck through, never hidden (21 CFR 11.10(e))."""
    if not context.withdrawn:
        return ""
    rows = [
        f"<tr><td><s>{esc(entry.what)}</s></td>"
        f"<td>{_said('report.withdrawn.by', who=entry.who, moment=clinic_time(entry.at), reason=entry.reason)}</td></tr>"
        for entry in context.withdrawn
    ]
    lead = (
        f"<p><b>{_said('report.withdrawn.lead')}</b> {_said('report.withdrawn.tail')}</p>" if context.evaluation_withdrawn else ""
    )
    return _section(_said("report.section.withdrawn_entries"), lead + _table(rows))


def _audit_line(context: PrintContext) -> str:
    if not context.audit_head:
        return ""
    return f'<p class="small">{_said("report.audit_head", head=context.audit_head)}</p>'


def _setting(value: float | bool) -> str:
    words = _WORDS.get()
    return (
        words.text("report.yes" if value else "report.no") if isinstance(value, bool) else formats.number(value, words.language)
    )


def _notes_section(case: CaseInput, context: PrintContext) -> str:
    body = f'<p class="small">{paragraphs(case.notes)}</p>' if case.notes.strip() else ""
    body += "".join(
        f'<p class="small">{paragraphs(note.text)} <span class="label">\u2014 {esc(note.who)}, {_time(note.at)}</span></p>'
        for note in context.logged_notes
    )
    return _section(_said("report.section.notes"), body) if body else ""


def _sign_off() -> str:
    disclaimer = f"<p><b>{_said('report.disclaimer.lead')}</b> {_said('report.disclaimer.text')}</p>"
    # Tall cells leave room to sign by hand above the rule.
    lines = (
        '<table width="100%" cellspacing="0" cellpadding="2"><tr>'
        f'<td width="42%" style="padding-top: 20px;">{_said("report.sign.signature")} _______________________________</td>'
        f'<td width="30%" style="padding-top: 20px;">{_said("report.sign.name")} ______________________</td>'
        f'<td width="28%" style="padding-top: 20px;">{_said("report.sign.date_time")} ______________</td>'
        "</tr></table>"
    )
    return "<p></p>" + disclaimer + lines


# ---- Patient handout ---------------------------------------------------------------------------


def build_handout_html(case: CaseInput, rec: Recommendation, context: PrintContext, large_print: bool = False) -> str:
    """The plain-language handout: what is happening, the blood tests, restarting, and when to get help."""
    if context.pack is None:
        raise ValueError("the patient handout needs the pack's wording: pass the pack in the print context")
    said = renderer_for(context, rec)
    _WORDS.set(said)
    rec = in_language(rec, said)
    base_pt = LARGE_PRINT_PT if large_print else HANDOUT_PT
    words = pack_words(rec, said.language)
    chosen = context.clinician_override
    overridden = chosen is not None and chosen.decision_taken != rec.decision
    decision = chosen.decision_taken if chosen else rec.decision
    parts = [
        _handout_header(case, rec, context),
        _handout_banner(decision if overridden else shown_state(decision, rec.provisional), base_pt),
        _handout_urgent(words, base_pt),
        _handout_happening(rec, words, overridden),
        _handout_tests(rec, words, overridden),
        _handout_restart(rec, words, decision, overridden),
        f"<p></p><p>{_patient('patient.closing', words)}</p>",
    ]
    title = said.text("report.handout_document", patient=case.patient_ref)
    return _document(title, base_pt, 1.2 if large_print else 1.3, "".join(parts), _page_words(said))


def _patient(path: str, words: Mapping[str, str]) -> str:
    """A sentence of the pack's patient wording in the handout's language, filled in and escaped."""
    return esc(_patient_text(path, words))


def _patient_text(path: str, words: Mapping[str, str]) -> str:
    return fill(_WORDS.get().template(path), words)


def _has(path: str) -> bool:
    return path in _WORDS.get().texts


def _handout_header(case: CaseInput, rec: Recommendation, context: PrintContext) -> str:
    words = _WORDS.get()
    site = context.site_name or rec.pack.site
    written = _said("report.handout.written_on", date=patient_date(rec.as_of, words.language))
    who = (
        _said("report.handout.for_site", patient=case.patient_ref, site=site)
        if site
        else _said("report.handout.for", patient=case.patient_ref)
    )
    return f'<h1>{_said("report.handout_heading")}</h1><p class="small">{who} {written}</p>'


def _handout_banner(state: str, base_pt: float) -> str:
    words = _WORDS.get()
    symbol, word = DECISION_STATES[state].symbol, words.decision_words(state, "patient")
    said = words.template("provisional.patient" if state == "provisional" else f"decisions.{state}.patient")
    return "<p></p>" + _box(
        f'<span style="font-size: {base_pt * 1.5:.1f}pt; font-weight: bold;">{symbol} {esc(word)}.</span><br/>'
        f'<span style="font-size: {base_pt * 1.15:.1f}pt; font-weight: bold;">{esc(said)}</span>',
        3,
        8,
    )


def _explanation(rec: Recommendation, words: Mapping[str, str]) -> list[str]:
    """The engine's patient sentences, less the decision (in the banner) and the urgent advice (in the box)."""
    if rec.patient_explanation_wording:
        shown_elsewhere = {f"decisions.{rec.decision}.patient", "patient.urgent"}
        return [
            sentence
            for sentence, message in zip(rec.patient_explanation, rec.patient_explanation_wording, strict=False)
            if _message_id(message) not in shown_elsewhere
        ]
    texts = {_WORDS.get().template(f"decisions.{rec.decision}.patient"), _patient_text("patient.urgent", words)}
    return [sentence for sentence in rec.patient_explanation if sentence not in texts]


def _message_id(message: object) -> str:
    return message.get("id", "") if isinstance(message, Mapping) else str(getattr(message, "id", ""))


def _handout_happening(rec: Recommendation, words: Mapping[str, str], overridden: bool) -> str:
    if overridden:
        # The engine's reasons were written for its own decision; after an override only the general
        # explanation and the care team's note stay true.
        sentences = [_patient_text("patient.why_low", words), _patient_text("patient.override_note", words)]
    else:
        sentences = _explanation(rec, words)
    body = "".join(f"<p>{esc(s)}</p>" for s in sentences if s)
    return _section(_said("report.section.what_is_happening"), body)


def _handout_tests(rec: Recommendation, words: Mapping[str, str], overridden: bool) -> str:
    language = _WORDS.get().language
    latest = rec.anc_series[-1]
    count_words = {
        **words,
        "anc": formats.number(rec.anc_cells_per_uL, language),
        "count_date": patient_date(latest.taken_at, language),
    }
    body = f"<p>{_patient('patient.tests_show', count_words)}</p><p>{_patient('patient.latest_count', count_words)}</p>"
    planned = [] if overridden else [item for item in rec.monitoring if item.due_at and _has(f"patient.monitoring.{item.id}")]
    if planned:
        for item in planned:
            if item.due_at is None:
                continue  # planned items all have a due time
            due = {
                **words,
                "due": patient_date(item.due_at, language),
                "due_by": patient_date(item.due_by or item.due_at, language),
            }
            body += f"<p>\u25ba <b>{_patient(f'patient.monitoring.{item.id}', due)}</b></p>"
    else:
        body += f"<p>\u25ba <b>{_patient('patient.tests_ask', words)}</b></p>"
    return _section(_said("report.section.what_do_the_blood_tests_show"), body)


def _handout_restart(rec: Recommendation, words: Mapping[str, str], decision: str, overridden: bool) -> str:
    if decision in ("continue", "out_of_scope") or overridden:
        return ""
    if decision == "resume":
        return _section(_said("report.section.when_can_i_start_again"), f"<p>{_patient('patient.restart_now', words)}</p>")
    rows = [_handout_criterion(c, words) for c in rec.criteria if _has(f"patient.criteria.{c.id}")]
    body = f"<p>{_patient('patient.restart_intro', words)}</p>" + _table(rows, css="plain")
    if rec.earliest_resume_at:
        when_words = {**words, "resume_date": patient_date(rec.earliest_resume_at, _WORDS.get().language)}
        body += f"<p>{_patient('patient.restart_date', when_words)}</p>"
    else:
        body += f"<p>{_patient('patient.restart_no_date', words)}</p>"
    return _section(_said("report.section.when_can_i_start_again"), body)


def _handout_criterion(criterion: Criterion, words: Mapping[str, str]) -> str:
    answer = {True: "patient.criterion_met", False: "patient.criterion_unmet", None: "patient.criterion_unknown"}[criterion.met]
    box = "\u25a0" if criterion.met else "\u25a1"
    return (
        f'<tr><td width="6%">{box}</td><td>{_patient(f"patient.criteria.{criterion.id}", words)}</td>'
        f'<td width="28%"><b>{_patient(answer, words)}.</b></td></tr>'
    )


def _handout_urgent(words: Mapping[str, str], base_pt: float) -> str:
    return "<p></p>" + _box(
        f'<span style="font-size: {base_pt * 1.3:.1f}pt; font-weight: bold;">\u25b2 {_said("report.handout.get_help")}</span><br/>'
        f'<span style="font-size: {base_pt * 1.1:.1f}pt; font-weight: bold;">{_patient("patient.urgent", words)}</span><br/>'
        f"{_patient('patient.urgent_how', words)}",
        4,
        10,
        "#eeeeee",
    )

"""Escaped HTML of the clinician summary and the patient handout, in the subset QTextDocument renders."""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, cast

from desktop_app.knowledge.pack import PackContent
from desktop_app.models import CaseInput, Criterion, Recommendation, shown_state
from desktop_app.reports.context import Acknowledgement, PrintContext
from desktop_app.reports.words import clinic_time, fill, number, pack_words, patient_date, renderer_for
from desktop_app.wording import DECISION_STATES, THEME, Renderer, decision_state

if TYPE_CHECKING:
    from desktop_app.models import Decision

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
STATUS = {True: ("\u25cf", "Met"), False: ("\u00d7", "NOT MET"), None: ("?", "UNKNOWN")}
PROVENANCE = {"label": "Drug label", "guideline": "Guideline", "article-only": "Article only", "safety-check": "Safety check"}
# Warnings the design wants beside the decision rather than further down the page.
BESIDE_DECISION = ("unit_slip", "label_threshold", "weigh_flare_risk", "tnf_blocker_combination", "il1_blocker_combination")


# The wording of the printout being built (set by build_clinician_html / build_handout_html).
_WORDS: ContextVar[Renderer] = ContextVar("printout_words")


def _said(path: str) -> str:
    """One of the printout's own words (headings...), from the app catalogue of the printout's language."""
    return _WORDS.get().text(path)


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
    return f"<h2>{esc(title)}</h2>{body}"


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


def _document(title: str, base_pt: float, heading_scale: float, body: str) -> str:
    return f"<html><head><title>{esc(title)}</title>{_style(base_pt, heading_scale)}</head><body>{body}</body></html>"


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
    title = f"NeutroHold clinician summary \u2014 {case.patient_ref}"
    return _document(title, CLINICIAN_PT, 1.15, "".join(parts))


def _clinician_header(case: CaseInput, rec: Recommendation, context: PrintContext, words: Renderer) -> str:
    site = context.site_name or rec.pack.site or ""
    printed = f"Printed {clinic_time(context.printed_at)}" if context.printed_at else ""
    top = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td><h1>{esc(words.text('report.clinician_heading'))}</h1>"
        '<span class="small">NeutroHold decision support \u2014 clinician copy</span></td>'
        f'<td align="right"><b>{esc(site)}</b><br/><span class="small">{esc(printed)}</span></td>'
        "</tr></table>"
    )
    age = f"{case.age_years} years" if case.age_years is not None else "not recorded"
    status = "being given" if case.anakinra == "active" else "already on hold"
    fields = [
        ("Patient", f"<b>{esc(case.patient_ref)}</b>"),
        ("Age", esc(age)),
        ("Evaluated", esc(clinic_time(rec.as_of))),
        (esc(words.text("report.drug_field")), esc(status)),
        ("Clinician", esc(context.clinician_name) if context.clinician_name else "&nbsp;"),
        ("Evaluated by", esc(context.evaluated_by) if context.evaluated_by else "&nbsp;"),
    ]
    cells = [f'<td width="14%" class="label">{label}</td><td width="19%">{value}</td>' for label, value in fields]
    rows = ["<tr>" + "".join(cells[i : i + 3]) + "</tr>" for i in range(0, len(cells), 3)]
    return top + '<p></p><table class="grid" width="100%" cellspacing="0" cellpadding="3">' + "".join(rows) + "</table>"


def _red_flags(rec: Recommendation) -> str:
    if not rec.red_flags:
        return ""
    lines = "".join(f"<br/>\u25b2 {esc(flag.message)}" for flag in rec.red_flags)
    return "<p></p>" + _box(f"<b>\u25b2 RED FLAG \u2014 ASSESS URGENTLY</b>{lines}", 2, 4, "#fbe3e3")


def _decision_banner(rec: Recommendation, words: Renderer) -> str:
    state = decision_state(rec.decision, rec.provisional)
    symbol, word, colour = state.symbol, words.decision_words(state.id, "clinician"), THEME[state.colour_role].ink
    band = f"{rec.severity} neutropenia band" if rec.severity != "none" else "no neutropenia"
    facts = [f"ANC {rec.anc_cells_per_uL} cells/uL", band]
    separator = " \u00b7 "
    if rec.decision == "withhold" and rec.earliest_resume_at:
        facts.append(f"earliest resume {clinic_time(rec.earliest_resume_at)}")
    return (
        f'<p></p><table width="100%" cellspacing="0" cellpadding="6" bgcolor="{colour}"><tr><td>'
        f'<span style="color: #ffffff; font-size: {CLINICIAN_PT * 1.9:.1f}pt; font-weight: bold;">'
        f"{symbol} {word} \u2014 {esc(rec.headline.upper())}</span><br/>"
        f'<span style="color: #ffffff; font-size: {CLINICIAN_PT * 1.15:.1f}pt;">{esc(separator.join(facts))}</span>'
        "</td></tr></table>"
    )


def _beside_decision(rec: Recommendation) -> str:
    notes = [f"<b>! Check:</b> {esc(w.message)}" for w in rec.warnings if w.id in BESIDE_DECISION]
    if rec.provisional and rec.provisional_reason:
        notes.insert(0, f"<b>? PROVISIONAL:</b> {esc(rec.provisional_reason)}")
    if not rec.scope.in_scope:
        notes.insert(0, f"<b>\u25c6 Outside this pack:</b> {esc(rec.scope.reason)} The criteria below are for information.")
    if not notes:
        return ""
    return _box("<br/>".join(notes), 1, 4, "#f1f1f1")


def _override(rec: Recommendation, context: PrintContext) -> str:
    chosen = context.clinician_override
    if chosen is None:
        return ""
    agreement = "differs from" if chosen.decision_taken != rec.decision else "agrees with"
    reason = esc(chosen.reason.replace("_", " ")) + (f" \u2014 {paragraphs(chosen.text)}" if chosen.text else "")
    return "<p></p>" + _box(
        f"<b>CLINICIAN DECISION: {esc(chosen.decision_taken.upper())}</b> ({agreement} the recommendation)<br/>"
        f"Reason: {reason}<br/>"
        f'<span class="small">Recorded by {esc(chosen.who)}, {esc(clinic_time(chosen.at))}</span>',
        2,
        4,
    )


def _anc_section(rec: Recommendation) -> str:
    header = '<tr><th>Taken</th><th align="right">ANC (cells/uL)</th><th>As entered</th></tr>'
    shown = list(reversed(rec.anc_series))[:ANC_ROWS]
    rows = [
        f'<tr><td>{esc(clinic_time(point.taken_at))}</td><td align="right"><b>{point.anc_cells_per_uL}</b></td>'
        f'<td class="small">{esc(point.entered)}</td></tr>'
        for point in shown
    ]
    hidden = len(rec.anc_series) - len(shown)
    note = f"Latest first; {hidden} earlier counts are in the chart only." if hidden else "Latest first."
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
    symbol, word = STATUS[met]
    return f"<b>{symbol} {word}</b>" if met is not True else f"{symbol} {word}"


def _criteria_section(rec: Recommendation, words: Renderer) -> str:
    header = '<tr><th width="13%">Status</th><th width="27%">Resume criterion</th><th>Detail</th></tr>'
    rows = [f"<tr><td>{_status(c.met)}</td><td>{esc(c.title)}</td><td>{esc(c.detail)}</td></tr>" for c in rec.criteria]
    if rec.decision == "out_of_scope":
        resume = "Not given: the specialist team decides (shown for information)."
    elif rec.decision == "continue":
        resume = esc(words.text("report.resume_continues"))
    elif rec.decision == "resume":
        resume = esc(words.text("report.resume_all_met", moment=clinic_time(rec.earliest_resume_at)))
    elif rec.earliest_resume_at:
        resume = (
            f"<b>Earliest resume: {esc(clinic_time(rec.earliest_resume_at))},</b> provided every other criterion is met by then."
        )
    else:
        resume = "<b>Earliest resume: not yet known</b> \u2014 it depends on the criteria not met."
    note = '<p class="small">An unknown criterion counts as not met.</p>' if any(c.met is None for c in rec.criteria) else ""
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
        lead = f"<b>Antibacterial: recommended \u2014 {esc(cover.agent)}.</b>"
    else:
        lead = "<b>Antibacterial: not recommended.</b>"
    body = f"<p>{lead} {esc(cover.reason)}.</p>"
    if cover.antiviral:
        body += f"<p><b>Antiviral:</b> {esc(cover.antiviral)}</p>"
    return _section(_said("report.section.prophylaxis"), body)


def _due(item_due: datetime | None, item_due_by: datetime | None) -> str:
    if item_due is None:
        return "ongoing"
    if item_due_by is None:
        return f"<b>{esc(clinic_time(item_due))}</b>"
    return f"<b>{esc(clinic_time(item_due))}</b> to <b>{esc(clinic_time(item_due_by))}</b>"


def _monitoring_section(rec: Recommendation) -> str:
    header = '<tr><th width="20%">Test</th><th>Schedule</th><th width="27%">Due</th></tr>'
    rows = [
        f"<tr><td>{esc(item.test)}</td><td>{esc(item.schedule)}</td><td>{_due(item.due_at, item.due_by)}</td></tr>"
        for item in rec.monitoring
    ]
    advice = "".join(f"<p>{esc(a.message)}</p>" for a in rec.advice)
    return _section(_said("report.section.monitoring"), _table(rows, header) + advice)


def _risk_section(case: CaseInput, rec: Recommendation, context: PrintContext) -> str:
    if not rec.risk_factors:
        return _section(_said("report.section.risk_factors_for_prolonged_neutropenia"), "<p>None recorded.</p>")
    words = pack_words(rec)
    labels = []
    for risk in rec.risk_factors:
        wording = context.pack.content.risk_factors.get(risk) if context.pack else None
        label = esc(fill(wording.label, words) if wording else risk.replace("_", " "))
        if risk == "immunosuppressants":
            label += " (" + esc(", ".join(case.immunosuppressants)) + ")"
        if risk == "advanced_age" and case.age_years is not None:
            label += f" (age {case.age_years})"
        labels.append(label)
    return _section(_said("report.section.risk_factors_for_prolonged_neutropenia"), "<p>" + "; ".join(labels) + ".</p>")


def _checklist_section(rec: Recommendation, acknowledgements: tuple[Acknowledgement, ...]) -> str:
    ticked = {a.pitfall_id: a for a in acknowledgements}
    rows = []
    for pitfall in rec.pitfalls:
        done = ticked.pop(pitfall.id, None)
        rows.append(_checklist_row(esc(pitfall.text), done))
    # An acknowledgement whose pitfall this pack no longer lists is still a signed record: print it.
    rows += [_checklist_row(esc(f"Pitfall {a.pitfall_id} (not in this pack)"), a) for a in ticked.values()]
    return _section(_said("report.section.pitfall_checklist"), _table(rows, css="plain"))


def _checklist_row(text: str, done: Acknowledgement | None) -> str:
    box = f'<img src="{BOX_URL[done is not None]}" width="11" height="11"/>'
    if done is not None:
        who = f'<span class="small">Checked by {esc(done.who)}, {esc(clinic_time(done.at))}</span>'
    else:
        who = '<span class="small">Checked by ____________________</span>'
    return f'<tr><td width="3%">{box}</td><td width="71%">{text}</td><td width="26%">{who}</td></tr>'


def _citation_numbers(rec: Recommendation) -> dict[str, int]:
    return {citation.id: index for index, citation in enumerate(rec.citations, start=1)}


def _basis_section(rec: Recommendation) -> str:
    numbers = _citation_numbers(rec)
    header = (
        '<tr><th width="27%">Rule that fired (\u2020 sources differ)</th><th>What it says here</th>'
        '<th width="17%">Source</th></tr>'
    )
    rows = []
    for basis in rec.basis:
        cited = "".join(f"[{n}]" for n in sorted(numbers[c] for c in basis.citations if c in numbers))
        marker = " \u2020" if basis.differs else ""
        rows.append(
            f"<tr><td>{esc(basis.title)}{marker}</td><td>{esc(basis.text)}</td>"
            f"<td><b>{PROVENANCE[basis.provenance]}</b> {esc(cited)}</td></tr>"
        )
    return _section(_said("report.section.why_where_each_rule_that_fired_comes_fro"), _table(rows, header, fine=True))


def _differs_section(rec: Recommendation) -> str:
    differing = [b for b in rec.basis if b.differs]
    if not differing:
        return ""
    rows = [f'<tr><td width="27%">\u2020 {esc(b.title)}</td><td>{esc(b.differs)}</td></tr>' for b in differing]
    lead = "<p>Known disagreements between a rule applied here and a primary source; a site chooses by override.</p>"
    return _section(_said("report.section.sources_differ"), lead + _table(rows, fine=True))


def _citations_section(rec: Recommendation) -> str:
    rows = [
        f'<tr><td width="4%">[{n}]</td><td>{esc(c.title)}. <span class="label">{esc(c.detail)}</span></td></tr>'
        for n, c in enumerate(rec.citations, start=1)
    ]
    return _section(_said("report.section.citations"), _table(rows, css="plain", fine=True))


def _pack_section(rec: Recommendation) -> str:
    stamp = rec.pack
    line = f"<p>{esc(stamp.id)} version {esc(stamp.version)}, sha256 {esc(stamp.sha256[:12])}"
    line += f" \u2014 site {esc(stamp.site)}.</p>" if stamp.site else ".</p>"
    if not stamp.overrides:
        return _section(_said("report.section.knowledge_pack"), line + "<p>No site overrides: pack defaults in force.</p>")
    header = (
        '<tr><th width="28%">Site override</th><th width="10%">Value</th><th width="12%">Pack default</th><th>Reason</th></tr>'
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
        f"<tr><td><s>{esc(entry.what)}</s></td><td>withdrawn by {esc(entry.who)}, {esc(clinic_time(entry.at))}: "
        f"{esc(entry.reason)}</td></tr>"
        for entry in context.withdrawn
    ]
    lead = (
        "<p><b>THIS EVALUATION WAS WITHDRAWN AS ENTERED IN ERROR.</b> It is printed as it was recorded; it no longer counts.</p>"
        if context.evaluation_withdrawn
        else ""
    )
    return _section(_said("report.section.withdrawn_entries"), lead + _table(rows))


def _audit_line(context: PrintContext) -> str:
    if not context.audit_head:
        return ""
    return f'<p class="small">Case log audit head at printing: {esc(context.audit_head)}</p>'


def _setting(value: float | bool) -> str:
    return ("yes" if value else "no") if isinstance(value, bool) else number(value)


def _notes_section(case: CaseInput, context: PrintContext) -> str:
    body = f'<p class="small">{paragraphs(case.notes)}</p>' if case.notes.strip() else ""
    body += "".join(
        f'<p class="small">{paragraphs(note.text)} <span class="label">\u2014 {esc(note.who)}, '
        f"{esc(clinic_time(note.at))}</span></p>"
        for note in context.logged_notes
    )
    return _section(_said("report.section.notes"), body) if body else ""


def _sign_off() -> str:
    disclaimer = (
        "<p><b>Decision support only.</b> This summary applies the rules of the knowledge pack named above "
        "to the values entered. It does not replace clinical judgement: check it against the patient before acting.</p>"
    )
    # Tall cells leave room to sign by hand above the rule.
    lines = (
        '<table width="100%" cellspacing="0" cellpadding="2"><tr>'
        '<td width="42%" style="padding-top: 20px;">Signature _______________________________</td>'
        '<td width="30%" style="padding-top: 20px;">Name ______________________</td>'
        '<td width="28%" style="padding-top: 20px;">Date and time ______________</td>'
        "</tr></table>"
    )
    return "<p></p>" + disclaimer + lines


# ---- Patient handout ---------------------------------------------------------------------------


def build_handout_html(case: CaseInput, rec: Recommendation, context: PrintContext, large_print: bool = False) -> str:
    """The plain-language handout: what is happening, the blood tests, restarting, and when to get help."""
    if context.pack is None:
        raise ValueError("the patient handout needs the pack's wording: pass the pack in the print context")
    content = context.pack.content
    words_of_pack = renderer_for(context, rec)
    _WORDS.set(words_of_pack)
    base_pt = LARGE_PRINT_PT if large_print else HANDOUT_PT
    words = pack_words(rec)
    chosen = context.clinician_override
    overridden = chosen is not None and chosen.decision_taken != rec.decision
    decision = chosen.decision_taken if chosen else rec.decision
    parts = [
        _handout_header(case, rec, context, words_of_pack),
        _handout_banner(decision if overridden else shown_state(decision, rec.provisional), content, base_pt, words_of_pack),
        _handout_urgent(content, words, base_pt),
        _handout_happening(rec, content, words, overridden),
        _handout_tests(rec, content, words, overridden),
        _handout_restart(rec, content, words, decision, overridden),
        f"<p></p><p>{esc(fill(content.patient.closing, words))}</p>",
    ]
    title = f"Patient information \u2014 {case.patient_ref}"
    return _document(title, base_pt, 1.2 if large_print else 1.3, "".join(parts))


def _handout_header(case: CaseInput, rec: Recommendation, context: PrintContext, words: Renderer) -> str:
    site = context.site_name or rec.pack.site
    where = f" from {esc(site)}" if site else ""
    return (
        f"<h1>{esc(words.text('report.handout_heading'))}</h1>"
        f'<p class="small">Information for {esc(case.patient_ref)}{where}. '
        f"Written on {esc(patient_date(rec.as_of))}.</p>"
    )


def _handout_banner(state: str, content: PackContent, base_pt: float, words: Renderer) -> str:
    symbol, word = DECISION_STATES[state].symbol, words.decision_words(state, "patient")
    said = content.provisional.patient if state == "provisional" else content.decisions[cast("Decision", state)].patient
    return "<p></p>" + _box(
        f'<span style="font-size: {base_pt * 1.5:.1f}pt; font-weight: bold;">{symbol} {word}.</span><br/>'
        f'<span style="font-size: {base_pt * 1.15:.1f}pt; font-weight: bold;">{esc(said)}</span>',
        3,
        8,
    )


def _explanation(rec: Recommendation, content: PackContent, words: dict[str, str]) -> list[str]:
    """The engine's patient sentences, less the decision (in the banner) and the urgent advice (in the box)."""
    shown_elsewhere = {content.decisions[rec.decision].patient, fill(content.patient.urgent, words)}
    return [sentence for sentence in rec.patient_explanation if sentence not in shown_elsewhere]


def _handout_happening(rec: Recommendation, content: PackContent, words: dict[str, str], overridden: bool) -> str:
    if overridden:
        # The engine's reasons were written for its own decision; after an override only the general
        # explanation and the care team's note stay true.
        sentences = [fill(content.patient.why_low, words), fill(content.patient.override_note, words)]
    else:
        sentences = _explanation(rec, content, words)
    body = "".join(f"<p>{esc(s)}</p>" for s in sentences if s)
    return _section(_said("report.section.what_is_happening"), body)


def _handout_tests(rec: Recommendation, content: PackContent, words: dict[str, str], overridden: bool) -> str:
    patient = content.patient
    latest = rec.anc_series[-1]
    count_words = {**words, "anc": str(rec.anc_cells_per_uL), "count_date": patient_date(latest.taken_at)}
    body = f"<p>{esc(fill(patient.tests_show, count_words))}</p><p>{esc(fill(patient.latest_count, count_words))}</p>"
    planned = [] if overridden else [item for item in rec.monitoring if item.due_at and item.id in patient.monitoring]
    if planned:
        for item in planned:
            if item.due_at is None:
                continue  # planned items all have a due time
            due = {**words, "due": patient_date(item.due_at), "due_by": patient_date(item.due_by or item.due_at)}
            body += f"<p>\u25ba <b>{esc(fill(patient.monitoring[item.id], due))}</b></p>"
    else:
        body += f"<p>\u25ba <b>{esc(fill(patient.tests_ask, words))}</b></p>"
    return _section(_said("report.section.what_do_the_blood_tests_show"), body)


def _handout_restart(rec: Recommendation, content: PackContent, words: dict[str, str], decision: str, overridden: bool) -> str:
    patient = content.patient
    if decision in ("continue", "out_of_scope") or overridden:
        return ""
    if decision == "resume":
        return _section(_said("report.section.when_can_i_start_again"), f"<p>{esc(fill(patient.restart_now, words))}</p>")
    rows = [_handout_criterion(c, content, words) for c in rec.criteria if c.id in patient.criteria]
    body = f"<p>{esc(fill(patient.restart_intro, words))}</p>" + _table(rows, css="plain")
    if rec.earliest_resume_at:
        when_words = {**words, "resume_date": patient_date(rec.earliest_resume_at)}
        body += f"<p>{esc(fill(patient.restart_date, when_words))}</p>"
    else:
        body += f"<p>{esc(fill(patient.restart_no_date, words))}</p>"
    return _section(_said("report.section.when_can_i_start_again"), body)


def _handout_criterion(criterion: Criterion, content: PackContent, words: dict[str, str]) -> str:
    patient = content.patient
    answer = {True: patient.criterion_met, False: patient.criterion_unmet, None: patient.criterion_unknown}[criterion.met]
    box = "\u25a0" if criterion.met else "\u25a1"
    return (
        f'<tr><td width="6%">{box}</td><td>{esc(fill(patient.criteria[criterion.id], words))}</td>'
        f'<td width="28%"><b>{esc(fill(answer, words))}.</b></td></tr>'
    )


def _handout_urgent(content: PackContent, words: dict[str, str], base_pt: float) -> str:
    return "<p></p>" + _box(
        f'<span style="font-size: {base_pt * 1.3:.1f}pt; font-weight: bold;">\u25b2 When should I get help?</span><br/>'
        f'<span style="font-size: {base_pt * 1.1:.1f}pt; font-weight: bold;">{esc(fill(content.patient.urgent, words))}</span><br/>'
        f"{esc(fill(content.patient.urgent_how, words))}",
        4,
        10,
        "#eeeeee",
    )

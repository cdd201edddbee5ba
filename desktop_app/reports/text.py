"""Plain-text clinician summary of one recommendation, for the terminal."""

from __future__ import annotations

from desktop_app.models import CaseInput, Recommendation, shown_state
from desktop_app.reports.words import clinic_time, fill, pack_words, renderer_for
from desktop_app.wording import Renderer

MARK = {True: "text.mark_met", False: "text.mark_not_met", None: "text.mark_unknown"}


def label(identifier: str) -> str:
    return identifier.replace("_", " ")


def _risk(words: Renderer, rec: Recommendation, risk: str) -> str:
    """The pack's name for a risk factor in the language; the identifier for one the pack does not name."""
    path = f"risk_factors.{risk}.label"
    return fill(words.template(path), pack_words(rec, words.language)) if path in words.texts else label(risk)


def render_text(case: CaseInput, rec: Recommendation, words: Renderer | None = None) -> str:
    """A readable summary: decision first, then why, then what to do next (decision words: the pack's)."""
    words = words or renderer_for(None, rec)
    pack = rec.pack
    say = words.text
    lines = [
        say("text.title", patient=case.patient_ref, moment=clinic_time(rec.as_of, words.language)),
        say("text.pack", id=pack.id, version=pack.version, sha=pack.sha256[:12])
        + (say("text.site", site=pack.site) if pack.site else ""),
        "",
    ]
    if rec.red_flags:
        lines.append(say("text.red_flags"))
        lines += [f"!! {flag.message}" for flag in rec.red_flags]
        lines.append("")
    state = shown_state(rec.decision, rec.provisional)
    lines.append(say("text.decision", headline=rec.headline.upper(), word=words.decision_words(state, "clinician")))
    if rec.provisional:
        lines.append(say("text.provisional", reason=rec.provisional_reason or ""))
    if not rec.scope.in_scope:
        lines.append(say("text.out_of_scope", reason=rec.scope.reason))
    anc = rec.anc_cells_per_uL
    lines.append(
        say("text.anc_band", anc=anc, severity=say(f"report.severity.{rec.severity}"))
        if rec.severity != "none"
        else say("text.anc_none", anc=anc)
    )
    lines += [f"!  {w.message}" for w in rec.warnings if w.id == "unit_slip"]
    if rec.earliest_resume_at:
        lines.append(say("text.earliest_resume", moment=clinic_time(rec.earliest_resume_at, words.language)))
    lines += ["", say("text.criteria")]
    lines += [f"  {say(MARK[c.met])}  {c.title}: {c.detail}" for c in rec.criteria]
    if rec.what_would_change:
        lines += ["", say("text.what_would_change")]
        lines += [f"  - {change.needed}" for change in rec.what_would_change]
    if any(w.id != "unit_slip" for w in rec.warnings):
        lines += ["", say("text.check")]
        lines += [f"  ! {w.message}" for w in rec.warnings if w.id != "unit_slip"]
    lines += ["", say("text.prophylaxis")]
    if rec.prophylaxis.recommended:
        lines.append(say("text.prophylaxis_recommended", agent=rec.prophylaxis.agent or ""))
    else:
        lines.append(say("text.prophylaxis_not_recommended"))
    lines.append(f"  {rec.prophylaxis.reason}")
    if rec.prophylaxis.antiviral:
        lines.append(f"  {rec.prophylaxis.antiviral}")
    lines += ["", say("text.monitoring")]
    for item in rec.monitoring:
        due = say("text.due", moment=clinic_time(item.due_at)) if item.due_at else ""
        due += say("text.due_by", moment=clinic_time(item.due_by)) if item.due_by else ""
        lines.append(f"  - {item.schedule}{due}")
    if rec.advice:
        lines += ["", say("text.advice")]
        lines += [f"  - {a.message}" for a in rec.advice]
    risks = ", ".join(_risk(words, rec, risk) for risk in rec.risk_factors) or say("text.risk_none")
    lines += ["", say("text.risk_factors", risks=risks)]
    lines += ["", say("text.why")]
    for basis in rec.basis:
        provenance = say("report.provenance." + basis.provenance.replace("-", "_"))
        lines.append(f"  - {basis.title} [{provenance}; {', '.join(basis.citations)}]")
        lines.append(f"      {basis.text}")
    differs = [b for b in rec.basis if b.differs]
    if differs:
        lines += ["", say("text.sources_differ")]
        lines += [f"  - {b.title}: {b.differs}" for b in differs]
    if pack.overrides:
        lines += ["", say("text.overrides")]
        lines += [
            say("text.override", key=o.key, value=str(o.value), default=str(o.default), reason=o.reason) for o in pack.overrides
        ]
    lines += ["", say("text.pitfalls")]
    lines += [f"  [ ] {p.text}" for p in rec.pitfalls]
    lines += ["", say("text.footer")]
    return "\n".join(lines) + "\n"

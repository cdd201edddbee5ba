"""Plain-text clinician summary of one recommendation, for the terminal."""

from __future__ import annotations

from desktop_app.models import CaseInput, Recommendation, shown_state
from desktop_app.reports.words import clinic_time

MARK = {True: "[x] met    ", False: "[ ] NOT MET", None: "[?] unknown"}
SYMBOL = {
    "withhold": "STOP",
    "resume": "GO",
    "continue": "OK",
    "out_of_scope": "SPECIALIST DECISION",
    "provisional": "PROVISIONAL - CHECK THE UNIT",
}


def label(identifier: str) -> str:
    return identifier.replace("_", " ")


def render_text(case: CaseInput, rec: Recommendation) -> str:
    """A readable summary: decision first, then why, then what to do next."""
    pack = rec.pack
    lines = [
        f"NeutroHold - patient {case.patient_ref} - evaluated {clinic_time(rec.as_of)}",
        f"Pack {pack.id} {pack.version} (sha256 {pack.sha256[:12]})" + (f" - site {pack.site}" if pack.site else ""),
        "",
    ]
    if rec.red_flags:
        lines.append("!! RED FLAGS")
        lines += [f"!! {flag.message}" for flag in rec.red_flags]
        lines.append("")
    lines.append(f"DECISION: {rec.headline.upper()}  [{SYMBOL[shown_state(rec.decision, rec.provisional)]}]")
    if rec.provisional:
        lines.append(f"?  PROVISIONAL: {rec.provisional_reason}")
    if not rec.scope.in_scope:
        lines.append(f"   {rec.scope.reason} Criteria and red flags are shown for information.")
    lines.append(
        f"ANC {rec.anc_cells_per_uL} cells/uL - {rec.severity} neutropenia band"
        if rec.severity != "none"
        else f"ANC {rec.anc_cells_per_uL} cells/uL - no neutropenia"
    )
    lines += [f"!  {w.message}" for w in rec.warnings if w.id == "unit_slip"]
    if rec.earliest_resume_at:
        lines.append(f"Earliest resume: {clinic_time(rec.earliest_resume_at)}")
    lines += ["", "Resume criteria"]
    lines += [f"  {MARK[c.met]}  {c.title}: {c.detail}" for c in rec.criteria]
    if rec.what_would_change:
        lines += ["", "What would change the decision"]
        lines += [f"  - {change.needed}" for change in rec.what_would_change]
    if any(w.id != "unit_slip" for w in rec.warnings):
        lines += ["", "Check"]
        lines += [f"  ! {w.message}" for w in rec.warnings if w.id != "unit_slip"]
    lines += ["", "Prophylaxis"]
    if rec.prophylaxis.recommended:
        lines.append(f"  Recommended: {rec.prophylaxis.agent}")
    else:
        lines.append("  Not recommended")
    lines.append(f"  {rec.prophylaxis.reason}")
    if rec.prophylaxis.antiviral:
        lines.append(f"  {rec.prophylaxis.antiviral}")
    lines += ["", "Monitoring"]
    for item in rec.monitoring:
        due = f" - due {clinic_time(item.due_at)}" if item.due_at else ""
        due += f" to {clinic_time(item.due_by)}" if item.due_by else ""
        lines.append(f"  - {item.schedule}{due}")
    if rec.advice:
        lines += ["", "Advice"]
        lines += [f"  - {a.message}" for a in rec.advice]
    lines += ["", "Risk factors for prolonged neutropenia: " + (", ".join(map(label, rec.risk_factors)) or "none recorded")]
    lines += ["", "Why (rules that fired, with where they come from)"]
    for basis in rec.basis:
        lines.append(f"  - {basis.title} [{basis.provenance}; {', '.join(basis.citations)}]")
        lines.append(f"      {basis.text}")
    differs = [b for b in rec.basis if b.differs]
    if differs:
        lines += ["", "Sources differ"]
        lines += [f"  - {b.title}: {b.differs}" for b in differs]
    if pack.overrides:
        lines += ["", "Site overrides in force"]
        lines += [f"  - {o.key} = {o.value} (pack default {o.default}): {o.reason}" for o in pack.overrides]
    lines += ["", "Pitfall checklist"]
    lines += [f"  [ ] {p.text}" for p in rec.pitfalls]
    lines += ["", "Decision support only: check against the patient and clinical judgement."]
    return "\n".join(lines) + "\n"

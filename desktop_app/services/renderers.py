"""The output formats in one place: each renderer turns one evaluation, or the whole case log, into a file.

A renderer is named by its format (`json`, `text`, `fhir`, `pdf`, `ics`, `csv`) and points at the
function that makes it: `one` renders one evaluation (a `Rendering`: the case, its recommendation
and whatever else the caller has) to bytes; `log` writes the whole case log to a new file. The
command line takes its --format choices from here; the log export and the window's PDF go through
here. A new format is one renderer module and one `register(...)` line below.

Functions are named as "module:function" and imported only when used, so listing the formats (the
command line's parser) loads no domain module, no Qt and no FHIR models.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from desktop_app.caselog.records import CaseRecord, Provenance
    from desktop_app.caselog.store import CaseLog
    from desktop_app.knowledge import Pack
    from desktop_app.models import Audience, CaseInput, Recommendation
    from desktop_app.reports.context import PrintContext

Kind = Literal["one", "log"]


@dataclass(frozen=True)
class Rendering:
    """What a renderer of one evaluation may need; each takes what its format uses and ignores the rest."""

    case: CaseInput
    recommendation: Recommendation
    pack: Pack | None = None  # the pack it was evaluated with (printouts take their wording from it)
    context: PrintContext | None = None  # printouts: ticks, the override in force, notes, what was withdrawn
    record: CaseRecord | None = None  # set when the evaluation comes from the case log
    provenance: Provenance | None = None  # where a logged record came from (JSON of a logged case)
    who: str | None = None  # who records or exports it (FHIR Provenance)
    audience: Audience = "clinician"
    paper: Literal["a4", "letter"] = "a4"
    large_print: bool = False
    with_pdf: bool = False  # FHIR: add the clinician summary as a DocumentReference
    language: str = "en"  # printouts and the text summary: the language they are written in


@dataclass(frozen=True)
class Renderer:
    """One output format: how it renders one evaluation and/or the whole log ("module:function" each)."""

    name: str
    help: str
    one: str | None = None  # (Rendering) -> bytes
    log: str | None = None  # (CaseLog, out: Path, keys: Path | None) -> number of cases written
    terminal: bool = True  # a --format printed on the terminal (`evaluate`, `log show`); False: a file by its own option
    replaces: bool = False  # writing replaces an existing file (a PDF, as printing to a file does); else refused


RENDERERS: dict[str, Renderer] = {}


def register(renderer: Renderer) -> Renderer:
    RENDERERS[renderer.name] = renderer
    return renderer


register(Renderer("json", "recommendation contract v1 JSON; the log: a signed, re-importable export",
                  one="desktop_app.services.plain_formats:render_json", log="desktop_app.services.plain_formats:export_json"))  # fmt: skip
register(Renderer("text", "a readable clinician summary", one="desktop_app.services.plain_formats:render_text"))
register(Renderer("csv", "the log as one spreadsheet line per evaluation", log="desktop_app.services.plain_formats:export_csv"))
register(Renderer("fhir", "an R4 Bundle; the log: NDJSON, one Bundle per evaluation",
                  one="desktop_app.services.fhir:render_bundle", log="desktop_app.services.fhir:export_log_ndjson"))  # fmt: skip
register(Renderer("pdf", "the clinician summary or patient handout", one="desktop_app.services.printing:render_pdf",
                  terminal=False, replaces=True))  # fmt: skip
register(Renderer("ics", "the monitoring schedule as iCalendar", one="desktop_app.services.calendar:render_schedule",
                  terminal=False))  # fmt: skip


def names(kind: Kind = "one", terminal: bool | None = None) -> tuple[str, ...]:
    """The formats that can render `kind` (one evaluation, or the whole log), in registration order."""
    return tuple(
        name
        for name, renderer in RENDERERS.items()
        if getattr(renderer, kind) is not None and (terminal is None or kind == "log" or renderer.terminal == terminal)
    )


def renderer_modules() -> tuple[str, ...]:
    """Every module a renderer lives in (a frozen build must ship them: they are imported by name)."""
    return tuple(sorted({target.split(":")[0] for r in RENDERERS.values() for target in (r.one, r.log) if target}))


def _function(name: str, kind: Kind) -> Callable[..., Any]:
    from desktop_app.models import InputError

    renderer = RENDERERS.get(name)
    target = getattr(renderer, kind) if renderer is not None else None
    if target is None:
        raise InputError("format", f"{name!r} is not one of {', '.join(names(kind))}")
    module, _, function = target.partition(":")
    found: Callable[..., Any] = getattr(importlib.import_module(module), function)
    return found


def render(name: str, rendering: Rendering) -> bytes:
    """One evaluation in the format `name`; InputError when there is no such format or it cannot say this one."""
    data: bytes = _function(name, "one")(rendering)
    return data


def write(name: str, rendering: Rendering, out: Path) -> Path:
    """One evaluation in the format `name` written to `out`, owner-only (0600), whole or absent.

    A new file only, unless the format replaces (a PDF); InputError names the file if it cannot be written.
    """
    from desktop_app.models import InputError

    out = Path(out)
    try:
        data = render(name, rendering)
    except InputError as exc:
        if exc.field != name:
            raise
        raise InputError(str(out), exc.message) from None  # a renderer names its format; here the file is what the user gave
    if RENDERERS[name].replaces:
        from desktop_app.reports.pdf import save_privately

        try:
            return save_privately(data, out)
        except OSError as exc:
            raise InputError(str(out), f"cannot be written ({exc.strerror or exc})") from None
    from desktop_app.caselog.whole import written_whole

    with written_whole(out, "wb") as handle:
        handle.write(data)
    return out


def export_log(name: str, log: CaseLog, out: Path, keys: Path | None = None) -> int:
    """The whole case log in the format `name`, in a new file; the number of cases written."""
    count: int = _function(name, "log")(log, Path(out), keys)
    return count

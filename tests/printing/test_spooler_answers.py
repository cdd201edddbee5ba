"""How CUPS's answers are read, with stand-in `lp` and `lpstat` that answer as CUPS 2.4 does (captured
from a real cups-pdf queue), so the reading is checked where CUPS itself is absent too."""

from __future__ import annotations

import os
import stat
import textwrap
from pathlib import Path
from typing import Any

import pytest

from desktop_app.services import spooler

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the stand-in tools are shell scripts")


def tools(folder: Path, lp: str, lpstat: str) -> None:
    for name, body in (("lp", lp), ("lpstat", lpstat)):
        path = folder / name
        path.write_text("#!/bin/sh\n" + textwrap.dedent(body), encoding="utf-8")
        path.chmod(stat.S_IRWXU)


@pytest.fixture
def cups_answers(tmp_path: Path, monkeypatch: Any) -> Path:
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(spooler, "POLL_S", 0.01)
    return tmp_path


def test_a_refused_job_names_the_printer_and_what_to_do(cups_answers: Path) -> None:
    tools(cups_answers, "echo 'lp: Destination \"ward-3\" is not accepting jobs.' >&2; exit 1\n", "exit 0\n")
    with pytest.raises(spooler.SpoolerError, match=r"ward-3 is refusing jobs .*cupsaccept ward-3"):
        spooler.submit(cups_answers / "x.pdf", "ward-3", "NeutroHold - patient handout")


def test_a_missing_printer_is_told_apart(cups_answers: Path) -> None:
    tools(cups_answers, "echo 'lp: Error - The printer or class does not exist.' >&2; exit 1\n", "exit 0\n")
    with pytest.raises(spooler.SpoolerError, match="ward-3 is no longer installed"):
        spooler.submit(cups_answers / "x.pdf", "ward-3", "t")


def test_an_accepted_job_on_a_stopped_printer_is_held(cups_answers: Path) -> None:
    tools(
        cups_answers,
        "echo 'request id is ward-3-12 (1 file(s))'\n",
        """\
        case "$*" in
          *not-completed*) printf 'ward-3-12   root   1024   Wed Dec  2 14:54:52 2026\\n\\tAlerts: none\\n\\tqueued for ward-3\\n' ;;
          "-p ward-3") printf 'printer ward-3 disabled since Wed Dec  2 14:54:51 2026 -\\n\\tpaper jam\\n' ;;
        esac
        """,
    )
    job = spooler.submit(cups_answers / "x.pdf", "ward-3", "t", copies=2, options=("media=A4",))
    assert job == "ward-3-12"
    outcome = spooler.follow("ward-3", job, watch_s=0.5)
    assert (outcome.state, outcome.detail) == ("held", "paper jam")


def test_a_job_that_leaves_the_queue_completed(cups_answers: Path) -> None:
    tools(
        cups_answers,
        "echo 'request id is ward-3-13 (1 file(s))'\n",
        """\
        case "$*" in
          *not-completed*) ;;
          *completed*) printf 'ward-3-13   root   1024   Wed Dec  2 14:54:42 2026\\n\\tStatus: \\n\\tqueued for ward-3\\n' ;;
          "-p ward-3") echo 'printer ward-3 is idle.  enabled since Wed Dec  2 14:54:42 2026' ;;
        esac
        """,
    )
    assert spooler.follow("ward-3", spooler.submit(cups_answers / "x.pdf", "ward-3", "t"), watch_s=0.5).state == "completed"


def test_a_job_still_printing_on_a_working_printer_is_queued_not_printed(cups_answers: Path) -> None:
    tools(
        cups_answers,
        "echo 'request id is ward-3-14 (1 file(s))'\n",
        """\
        case "$*" in
          *not-completed*) printf 'ward-3-14   root   1024   Wed Dec  2 14:54:42 2026\\n\\tAlerts: job-printing\\n' ;;
          "-p ward-3") echo 'printer ward-3 now printing ward-3-14.  enabled since Wed Dec  2 14:54:42 2026' ;;
        esac
        """,
    )
    assert spooler.follow("ward-3", "ward-3-14", watch_s=0.2).state == "queued"


def test_the_printer_list_and_default(cups_answers: Path) -> None:
    tools(
        cups_answers,
        "exit 0\n",
        'case "$1" in -e) printf "ward-3\\nward-4\\n" ;; -d) echo "system default destination: ward-4" ;; esac\n',
    )
    assert spooler.list_printers() == spooler.Printers(("ward-3", "ward-4"), "ward-4")

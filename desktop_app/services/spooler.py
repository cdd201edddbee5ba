"""The CUPS spooler through its own command-line tools (lp, lpstat): list printers, submit a PDF, follow the job.

Qt's CUPS engine does not report what CUPS answered (a refused, held or vanished job looked
printed), so on CUPS the window hands the finished PDF to `lp` and asks `lpstat` what became of
the job it created. Every call has a time limit: a print server that accepts connections but never
answers gives a message, never a frozen window. No Qt here; these run on the window's runner.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ASK_TIMEOUT_S = 5.0  # each lp/lpstat call
FOLLOW_S = 8.0  # how long to watch a submitted job before calling it queued
POLL_S = 0.25

JobState = Literal["completed", "queued", "held"]


class SpoolerError(OSError):
    """CUPS did not take the job, or did not answer; the message names the printer and what to do."""


class SpoolerTimeout(SpoolerError):
    pass


@dataclass(frozen=True)
class Printers:
    names: tuple[str, ...]
    default: str | None


@dataclass(frozen=True)
class JobOutcome:
    job_id: str
    state: JobState
    detail: str  # CUPS's own words, for the message


def available() -> bool:
    """CUPS's tools are installed (Linux, macOS); elsewhere the window prints through Qt."""
    return os.name == "posix" and shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _ask(args: list[str], timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    timeout = ASK_TIMEOUT_S if timeout is None else timeout
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # CUPS's answers in one language, as they are shown
    try:
        return subprocess.run(
            args, capture_output=True, text=True, timeout=timeout, env=env, check=False, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise SpoolerTimeout(
            f"the print server did not answer within {timeout:g} s ({args[0]}); nothing was printed. "
            "Check that the printing service (CUPS) is running, or export a PDF instead"
        ) from None
    except OSError as exc:
        raise SpoolerError(f"the printing service could not be asked ({args[0]}: {exc.strerror or exc})") from None


def _said(result: subprocess.CompletedProcess[str]) -> str:
    text = " ".join((result.stderr or result.stdout or "").split())
    return re.sub(r"^(lp|lpstat): ", "", text) or f"exit status {result.returncode}"


def list_printers(timeout: float | None = None) -> Printers:
    """The print queues CUPS knows and its default; raises SpoolerTimeout when the server does not answer."""
    listed = _ask(["lpstat", "-e"], timeout)
    names = tuple(line.strip() for line in listed.stdout.splitlines() if line.strip()) if listed.returncode == 0 else ()
    default_answer = _ask(["lpstat", "-d"], timeout)
    match = re.search(r"destination:\s*(\S+)", default_answer.stdout)
    return Printers(names, match.group(1) if match and match.group(1) in names else None)


def submit(pdf: Path, printer: str, title: str, copies: int = 1, options: tuple[str, ...] = ()) -> str:
    """Queue `pdf` on `printer`; the CUPS job id, or SpoolerError saying why CUPS refused it."""
    args = ["lp", "-d", printer, "-t", title, "-n", str(max(1, copies))]
    for option in options:
        args += ["-o", option]
    result = _ask([*args, str(Path(pdf).resolve())])  # an absolute path: never read as an option
    if result.returncode != 0:
        said = _said(result)
        if "not accepting" in said:
            raise SpoolerError(
                f"the printer {printer} is refusing jobs (CUPS: {said}); nothing was printed. "
                f"Ask whoever looks after it to accept jobs again (cupsaccept {printer}), or choose another printer"
            )
        if "does not exist" in said or "not found" in said.lower():
            raise SpoolerError(
                f"the printer {printer} is no longer installed (CUPS: {said}); nothing was printed. Choose another printer"
            )
        raise SpoolerError(f"the printer {printer} did not take the job (CUPS: {said}); nothing was printed")
    match = re.search(r"request id is (\S+)", result.stdout)
    if not match:
        raise SpoolerError(f"the printer {printer} gave no job number ({_said(result)}); check its queue before printing again")
    return match.group(1)


def _jobs(printer: str, which: str) -> dict[str, str]:
    """Job id -> the job's status lines, from `lpstat -l -W which -o printer`."""
    listed = _ask(["lpstat", "-l", "-W", which, "-o", printer])
    jobs: dict[str, str] = {}
    current = None
    for line in listed.stdout.splitlines():
        if line and not line[0].isspace():
            current = line.split()[0]
            jobs[current] = ""
        elif current is not None:
            jobs[current] += " " + line.strip()
    return jobs


def printer_stopped(printer: str) -> str | None:
    """CUPS's reason when the printer is stopped (disabled), else None."""
    state = _ask(["lpstat", "-p", printer])
    if state.returncode != 0:
        raise SpoolerError(f"the printer {printer} is no longer installed ({_said(state)}); check its queue")
    text = " ".join(state.stdout.split())
    if f"printer {printer} disabled" not in text:
        return None
    reason = text.split(" - ", 1)[1].strip() if " - " in text else ""
    return reason or "stopped"


def follow(printer: str, job_id: str, watch_s: float | None = None) -> JobOutcome:
    """What became of the job: completed, still queued on a working printer, or held on a stopped one."""
    deadline = time.monotonic() + (FOLLOW_S if watch_s is None else watch_s)
    while True:
        pending = _jobs(printer, "not-completed")
        if job_id not in pending:
            done = _jobs(printer, "completed")
            if job_id not in done:
                raise SpoolerError(f"CUPS no longer lists job {job_id} on {printer}; check the printer before printing again")
            return JobOutcome(job_id, "completed", " ".join(done[job_id].split()))
        stopped = printer_stopped(printer)
        if stopped is not None:
            return JobOutcome(job_id, "held", stopped)
        if time.monotonic() >= deadline:
            return JobOutcome(job_id, "queued", " ".join(pending[job_id].split()))
        time.sleep(POLL_S)

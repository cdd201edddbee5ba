"""A real CUPS spooler with a cups-pdf queue: created for each test, removed after it; skipped where CUPS is absent.

.ci/run installs cups and printer-driver-cups-pdf and starts cupsd; elsewhere these tests skip and
say why. The queue prints into cups-pdf's output folder (`Out` in /etc/cups/cups-pdf.conf).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.gui.conftest import case_logs, db, log_window, make_window, modal_dialogs_fail, window  # noqa: F401 (fixtures)

CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
PPD_CANDIDATES = ("lsb/usr/cups-pdf/CUPS-PDF_opt.ppd", "lsb/usr/cups-pdf/CUPS-PDF_noopt.ppd")


def run(*args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=timeout, check=False, env={**os.environ, "LC_ALL": "C"}
    )


def cups_unavailable() -> str | None:
    """Why the real-spooler tests cannot run here, or None."""
    for tool in ("lpstat", "lpadmin", "lp", "cupsreject", "cupsdisable", "gs"):
        if shutil.which(tool) is None:
            return (
                f"{tool} is not installed (CUPS tests need cups, printer-driver-cups-pdf and ghostscript; .ci/run installs them)"
            )
    try:
        if "scheduler is running" not in run("lpstat", "-r").stdout:
            return "cupsd is not running (start it, as .ci/run does)"
        if "cups-pdf:/" not in run("lpinfo", "-v").stdout:
            return "the cups-pdf backend is not installed (apt-get install printer-driver-cups-pdf)"
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"CUPS does not answer ({exc})"
    return None


def cups_pdf_folder() -> Path:
    """Where cups-pdf writes this user's jobs: `Out` of its configuration, ${HOME} and ${USER} filled in."""
    entry = pwd.getpwuid(os.getuid())
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            if re.match(r"\s*Out\s+", line):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", entry.pw_dir).replace("${USER}", entry.pw_name))


@dataclass
class Queue:
    name: str
    output: Path

    def job_pdf(self, job_id: str, timeout: float = 30) -> Path:
        """The PDF cups-pdf wrote for a job (named ...-job_N.pdf), waiting for it to appear whole."""
        number = job_id.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [path for path in self.output.glob(f"*-job_{number}.pdf") if path.stat().st_size > 0]
            if found and run("lpstat", "-W", "not-completed", "-o", self.name).stdout.find(job_id) < 0:
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote no PDF for job {job_id} in {self.output}")

    def jobs_written(self) -> set[Path]:
        return set(self.output.glob("*.pdf")) if self.output.is_dir() else set()

    def pending(self) -> str:
        return run("lpstat", "-W", "not-completed", "-o", self.name).stdout


@pytest.fixture
def cups_queue() -> Iterator[Queue]:
    """A fresh accepting, enabled cups-pdf queue named for this test run."""
    reason = cups_unavailable()
    if reason:
        pytest.skip(reason)
    name = f"neutrohold-test-{os.getpid()}-{time.monotonic_ns() % 100000}"
    made = None
    for ppd in PPD_CANDIDATES:
        made = run("lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-m", ppd)
        if made.returncode == 0:
            break
    assert made is not None
    if made.returncode != 0:
        pytest.skip(f"no cups-pdf queue could be made (lpadmin: {made.stderr.strip()}; root or lpadmin group needed)")
    # cups-pdf goes PDF -> PostScript -> PDF; the default (Ghostscript) PostScript step turns the
    # fonts into Type 3 bitmaps. Poppler's keeps them TrueType, so the output can be compared.
    run("lpadmin", "-p", name, "-o", "pdftops-renderer-default=pdftops")
    queue = Queue(name, cups_pdf_folder())
    before = queue.jobs_written()
    try:
        yield queue
    finally:
        run("cancel", "-a", name)
        run("lpadmin", "-x", name)
        for path in queue.jobs_written() - before:  # printouts of the example patients: not left behind
            path.unlink(missing_ok=True)

"""Benchmark: time from process start to the main window shown, and peak memory, against a bare PySide6 window.

Run: .venv/bin/python benchmarks/startup.py [--db BIG.db] [--cases 100000] [--runs 5]
Without --db a log of --cases synthetic cases is built first (about two minutes for 100,000) in a
temporary folder. Each run starts a fresh process; the parent notes the monotonic clock just before
starting it, the child prints the monotonic clock once the window has been shown and the event loop
has turned (a zero-time single shot after the Show event). Both children run on the same display
(offscreen when there is none).

Peak memory is the child's own maximum resident set (ru_maxrss), read at two points. Start-up: once
the window is shown, the form usable, the case list's first page listed and the background integrity
check of the whole log finished. Then a first case: an example case loaded into the form, edited,
evaluated live and autosaved as a draft, which is also the log's first write (sqlite-utils loads
with it). The target applies to start-up; the second figure shows what a minute's work adds.
The usable moment is when the form takes input (pack loaded and self-checked) and the list's first
page is shown, whichever is later. The longest GUI-thread block is the longest wait beyond 5 ms between
ticks of a 5 ms timer on the GUI thread, from the first frame until start-up has settled, and again
through the first case (load, edit, live evaluation, autosave: the log's first write).
Targets: first window and usable window within 1.5x of the bare window; no GUI-thread block over
50 ms; peak memory at start-up within 2x. Prints figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# A pause before each child: the one before may have just read the whole log, and its exit still settling
# would be counted against the next start.
SETTLE_S = 1.0

# The child that measures a bare window: the floor any PySide6 app pays to show a QMainWindow.
# The child's own peak resident set in MB (ru_maxrss is in kilobytes on Linux, bytes on macOS).
PEAK_MB = """
import resource
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (2**20 if sys.platform == "darwin" else 1024)
"""

BARE = (
    """
import sys, time, json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + PEAK_MB
    + """
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
moments = {}
def shown():
    moments["shown"] = time.monotonic()
    QTimer.singleShot(500, settled)  # painted and idle, as NeutroHold is when its peak is read
def settled():
    moments["peak_mb"] = peak_mb()
    print(json.dumps(moments), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""
)

# The child that starts NeutroHold on a log and reports three moments: the main window shown (its
# Show event, then one turn of the event loop, as for the bare window), the form usable (the pack
# loaded), and the case log open with its first page listed. An application event filter spots the
# Show event and is removed at once, so it costs nothing afterwards. Once the background integrity
# check has finished it notes the start-up peak, then works on a first case and notes the peak again.
# The second argument is either the GUI's own start (gui.app.run) or the whole `neutrohold --db LOG`
# command (cli.main).
NEUTROHOLD = (
    """
import sys, time, json, argparse
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication
"""
    + PEAK_MB
    + """
app = QApplication(sys.argv[:1])
moments = {}
FIRST_CASE = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))

class Gaps:
    # A 5 ms timer on the GUI thread: the longest wait between its ticks beyond 5 ms is the longest block.

    def __init__(self):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = self.longest = 0.0

    def start(self):
        self.last, self.longest = time.monotonic(), 0.0
        self.timer.start()

    def tick(self):
        now = time.monotonic()
        self.longest = max(self.longest, now - self.last - 0.005)
        self.last = now

    def take_ms(self):
        self.tick()
        longest, self.longest = self.longest, 0.0
        return max(longest, 0.0) * 1000


gaps = Gaps()


class Watcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and watched.objectName() == "mainWindow" and "shown" not in moments:
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.shown(watched))
        return False

    def shown(self, window):
        moments["shown"] = time.monotonic()
        gaps.start()
        if window.pack is not None:
            self.ready(window)
        else:
            window.content_ready.connect(lambda: self.ready(window))

    def ready(self, window):
        moments["form_ready"] = time.monotonic()
        if window.log_session is not None:
            self.log_ready(window)
        else:
            window.case_log_opened.connect(lambda: self.log_ready(window))

    def log_ready(self, window):
        moments["log_ready"] = time.monotonic()
        moments["cases"] = window.case_log.model.total
        self.settled(window)

    def settled(self, window):
        if window.runner.is_busy():  # the integrity check of the whole log is still running
            QTimer.singleShot(20, lambda: self.settled(window))
            return
        moments["peak_mb"] = peak_mb()
        moments["block_startup_ms"] = gaps.take_ms()
        window.load_case(FIRST_CASE)
        window.form.patient_ref.setText("BENCH-0001")  # an edit: evaluated live, and worth a draft
        QTimer.singleShot(600, lambda: self.worked(window))

    def worked(self, window):
        window.session.autosave()  # what the draft timer does after two quiet seconds
        self.kept(window)

    def kept(self, window):
        if window.log_runner.is_busy():  # the draft is written on a worker's own connection
            QTimer.singleShot(20, lambda: self.kept(window))
            return
        QTimer.singleShot(100, lambda: self.done(window))

    def done(self, window):
        moments["block_first_case_ms"] = gaps.take_ms()
        moments["peak_after_case_mb"] = peak_mb()
        print(json.dumps(moments), flush=True)
        window.close()

watcher = Watcher()
app.installEventFilter(watcher)
# Each run leaves its edited first case as a draft; the next start would stop to offer it back.
from desktop_app.gui.drafts import DraftDialog
DraftDialog.ask = classmethod(lambda cls, parent, summary: "discard")
if sys.argv[2] == "cli":
    from desktop_app.cli import main
    sys.exit(main(["--db", sys.argv[1]]))
from desktop_app.gui.app import run
sys.exit(run(argparse.Namespace(db=Path(sys.argv[1]), overrides=None)))
"""
)


def measure(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Start one child; seconds from just before its start to each moment it reports, and its peak RSS figures in MB."""
    with tempfile.TemporaryFile() as errors:
        started = time.monotonic()
        child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=errors, env=env)
        assert child.stdout is not None
        with child.stdout:
            out = child.stdout.read()
        child.wait()
        if child.returncode != 0 or not out.strip():
            errors.seek(0)
            raise RuntimeError(f"benchmark child failed ({child.returncode}): {errors.read().decode(errors='replace')[-2000:]}")
    reported = json.loads(out.decode().strip().splitlines()[-1])
    figures = {key: value - started for key, value in reported.items() if key in ("shown", "form_ready", "log_ready")}
    figures.update(
        {
            key: value
            for key, value in reported.items()
            if key in ("peak_mb", "peak_after_case_mb", "cases", "block_startup_ms", "block_first_case_ms")
        }
    )
    if "form_ready" in figures:
        # Usable: the pack loaded (the form takes input) and the list's first page shown, whichever is later.
        figures["usable"] = max(figures["form_ready"], figures["log_ready"])
    return figures


def build_log(path: Path, cases: int) -> None:
    sys.path.insert(0, str(REPO))
    from benchmarks.caselog import evaluated_cases
    from desktop_app.knowledge import installed_pack, load_pack_dir
    from desktop_app.services import caselog

    pack = load_pack_dir(installed_pack())
    print(f"building a log of {cases} cases in {path} …", file=sys.stderr, flush=True)
    evaluated = evaluated_cases(cases, pack)
    with caselog.open_log(path) as log:
        for start in range(0, len(evaluated), 5000):
            caselog.record_evaluations(log, evaluated[start : start + 5000], who="bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing case log to start with (default: build one)")
    parser.add_argument("--cases", type=int, default=100_000, help="cases in the log built when --db is not given")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="neutrohold-startup-"))
    db = args.db
    if db is None:
        db = folder / "startup.db"
        build_log(db, args.cases)
        # A child forked from this now large process would report the parent's size as its own peak:
        # measure from a fresh, small process instead.
        os.execv(sys.executable, [sys.executable, __file__, "--db", str(db), "--runs", str(args.runs)])
    env = dict(os.environ)
    if not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # Private user folders: the user's settings and window layout stay out of the figures.
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(folder / variable.lower())
    env.pop("NEUTROHOLD_DB", None)

    # An installed NeutroHold has its modules compiled (a wheel install does it); an editable checkout may not.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "desktop_app")], check=True, capture_output=True)
    first_case = str(REPO / "examples" / "febrile.json")
    measure(NEUTROHOLD, [str(db), "gui", first_case], env)  # warm-up: page cache, pack self-check marker, compiled bytecode
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "gui": [], "cli": []}
    children = (
        ("bare", BARE, []),
        ("gui", NEUTROHOLD, [str(db), "gui", first_case]),
        ("cli", NEUTROHOLD, [str(db), "cli", first_case]),
    )
    for _ in range(args.runs):
        for name, code, child_args in children:
            time.sleep(SETTLE_S)
            runs[name].append(measure(code, child_args, env))

    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    bare_shown, bare_mb = median("bare", "shown"), median("bare", "peak_mb")
    platform = env.get("QT_QPA_PLATFORM") or ("xcb" if env.get("DISPLAY") else "wayland")
    print(
        f"case log: {db} ({db.stat().st_size / 1e6:.0f} MB, {int(runs['gui'][0]['cases'])} cases); platform {platform}; median of {args.runs} runs"
    )
    print(f"{'':34}{'window shown':>14}{'form usable':>13}{'log listed':>12}{'peak RSS':>10}{'+ a case':>10}")
    print(f"{'bare PySide6 QMainWindow':34}{bare_shown * 1000:11.0f} ms{'':13}{'':12}{bare_mb:7.1f} MB")
    for name, title in (("gui", "NeutroHold (gui.app.run)"), ("cli", "neutrohold --db LOG (whole CLI)")):
        print(
            f"{title:34}{median(name, 'shown') * 1000:11.0f} ms{median(name, 'form_ready') * 1000:10.0f} ms"
            f"{median(name, 'log_ready') * 1000:9.0f} ms{median(name, 'peak_mb'):7.1f} MB{median(name, 'peak_after_case_mb'):7.1f} MB"
        )
    for name, title in (("gui", "gui.app.run"), ("cli", "neutrohold CLI")):
        print(
            f"  {title:18} usable window / bare window {median(name, 'usable') / bare_shown:5.2f} x (target <= 1.5)   "
            f"longest GUI-thread block: start-up {max(run['block_startup_ms'] for run in runs[name]):4.0f} ms, "
            f"first case and save {max(run['block_first_case_ms'] for run in runs[name]):4.0f} ms (worst of {args.runs}; target <= 50)"
        )
        print(
            f"  {title:18} window shown / bare {median(name, 'shown') / bare_shown:5.2f} x (target <= 1.5)   "
            f"peak memory at start-up / bare {median(name, 'peak_mb') / bare_mb:5.2f} x (target <= 2)   "
            f"after a first case {median(name, 'peak_after_case_mb') / bare_mb:5.2f} x"
        )
    print("'log listed': the list's first page is shown. 'peak RSS': the peak once the background integrity check of")
    print("the whole log has finished too. '+ a case': the peak after a case is loaded, edited, evaluated and autosaved.")
    print(f"benchmark folders kept in {folder}")


if __name__ == "__main__":
    main()

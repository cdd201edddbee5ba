"""Benchmark: the longest GUI-thread block during everyday actions in the window, on a large case log.

Run: .venv/bin/python benchmarks/responsiveness.py --db BIG.db [--runs 1]
BIG.db is a log such as the one benchmarks/caselog.py builds (100,000 cases): the actions save into
it. A child process starts NeutroHold on the log, waits for start-up to settle, then drives each
action through the window's public objects while a 5 ms timer ticks on the GUI thread; the longest
wait between ticks beyond 5 ms during an action (and the second after it) is that action's longest
block. Target: no block over 50 ms. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = r"""
import faulthandler, sys, time, json, argparse
faulthandler.dump_traceback_later(540, exit=True)  # a dialog nobody answers: say where, instead of hanging
from pathlib import Path
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
FIRST_CASE = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
results = {}


class Gaps:
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
from desktop_app.gui.drafts import DraftDialog
from desktop_app.gui import print_desk

DraftDialog.ask = classmethod(lambda cls, parent, summary: "discard")
from desktop_app.gui.problem_message import DiscardQuestion
DiscardQuestion.ask = classmethod(lambda cls, parent, title, text: True)  # open a case over an edited one
# A machine without a print queue (no CUPS destination) still previews: the benchmark names one, as the tests do.
print_desk.PrinterSearch.find = classmethod(lambda cls: ("Benchmark printer",))
print_desk.PrintChoiceDialog.ask = classmethod(lambda cls, parent, default, **_shown: print_desk.PrintChoice("clinician", False, True))


def close_preview():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "printPreviewDialog" and widget.isVisible():
            widget.reject()
            return
    QTimer.singleShot(50, close_preview)


class Driver(QObject):
    def __init__(self):
        super().__init__()
        self.window = None
        self.steps = []

    def find(self):
        window = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"), None)
        if window is None or window.log_session is None or window.runner.is_busy():
            QTimer.singleShot(20, self.find)
            return
        self.window = window
        gaps.start()
        QTimer.singleShot(300, self.begin)

    def begin(self):
        w = self.window
        form, pane = w.form, w.case_log
        view = pane.view
        typed = "BENCH-TYPED-1"

        def type_keys():
            for n in range(1, len(typed) + 1):
                QTimer.singleShot(40 * n, lambda n=n: form.patient_ref.setText(typed[:n]))

        def search():
            pane.search.setText("BENCH-05")

        def clear_search():
            pane.search.setText("")

        def sort():
            for n, (column, order) in enumerate(((1, Qt.SortOrder.AscendingOrder), (3, Qt.SortOrder.DescendingOrder), (0, Qt.SortOrder.DescendingOrder))):
                QTimer.singleShot(300 * n, lambda c=column, o=order: view.sortByColumn(c, o))

        def scroll():
            bar = view.verticalScrollBar()
            for n in range(1, 21):
                QTimer.singleShot(40 * n, lambda: bar.setValue(bar.maximum()))

        def open_case():
            w.case_chosen.emit(pane.model.case_row(3).id)

        def add_counts():
            w.load_case(FIRST_CASE)
            from datetime import datetime, timedelta
            base = datetime.fromisoformat(FIRST_CASE["as_of"]) if FIRST_CASE.get("as_of") else datetime.now()
            for n in range(1, 6):
                QTimer.singleShot(60 * n, lambda n=n: form.anc_model.add_reading(
                    {"value": 300 + 100 * n, "unit": "cells/uL", "taken_at": base - timedelta(hours=n)}))

        def save():
            w.save_action.trigger()

        def preview():
            QTimer.singleShot(300, close_preview)
            w.print_action.trigger()

        self.steps = [("type", type_keys), ("search", search), ("clear search", clear_search), ("sort", sort),
                      ("scroll", scroll), ("open a case", open_case), ("add counts", add_counts), ("save", save),
                      ("print preview", preview)]
        self.next_step()

    def next_step(self):
        if not self.steps:
            print(json.dumps(results), flush=True)
            self.window.close()
            return
        name, action = self.steps.pop(0)
        gaps.take_ms()
        action()
        QTimer.singleShot(1500, lambda: self.finish(name))

    def finish(self, name):
        if self.window.runner.is_busy():
            QTimer.singleShot(50, lambda: self.finish(name))
            return
        results[name] = gaps.take_ms()
        QTimer.singleShot(100, self.next_step)


driver = Driver()
QTimer.singleShot(0, driver.find)
from desktop_app.gui.app import run
sys.exit(run(argparse.Namespace(db=Path(sys.argv[1]), overrides=None)))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a large case log (benchmarks/caselog.py builds one)")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="neutrohold-responsiveness-"))
    env = dict(os.environ)
    if not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(folder / variable.lower())
    env.pop("NEUTROHOLD_DB", None)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "desktop_app")], check=True, capture_output=True)
    first_case = str(REPO / "examples" / "febrile.json")
    worst: dict[str, float] = {}
    for _ in range(args.runs):
        done = subprocess.run([sys.executable, "-c", CHILD, str(args.db), first_case], capture_output=True, env=env, timeout=600)
        lines = done.stdout.decode().strip().splitlines()
        if done.returncode != 0 or not lines:
            raise SystemExit(f"benchmark child failed ({done.returncode}): {done.stderr.decode(errors='replace')[-2000:]}")
        for name, value in json.loads(lines[-1]).items():
            worst[name] = max(worst.get(name, 0.0), value)
    print(
        f"case log: {args.db}; longest GUI-thread block per action (5 ms timer gap), worst of {args.runs} run(s); target <= 50 ms"
    )
    for name, value in worst.items():
        print(f"  {name:16} {value:6.0f} ms")


if __name__ == "__main__":
    main()

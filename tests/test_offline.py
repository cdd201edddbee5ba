"""Offline proof: NeutroHold never opens a socket or loads a network module, whatever it does."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import EXAMPLES

# Runs the given CLI arguments under an audit hook that refuses and records any socket use, then
# reports every network-capable module that ended up imported.
PROBE = textwrap.dedent(
    """
    import json, sys
    attempts = []
    def refuse(event, args):
        if event.startswith(("socket.", "http.", "urllib.")) or event in ("ftplib.connect", "smtplib.connect"):
            attempts.append(event)
            raise ConnectionRefusedError("network refused by the offline test: " + event)
    sys.addaudithook(refuse)
    from desktop_app.cli import main
    code = main(json.loads(sys.argv[1]))
    loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "http.client", "urllib.request",
                                                            "requests", "httpx", "aiohttp", "ftplib", "smtplib")))
    print(json.dumps({"code": code, "attempts": attempts, "loaded": loaded}), file=sys.stderr)
    """
)


def probe(args: list[str], wrap: list[str] | None = None) -> dict:
    command = [*(wrap or []), sys.executable, "-c", PROBE, json.dumps(args)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    return json.loads(result.stderr.strip().splitlines()[-1])


COMMANDS = {
    "evaluate json": ["evaluate", str(EXAMPLES / "febrile.json"), "--as-of", "2026-11-24T12:00"],
    "evaluate text": ["evaluate", str(EXAMPLES / "recovering.json"), "--as-of", "2026-11-24T12:00", "--format", "text"],
    "packs": ["packs"],
    "labs hl7": ["labs", str(EXAMPLES / "labs" / "oru-r01-cbc.hl7"), "--json"],
    "evaluate labs fhir": [
        "evaluate",
        str(EXAMPLES / "labs" / "case-nh-0042.json"),
        "--labs",
        str(EXAMPLES / "labs" / "fhir-searchset.json"),
        "--format",
        "fhir",
    ],
}


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_makes_no_network_attempt(name):
    report = probe(COMMANDS[name])
    assert report == {"code": 0, "attempts": [], "loaded": []}


def no_network_namespace() -> list[str]:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode != 0:
        pytest.skip("unprivileged network namespaces are not available on this machine")
    return [unshare, "-rn"]


def test_cli_works_in_a_network_namespace_with_no_interfaces():
    report = probe(COMMANDS["evaluate json"], wrap=no_network_namespace())
    assert report == {"code": 0, "attempts": [], "loaded": []}


# Starts the real window through `neutrohold gui` with sockets refused, closes it once the case log
# is attached, and reports socket attempts and network-capable modules loaded.
GUI_PROBE = textwrap.dedent(
    """
    import json, os, sys
    attempts = []
    def refuse(event, args):
        if event.startswith("socket."):
            attempts.append(event)
            raise ConnectionRefusedError("network refused by the offline test: " + event)
    sys.addaudithook(refuse)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication(["neutrohold"])
    shown = []
    def close_when_ready():
        for widget in app.topLevelWidgets():
            if widget.objectName() == "mainWindow" and widget.isVisible() and getattr(widget, "log_session", None):
                shown.append(True)
                widget.close()
                return
        QTimer.singleShot(50, close_when_ready)
    QTimer.singleShot(0, close_when_ready)
    QTimer.singleShot(60000, lambda: app.exit(3))
    from desktop_app.cli import main
    code = main(["gui", "--db", sys.argv[1]])
    loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "http.client", "urllib.request",
                                                            "requests", "httpx", "aiohttp", "ftplib", "smtplib")))
    print(json.dumps({"code": code, "shown": bool(shown), "attempts": attempts, "loaded": loaded}), file=sys.stderr)
    """
)


@pytest.mark.parametrize("namespace", [False, True], ids=["audit hook", "no network namespace"])
def test_window_start_up_makes_no_network_attempt(tmp_path, namespace):
    wrap = no_network_namespace() if namespace else []
    command = [*wrap, sys.executable, "-c", GUI_PROBE, str(tmp_path / "caselog.db")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "shown": True, "attempts": [], "loaded": []}

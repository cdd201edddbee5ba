"""Starting the app: one clear line without a display, a dialog (not a traceback) for a refused pack."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui.problem_message import StopMessage
from desktop_app.gui import app


def test_without_a_display_run_says_so_in_one_line(monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.run(argparse.Namespace(db=None, overrides=None)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("neutrohold: no display available")
    assert "neutrohold evaluate" in err


@pytest.mark.parametrize("variable", ["DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"])
def test_any_display_setting_counts(monkeypatch: Any, variable: str) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(variable, ":0" if variable != "QT_QPA_PLATFORM" else "offscreen")
    assert app.display_available()


def test_a_refused_overrides_file_shows_a_dialog_and_returns_1(qapp: Any, tmp_path: Path, monkeypatch: Any) -> None:
    overrides = tmp_path / "overrides.toml"
    overrides.write_text('[overrides.hold_anc_below]\nvalue = 5\nreason = "typo"\n', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(StopMessage, "tell", lambda parent, title, text: shown.append(text))
    assert app.run(argparse.Namespace(db=None, overrides=overrides)) == 1
    assert "hold_anc_below" in shown[0] and "outside the sane range" in shown[0]

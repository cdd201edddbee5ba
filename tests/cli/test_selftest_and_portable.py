"""`neutrohold --self-test` and portable mode, as an IT administrator would use them."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.services import locations
from tests.conftest import EXAMPLES


def test_self_test_passes_on_a_good_installation():
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--self-test"], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "PASS  knowledge packs",
        "PASS  pack in force",
        "PASS  case log round trip",
        "PASS  printing",
        "PASS  offline",
    ]
    assert lines[-1] == "self-test: 5 passed, 0 failed"


def test_self_test_fails_and_says_why_with_broken_site_overrides(private_user_folders):
    config = private_user_folders / "config" / "NeutroHold"
    config.mkdir(parents=True)
    (config / "overrides.toml").write_text('[overrides.resume_anc_above]\nvalue = 9000\nreason = "typo"\n')
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--self-test"], capture_output=True, text=True, timeout=180)
    assert result.returncode == 1
    out = result.stdout
    assert "FAIL  pack in force: PackError: override resume_anc_above" in out
    assert "outside the sane range 200-2000" in out
    assert out.strip().splitlines()[-1] == "self-test: 4 passed, 1 failed"


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    """A folder standing in for the USB stick the app runs from."""
    monkeypatch.setattr(locations, "app_dir", lambda: tmp_path)
    monkeypatch.delenv(locations.PORTABLE_ENV, raising=False)
    return tmp_path


def test_portable_flag_keeps_the_log_beside_the_app(stick, private_user_folders, capsys):
    assert main(["--portable", "log", "add", str(EXAMPLES / "recovering.json"), "--as-of", "2026-11-24T12:00"]) == 0
    log = stick / "NeutroHold-data" / "data" / "caselog.db"
    assert log.exists()
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    assert not (private_user_folders / "data" / "NeutroHold" / "caselog.db").exists()


def test_marker_file_beside_the_app_turns_portable_mode_on(stick, capsys):
    (stick / "neutrohold-portable").write_text("")
    assert locations.portable_root() == stick / "NeutroHold-data"
    assert locations.config_dir() == stick / "NeutroHold-data" / "config"
    assert main(["log", "add", str(EXAMPLES / "febrile.json"), "--as-of", "2026-11-24T12:00"]) == 0
    assert (stick / "NeutroHold-data" / "data" / "caselog.db").exists()

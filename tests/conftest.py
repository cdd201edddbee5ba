"""Shared fixtures: offscreen Qt, and a private temporary home for every test's user folders."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Naive case times are read in the workstation's zone: fix it, so results do not depend on the machine.
os.environ["TZ"] = "UTC"

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platformdirs folder (data, config, cache) and NEUTROHOLD_* at a fresh temp dir."""
    home = tmp_path_factory.mktemp("home")
    for variable, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    # The workstation's language decides the window's and the command line's by default: English here,
    # whatever the locale of the machine running the tests (a test chooses another explicitly).
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    for variable in [name for name in os.environ if name.startswith("NEUTROHOLD_")]:
        monkeypatch.delenv(variable)
    return home


@pytest.fixture(scope="session")
def pack():
    """The installed pack with default thresholds, self-checked once per session."""
    from desktop_app.engine import check_pack
    from desktop_app.knowledge import installed_pack, load_pack_dir

    loaded = load_pack_dir(installed_pack())
    check_pack(loaded)
    return loaded


@pytest.fixture
def as_of() -> datetime:
    return datetime(2026, 11, 24, 12, 0)

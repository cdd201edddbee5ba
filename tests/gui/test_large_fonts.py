"""Large fonts and high DPI on a 1366x768 laptop: no text cut off, and the window no bigger than the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize(
    ("font_factor", "scale"),
    [pytest.param(1.25, "1", id="font-125"), pytest.param(1.5, "1", id="font-150"), pytest.param(1.0, "2", id="scale-200")],
)
def test_no_text_is_cut_off_at_large_sizes(font_factor: float, scale: str, tmp_path: Path) -> None:
    # Each size in a fresh process: Qt fixes the screen and the scale factor when it starts.
    environment = {name: value for name, value in os.environ.items() if not name.startswith("QT_")} | {"QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.window_fit", str(font_factor), str(tmp_path)],
        cwd=REPO, env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["clipped"] == [], "\n".join(report["clipped"])
    screen_width, screen_height = report["screen"]
    assert report["minimum"][0] <= screen_width and report["minimum"][1] <= screen_height, "the window fits the screen"

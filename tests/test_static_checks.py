"""ruff and mypy pass with the project's settings (pyproject.toml [tool.ruff], [tool.mypy]), and they would
catch a breach; each check skips, saying why, where its tool is not installed (pip install -e ".[test]")."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> list[str]:
    if importlib.util.find_spec(name) is None:
        pytest.skip(f"{name} is not installed; pip install -e '.[test]' brings it")
    return [sys.executable, "-m", name]


def _run(command: list[str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_ruff_finds_nothing_in_the_code_tests_and_benchmarks():
    done = _run([*_tool("ruff"), "check", "--no-cache", "desktop_app", "tests", "benchmarks"])
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_code_is_formatted_as_ruff_format_writes_it():
    done = _run([*_tool("ruff"), "format", "--check", "--no-cache", "desktop_app", "tests", "benchmarks"])
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_reports_a_breach_with_the_project_settings(tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text("import os\n\n\ndef f(items=[]):\n    return items\n")
    done = _run([*_tool("ruff"), "check", "--no-cache", "--config", str(ROOT / "pyproject.toml"), str(probe)])
    assert done.returncode == 1
    assert "F401" in done.stdout and "B006" in done.stdout


def test_mypy_finds_no_type_error_in_the_app():
    done = _run([*_tool("mypy"), "desktop_app"])
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success: no issues found" in done.stdout


def test_mypy_is_strict_for_the_domain_and_checks_bodies_elsewhere(tmp_path):
    # The same un-annotated function: an error in a strict module (the engine), accepted in the window.
    for package in ("desktop_app", "desktop_app/engine", "desktop_app/gui"):
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text("")
    for package in ("engine", "gui"):
        (tmp_path / "desktop_app" / package / "probe.py").write_text("def shown(value):\n    return value + 1\n")
    done = subprocess.run(
        [*_tool("mypy"), "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", "desktop_app/engine/probe.py", "desktop_app/gui/probe.py"],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "engine/probe.py:1: error: Function is missing a type annotation" in done.stdout, done.stdout
    assert "gui/probe.py" not in done.stdout

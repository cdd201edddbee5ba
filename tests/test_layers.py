"""The domain layers stay free of Qt and of anything that could reach the network."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
DOMAIN = ["engine", "knowledge", "models.py", "caselog", "labs"]
NETWORK = ("PySide6.QtNetwork", "urllib.request", "http.client", "requests", "httpx", "aiohttp", "socket", "ftplib", "smtplib")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for file in [path] if path.is_file() else path.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(), str(file))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
    return names


@pytest.mark.parametrize("layer", DOMAIN)
def test_domain_layers_import_no_qt(layer):
    path = PACKAGE / layer
    assert path.exists()
    assert not [m for m in imported_modules(path) if m.split(".")[0] == "PySide6"]


def test_no_network_module_is_imported_anywhere():
    found = [m for m in imported_modules(PACKAGE) if m.startswith(NETWORK)]
    assert found == []


def test_importing_the_engine_loads_no_qt_at_run_time():
    code = "import sys, desktop_app.engine, desktop_app.knowledge, desktop_app.models; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"

"""The import contracts in pyproject.toml ([tool.importlinter]) hold, and they would catch a breach."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parent.parent


def test_layer_qt_and_offline_contracts_are_kept(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 broken" in out


@pytest.mark.parametrize(
    ("module", "body", "contract"),
    [
        ("desktop_app/engine/_breach_probe.py", "import PySide6.QtCore\n", "No Qt in the domain"),
        ("desktop_app/models_breach_probe.py", "import socket\n", "Offline"),
        ("desktop_app/knowledge/_breach_probe.py", "import desktop_app.caselog\n", "Layers"),
        # The audit trail importing the store again would bring back the store <-> audit circle.
        ("desktop_app/caselog/audit.py", "from desktop_app.caselog.store import CaseLog\n", "Case log layers"),
        # The session or the log side naming the window would bring back the window <-> session circle.
        ("desktop_app/gui/case_session.py", "import desktop_app.gui.main_window\n", "Case session: no window"),
        ("desktop_app/gui/log_session.py", "import desktop_app.gui.main_window\n", "Window over log side over case session"),
    ],
)
def test_a_breach_is_reported(tmp_path, monkeypatch, capsys, module, body, contract):
    # The contracts are checked on a copy of the package with one offending module added.
    copy = tmp_path / "tree"
    shutil.copytree(ROOT / "desktop_app", copy / "desktop_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    (copy / module).write_text(body)
    monkeypatch.chdir(copy)
    monkeypatch.syspath_prepend(str(copy))
    for name in [n for n in sys.modules if n == "desktop_app" or n.startswith("desktop_app.")]:
        monkeypatch.delitem(sys.modules, name)
    code = lint_imports(config_filename=str(copy / "pyproject.toml"), no_cache=True, no_logo=True)
    out = capsys.readouterr().out
    assert code == 1
    assert contract in out.split("Broken contracts", 1)[1]

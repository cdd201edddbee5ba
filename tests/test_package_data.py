"""Every data file the app reads ships in the wheel and in the frozen build.

The frozen build's `datas` come from pyproject.toml's package-data (packaging/package_data.py), so a
data file missing from that list would be missing from both; this walks the source tree for them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Sources that are never read at run time: Qt's .ts catalogues compile to the shipped .qm.
NOT_SHIPPED = {".py", ".pyc", ".ts"}


def _package_data() -> list[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("package_data", ROOT / "packaging" / "package_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.package_data(ROOT)


def test_every_data_file_in_the_source_tree_is_shipped() -> None:
    shipped = {Path(source).resolve() for source, _ in _package_data()}
    data_files = [
        path.resolve()
        for folder in (ROOT / "desktop_app", ROOT / "resources")
        for path in folder.rglob("*")
        if path.is_file() and path.suffix not in NOT_SHIPPED and "__pycache__" not in path.parts
    ]
    assert data_files, "no data files found: the walk is looking in the wrong place"
    missing = sorted(str(path.relative_to(ROOT)) for path in data_files if path not in shipped)
    assert not missing, f"data files not in pyproject.toml package-data (so not in the wheel nor the frozen app): {missing}"


def test_the_bundle_keeps_the_folders_the_app_looks_in() -> None:
    folders = {bundle for _, bundle in _package_data()}
    # desktop_app.resources is found by importlib.resources, the wording catalogues beside their module.
    assert "desktop_app/wording/print" in folders
    assert "desktop_app/wording/app" in folders
    assert "desktop_app/resources/packs/anakinra-neutropenia" in folders
    assert "desktop_app/resources/i18n" in folders


def test_the_frozen_build_takes_its_data_from_that_list() -> None:
    spec = (ROOT / "packaging" / "neutrohold.spec").read_text(encoding="utf-8")
    assert "datas = package_data(ROOT)" in spec

"""The data files the app reads at run time, from pyproject.toml's [tool.setuptools.package-data].

One list for both ways the app ships: the wheel (setuptools reads pyproject.toml itself) and the
frozen build (packaging/neutrohold.spec passes these pairs to PyInstaller as `datas`). A data
folder added to pyproject.toml therefore reaches the frozen app too.
"""

from __future__ import annotations

import tomllib
from pathlib import Path


def package_data(root: Path) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every package-data file, sorted."""
    setuptools = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    package_dirs: dict[str, str] = setuptools.get("package-dir", {})
    pairs: set[tuple[str, str]] = set()
    for package, patterns in setuptools["package-data"].items():
        source = root / package_dirs.get(package, package.replace(".", "/"))
        bundle = Path(*package.split("."))
        for pattern in patterns:
            for path in source.glob(pattern):
                if path.is_file():
                    pairs.add((str(path), str(bundle / path.parent.relative_to(source))))
    return sorted(pairs)

"""The window's translation catalogues: `update` extracts the strings, `release` compiles them.

    python packaging/translations.py update    # desktop_app/gui/*.py -> resources/i18n/neutrohold_{es,fr,de}.ts
    python packaging/translations.py release   # resources/i18n/*.ts -> resources/i18n/*.qm

`update` keeps the translations already written and drops those of strings no longer in the code
(-no-obsolete); new strings come in unfinished, for a translator to fill in (pyside6-linguist, or by
hand). Both tools come with PySide6 and are found next to the running Python (the venv's bin/Scripts).
The .ts sources and the compiled .qm are committed; tests/gui/test_translations.py fails when a .qm is
out of date or a string has no translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app" / "gui"
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("es", "fr", "de")


def tool(name: str) -> str:
    """A PySide6 tool beside the running interpreter (the venv), else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found beside {sys.executable} nor on PATH (install PySide6)")
    return found


def ts_file(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"neutrohold_{language}.ts"


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.glob("*.py"))


def update(folder: Path = CATALOGUES, languages: Sequence[str] = LANGUAGES) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages:
        target = ts_file(language, folder)
        # No source locations in the .ts: a line moved in the code does not change the catalogue.
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-ts", str(target), "-no-obsolete", "-locations", "none",
             "-target-language", language, "-tr-function-alias", "QT_TRANSLATE_NOOP+=translatable"],
            check=True,
        )  # fmt: skip


def release(folder: Path = CATALOGUES, output: Path | None = None) -> list[Path]:
    """Compile every .ts of `folder` into `output` (default: beside it); the .qm files written."""
    written = []
    for source in sorted(folder.glob("neutrohold_*.ts")):
        target = (output or folder) / source.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["update"]:
        update()
    elif args == ["release"]:
        release()
    else:
        print("usage: translations.py update|release", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Where NeutroHold keeps its files: the user's folders, or beside the app in portable mode (USB stick)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import platformdirs

APP_NAME = "NeutroHold"
PORTABLE_ENV = "NEUTROHOLD_PORTABLE_DIR"
PORTABLE_MARKER = "neutrohold-portable"
PORTABLE_FOLDER = "NeutroHold-data"


def app_dir() -> Path:
    """The folder the application runs from: the frozen executable's, else the `neutrohold` launcher's.

    Run any other way (python -m desktop_app), the current folder stands in for it.
    """
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    launcher = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if launcher is not None and launcher.name.startswith("neutrohold") and launcher.is_file():
        return launcher.resolve().parent
    return Path.cwd()


def portable_root() -> Path | None:
    """The portable data folder, when portable mode is on (by --portable or a marker file beside the app)."""
    chosen = os.environ.get(PORTABLE_ENV)
    if chosen:
        return Path(chosen)
    if (app_dir() / PORTABLE_MARKER).exists():
        return app_dir() / PORTABLE_FOLDER
    return None


def enable_portable_mode() -> Path:
    """Keep the log, settings and cache beside the app for the rest of this process."""
    root = app_dir() / PORTABLE_FOLDER
    os.environ[PORTABLE_ENV] = str(root)
    return root


def _private_dir(path: Path) -> Path:
    """The folder, made owner-only (0700) with any missing parents; an existing stricter mode is kept."""
    missing = [candidate for candidate in (path, *path.parents) if not candidate.exists()]
    for candidate in reversed(missing):
        try:
            candidate.mkdir(mode=0o700)
        except FileExistsError:
            continue  # another NeutroHold starting at the same moment made it
        os.chmod(candidate, 0o700)
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, mode & 0o700)
    return path


def _folder(kind: str) -> Path:
    root = portable_root()
    if root is not None:
        return root / kind
    finder = {"data": platformdirs.user_data_dir, "config": platformdirs.user_config_dir, "cache": platformdirs.user_cache_dir}
    return Path(finder[kind](APP_NAME, appauthor=False))


def data_dir() -> Path:
    return _private_dir(_folder("data"))


def config_dir() -> Path:
    return _private_dir(_folder("config"))


def settings_file() -> Path:
    """The window's settings (layout, preferences): one INI file, also read by the command line (its language)."""
    return config_dir() / "neutrohold.ini"


def cache_dir() -> Path:
    return _private_dir(_folder("cache"))


def default_overrides_file() -> Path:
    """The site overrides file used when no --overrides is given (it need not exist)."""
    return _folder("config") / "overrides.toml"


def site_packs_dir() -> Path:
    """Where a site drops extra knowledge packs, one sub-folder per pack (it need not exist)."""
    return _folder("config") / "packs"

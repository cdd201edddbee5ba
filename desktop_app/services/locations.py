"""Where NeutroHold keeps its files: the user's data, config and cache folders (private to the user)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "NeutroHold"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path, 0o700)
    return path


def data_dir() -> Path:
    return _private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    return _private_dir(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def cache_dir() -> Path:
    return _private_dir(Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


def default_overrides_file() -> Path:
    """The site overrides file used when no --overrides is given (it need not exist)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "overrides.toml"

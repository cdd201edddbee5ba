"""Open the knowledge pack in force: installed pack + site overrides, refused unless it self-checks."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.engine import RULE_IDS, PackRefused, check_pack
from desktop_app.engine.selfcheck import CheckReport
from desktop_app.knowledge import (
    Pack,
    PackError,
    apply_overrides,
    installed_pack_dirs,
    load_pack_dir,
    read_overrides,
)
from desktop_app.knowledge.pack import read_site_timezone
from desktop_app.models import InputError
from desktop_app.services.locations import cache_dir, default_overrides_file, site_packs_dir

DEFAULT_PACK = "anakinra-neutropenia"

__all__ = [
    "DEFAULT_PACK",
    "PackError",
    "PackRefused",
    "available_packs",
    "check_installed_packs",
    "choose_pack_id",
    "open_pack",
    "pack_folder",
    "pack_for_case",
    "pack_dirs",
]


def pack_dirs() -> list[Path]:
    """Folders of every installed pack: shipped with the app, then dropped into the site packs folder."""
    return installed_pack_dirs((site_packs_dir(),))


def available_packs() -> list[Pack]:
    """Every installed pack, loaded and validated (not self-checked), sorted by id.

    A dropped-in folder that does not load is left out here; `neutrohold packs` reports it.
    """
    found = []
    for folder in pack_dirs():
        try:
            found.append(load_pack_dir(folder))
        except PackError:
            continue
    return found


def choose_pack_id(named: str | None) -> str:
    """The pack a case is evaluated with: the one named (`--pack` or the case's `pack` field), else
    the only one installed, else the default pack when several are installed."""
    return _chosen_folder(named).name


def pack_folder(pack_id: str) -> Path:
    """The folder of the installed pack `pack_id` (shipped or site); PackError naming `pack` when absent."""
    return _chosen_folder(pack_id)


def _chosen_folder(named: str | None) -> Path:
    folders = {folder.name: folder for folder in pack_dirs()}  # one look at the folders per choice
    ids = list(folders)
    if named is not None:
        if named not in folders:
            raise PackError(f"pack: no installed pack named {named!r} (installed: {', '.join(ids) or 'none'})")
        return folders[named]
    if len(ids) == 1:
        return folders[ids[0]]
    if DEFAULT_PACK in folders:
        return folders[DEFAULT_PACK]
    raise PackError(f"pack: several packs are installed ({', '.join(ids)}); name one with --pack or the case's pack field")


def pack_for_case(data: Any, named: str | None, overrides: Path | None = None, opened: dict[str, Pack] | None = None) -> Pack:
    """The pack a raw case is evaluated with: `--pack`, else the case's own `pack` field, else the
    default (see choose_pack_id). Both given and different, or a pack not installed, is bad input
    naming the `pack` field. `opened` keeps packs already opened by id (many cases, one command)."""
    in_case = data.get("pack") if isinstance(data, dict) else None
    if not isinstance(in_case, str):
        in_case = None  # a malformed field is refused, naming it, when the case is parsed
    if named is not None and in_case is not None and named != in_case:
        raise InputError("pack", f"--pack {named!r} and the case's pack {in_case!r} differ")
    try:
        pack_id = choose_pack_id(named or in_case)
    except PackError as exc:
        raise InputError("pack", str(exc).removeprefix("pack: ")) from None
    if opened is None:
        return open_pack(overrides, pack_id)
    if pack_id not in opened:
        opened[pack_id] = open_pack(overrides, pack_id)
    return opened[pack_id]


def open_pack(overrides: Path | None = None, pack_id: str | None = None) -> Pack:
    """The pack to evaluate with (see choose_pack_id). An explicit overrides file must exist and be
    for this pack; the default one may be absent, and is left out for a pack it does not name."""
    base = load_pack_dir(_chosen_folder(pack_id))
    path = overrides if overrides is not None else default_overrides_file()
    if overrides is None and not path.exists():
        pack = base
    else:
        site, for_pack, entries = read_overrides(path)
        if for_pack is not None and for_pack != base.content.id:
            if overrides is None:
                _checked(base, base)
                return base
            raise PackError(f"overrides file {path} is for pack {for_pack!r}, not {base.content.id!r}")
        pack = apply_overrides(base, entries, site=site, source=str(path))
        pack = pack.model_copy(update={"site_timezone": read_site_timezone(path)})
    _checked(pack, base)
    return pack


def _checked(pack: Pack, base: Pack) -> None:
    """Run the self-check once per pack content, overrides and app version; remember a pass."""
    key_source = json.dumps([pack.sha256, [o.model_dump() for o in pack.overrides], __version__, RULE_IDS], sort_keys=True)
    marker = cache_dir() / f"selfcheck-{hashlib.sha256(key_source.encode()).hexdigest()[:32]}.ok"
    if marker.exists():
        return
    check_pack(pack, defaults=base)
    marker.touch(mode=0o600)


def check_installed_packs() -> list[tuple[Pack, CheckReport]]:
    """Load and fully self-check every installed pack (no cache), for `neutrohold packs`."""
    reports = []
    for folder in pack_dirs():
        pack = load_pack_dir(folder)
        reports.append((pack, check_pack(pack)))
    return reports

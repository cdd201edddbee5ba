"""Open the knowledge pack in force: installed pack + site overrides, refused unless it self-checks."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktop_app import __version__
from desktop_app.engine import RULE_IDS, PackRefused, check_pack
from desktop_app.engine.selfcheck import CheckReport
from desktop_app.knowledge import (
    Pack,
    PackError,
    apply_overrides,
    installed_pack,
    installed_pack_dirs,
    load_pack_dir,
    read_overrides,
)
from desktop_app.knowledge.pack import read_site_timezone
from desktop_app.services.locations import cache_dir, default_overrides_file

DEFAULT_PACK = "anakinra-neutropenia"

__all__ = ["DEFAULT_PACK", "PackError", "PackRefused", "check_installed_packs", "open_pack"]


def open_pack(overrides: Path | None = None, pack_id: str = DEFAULT_PACK) -> Pack:
    """The pack to evaluate with. An explicit overrides file must exist; the default one may not."""
    base = load_pack_dir(installed_pack(pack_id))
    path = overrides if overrides is not None else default_overrides_file()
    if overrides is None and not path.exists():
        pack = base
    else:
        site, for_pack, entries = read_overrides(path)
        if for_pack is not None and for_pack != base.content.id:
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
    for folder in installed_pack_dirs():
        pack = load_pack_dir(folder)
        reports.append((pack, check_pack(pack)))
    return reports

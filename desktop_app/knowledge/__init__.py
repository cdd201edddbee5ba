"""Knowledge packs: load, validate, hash and apply site overrides to the clinical rule content."""

from desktop_app.knowledge.pack import (
    Pack,
    PackContent,
    PackError,
    apply_overrides,
    installed_pack,
    installed_pack_dirs,
    load_pack_dir,
    read_overrides,
)

__all__ = [
    "Pack",
    "PackContent",
    "PackError",
    "apply_overrides",
    "installed_pack",
    "installed_pack_dirs",
    "load_pack_dir",
    "read_overrides",
]

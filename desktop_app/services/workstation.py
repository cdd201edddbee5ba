"""This workstation's identity (an id and an Ed25519 key pair, made at first use) and the workstations it trusts.

Everything lives in the config folder (or the portable folder with --portable), under `workstation/`:
`identity.json` (id, name, public key), `private-key.pem` (0600) and `trusted.json` (enrolled keys).
"""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.caselog.import_check import UUID_TEXT
from desktop_app.caselog.recording import new_id
from desktop_app.caselog.signing import Signer, fingerprint, new_private_key, public_key_from_text, public_key_text
from desktop_app.caselog.store import PRIVATE_FILE, CaseLogError, FileNotWritten, make_private_folders
from desktop_app.caselog.whole import discard, new_temporary, sync_file, sync_folder, written_whole
from desktop_app.models import InputError
from desktop_app.services.locations import config_dir

KEYS_FOLDER = "workstation"
IDENTITY_FILE = "identity.json"
PRIVATE_KEY_FILE = "private-key.pem"
TRUSTED_FILE = "trusted.json"
KEY_FORMAT = "neutrohold-workstation-key"
MAX_KEY_FILE_BYTES = 1 << 30


class KeysUnusable(CaseLogError):
    """This workstation's key files exist but cannot be read: never replaced silently (exit 1)."""


@dataclass(frozen=True)
class WorkstationKey:
    """Another (or this) workstation as it signs: id, name and public key."""

    id: str
    name: str
    public_key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def keys_folder(folder: Path | None = None) -> Path:
    return folder if folder is not None else config_dir() / KEYS_FOLDER


def this_workstation(folder: Path | None = None) -> Signer:
    """This workstation's signer; the id and key pair are made (private key 0600) the first time."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, load_pem_private_key

    folder = keys_folder(folder)
    identity_path, key_path = folder / IDENTITY_FILE, folder / PRIVATE_KEY_FILE
    if not key_path.exists():
        make_private_folders(folder)
        key = new_private_key()
        pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
        name = (platform.node() or "workstation")[:60]
        identity = {"id": new_id(), "name": name, "public_key": public_key_text(key.public_key()),
                    "created_at": datetime.now(UTC).isoformat(timespec="seconds")}  # fmt: skip
        try:
            with written_whole(key_path, "wb") as handle:
                handle.write(pem)
        except InputError:
            pass  # another process made the key meanwhile: use that one
        else:
            with written_whole(identity_path) as handle:
                handle.write(json.dumps(identity, indent=2) + "\n")
    try:
        loaded = load_pem_private_key(key_path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValueError("the private key is not an Ed25519 key")
        key = loaded
        identity = json.loads(identity_path.read_text(encoding="utf-8"))
        if public_key_text(key.public_key()) != identity["public_key"] or not UUID_TEXT.fullmatch(identity["id"]):
            raise ValueError("the identity does not belong to the private key")
        os.chmod(key_path, os.stat(key_path).st_mode & PRIVATE_FILE)
        return Signer(workstation_id=identity["id"], workstation_name=str(identity["name"]), private_key=key)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeysUnusable(
            f"this workstation's key in {folder} cannot be used ({exc}); it was left as it is. Restore it from a backup"
        ) from None


def own_key(folder: Path | None = None) -> WorkstationKey:
    signer = this_workstation(folder)
    return WorkstationKey(id=signer.workstation_id, name=signer.workstation_name, public_key=signer.public_key)


def trusted_workstations(folder: Path | None = None) -> dict[str, WorkstationKey]:
    """Enrolled workstations by id (this one is always trusted, and not listed here)."""
    path = keys_folder(folder) / TRUSTED_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise KeysUnusable(f"the list of trusted workstations {path} cannot be read ({exc}); it was left as it is") from None
    return {
        entry["id"]: WorkstationKey(entry["id"], entry["name"], entry["public_key"]) for entry in data.get("workstations", [])
    }


def is_trusted(key: WorkstationKey, folder: Path | None = None) -> bool:
    """True for this workstation and enrolled ones; a known id with another key is refused loudly."""
    mine = own_key(folder)
    if key.id == mine.id:
        if key.public_key != mine.public_key:
            raise KeysUnusable(f"a file claims to come from this workstation ({key.id}) but is signed with another key; refused")
        return True
    known = trusted_workstations(folder).get(key.id)
    if known is None:
        return False
    if known.public_key != key.public_key:
        raise KeysUnusable(
            f"workstation {key.name} ({key.id}) signed with a key other than the one enrolled "
            f"(enrolled {known.fingerprint}, file {key.fingerprint}); refused"
        )
    return True


def trust(key: WorkstationKey, folder: Path | None = None) -> bool:
    """Enrol `key`; False when it was already enrolled. The list is replaced whole, never half-written."""
    if is_trusted(key, folder):
        return False
    folder = keys_folder(folder)
    entries = [vars(known) for known in trusted_workstations(folder).values()]
    entries.append({"id": key.id, "name": key.name, "public_key": key.public_key})
    _replace_whole(folder / TRUSTED_FILE, json.dumps({"workstations": entries}, indent=2) + "\n")
    return True


def _replace_whole(path: Path, text: str) -> None:
    make_private_folders(path.parent)
    temporary = new_temporary(path, replacing=True)
    try:
        temporary.write_text(text, encoding="utf-8")
        sync_file(temporary)
        os.replace(temporary, path)
        sync_folder(path.parent)
    except OSError as exc:
        discard(temporary)
        raise FileNotWritten(path, exc.strerror or str(exc)) from None


def key_document(key: WorkstationKey) -> dict[str, Any]:
    return {"format": KEY_FORMAT, "id": key.id, "name": key.name, "public_key": key.public_key}


def read_key_file(path: Path) -> WorkstationKey:
    """The workstation key in a key file (from a sync folder) or in a signed export; InputError otherwise."""
    from desktop_app.caselog import exchange

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror or exc})") from None
    if size <= 4096:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            raise InputError(str(path), f"is not a workstation key file ({str(exc)[:80]})") from None
        if isinstance(data, dict) and data.get("format") == KEY_FORMAT:
            return _key_from(path, data)
    export = exchange.read_export_file(path)
    if export.workstation is None:
        raise InputError(str(path), "is not signed; it names no workstation key to trust")
    return WorkstationKey(export.workstation["id"], export.workstation["name"], export.workstation["public_key"])


def _key_from(path: Path, data: dict[str, Any]) -> WorkstationKey:
    fields = {"format", "id", "name", "public_key"}
    if set(data) != fields or not all(isinstance(data[name], str) for name in fields):
        raise InputError(str(path), f"must hold exactly {', '.join(sorted(fields))}")
    if (
        not UUID_TEXT.fullmatch(data["id"])
        or not 1 <= len(data["name"]) <= 80
        or public_key_from_text(data["public_key"]) is None
    ):
        raise InputError(str(path), "does not hold a valid workstation id, name and Ed25519 public key")
    return WorkstationKey(data["id"], data["name"], data["public_key"])

"""Ed25519 signatures on case log exports, and the fingerprints people read aloud to compare keys.

A signed export ends with the line `"signature": "<base64>"}`; the signature is made over the
SHA-256 of every byte before that line (so a large export is hashed as it is written, never held
in memory twice), prefixed with a domain label so it can never be taken for another kind of
signature.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNATURE_LABEL = b"neutrohold-caselog-export-v2\x00"
SIGNATURE_FIELD = '"signature": '
# The exact end of a signed file: the signed bytes are everything before it.
TRAILER = re.compile(rb',\n"signature": "([A-Za-z0-9+/]{86}==)"\}\n\Z')
MAX_TRAILER_BYTES = 200


@dataclass(frozen=True)
class Signer:
    """This workstation, as named in what it signs; the private key stays inside."""

    workstation_id: str
    workstation_name: str
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return public_key_text(self.private_key.public_key())

    def sign(self, digest: bytes) -> str:
        return base64.b64encode(self.private_key.sign(SIGNATURE_LABEL + digest)).decode("ascii")


def public_key_text(key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def public_key_from_text(text: object) -> Ed25519PublicKey | None:
    """The key, or None for anything that is not a base64 Ed25519 public key."""
    if not isinstance(text, str) or len(text) != 44:
        return None
    try:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except (ValueError, binascii.Error):
        return None


def fingerprint(public_key: str) -> str:
    """SHA-256 of the raw key, first 32 hex digits in groups of 4: easy to read out over the phone."""
    raw = base64.b64decode(public_key)
    text = hashlib.sha256(raw).hexdigest()[:32]
    return " ".join(text[start : start + 4] for start in range(0, 32, 4))


def verify(public_key: str, digest: bytes, signature: str) -> bool:
    key = public_key_from_text(public_key)
    if key is None:
        return False
    try:
        key.verify(base64.b64decode(signature, validate=True), SIGNATURE_LABEL + digest)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def split_signed(data: bytes) -> tuple[bytes, str] | None:
    """(signed bytes, signature) of a signed export, or None when it does not end with a signature."""
    match = TRAILER.search(data[-MAX_TRAILER_BYTES:])
    if match is None:
        return None
    end = len(data) - (len(data[-MAX_TRAILER_BYTES:]) - match.start())
    return data[:end], match.group(1).decode("ascii")


def new_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()

"""The secrets of joining, all from :mod:`secrets` (a cryptographic
generator): the join token in the QR code, the join code people type, and
each device's own cookie secret. Only a hash of a device's secret is kept
(in memory and in the sidecar), so the sidecar file cannot be replayed."""

from __future__ import annotations

import hashlib
import hmac
import secrets

#: No 0/O, 1/I/L: a code read off a wall screen is typed without guessing.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
TOKEN_BYTES = 18  # 144 bits (at least 128 asked)
DEVICE_SECRET_BYTES = 32


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_device_secret() -> str:
    return secrets.token_urlsafe(DEVICE_SECRET_BYTES)


def new_device_id(taken: set[str]) -> str:
    while True:
        candidate = secrets.token_hex(4)
        if candidate not in taken:
            return candidate


def secret_key(secret: str) -> str:
    """What is kept of a device's secret: its SHA-256, hex."""
    return hashlib.sha256(secret.encode("utf-8", "replace")).hexdigest()


def normalise_code(text: str) -> str:
    """What a person typed, as a code: case, spaces and dashes ignored."""
    return "".join(ch for ch in str(text).upper() if ch not in " -_\t")


def same(a: str, b: str) -> bool:
    """Compare secrets in constant time."""
    return hmac.compare_digest(a.encode("utf-8", "replace"), b.encode("utf-8", "replace"))

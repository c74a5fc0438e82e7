"""Passwords (argon2id), session tokens and CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
MIN_PASSWORD_LENGTH = 10


def use_hasher(hasher: PasswordHasher) -> None:
    """Replace the hasher (the test suite uses argon2's cheapest profile to stay fast; production never calls this)."""
    global _hasher  # noqa: PLW0603
    _hasher = hasher


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def new_token() -> str:
    """A random 256-bit URL-safe token (session ids, secrets)."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the database stores of a session token: its SHA-256, so a database leak yields no live sessions."""
    return hashlib.sha256(token.encode()).hexdigest()


def csrf_token(secret: str, session_token: str) -> str:
    """The CSRF token bound to a browser's session cookie (synchroniser token derived by HMAC)."""
    return hmac.new(secret.encode(), b"csrf:" + session_token.encode(), hashlib.sha256).hexdigest()


def csrf_valid(secret: str, session_token: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(csrf_token(secret, session_token), given or "")

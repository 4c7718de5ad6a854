"""Password-protected backups: AES-256-GCM with a key stretched by scrypt (`cryptography`).

A lost USB stick with citizens' data must be unreadable without the password.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cic_desktop.errors import CicError, ValidationError

MAGIC = b"CICBAK1\n"
SALT_LEN, NONCE_LEN = 16, 12
MIN_PASSWORD = 8


class WrongPasswordError(CicError):
    pass


def _key(password: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(password.encode("utf-8"))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password",
            f"Parola copiei de siguranță trebuie să aibă cel puțin {MIN_PASSWORD} caractere.",
        )


def encrypt(data: bytes, password: str) -> bytes:
    check_password(password)
    salt, nonce = os.urandom(SALT_LEN), os.urandom(NONCE_LEN)
    return MAGIC + salt + nonce + AESGCM(_key(password, salt)).encrypt(nonce, data, MAGIC)


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def decrypt(blob: bytes, password: str) -> bytes:
    if not is_encrypted(blob):
        raise CicError("Fișierul nu este o copie de siguranță criptată CIC Desktop.")
    salt = blob[len(MAGIC) : len(MAGIC) + SALT_LEN]
    nonce = blob[len(MAGIC) + SALT_LEN : len(MAGIC) + SALT_LEN + NONCE_LEN]
    body = blob[len(MAGIC) + SALT_LEN + NONCE_LEN :]
    try:
        return AESGCM(_key(password, salt)).decrypt(nonce, body, MAGIC)
    except InvalidTag:
        raise WrongPasswordError(
            "Parola nu este corectă sau fișierul copiei de siguranță este deteriorat."
        ) from None

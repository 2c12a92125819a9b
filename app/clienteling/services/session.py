"""Opening a boutique's book: where the key comes from, and what the advisor is told.

Key modes, recorded (without any secret) in `book.json` beside the book:
- `keyring`: 32 random bytes in the OS keyring (the normal case);
- `passphrase`: SQLCipher derives the key from a passphrase the advisor types;
  the documented way out where no keyring exists (`clienteling --passphrase`);
- `demo-file`: the fictional demo book's key in `demo.key` beside it, used only
  when no keyring exists. A real book never gets this mode.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from ..config import BoutiqueConfig, data_home
from ..credentials import SecretStore, book_key, new_book_key
from ..domain.errors import CredentialsError, StoreError, WrongKey
from ..domain.ids import new_id
from ..store import Book, Key, open_book
from .clients import ClientService

log = logging.getLogger(__name__)

NO_KEYRING = (
    "This computer has no secure password store (keyring), so Clienteling cannot protect the "
    "boutique's book with a stored key. Start it with a passphrase instead: "
    "`clienteling --passphrase` (or set CLIENTELING_PASSPHRASE). See README, “No keyring”."
)


@dataclass
class Session:
    """An open book and the services over it. Lives on the thread that opened it."""

    boutique: BoutiqueConfig
    book: Book
    clients: ClientService
    key_mode: str
    notice: str = ""  # something the advisor should know (e.g. the demo key is kept in a file)

    @property
    def path(self) -> Path:
        return self.book.path

    def close(self) -> None:
        self.book.close()


def book_path(boutique: BoutiqueConfig, home: Path | None = None) -> Path:
    return (home or data_home(boutique)) / "book.db"


def _read_info(info_path: Path) -> dict:
    try:
        return json.loads(info_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (ValueError, UnicodeDecodeError):
        raise StoreError(f"{info_path.name} beside the book is damaged; it says how the book is unlocked. "
                         "Restore it from a backup of the folder.") from None


def _write_info(info_path: Path, info: dict) -> None:
    tmp = info_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(info, indent=2), encoding="utf-8")
    os.replace(tmp, info_path)


def resolve_key(boutique: BoutiqueConfig, path: Path, secrets: SecretStore,
                passphrase: str | None = None) -> tuple[Key, str, str]:
    """The key that opens (or will create) the book at `path`, its mode and a notice."""
    info_path = path.with_name("book.json")
    info = _read_info(info_path)
    exists = path.exists() and path.stat().st_size > 0
    if exists and not info:
        raise StoreError(f"book.json is missing beside {path.name}; without it the book cannot be unlocked.")
    if not exists:
        path.parent.mkdir(parents=True, exist_ok=True)
        info = {"book_id": new_id(), "boutique_id": boutique.boutique_id}
        if passphrase:
            info["key_mode"] = "passphrase"
        elif secrets.available():
            new_book_key(secrets, info["book_id"])
            info["key_mode"] = "keyring"
        elif boutique.is_demo:
            key_file = path.with_name("demo.key")
            key_file.write_text(os.urandom(32).hex(), encoding="ascii")
            key_file.chmod(0o600)
            info["key_mode"] = "demo-file"
        else:
            raise CredentialsError(NO_KEYRING)
        _write_info(info_path, info)
    mode = info.get("key_mode")
    if mode == "passphrase":
        if not passphrase:
            raise CredentialsError("This book is protected by a passphrase. Start Clienteling with "
                                   "`clienteling --passphrase` (or set CLIENTELING_PASSPHRASE).")
        return Key(passphrase=passphrase), mode, ""
    if mode == "keyring":
        if not secrets.available():
            raise CredentialsError(NO_KEYRING)
        raw = book_key(secrets, info["book_id"])
        if raw is None:
            raise WrongKey("The key of this book is not in this computer's password store (keyring). "
                           "Sign in on the laptop that created it, or restore the book from the central API.")
        return Key(raw=raw), mode, ""
    if mode == "demo-file" and boutique.is_demo:
        raw = bytes.fromhex(path.with_name("demo.key").read_text(encoding="ascii").strip())
        return Key(raw=raw), mode, (
            "Demo book: no password store (keyring) was found, so this fictional book's key is kept "
            "in a file beside it. A real boutique's book is never stored this way.")
    raise StoreError(f"book.json names an unknown way to unlock the book ({mode!r}).")


def open_session(boutique: BoutiqueConfig, secrets: SecretStore, *, home: Path | None = None,
                 passphrase: str | None = None, advisor: str = "") -> Session:
    """Open (creating if needed) the boutique's book. Call on the thread that will own it."""
    path = book_path(boutique, home)
    key, mode, notice = resolve_key(boutique, path, secrets, passphrase)
    book = open_book(path, key)
    if boutique.is_demo and not boutique.outreach.new_arrivals:  # its new arrivals follow the demo book's day
        from ..demo.arrivals import demo_boutique

        boutique = demo_boutique(boutique, book)
    return Session(boutique=boutique, book=book, clients=ClientService(book, advisor), key_mode=mode,
                   notice=notice)

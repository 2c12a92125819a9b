"""The `clienteling` command: run the app, and the few maintenance jobs a boutique needs.

    clienteling                      start the app (the demo book unless a boutique file is given)
    clienteling --boutique FILE      start the app for a real boutique
    clienteling --passphrase         unlock with a passphrase (where no keyring exists)
    clienteling check                run PRAGMA integrity_check on the book
    clienteling backup               take a backup now
    clienteling backups              list backups
    clienteling restore FILE         replace the book by a backup (the current one is kept aside)
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from .config import DEMO, BoutiqueConfig, load_boutique
from .credentials import KeyringStore
from .domain.errors import ClientelingError


def _boutique(args) -> BoutiqueConfig:
    path = args.boutique or os.environ.get("CLIENTELING_BOUTIQUE")
    if path:
        return load_boutique(path)
    from .resources import resource

    baked = resource("boutique.toml")
    return load_boutique(baked) if baked.exists() else DEMO


def _passphrase(args) -> str | None:
    env = os.environ.get("CLIENTELING_PASSPHRASE")
    if env:
        return env
    if args.passphrase:
        return getpass.getpass("Book passphrase: ")
    return None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="clienteling", description="Client dossiers for boutique advisors.")
    p.add_argument("--boutique", metavar="FILE", help="boutique file (TOML); default: the demo boutique")
    p.add_argument("--home", metavar="DIR", type=Path, help="folder holding the book (default: user data)")
    p.add_argument("--demo", action="store_true", help="open the demo book (the default without --boutique)")
    p.add_argument("--passphrase", action="store_true", help="unlock the book with a passphrase")
    p.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("check", help="run the integrity check")
    sub.add_parser("backup", help="take a backup now")
    sub.add_parser("backups", help="list backups")
    r = sub.add_parser("restore", help="restore a backup")
    r.add_argument("file", type=Path)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        boutique = DEMO if args.demo else _boutique(args)
        if args.command:
            return _maintenance(args, boutique)
        from .ui.app import run

        return run(boutique, KeyringStore(), home=args.home, passphrase=_passphrase(args),
                   quit_when_ready=args.quit_when_ready)
    except ClientelingError as exc:
        print(f"clienteling: {exc}", file=sys.stderr)
        return 2


def _maintenance(args, boutique: BoutiqueConfig) -> int:
    from .services.session import book_path, resolve_key
    from .store import integrity_problems
    from .store.backup import list_backups, make_backup, restore_backup

    path = book_path(boutique, args.home)
    if args.command == "backups":
        for b in list_backups(path):
            print(b)
        return 0
    if not path.exists():
        print(f"clienteling: there is no book at {path}", file=sys.stderr)
        return 2
    key, _, _ = resolve_key(boutique, path, KeyringStore(), _passphrase(args))
    if args.command == "check":
        problems = integrity_problems(path, key)
        print("ok" if not problems else "\n".join(problems))
        return 0 if not problems else 1
    if args.command == "backup":
        print(make_backup(path, key, keep=boutique.backups_kept))
        return 0
    if args.command == "restore":
        aside = restore_backup(args.file, path, key)
        print(f"Restored {args.file.name}. The previous book was kept as {aside}.")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())

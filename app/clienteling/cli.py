"""The `clienteling` command: run the app, and the few maintenance jobs a boutique needs.

    clienteling                      start the app (the demo book unless a boutique file is given)
    clienteling --boutique FILE      start the app for a real boutique
    clienteling --passphrase         unlock with a passphrase (where no keyring exists)
    clienteling --self-test          check this app works (a temporary book, offscreen window); exit 0 if so
    clienteling --version            the version, and for a built app its boutique, date and commit
    clienteling check                run PRAGMA integrity_check on the book
    clienteling backup               take a backup now
    clienteling backups              list backups
    clienteling restore FILE         replace the book by a backup (the current one is kept aside)
    clienteling sync [--login NAME]  push local changes and pull the server's, without the window
                     [--server-url URL] [--password-stdin] [--status] [--sign-out]
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
from .resources import version_text


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
    p.add_argument("--self-test", action="store_true",
                   help="check the boutique file, resources, a temporary book and the window; "
                        "never touches the real book or keyring")
    p.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=version_text())
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("check", help="run the integrity check")
    sub.add_parser("backup", help="take a backup now")
    sub.add_parser("backups", help="list backups")
    r = sub.add_parser("restore", help="restore a backup")
    r.add_argument("file", type=Path)
    s = sub.add_parser("sync", help="sync with the central profile API, without the window")
    s.add_argument("--server-url", metavar="URL", help="the server (default: the last one used, else the boutique's)")
    s.add_argument("--login", metavar="NAME", help="sign in first as this advisor (asks for the password)")
    s.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    s.add_argument("--status", action="store_true", help="show the sync status and exit")
    s.add_argument("--sign-out", action="store_true", help="sign out (the token is revoked and forgotten)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.self_test:
        from .selftest import self_test

        return self_test(lambda: DEMO if args.demo else _boutique(args))
    try:
        boutique = DEMO if args.demo else _boutique(args)
        if args.command == "sync":
            return _sync(args, boutique)
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


def _sync(args, boutique: BoutiqueConfig) -> int:
    """Headless sync: exit 0 when done, 1 when the sync failed (the sentence is on stderr)."""
    from .domain.errors import SyncError
    from .services import SyncService, open_session
    from .sync import check_url

    if args.server_url:
        try:
            check_url(args.server_url)
        except SyncError as exc:
            print(f"clienteling: {exc}", file=sys.stderr)
            return 2
    secrets = KeyringStore()
    session = open_session(boutique, secrets, home=args.home, passphrase=_passphrase(args))
    try:
        service = SyncService.for_session(session, secrets)
        if args.sign_out:
            service.sign_out()
            print("Signed out.")
            return 0
        if args.login:
            if args.password_stdin:
                password = sys.stdin.readline().rstrip("\r\n")
            else:
                password = getpass.getpass(f"Password for {args.login}: ")
            remember = secrets.available()
            signed = service.sign_in(args.login, password, args.server_url, remember=remember)
            note = "" if remember else " (for this run only: this computer has no keyring)"
            print(f"Signed in to {signed.server_url} as {signed.advisor}{note}.", file=sys.stderr)
        elif args.server_url and check_url(args.server_url) != service.server_url():
            print("clienteling: sign in to that server first: clienteling sync --server-url URL --login NAME",
                  file=sys.stderr)
            return 2
        if args.status:
            _print_status(service.status())
            return 0
        report = service.sync(progress=lambda p: print(f"{p.phase}: sent {p.pushed}/{p.to_push}, "
                                                      f"received {p.pulled}", file=sys.stderr))
        print(_summary(report))
        return 0
    except SyncError as exc:
        print(f"clienteling: {exc}", file=sys.stderr)
        return 1
    finally:
        session.close()


def _summary(report) -> str:
    """The run in one English line (the app words the same counts in the advisor's language)."""
    parts = [f"Sent {report.pushed} change(s), received {report.pulled}."]
    if report.conflicts:
        parts.append(f"{report.conflicts} conflict(s) to resolve.")
    if report.rejected:
        parts.append(f"{report.rejected} change(s) refused by the server; the app lists them with the reason.")
    if report.cancelled:
        parts.append("Stopped before the end; the next sync carries on.")
    return " ".join(parts)


def _print_status(status) -> None:
    when = status.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_sync_at else "never"
    print(f"Server: {status.server_url or '(none set)'}")
    print(f"Signed in: {'yes, as ' + (status.advisor or '?') if status.signed_in else 'no'}")
    print(f"Changes waiting to be sent: {status.pending}" + (f" ({status.rejected} refused by the server)"
                                                             if status.rejected else ""))
    print(f"Open conflicts: {status.open_conflicts}")
    print(f"Last successful sync: {when}")
    if status.last_error:
        print(f"Last error: {status.last_error}")


if __name__ == "__main__":
    sys.exit(main())

"""`clienteling-server`: run the API and administer its database.

    clienteling-server serve --db server.db [--host 127.0.0.1] [--port 8765]
    clienteling-server add-boutique --db server.db --id paris --name "Paris"
    clienteling-server add-advisor --db server.db --boutique paris --login alice [--password-stdin]
    clienteling-server import-pos --db server.db --boutique paris export.csv
    clienteling-server demo --db server.db [--clients N] [--day YYYY-MM-DD]
    clienteling-server purge --db server.db --older-than-days 90
"""

from __future__ import annotations

import argparse
import getpass
import logging
import re
import sys
from datetime import date, datetime, timedelta, timezone

from . import auth, db

MIN_PASSWORD = 8


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _open(path: str):
    db.init(path)
    return db.connect(path)


def cmd_serve(args) -> int:
    import uvicorn

    from .app import create_app
    from .settings import Settings

    settings = Settings(token_ttl_seconds=int(args.token_ttl_hours * 3600), max_in_flight_sync=args.max_in_flight,
                        rate_limit_per_minute=args.rate_limit_per_minute)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(args.db, settings)
    print(f"Clienteling profile API on http://{args.host}:{args.port} (database {args.db}); Ctrl+C stops it.",
          flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)
    return 0


def cmd_add_boutique(args) -> int:
    if not auth.BOUTIQUE_ID.fullmatch(args.id):
        print("A boutique id is lower-case letters, digits, - and _ (e.g. paris, shanghai-plaza66).",
              file=sys.stderr)
        return 2
    conn = _open(args.db)
    try:
        if not db.add_boutique(conn, args.id, args.name or args.id, _now()):
            print(f"Boutique “{args.id}” already exists.", file=sys.stderr)
            return 1
    finally:
        conn.close()
    print(f"Added boutique “{args.id}”.")
    return 0


def _read_password(args) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"Password for {args.login}: ")
    if getpass.getpass("Again: ") != first:
        print("The two passwords differ.", file=sys.stderr)
        return None
    return first


def cmd_add_advisor(args) -> int:
    password = _read_password(args)
    if password is None:
        return 1
    if len(password) < MIN_PASSWORD:
        print(f"The password needs at least {MIN_PASSWORD} characters.", file=sys.stderr)
        return 2
    conn = _open(args.db)
    try:
        done = auth.add_advisor(conn, args.boutique, args.login, password, _now(), replace=args.reset)
    except (ValueError, LookupError) as exc:
        print(str(exc).strip("'\""), file=sys.stderr)
        return 2
    finally:
        conn.close()
    if not done:
        print(f"{args.login} already exists in {args.boutique}; use --reset to set a new password.", file=sys.stderr)
        return 1
    print(f"{'Reset the password of' if args.reset else 'Added advisor'} {args.login} ({args.boutique}).")
    return 0


def cmd_import_pos(args) -> int:
    from .pos_import import import_csv

    conn = _open(args.db)
    try:
        report = import_csv(conn, args.boutique, args.file, _now())
    except OSError as exc:
        print(f"Cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    finally:
        conn.close()
    print(report.text(), file=sys.stdout if report.ok else sys.stderr)
    return 0 if report.ok else 1


def cmd_demo(args) -> int:
    from . import demo

    clients = demo.defaults()[0] if args.clients is None else args.clients
    if clients < 0:
        print("--clients cannot be negative.", file=sys.stderr)
        return 2
    conn = _open(args.db)
    try:
        db.add_boutique(conn, demo.DEMO_BOUTIQUE, demo.DEMO_NAME, _now())
        auth.add_advisor(conn, demo.DEMO_BOUTIQUE, demo.DEMO_LOGIN, demo.DEMO_PASSWORD, _now(), replace=True)
        try:
            done = demo.load(conn, demo.DEMO_BOUTIQUE, clients, args.day, _now())
        except demo.DemoRefused as exc:
            print(exc, file=sys.stderr)
            return 1
    finally:
        conn.close()
    day = done.day.isoformat()
    if done.added:
        book = (f"Loaded the demo book of {day}: {done.added} client(s), {done.records} record(s)"
                + (f" ({done.kept} already there, kept as they were)" if done.kept else "")
                + f"; {done.clients} client(s) in all.")
    elif done.clients:
        book = f"The demo book of {day} is there already ({done.clients} client(s)); nothing added."
    else:
        book = "No demo clients (--clients 0)."
    print(f"Demo boutique ready in {args.db}. {book}\n"
          + (f"A laptop's demo book is the same clients if the app made it on {day} (the first time it opened "
             "the demo book); for a book made on another day, use a new database with --day.\n" if done.clients else "")
          + f"Start the server:  clienteling-server serve --db {args.db}\n"
          "Sign in with boutique “demo”, login “demo”, password “demo”, e.g.\n"
          "  curl -s -X POST http://127.0.0.1:8765/v1/auth/token -H 'Content-Type: application/json' \\\n"
          "       -d '{\"boutique_id\": \"demo\", \"login\": \"demo\", \"password\": \"demo\"}'")
    return 0


def _day(text: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a day; write it YYYY-MM-DD, e.g. 2025-03-14") from None


def cmd_purge(args) -> int:
    if args.older_than_days < 0:
        print("--older-than-days cannot be negative.", file=sys.stderr)
        return 2
    conn = _open(args.db)
    try:
        done = db.purge(conn, _now() - timedelta(days=args.older_than_days), args.boutique)
    finally:
        conn.close()
    for boutique, (count, horizon) in sorted(done.items()):
        print(f"{boutique}: purged {count} tombstone(s); devices with a cursor before change {horizon} "
              "will resync from scratch.")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="clienteling-server", description="Clienteling central profile API.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, func, help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.add_argument("--db", required=True, metavar="PATH", help="the server's SQLite database file")
        sp.set_defaults(func=func)
        return sp

    sp = command("serve", cmd_serve, "Run the API.")
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8765)
    sp.add_argument("--token-ttl-hours", type=float, default=12.0)
    sp.add_argument("--max-in-flight", type=int, default=8, help="concurrent sync requests before 503")
    sp.add_argument("--rate-limit-per-minute", type=int, default=600, help="per token, 0 = none")
    sp.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    sp = command("add-boutique", cmd_add_boutique, "Add a boutique.")
    sp.add_argument("--id", required=True)
    sp.add_argument("--name", default="")
    sp = command("add-advisor", cmd_add_advisor, "Add an advisor to a boutique (asks for the password).")
    sp.add_argument("--boutique", required=True)
    sp.add_argument("--login", required=True)
    sp.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    sp.add_argument("--reset", action="store_true", help="set a new password for an existing advisor")
    sp = command("import-pos", cmd_import_pos, "Import a point-of-sale CSV export of purchases.")
    sp.add_argument("--boutique", required=True)
    sp.add_argument("file", metavar="FILE.csv")
    sp = command("demo", cmd_demo, "Create the demo boutique (advisor demo / demo) holding the desktop's demo book.")
    sp.add_argument("--clients", type=int, default=None, metavar="N",
                    help="demo clients to hold (default: as many as the desktop's demo book); a second run only "
                         "adds the missing ones")
    sp.add_argument("--day", type=_day, default=None, metavar="YYYY-MM-DD",
                    help="the day the laptops' demo book was made (default: the day of the demo book already "
                         "there, else today)")
    sp = command("purge", cmd_purge, "Forget deleted records (tombstones) older than N days.")
    sp.add_argument("--older-than-days", type=int, required=True, metavar="N")
    sp.add_argument("--boutique", default=None, help="only this boutique (default: all)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

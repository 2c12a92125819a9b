"""python -m clienteling.bench dossiers [--clients N] [--notes N] [--start-clients N] [--json]
python -m clienteling.bench sync [--clients N] [--page-size N] [--json]
python -m clienteling.bench prompts [--clients N] [--json]
python -m clienteling.bench agenda [--appointments N] [--repeat N] [--json]"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m clienteling.bench")
    sub = p.add_subparsers(dest="bench", required=True)
    d = sub.add_parser("dossiers", help="start, search, open, edit and memory figures")
    d.add_argument("--clients", type=int, default=100_000)
    d.add_argument("--notes", type=int, default=500_000)
    d.add_argument("--start-clients", type=int, default=50_000)
    d.add_argument("--root", type=Path, default=Path(".bench"), help="where scale books are kept")
    d.add_argument("--json", action="store_true", help="print one JSON object")
    s = sub.add_parser("sync", help="first full sync and a 100-edit sync against a loopback server")
    s.add_argument("--clients", type=int, default=50_000)
    s.add_argument("--page-size", type=int, default=500)
    s.add_argument("--root", type=Path, default=Path(".bench"), help="where the run's server and books go")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    q = sub.add_parser("prompts", help="the full prompt queue of a book, and the Today view showing it")
    q.add_argument("--clients", type=int, default=50_000)
    q.add_argument("--root", type=Path, default=Path(".bench"), help="where scale books are kept")
    q.add_argument("--json", action="store_true", help="print one JSON object")
    a = sub.add_parser("agenda", help="the week view and the pre-appointment brief on a 2,000-appointment book")
    a.add_argument("--appointments", type=int, default=2000)
    a.add_argument("--repeat", type=int, default=15)
    a.add_argument("--json", action="store_true", help="print one JSON object")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.bench == "dossiers":
        from .dossiers import run

        result = run(args.root.resolve(), args.clients, args.notes, args.start_clients)
    elif args.bench == "sync":
        from .sync import run

        result = run(args.root.resolve(), args.clients, args.page_size)
    elif args.bench == "prompts":
        from .prompts import run

        result = run(args.root.resolve(), args.clients)
    elif args.bench == "agenda":
        from .agenda import run

        result = run(args.appointments, args.repeat)
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>24}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

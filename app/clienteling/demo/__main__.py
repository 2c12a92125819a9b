"""`python -m clienteling.demo [count] [seed]`: print a few generated dossiers as JSON for a look."""

from __future__ import annotations

import json
import sys

from .generator import generate_dossiers


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    count = int(args[0]) if args else 5
    seed = int(args[1]) if len(args) > 1 else 7
    sample = [d.model_dump(mode="json") for d in generate_dossiers(count, seed=seed)]
    json.dump(sample, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

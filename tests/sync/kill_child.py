"""Child process of tests/sync/test_kill.py: sync a passphrase book and SIGKILL itself at a named step.

    python kill_child.py HOME BOUTIQUE_ID SERVER_URL LOGIN STEP NTH [PAGE_SIZE BATCH_SIZE]

stdin: the book's passphrase on the first line, the advisor's password on the second. The
sign-in is for this run only (`remember=False`): the token stays in this process's memory
and is never written or printed. At the NTH time the engine reaches STEP the process kills
itself with SIGKILL (no handler, no flush, no atexit), which is what the parent checks for.
Exit 0 means the step was never reached and the sync completed; 3 a failure (on stderr).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    home, boutique_id, url, login, step, nth = argv[:6]
    page_size, batch_size = (int(v) for v in (argv[6:8] or (500, 200)))
    passphrase = sys.stdin.readline().rstrip("\n")
    password = sys.stdin.readline().rstrip("\n")

    from clienteling.config import BoutiqueConfig
    from clienteling.credentials import MemoryStore
    from clienteling.services import SyncService, open_session

    boutique = BoutiqueConfig(boutique_id=boutique_id, display_name="Test boutique", api_base_url=url)
    session = open_session(boutique, MemoryStore(), home=Path(home), passphrase=passphrase)
    seen = {"n": 0}

    def on_step(name: str) -> None:
        if name == step:
            seen["n"] += 1
            if seen["n"] == int(nth):
                os.kill(os.getpid(), signal.SIGKILL)

    service = SyncService(session.book, boutique, MemoryStore(), on_step=on_step, page_size=page_size,
                          batch_size=batch_size)
    try:
        service.sign_in(login, password, remember=False)
        service.sync()
    except Exception as exc:  # the sentence only: it never holds a secret
        print(f"sync failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
    finally:
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

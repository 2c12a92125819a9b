"""The frozen app's entry point (PyInstaller needs a script, not a package's __main__)."""

import multiprocessing
import sys

from clienteling.cli import main

if __name__ == "__main__":
    # The demo book is made by worker processes; a frozen app spawns them as itself.
    multiprocessing.freeze_support()
    sys.exit(main())

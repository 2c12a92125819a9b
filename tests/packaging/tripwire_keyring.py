"""A keyring backend that records any use: the self-test must never reach a real keyring.

Selected through PYTHON_KEYRING_BACKEND=tests.packaging.tripwire_keyring.Keyring (keyring's
own switch); every call appends a line to the file named by CLIENTELING_TRIPWIRE.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


def _trip(what: str) -> None:
    with open(os.environ["CLIENTELING_TRIPWIRE"], "a", encoding="utf-8") as f:
        f.write(what + "\n")


class Keyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        _trip("init")

    def get_password(self, service, username):
        _trip(f"get {username}")
        return None

    def set_password(self, service, username, password):
        _trip(f"set {username}")

    def delete_password(self, service, username):
        _trip(f"delete {username}")

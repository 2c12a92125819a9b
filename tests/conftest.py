"""Shared fixtures: an in-memory keyring, a private data folder, a fresh demo book per test.

Nothing here imports Qt, so the unit tests run without a display; the UI tests
reuse these fixtures and get the offscreen platform set before Qt loads.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402

from clienteling.config import DEMO  # noqa: E402
from clienteling.credentials import KeyringStore  # noqa: E402
from clienteling.services import open_session  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: tests never touch the developer's real one."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch, tmp_path_factory):
    """Every test gets an empty in-memory keyring and its own CLIENTELING_HOME."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path_factory.mktemp("clienteling-home")))
    monkeypatch.delenv("CLIENTELING_PASSPHRASE", raising=False)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """A computer without any usable keyring (a headless Linux box)."""
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield
    # memory_keyring's teardown restores the original backend


@pytest.fixture
def secrets(memory_keyring) -> KeyringStore:
    return KeyringStore()


@pytest.fixture
def session(secrets, tmp_path):
    s = open_session(DEMO, secrets, home=tmp_path)
    try:
        yield s
    finally:
        s.close()

"""The real thing: `clienteling-server serve` under uvicorn on loopback, signed in to with httpx."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx

from profile_server.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _command() -> list[str]:
    script = Path(sys.executable).with_name("clienteling-server")
    if script.exists() or shutil.which("clienteling-server"):
        return [str(script) if script.exists() else shutil.which("clienteling-server")]
    return [sys.executable, "-m", "profile_server.cli"]


def test_serve_sign_in_push_pull_over_http(tmp_path):
    path = str(tmp_path / "live.db")
    assert main(["demo", "--db", path, "--clients", "2"]) == 0  # the demo boutique with 2 demo clients
    port = _free_port()
    log = (tmp_path / "server.log").open("w+b")
    proc = subprocess.Popen([*_command(), "serve", "--db", path, "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=5) as http:
            deadline = time.monotonic() + 20
            while True:
                assert proc.poll() is None, (tmp_path / "server.log").read_text()
                try:
                    if http.get("/openapi.json").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
            r = http.post("/v1/auth/token", json={"boutique_id": "demo", "login": "demo", "password": "demo"})
            assert r.status_code == 200, r.text
            token = r.json()["access_token"]
            auth = {"Authorization": f"Bearer {token}"}
            cid = str(uuid.uuid4())
            push = http.post("/v1/sync/push", headers=auth, json={"device_id": "live-laptop", "mutations": [
                {"seq": 1, "mutation_id": str(uuid.uuid4()), "entity": "client", "entity_id": cid, "op": "upsert",
                 "patch": {"family_name": "李", "given_name": "娜", "tier": "vic"}, "base_revs": {}}]})
            assert push.status_code == 200, push.text
            assert push.json()["results"][0]["status"] == "applied"
            changes, params = [], {"limit": 10}
            while True:
                pull = http.get("/v1/sync/changes", headers=auth, params=params)
                assert pull.status_code == 200
                changes += pull.json()["changes"]
                if not pull.json()["has_more"]:
                    break
                params = {"limit": 10, "cursor": pull.json()["next_cursor"]}
            assert sum(c["entity"] == "client" for c in changes) == 3  # 2 demo clients, then the new one
            change = changes[-1]
            assert change["entity_id"] == cid and change["fields"]["family_name"] == "李"
            assert http.get("/v1/sync/changes").status_code == 401
            assert http.delete("/v1/auth/token", headers=auth).status_code == 204
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    log.seek(0)
    output = log.read().decode("utf-8", "replace")
    log.close()
    assert "POST /v1/sync/push" in output  # uvicorn's access log
    assert token not in output and '"demo"' not in output

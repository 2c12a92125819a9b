"""The shape the design promises: only ui/ imports Qt, only store/ writes SQL, honest __all__."""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import clienteling

PACKAGE_DIR = Path(clienteling.__file__).parent

# Modules that run a program when imported (python -m ...), never imported by the app itself.
ENTRY_POINTS = re.compile(r"(^|\.)__main__$")

IMPORT_ALL = r"""
import importlib, json, pkgutil, re, sys, traceback
import clienteling

report = {"modules": [], "qt": {}, "errors": {}}
for info in pkgutil.walk_packages(clienteling.__path__, "clienteling.",
                                  onerror=lambda name: report["errors"].setdefault(name, "walk failed")):
    name = info.name
    if name == "clienteling.ui" or name.startswith("clienteling.ui.") or re.search(r"(^|\.)__main__$", name):
        continue
    had_qt = any(m == "PySide6" or m.startswith("PySide6.") for m in sys.modules)
    try:
        importlib.import_module(name)
    except Exception:
        report["errors"][name] = traceback.format_exc(limit=3)
        continue
    report["modules"].append(name)
    if not had_qt and any(m == "PySide6" or m.startswith("PySide6.") for m in sys.modules):
        report["qt"][name] = sorted(m for m in sys.modules if m.startswith("PySide6"))[:3]
report["pyside_loaded"] = "PySide6" in sys.modules
print(json.dumps(report))
"""


def test_no_package_outside_ui_imports_qt():
    """Importing every non-UI module (in a clean interpreter) never loads PySide6."""
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, timeout=120,
                          cwd=PACKAGE_DIR.parent)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["errors"] == {}, "modules that do not import:\n" + "\n".join(
        f"{k}: {v}" for k, v in report["errors"].items())
    assert {"clienteling.domain", "clienteling.store", "clienteling.services", "clienteling.credentials",
            "clienteling.config"} <= set(report["modules"])
    assert report["qt"] == {}, f"these modules pull in Qt: {report['qt']}"
    assert report["pyside_loaded"] is False


def test_domain_imports_nothing_of_the_project_but_itself():
    for path in sorted((PACKAGE_DIR / "domain").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.level >= 2 or (node.module or "").startswith("clienteling")), (
                    f"{path.name} imports {'.' * node.level}{node.module}")
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("clienteling") for a in node.names), path.name


SQL = [re.compile(p, re.DOTALL) for p in (
    r"\bSELECT\s.+\bFROM\b", r"\bSELECT\s+(count\(|\*|1\b)", r"\bINSERT\s+(OR\s+\w+\s+)?INTO\b",
    r"\bUPDATE\s+\w+\s+SET\b", r"\bDELETE\s+FROM\b", r"\bCREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER|VIEW)\b",
    r"\bDROP\s+(TABLE|INDEX)\b", r"\bPRAGMA\s+\w+", r"\bWHERE\s", r"\b\w+\s*(=|<|>|!=|IN)\s*\?",
    r"\bAND\s+deleted\s*=", r"\bMATCH\s*\?",
)]


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _sql_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if any(p.search(node.value) for p in SQL):
                hits.append(f"{path.relative_to(PACKAGE_DIR)}:{node.lineno}: {node.value.strip()[:60]!r}")
    return hits


def test_the_scan_recognises_sql():
    for text in ("SELECT id FROM client", "INSERT INTO outbox (seq) VALUES (?)", "UPDATE client SET x = 1",
                 "DELETE FROM note", "client_id = ? AND deleted = 0", "PRAGMA integrity_check"):
        assert any(p.search(text) for p in SQL), text
    for text in ("Select a client from the list", "The book is busy. Try again.", "Delete this note?",
                 "Update the client's tier", "Where did you meet?"):
        assert not any(p.search(text) for p in SQL), text


def test_only_the_store_writes_sql():
    hits = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR)
        if rel.parts[0] == "store":
            continue
        hits.extend(_sql_strings(path))
    assert hits == [], "SQL outside clienteling/store:\n" + "\n".join(hits)


def _public_modules():
    for info in pkgutil.walk_packages(clienteling.__path__, "clienteling."):
        name = info.name
        if name == "clienteling.ui" or name.startswith("clienteling.ui.") or ENTRY_POINTS.search(name):
            continue
        yield name


@pytest.mark.parametrize("name", ["clienteling", *_public_modules()])
def test_exported_members_exist(name):
    module = importlib.import_module(name)
    exported = getattr(module, "__all__", None)
    if exported is None:
        if hasattr(module, "__path__") and name.count(".") <= 1 and name not in (
                "clienteling.bench", "clienteling.demo"):
            pytest.fail(f"package {name} has no __all__")
        return
    assert len(exported) == len(set(exported)), f"{name}.__all__ lists a name twice"
    missing = [n for n in exported if not hasattr(module, n)]
    assert missing == [], f"{name}.__all__ names what it does not define: {missing}"


@pytest.mark.parametrize("name", ["clienteling.domain", "clienteling.store", "clienteling.services"])
def test_main_packages_export_an_explicit_surface(name):
    module = importlib.import_module(name)
    assert module.__all__, name

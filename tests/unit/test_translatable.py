"""Every user-visible string in the UI goes through tr(): no bare literals handed to widgets."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "app" / "clienteling" / "ui"
SETTERS = {"setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setTitle", "addTab",
           "setStatusTip", "showMessage", "setHeaderLabels", "addItem"}
CLASSES = {"QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton", "QToolButton"}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _bare_literals(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SETTERS | CLASSES:
            continue
        for arg in node.args[:1]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and WORDS.search(arg.value):
                yield node.lineno, arg.value


def test_ui_strings_are_translatable():
    offenders = [f"{path.relative_to(UI)}:{line}: {text!r}"
                 for path in sorted(UI.rglob("*.py"))
                 for line, text in _bare_literals(ast.parse(path.read_text(encoding="utf-8")))]
    assert not offenders, "wrap these in self.tr(...) / QCoreApplication.translate(...):\n" + "\n".join(offenders)

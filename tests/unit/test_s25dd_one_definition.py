"""One definition of each thing the session's helpers wrote twice (task s25dd)."""

from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"


def _defined(name: str) -> list[str]:
    """The modules under app/ that bind ``name`` at their top level (class, def or '=')."""
    where = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names: list[str] = []
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            if name in names:
                where.append(path.relative_to(APP).as_posix())
    return where


def test_s25dd_look_row_is_the_domains_alone():
    assert _defined("LookRow") == ["domain/view_state.py"]

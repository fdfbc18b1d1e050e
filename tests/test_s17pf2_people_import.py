"""The People column's notation module is imported once, not on every cell."""

from __future__ import annotations

import builtins
from typing import Any

import pytest

from app.domain import assigning
from app.ui.models.task_cells import assigning_module


def test_s17pf2_people_cells_import_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    assert assigning_module() is assigning
    imports: list[str] = []
    real_import = builtins.__import__

    def counting(name: str, *args: Any, **kwargs: Any) -> Any:
        imports.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting)
    for _ in range(100):
        assert assigning_module() is assigning
    assert imports == []

"""Reading a small MS Project XML both ways: through the plain-rows fast path
(app/io/mspdi_plain.py) and through the ordinary parse alone, as before the fast path.

Shared by the tests that hold the two paths to the same plan or the same refusal.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import app.io.mspdi as mspdi
from app.domain.errors import FileFormatError
from app.io.mspdi import read_mspdi
from app.io.plan_snapshot import plan_to_json
from app.io.xml_safety import RowStream

NS = "http://schemas.microsoft.com/project"


def project_file(tmp_path: Path, rows: str) -> Path:
    """A one-project MSPDI file in ``tmp_path`` whose <Tasks> holds ``rows``."""
    path = tmp_path / "plan.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Project xmlns="{NS}"><Name>P</Name><StartDate>2027-01-04T08:00:00</StartDate>'
        f"<Tasks>{rows}</Tasks></Project>",
        encoding="utf-8",
    )
    return path


def read_either_way(path: Path, fast: bool) -> str:
    """The plan read as JSON, or the refusal's message; ``fast=False`` reads without the
    plain rows' text (the ordinary parse, as before the fast path)."""
    if not fast:
        ordinary = RowStream
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(mspdi, "RowStream", lambda c, take, rows: ordinary(c, take, None))
            return read_either_way(path, True)
    try:
        return plan_to_json(read_mspdi(path))
    except FileFormatError as exc:
        return f"refused: {exc}"

"""``gantry usage FILE --csv OUT`` writes CSV text: named anything but .csv (a client's
.xlsx beside the plan, say) it overwrote that file with CSV text, exit 0. It is refused
now, as ``gantry report`` refuses a status report not named .pdf: exit 1, one line, the
file left as it was."""

from __future__ import annotations

import pytest

from app.cli import main
from app.formats import write_plan
from tests.gui.conftest import build_plan


@pytest.mark.parametrize("name", ["client.xlsx", "usage.pdf", "usage"])
def test_s19x_usage_csv_not_named_csv_is_refused(tmp_path, capsys, name):
    source = tmp_path / "plan.gantry"
    write_plan(build_plan(), source)
    target = tmp_path / name
    target.write_bytes(b"PK\x03\x04 a workbook")
    assert main(["usage", str(source), "--csv", str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"gantry: {name}: the usage table is written as CSV (name it .csv)\n"
    assert captured.out == ""
    assert target.read_bytes() == b"PK\x03\x04 a workbook"


def test_s19x_usage_csv_named_csv_is_written(tmp_path, capsys):
    source = tmp_path / "plan.gantry"
    write_plan(build_plan(), source)
    assert main(["usage", str(source), "--csv", str(tmp_path / "usage.CSV")]) == 0
    assert (tmp_path / "usage.CSV").read_text(encoding="utf-8-sig").startswith("Resource")

"""``gantry diff`` sees work moved between Usage periods: 16 h moved from week 3 to week 1
keeps Anna's Work (136 h) and contour (Contoured), and was reported as no difference."""

from __future__ import annotations

import json

from app.cli import main
from app.domain.diff import diff_plans
from app.formats import write_plan
from tests.test_s23us_typed_period import anna_plan, typed

H = 60


def _moved(tmp_path, suffix: str):
    """Anna's plan with week 3 typed down to 16 h, and with week 1 typed down instead."""
    one, other = anna_plan(), anna_plan()
    typed(one, 3, 16 * H)
    typed(other, 1, 16 * H)
    paths = tmp_path / f"week3{suffix}", tmp_path / f"week1{suffix}"
    write_plan(one, paths[0])
    write_plan(other, paths[1])
    return paths


def test_s23sm_work_moved_between_weeks_is_told_in_a_pms_words(tmp_path, capsys):
    old, new = _moved(tmp_path, ".gantry")
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "Work by period" in out
    assert "'2027-03-01 to 2027-03-12 8h a day; 2027-03-15 to 2027-03-19 3.2h a day" in out
    assert "2027-03-01 to 2027-03-05 3.2h a day; 2027-03-08 to 2027-03-26 8h a day'" in out
    assert "Work " not in out.replace("Work by period", "")  # the total is the same
    assert main(["diff", str(old), str(new), "--json"]) == 0
    fields = [c.get("field") for c in json.loads(capsys.readouterr().out)["changes"]]
    assert fields == ["edited_work"]


def test_s23sm_the_same_typed_weeks_in_ms_project_xml_are_no_difference(tmp_path, capsys):
    old, _new = _moved(tmp_path, ".gantry")
    xml = tmp_path / "week3.xml"
    assert main(["convert", str(old), str(xml)]) == 0
    capsys.readouterr()
    assert main(["diff", str(old), str(xml), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []


def test_s23sm_typed_work_is_compared_only_when_asked():
    one, other = anna_plan(), anna_plan()
    typed(one, 3, 16 * H)
    typed(other, 1, 16 * H)
    assert diff_plans(one, other) == []  # a workbook keeps no typed periods
    assert [c.field for c in diff_plans(one, other, typed_work=True)] == ["edited_work"]

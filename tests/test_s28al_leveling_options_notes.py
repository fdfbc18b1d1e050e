"""Leveling Options an .xml cannot keep (the basis, "Clear leveling values before leveling",
Automatic) are named in the save's note, and ``gantry diff`` of two .gantry plans lists a
change of Leveling Options in one line."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.leveling_options import LevelingBasis
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.store.document import write_plan


def _plan() -> Plan:
    plan = Plan(project=Project(name="Lev", start=datetime(2026, 1, 5, 8, 0)))
    plan.append_task(Task(1, "Dig", duration_minutes=480))
    return plan


def test_s28al_level_to_xml_says_the_options_are_not_kept(tmp_path, capsys):
    source = tmp_path / "p.gantry"
    write_plan(_plan(), source)
    out = tmp_path / "p.xml"
    # Minute by Minute is no longer the default (Day by Day is, since s29lv): it is named
    assert main(["level", str(source), "--automatic", "--basis", "minute", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert ".xml keeps no Leveling Options: Minute by Minute and Automatic are not saved" in err
    assert "(a plan read from it levels Standard, Day by Day, Manual)" in err


def test_s28al_convert_to_xml_names_kept_values_and_xlsx_keeps_them(tmp_path, capsys):
    plan = _plan()
    options = replace(plan.project.leveling, clear_first=False)
    plan.project = replace(plan.project, leveling=options)
    source = tmp_path / "p.gantry"
    write_plan(plan, source)
    assert main(["convert", str(source), str(tmp_path / "p.xml")]) == 0
    assert "leveling values kept before leveling" in capsys.readouterr().err
    assert main(["convert", str(source), str(tmp_path / "p.xlsx")]) == 0
    assert "Leveling Options" not in capsys.readouterr().err  # its snapshot keeps them


def test_s28al_diff_lists_a_change_of_leveling_options(tmp_path, capsys):
    old, new = tmp_path / "a.gantry", tmp_path / "b.gantry"
    write_plan(_plan(), old)
    plan = _plan()
    options = replace(plan.project.leveling, basis=LevelingBasis.MINUTE, automatic=True)
    plan.project = replace(plan.project, leveling=options)
    write_plan(plan, new)
    main(["diff", str(old), str(new)])
    out = capsys.readouterr().out
    assert "Leveling Options" in out
    assert "Day by Day, clear leveling values first, Manual" in out  # the default (s29lv)
    assert "Minute by Minute, clear leveling values first, Automatic" in out
    assert len([line for line in out.splitlines() if "Leveling Options" in line]) == 1
    main(["diff", str(old), str(old)])
    assert "Leveling Options" not in capsys.readouterr().out

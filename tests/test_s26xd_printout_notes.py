"""`gantry convert plan.gantry out.pdf` said ".pdf keeps no interim plans: Start1/Finish1
not saved", as if the printout had failed: a printout (.pdf, .png) never holds a plan, so
no "not saved" note is said for it; a file that is a plan (.gan) still says its."""

from __future__ import annotations

from datetime import datetime

from app.domain.interim import InterimEntry, InterimPlan
from app.formats import not_kept
from app.store.document import write_plan
from tests.gui.conftest import build_plan


def _plan_with_interim():
    plan = build_plan()
    plan.set_interim(InterimPlan(1, (InterimEntry(5, datetime(2026, 3, 2, 9), None),)))
    return plan


def test_a_printout_says_nothing_of_what_it_does_not_save():
    plan = _plan_with_interim()
    assert not_kept(plan, ".pdf") == []
    assert not_kept(plan, ".PNG") == []
    assert any("Start1/Finish1 not saved" in line for line in not_kept(plan, ".gan"))


def test_convert_to_pdf_prints_no_note(tmp_path, capsys):
    from app.cli import main

    source = tmp_path / "plan.gantry"
    write_plan(_plan_with_interim(), source)
    assert main(["convert", str(source), str(tmp_path / "out.pdf")]) in (0, None)
    assert "not saved" not in capsys.readouterr().err
    assert (tmp_path / "out.pdf").stat().st_size > 0

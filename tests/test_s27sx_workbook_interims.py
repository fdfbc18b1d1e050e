"""`gantry convert plan.gantry out.xlsx` said ".xlsx keeps no interim plans: Start1/Finish1 not
saved" although the workbook keeps every interim plan (its _gantry sheet, its Plan sheet's
Start1/Finish1 columns) and reads them back. Now nothing is said for a full workbook; one
written without its _gantry sheet (--no-roundtrip) says which interim plans are only shown."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.cli import main
from app.domain.interim_plan import InterimEntry, InterimPlan
from app.formats import not_kept
from app.store.document import read_plan, write_plan
from tests.gui.conftest import build_plan


def _plan_with_interims():
    plan = build_plan()
    uids = [t.uid for t in plan.tasks]
    for number in (1, 4):
        entries = tuple(
            InterimEntry(uid, datetime(2026, 3, 2 + i, 9), datetime(2026, 3, 3 + i, 17))
            for i, uid in enumerate(uids)
        )
        plan.set_interim(InterimPlan(number, entries))
    return plan


def test_a_full_workbook_says_nothing_lost_and_reads_every_interim_back(tmp_path, capsys):
    plan = _plan_with_interims()
    source, book, back = tmp_path / "p.gantry", tmp_path / "p.xlsx", tmp_path / "back.gantry"
    write_plan(plan, source)
    assert main(["convert", str(source), str(book)]) in (0, None)
    assert "interim" not in capsys.readouterr().err
    assert main(["convert", str(book), str(back)]) in (0, None)
    read = read_plan(back)
    assert sorted(read.interims) == [1, 4]
    assert read.interims[4].entries == plan.interims[4].entries
    assert main(["diff", str(source), str(book)]) in (0, None)
    assert "no changes" in capsys.readouterr().out


def test_without_the_gantry_sheet_the_note_names_the_interims_only_shown(tmp_path, capsys):
    plan = _plan_with_interims()
    source, book = tmp_path / "p.gantry", tmp_path / "bare.xlsx"
    write_plan(plan, source)
    assert main(["convert", str(source), str(book), "--no-roundtrip"]) in (0, None)
    err = capsys.readouterr().err
    assert (
        "bare.xlsx has no _gantry sheet: Start1/Finish1, Start4/Finish4 shown on the Plan "
        "sheet, not read back as interim plans"
    ) in err
    assert "keeps no interim plans" not in err
    assert main(["convert", str(book), str(tmp_path / "bare.gantry")]) in (0, None)
    assert read_plan(tmp_path / "bare.gantry").interims == {}  # as the note says


def test_the_window_note_reads_the_written_workbook(tmp_path):
    plan = _plan_with_interims()
    full, bare = tmp_path / "full.xlsx", tmp_path / "bare.xlsx"
    from app.formats import write_plan as write_any
    from app.io.excel_export_choice import FULL_EXPORT

    write_any(plan, full)
    write_any(plan, bare, choice=replace(FULL_EXPORT, roundtrip=False))
    assert not any("interim" in line for line in not_kept(plan, ".xlsx", full))
    assert any("Start4/Finish4" in line for line in not_kept(plan, ".xlsx", bare))
    assert not any("interim" in line for line in not_kept(build_plan(), ".xlsx", bare))


def test_an_interim_plan_can_be_written_into_a_workbook(tmp_path, capsys):
    source, book = tmp_path / "p.gantry", tmp_path / "p.xlsx"
    write_plan(build_plan(), source)
    assert main(["baseline", str(source), "--interim", "2", "-o", str(book)]) in (0, None)
    assert main(["convert", str(book), str(tmp_path / "b.gantry")]) in (0, None)
    assert 2 in read_plan(tmp_path / "b.gantry").interims

"""``gantry level --basis WORD``, ``--keep-delays``/``--clear-first`` and
``--automatic``/``--manual``: MS Project's Leveling Options from the command line, kept in
the plan written; who is over-allocated only within a day is named apart."""

from __future__ import annotations

import pytest

from app.cli import main
from app.domain.leveling_options import LevelingBasis
from app.store.document import read_plan, write_plan
from tests.test_s28lo_basis_and_kept import DAY, _kept_plan, _plan


def test_s28lo_day_basis_leaves_a_full_day_of_overlap_and_says_so(tmp_path, capsys):
    source = tmp_path / "p.gantry"
    write_plan(_plan(), source)
    assert main(["level", str(source), "--basis", "day"]) == 0
    out = capsys.readouterr().out
    assert "; Day by Day" in out
    assert "Over-allocated within a day only" in out
    assert "Ana." in out.splitlines()[-1]
    leveled = read_plan(source)
    assert leveled.project.leveling.basis is LevelingBasis.DAY
    assert leveled.task(2).leveling_delay_minutes == 0  # Ana's 8 h in 8 h
    assert leveled.task(4).leveling_delay_minutes > 0  # Ben's 10 h
    assert main(["level", str(source), "--basis", "Minute"]) == 0
    out = capsys.readouterr().out
    assert "within a day" not in out
    leveled = read_plan(source)
    assert leveled.task(2).leveling_delay_minutes > 0
    assert leveled.project.leveling.basis is LevelingBasis.MINUTE


def test_s28lo_keep_delays_keeps_an_old_delay_and_is_kept(tmp_path, capsys):
    source = tmp_path / "p.gantry"
    write_plan(_kept_plan(), source)
    assert main(["level", str(source), "--basis", "minute", "--keep-delays"]) == 0
    assert "leveling delays kept" in capsys.readouterr().out
    leveled = read_plan(source)
    assert leveled.task(3).leveling_delay_minutes == 3 * DAY  # Paint had it, no clash
    assert leveled.task(2).leveling_delay_minutes == 2 * DAY
    assert not leveled.project.leveling.clear_first
    assert main(["level", str(source), "--clear-first", "--automatic"]) == 0
    leveled = read_plan(source)
    assert leveled.task(3).leveling_delay_minutes == 0  # cleared before leveling
    assert leveled.project.leveling.clear_first
    assert leveled.project.leveling.automatic
    assert main(["level", str(source), "--manual"]) == 0
    assert not read_plan(source).project.leveling.automatic


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--basis", "fortnight"], "--basis 'fortnight' is not a leveling basis"),
        (["--clear", "--keep-delays"], "--keep-delays is for leveling"),
        (["--clear", "--basis", "day"], "--basis is for leveling"),
    ],
)
def test_s28lo_bad_options_are_bad_usage_and_change_nothing(tmp_path, capsys, args, said):
    source = tmp_path / "p.gantry"
    write_plan(_kept_plan(), source)
    before = source.read_bytes()
    assert main(["level", str(source), *args]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert len(err.strip().splitlines()) == 1
    assert source.read_bytes() == before


def test_s28lo_help_names_the_new_options_within_80_columns(monkeypatch, capsys):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["level", "--help"]) == 0
    text = capsys.readouterr().out
    assert all(len(line) <= 80 for line in text.splitlines())
    for option in ("--basis", "--keep-delays", "--clear-first", "--automatic", "--manual"):
        assert option in text
    assert "MS Project's default" in " ".join(text.split())

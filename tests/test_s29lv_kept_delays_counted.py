"""With "Clear leveling values before leveling" off (``--keep-delays``), "Delayed N tasks"
counts only the tasks whose delay this run changed: a delay kept as it was is said apart,
in the window's words (LevelingResult.summary) and ``gantry level``'s alike."""

from __future__ import annotations

from app.cli import main
from app.domain.leveling import LevelingOptions, level, without_leveling
from app.domain.leveling_options import LevelingBasis
from app.domain.scheduler import schedule
from app.store.document import write_plan
from tests.test_s28lo_basis_and_kept import DAY, _kept_plan

KEEP = LevelingOptions(basis=LevelingBasis.MINUTE, clear_first=False)


def test_s29lv_a_kept_unchanged_delay_is_not_counted_as_delayed() -> None:
    plan = _kept_plan()  # Paint delayed 3 days before, alone; Dig and Fill clash on Cy
    base = without_leveling(plan)
    result = level(base, schedule(base), options=KEEP, kept={3: 3 * DAY})
    assert {m.task_uid for m in result.moves} == {2, 3}  # both wait, as placed
    said = result.summary()
    assert said.startswith("Delayed 1 task: 'Fill';"), said
    assert "'Paint'" not in said
    assert said.endswith("1 task keeps its earlier delay."), said


def test_s29lv_a_kept_delay_made_longer_counts() -> None:
    plan = _kept_plan()
    base = without_leveling(plan)
    result = level(base, schedule(base), options=KEEP, kept={3: 3 * DAY, 2: DAY})
    said = result.summary()
    assert said.startswith("Delayed 1 task: 'Fill';"), said  # 1 day -> 2 days: changed
    assert said.endswith("1 task keeps its earlier delay."), said


def test_s29lv_gantry_level_keep_delays_counts_only_new_delays(tmp_path, capsys) -> None:
    source = tmp_path / "p.gantry"
    write_plan(_kept_plan(), source)
    assert main(["level", str(source), "--basis", "minute", "--keep-delays"]) == 0
    out = capsys.readouterr().out
    assert "Delayed 1 task: 'Fill'" in out, out
    assert "1 task keeps its earlier delay." in out

"""Link lags as MS Project keeps them in its XML: a percentage lag is the whole percent
itself in <LinkLag> (LagFormat 19/20; Software-Development-Plan.xml's -75 is a 75 % lead),
so 12.5 % is written 13 and the save says it is rounded (it was cut to 12 silently); an
estimated lag (1d?, LagFormat 35-44, 51, 52) keeps its "?" code, where it was written plain."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from app.domain.link import Link, LinkType
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.task import Task
from app.formats import not_kept
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from tests.s20mw_files import round_trip, rows, shared_files


def _links(text: str) -> dict[tuple[str, str], tuple[str | None, ...]]:
    """(successor, predecessor) -> (Type, LinkLag, LagFormat) of each <PredecessorLink>."""
    inside = text.split("<Tasks>", 1)[1].split("</Tasks>", 1)[0]
    out = {}
    for task in re.finditer(r"<Task>(.*?)</Task>", inside, re.S):
        uid = re.search(r"<UID>(-?\d+)</UID>", task.group(1)).group(1)
        for lk in rows(task.group(1), "PredecessorLink"):
            key = (uid, lk["PredecessorUID"])
            out[key] = (lk.get("Type"), lk.get("LinkLag"), lk.get("LagFormat"))
    return out


def test_s21mw_every_shared_link_is_written_as_ms_project_wrote_it(shared_data, tmp_path):
    compared = 0
    for path in shared_files(shared_data):
        original, written = round_trip(path, tmp_path / "out.xml")
        theirs, ours = _links(original), _links(written)
        assert ours == theirs, path.name
        compared += len(theirs)
    assert (
        compared == 426
    )  # a cross-project one and the 9 percentage lags (-75, -50, -50 in three files) among them


def _plan(percent: float, elapsed: bool = False) -> Plan:
    plan = Plan(Project(name="Lags", start=datetime(2027, 1, 4, 8)))
    plan.insert_tasks(
        0, [Task(1, "Dig", duration_minutes=4800), Task(2, "Pour", duration_minutes=480)]
    )
    plan.add_link(Link(1, 2, LinkType.FS, lag_percent=percent, lag_elapsed=elapsed))
    return plan


def _lag(path: Path) -> tuple[str | None, ...]:
    return _links(path.read_text(encoding="utf-8"))[("2", "1")]


def test_s21mw_a_whole_percentage_lag_is_kept_without_a_note(tmp_path):
    plan = _plan(-75.0)
    write_mspdi(plan, tmp_path / "out.xml")
    assert _lag(tmp_path / "out.xml") == ("1", "-75", "19")
    assert read_mspdi(tmp_path / "out.xml").links[0].lag_percent == -75.0
    assert not [line for line in not_kept(plan, ".xml") if "lag" in line]


def test_s21mw_a_fractional_percentage_lag_is_rounded_and_said(tmp_path):
    for percent, elapsed, written in ((12.5, False, "13"), (-12.5, True, "-13")):
        plan = _plan(percent, elapsed)
        write_mspdi(plan, tmp_path / "out.xml")
        assert _lag(tmp_path / "out.xml") == ("1", written, "20" if elapsed else "19")
        notes = [line for line in not_kept(plan, ".xml") if "lag" in line]
        assert notes == [".xml keeps percentage lags as whole numbers: the lag of 1 link rounded"]
        assert not [line for line in not_kept(plan, ".gantry") if "lag" in line]


def test_s21mw_estimated_lags_keep_their_code(shared_data, tmp_path):
    # mspdirelations.xml's links (SS+1d, FF, SF...) made estimated as MS Project writes a
    # "1d?" lag: 7 -> 39; one as a 50 % estimated lag: 51
    text = (shared_data / "mspdi" / "mspdirelations.xml").read_text(encoding="utf-8")
    text = text.replace("<LagFormat>7</LagFormat>", "<LagFormat>39</LagFormat>")
    source = tmp_path / "estimated.xml"
    source.write_text(text, encoding="utf-8")
    theirs = _links(text)
    assert {fmt for _, _, fmt in theirs.values()} == {"39"}
    plan = read_mspdi(source)
    out = tmp_path / "out.xml"
    write_mspdi(plan, out)
    assert _links(out.read_text(encoding="utf-8")) == theirs
    # and again from what Gantry wrote
    write_mspdi(read_mspdi(out), tmp_path / "again.xml")
    assert _links((tmp_path / "again.xml").read_text(encoding="utf-8")) == theirs


def test_s21mw_an_estimated_percentage_lag_keeps_its_code(tmp_path):
    plan = _plan(50.0)
    write_mspdi(plan, tmp_path / "plain.xml")
    text = (tmp_path / "plain.xml").read_text(encoding="utf-8")
    assert "<LagFormat>19</LagFormat>" in text
    (tmp_path / "estimated.xml").write_text(
        text.replace("<LagFormat>19</LagFormat>", "<LagFormat>51</LagFormat>"), encoding="utf-8"
    )
    write_mspdi(read_mspdi(tmp_path / "estimated.xml"), tmp_path / "out.xml")
    assert _lag(tmp_path / "out.xml") == ("1", "50", "51")

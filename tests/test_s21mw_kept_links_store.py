"""A plan read from MS Project XML keeps its cross-project links, the other projects' task
rows and its estimated lags through a .gantry file (schema v23): .xml -> .gantry -> .xml
writes them back as read. A v22 file (no such tables) opens with none."""

from __future__ import annotations

import sqlite3

from app.domain.kept_links import KeptLinks
from app.domain.plan import Plan
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import write_mspdi
from app.store.document import read_plan, write_plan
from app.store.schema import SCHEMA_VERSION
from tests.s20mw_files import rows

_ROW = (
    "<Task><UID>11</UID><ID>11</ID><Name>Pour slab</Name><Start>2010-06-14T08:00:00</Start>"
    "<Finish>2010-06-15T17:00:00</Finish><Duration>PT16H0M0S</Duration>"
    "<ExternalTask>1</ExternalTask><ExternalTaskProject>E:\\plans\\crossProject.mpp"
    "</ExternalTaskProject></Task>"
)


def _source(shared_data, tmp_path):
    text = (shared_data / "mpp" / "GetCrossProjectTaskLinks.xml").read_text(encoding="utf-8")
    # an external task row, and Task3's link from Task2 made an estimated lag (1d?)
    text = text.replace("</Tasks>", _ROW + "</Tasks>")
    text = text.replace("<LagFormat>7</LagFormat>", "<LagFormat>39</LagFormat>")
    path = tmp_path / "cross.xml"
    path.write_text(text, encoding="utf-8")
    return path


def _tasks_part(text: str) -> str:
    return text.split("<Tasks>", 1)[1].split("</Tasks>", 1)[0]


def test_s21mw_xml_gantry_xml_writes_the_links_back(shared_data, tmp_path):
    source = _source(shared_data, tmp_path)
    plan = read_mspdi(source)
    assert plan.kept_links.cross_links
    assert plan.kept_links.external_tasks
    assert plan.kept_links.estimated_lags
    direct, through = tmp_path / "direct.xml", tmp_path / "through.xml"
    write_mspdi(plan, direct)
    gantry = tmp_path / "plan.gantry"
    write_plan(plan, gantry)
    again = read_plan(gantry)
    assert again.kept_links == plan.kept_links
    write_mspdi(again, through)
    ours = _tasks_part(through.read_text(encoding="utf-8"))
    assert ours == _tasks_part(direct.read_text(encoding="utf-8"))
    original = source.read_text(encoding="utf-8")
    cross = [lk for lk in rows(ours, "PredecessorLink") if lk.get("CrossProject") == "1"]
    assert cross == [
        lk for lk in rows(original, "PredecessorLink") if lk.get("CrossProject") == "1"
    ]
    assert "<ExternalTask>1</ExternalTask>" in ours
    assert "<LagFormat>39</LagFormat>" in ours


def test_s21mw_a_plan_made_here_writes_no_kept_rows(tmp_path):
    plan = Plan()
    gantry = tmp_path / "plan.gantry"
    write_plan(plan, gantry)
    conn = sqlite3.connect(gantry)
    counts = [
        conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("kept_estimated_lags", "kept_cross_links", "kept_external_tasks")
    ]
    conn.close()
    assert counts == [0, 0, 0]


def test_s21mw_a_v22_file_opens_with_none(shared_data, tmp_path):
    assert SCHEMA_VERSION >= 23  # v24 added a leveling option
    plan = read_mspdi(_source(shared_data, tmp_path))
    gantry = tmp_path / "old.gantry"
    write_plan(plan, gantry)
    conn = sqlite3.connect(gantry)
    for table in ("kept_estimated_lags", "kept_cross_links", "kept_external_tasks"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 22")
    conn.commit()
    conn.close()
    old = read_plan(gantry)
    assert old.kept_links == KeptLinks()
    assert [t.name for t in old.tasks] == [t.name for t in plan.tasks]
    write_plan(plan, gantry)  # saved again at today's version, with them
    assert read_plan(gantry).kept_links == plan.kept_links

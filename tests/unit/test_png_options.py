"""``gantry convert IN OUT.png`` options: rows by ID, dates, the height cap and their error lines."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.domain.errors import AppError
from app.domain.link import Link
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.scheduler import schedule
from app.domain.task import Task
from app.formats import write_plan
from app.report.export import (
    MAX_PICTURE_ROWS,
    MAX_PNG_HEIGHT,
    Picture,
    image_layout,
    picture_height,
    picture_layout,
    png_picture,
    render_picture,
)

DAY = 480


def _chain(n: int) -> Plan:
    """One summary over ``n`` one-day tasks in a finish-to-start chain from Mon 2026-03-02."""
    plan = Plan(project=Project(name="Chain", start=datetime(2026, 3, 2, 8)))
    plan.append_task(Task(1, "Phase", 1))
    for k in range(1, n + 1):
        plan.append_task(Task(k + 1, f"Step {k}", 2, duration_minutes=DAY))
    for k in range(2, n + 1):
        plan.add_link(Link(k, k + 1))
    return plan


@pytest.fixture
def small(tmp_path):
    path = tmp_path / "small.gantry"
    write_plan(_chain(12), path)
    return path


@pytest.fixture(scope="module")
def tall(tmp_path_factory):
    """A plan with more rows than a PNG may hold."""
    path = tmp_path_factory.mktemp("tall") / "tall.gantry"
    write_plan(_chain(MAX_PICTURE_ROWS + 40), path)
    return path


def _run(capsys, *args) -> tuple[int, str]:
    status = main(["convert", *map(str, args)])
    return status, capsys.readouterr().err


def test_a_plan_that_fits_converts_as_before(qapp, capsys, small, tmp_path):
    out = tmp_path / "plan.png"
    status, err = _run(capsys, small, out, "--width", "900")
    assert (status, err) == (0, "")
    image = QImage(str(out))
    assert image.width() == 900
    assert image.height() == picture_height(13)  # the summary and its 12 steps


def test_a_too_tall_picture_is_refused_in_one_line_naming_the_options(qapp, capsys, tall, tmp_path):
    out = tmp_path / "tall.png"
    status, err = _run(capsys, tall, out)
    assert status == 1
    assert err.count("\n") == 1
    assert err.startswith("gantry: ")
    for hint in ("--rows", "--from", "--to", ".pdf", f"{MAX_PNG_HEIGHT:,}"):
        assert hint in err
    assert not out.exists()


def test_rows_pick_tasks_by_id(qapp, capsys, tall, tmp_path):
    out = tmp_path / "part.png"
    status, err = _run(capsys, tall, out, "--rows", "101-300")
    assert (status, err) == (0, "")
    image = QImage(str(out))
    assert image.width() == 1600
    assert image.height() == picture_height(200) < MAX_PNG_HEIGHT
    status, _ = _run(capsys, tall, tmp_path / "one.png", "--rows", "7")
    assert status == 0
    assert QImage(str(tmp_path / "one.png")).height() == picture_height(1)


def test_dates_keep_the_tasks_active_between_them(qapp, capsys, small, tmp_path):
    # Step k works on the k-th working day: Wed 4 and Thu 5 March are steps 3 and 4,
    # and the phase above them spans both days (the 'to' day is included).
    out = tmp_path / "week.png"
    status, err = _run(capsys, small, out, "--from", "2026-03-04", "--to", "2026-03-05")
    assert (status, err) == (0, "")
    assert QImage(str(out)).height() == picture_height(3)


def test_dates_keep_a_too_tall_plan_under_the_cap(qapp, capsys, tall, tmp_path):
    out = tmp_path / "march.png"
    status, err = _run(capsys, tall, out, "--from", "2026-03-02", "--to", "2026-03-31")
    assert (status, err) == (0, "")
    assert QImage(str(out)).height() == picture_height(1 + 22)  # phase + March's working days


@pytest.mark.parametrize(
    ("args", "words", "code"),
    [  # 2: a value the option does not take (bad usage); 1: one the plan cannot satisfy
        (("--rows", "9-3"), "first ID", 2),
        (("--rows", "0-5"), "no such task ID", 1),
        (("--rows", "5-40"), "run 1 to 13", 1),
        (("--rows", "two"), "FROM-TO", 2),
        (("--from", "2026-03-09", "--to", "2026-03-02"), "'to' date", 2),
        (("--from", "2027-01-01"), "no task is active", 1),
        (("--width", "50"), "width", 2),
    ],
)
def test_bad_options_end_in_one_line_and_write_nothing(
    qapp, capsys, small, tmp_path, args, words, code
):
    out = tmp_path / "bad.png"
    status, err = _run(capsys, small, out, *args)
    assert status == code
    assert err.count("\n") == 1
    assert words in err
    assert "Traceback" not in err
    assert not out.exists()


def test_rows_are_refused_for_other_outputs(qapp, capsys, small, tmp_path):
    out = tmp_path / "plan.pdf"
    status, err = _run(capsys, small, out, "--rows", "1-3")
    assert status == 2  # bad usage
    assert ".png" in err
    assert not out.exists()


def test_help_names_the_png_options(capsys):
    assert main(["convert", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "--rows FROM-TO" in text
    assert "16000 px" in text


def test_a_row_subset_gets_its_own_dates_and_only_its_links(qapp):
    plan = _chain(60)
    sched = schedule(plan)
    uids = tuple(range(40, 46))  # steps 39-44
    lay = picture_layout(plan, sched, Picture(uids=uids, width=1200))
    assert lay.uids == uids
    assert lay.height == picture_height(6)
    assert [lay.row_top(u) for u in uids] == [
        lay.header_height + i * lay.row_height for i in range(6)
    ]
    # The chart spans these rows' bars, not the whole project: a working day is wide.
    first, last = sched[40].start, sched[45].finish
    assert lay.timescale.x_of(first) > 0
    assert lay.x_of(last) < lay.width
    whole = image_layout(plan, sched, 1200)
    assert lay.timescale.px_per_day > 5 * whole.timescale.px_per_day
    image = render_picture(plan, sched, Picture(uids=uids, width=1200))
    assert (image.width(), image.height()) == (1200, lay.height)


def test_a_picture_over_the_cap_is_refused_by_the_renderer_too(qapp):
    plan = _chain(MAX_PICTURE_ROWS + 5)
    with pytest.raises(AppError, match="limit"):
        render_picture(plan, schedule(plan), Picture())


def test_rows_and_dates_together_keep_the_rows_and_set_the_chart(qapp):
    plan = _chain(12)
    sched = schedule(plan)
    picture = png_picture(plan, sched, rows="2-4", date_from="2026-03-09", date_to="2026-03-13")
    assert picture.uids == (2, 3, 4)  # steps 1-3 work in the week before: kept all the same
    lay = picture_layout(plan, sched, picture)
    assert lay.timescale.origin == datetime(2026, 3, 9)
    assert lay.timescale.moment_at(lay.width - lay.table_width) == datetime(2026, 3, 14)


def test_a_from_date_alone_keeps_the_tasks_still_running_then(qapp):
    plan = _chain(12)
    sched = schedule(plan)
    picture = png_picture(plan, sched, date_from="2026-03-16")  # steps 11 and 12, and the phase
    assert picture.uids == (1, 12, 13)
    lay = picture_layout(plan, sched, picture)
    assert lay.timescale.origin == datetime(2026, 3, 16)
    assert lay.x_of(sched[13].finish) < lay.width

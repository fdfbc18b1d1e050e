"""A name printed left of one of the last bars kept off the link lines and bars there.

Drawn hard against its bar, such a name stood where the arrow into the bar comes in and
where other links pass down: links are clipped around names, so the arrow lost its line
(its head seemed to come out of the name: the demo's 'Maria Lopez[50%], Tom Becker[50%]▶')
and a link passing down was cut by the name (the House's 'John Black, Peter Green', its
milestone link). Now the name sits in the stretch of its row that nothing crosses, past the
arrow's stub, a little farther left past a line passing down, else shortened with '…'."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from app.domain.scheduler import schedule
from app.formats import read_plan
from app.report.export import png_picture, render_picture, write_pdf
from app.report.gantt_paint import GanttPainter
from app.report.name_room import GAP, NEAR, free_stretch

DEMO = Path(__file__).resolve().parents[1] / "resources" / "demo" / "crm-rollout.gantry"
BAND = (0.0, 10.0)


def test_s20wn_a_name_ends_before_the_arrows_stub_and_stops_at_the_next_line():
    stub = [(94.0, 4.5, 100.0, 5.5), (93.5, -8.0, 94.5, 5.5)]  # into the bar at 100, from above
    assert free_stretch(95.0, 2.0, BAND, [], 40.0) == (2.0, 95.0)  # nothing there: as before
    left, right = free_stretch(95.0, 2.0, BAND, stub, 40.0)
    assert (left, right) == (2.0, 93.5 - GAP)
    line = (59.5, -20.0, 60.5, 30.0)  # a link passing down the row
    assert free_stretch(95.0, 2.0, BAND, [*stub, line], 25.0) == (60.5 + GAP, 93.5 - GAP)
    # too long for that stretch: whole, left of the line, that close to the bar
    assert free_stretch(95.0, 2.0, BAND, [*stub, line], 40.0) == (2.0, 59.5 - GAP)
    # boxes above or below the name's line are not in its way
    assert free_stretch(95.0, 2.0, BAND, [(10.0, 11.0, 99.0, 20.0)], 40.0) == (2.0, 95.0)


def test_s20wn_farther_than_near_the_name_is_shortened_where_it_is():
    far = (95.0 - NEAR - 20, -20.0, 95.0 - NEAR - 19, 30.0)
    left, right = free_stretch(95.0, 2.0, BAND, [far], 200.0)
    assert (left, right) == (far[2] + GAP, 95.0)  # the first stretch: the name is cut there


def _drawn(monkeypatch) -> list[tuple[QRectF, QRectF, list[QRectF]]]:
    """Each name put left of its bar as the pages drew it: its box, its bar's, and the
    boxes of the lines and bars it must stay off."""
    seen: list[tuple[QRectF, QRectF, list[QRectF]]] = []
    original = GanttPainter.label_boxes

    def record(self, rows, geoms, page=None, blocked=()):
        rows = list(rows)
        for row in rows:
            geom = geoms.get(row.uid)
            for box in original(self, [row], geoms, page, blocked):
                if geom is not None and box.right() <= geom.x0:
                    bar = QRectF(geom.x0, geom.top, geom.x1 - geom.x0, geom.bottom - geom.top)
                    others = [QRectF(a, t, r - a, b - t) for a, t, r, b in blocked]
                    seen.append((box, bar, others))
        return original(self, rows, geoms, page, blocked)

    monkeypatch.setattr(GanttPainter, "label_boxes", record)
    return seen


@pytest.fixture
def house(shared_data: Path) -> Path:
    return shared_data / "gan" / "ganttproject-HouseBuildingSample.gan"


@pytest.mark.parametrize("which", ["demo", "house"])
def test_s20wn_printed_names_left_of_bars_cross_no_line_or_bar(
    qapp, tmp_path, monkeypatch, house, which
):
    path = DEMO if which == "demo" else house
    seen = _drawn(monkeypatch)
    write_pdf(read_plan(path), tmp_path / "out.pdf")
    assert len(seen) >= 5  # the last bars' names: the test bites
    for box, bar, others in seen:
        assert not [o for o in others if o.intersects(box)], box
        assert bar.left() - box.right() < 2 * NEAR  # still beside its bar


def test_s20wn_the_houses_last_names_stay_whole(qapp, tmp_path, monkeypatch, house):
    texts: list[str] = []
    original = GanttPainter._label_at

    def text(self, *args, **kw):
        placed = original(self, *args, **kw)
        if placed is not None:
            texts.append(placed[1])
        return placed

    monkeypatch.setattr(GanttPainter, "_label_at", text)
    write_pdf(read_plan(house), tmp_path / "out.pdf")
    assert "John Black, Peter Green" in texts  # moved past the milestone's link, whole
    assert not [t for t in texts if "\u2026" in t]  # no name shortened


def test_s20wn_a_picture_keeps_names_off_the_lines_too(qapp, monkeypatch):
    plan = read_plan(DEMO)
    sched = schedule(plan)
    seen = _drawn(monkeypatch)
    render_picture(plan, sched, png_picture(plan, sched, width=1200))
    assert seen
    for box, _bar, others in seen:
        assert not [o for o in others if o.intersects(box)], box

"""Page Setup's "Print blank pages" off: which pages of a printed Gantt's grid draw nothing.

Taken out of app/report/gantt_pages.py (which calls :func:`without_blank_pages` when
laying pages out) to keep that file to the cutting of the grid.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from app.domain.inactive_slack import shows_slack
from app.domain.schedule import TaskTimes
from app.report.arrows import STUB
from app.report.bar_labels import bar_labels
from app.report.gantt_pages import ROW_H, drawn_end, label_metrics
from app.report.gantt_paint import ChartRow

if TYPE_CHECKING:
    from app.report.gantt_pages import GanttPageLayout, PageSlot


def without_blank_pages(layout: GanttPageLayout) -> list[PageSlot]:
    """Drop the pages past the first column whose rows draw nothing in their dates.

    A row draws from its bar's (or baseline's, deadline arrow's, leveling delay's or bar before leveling's)
    left end to its slack line, baseline, deadline arrow or people's names at the right; a link's line runs between
    its two tasks' ends, so both rows count as drawing from one end to the other. A
    line passing down through rows between its tasks does not count: MS Project's
    blank page is one without bars.
    """
    spans = row_spans(layout)
    lefts = sorted({s.chart_x0 for s in layout.pages})
    keep: list[PageSlot] = []
    filled: dict[int, set[int]] = {}
    for slot in layout.pages:
        hit = filled.get(slot.row)
        if hit is None:
            hit = filled[slot.row] = {1}
            for i in range(slot.first_task, slot.last_task):
                span = spans[i]
                if span is None:
                    continue
                lo = max(bisect_right(lefts, span[0]), 1)
                hi = max(bisect_right(lefts, span[1]), 1)
                hit.update(range(lo, hi + 1))
        if slot.col in hit:
            keep.append(slot)
    if len(keep) < len(layout.pages):
        # Without "Repeat timescale" only the top page of a column has the dates; when
        # it is left out, the first page kept below it gets them instead.
        dated: set[int] = set()
        for n, slot in enumerate(keep):
            timescale = slot.timescale or slot.col not in dated
            dated.add(slot.col)
            keep[n] = replace(slot, sheet=n + 1, timescale=timescale)
    return keep


def row_spans(layout: GanttPageLayout) -> list[tuple[float, float] | None]:
    """Each printed row's leftmost and rightmost drawn x (chart units); None: nothing.

    Read from the schedule's dates on the layout's timescale, as the bars are placed
    (a geometry per row took 2.6 s at 25k tasks); a stub's room each side covers a
    milestone's diamond and an arrow's turn.
    """
    painter = layout.painter_for()
    show = layout.options.chart
    x_of = layout.timescale.x_of
    times = layout.schedule.times
    tasks = painter.lookups.tasks
    baseline = painter.lookups.baseline if show.show_baseline else {}
    labels = bar_labels(show.right_label, show.show_resources, painter.lookups, layout.schedule)
    measure = label_metrics().horizontalAdvance
    widths: dict[str, float] = {}  # the same people's names end many rows
    spans: list[tuple[float, float] | None] = []
    # the rows' dates, kept for their links: the schedule makes each anew when asked
    row_times: list[TaskTimes | None] = []
    for uid in layout.uids:
        t = times.get(uid)
        row_times.append(t)
        if t is None or uid not in tasks:
            spans.append(None)
            continue
        lo, hi = x_of(t.start), x_of(t.finish)
        right = x_of(drawn_end(t, show.show_slack, shows_slack(tasks[uid])))
        base = baseline.get(uid)
        if base is not None and base.start and base.finish:
            lo, hi = min(lo, x_of(base.start)), max(hi, x_of(base.finish))
        deadline = tasks[uid].deadline
        if deadline is not None:  # its arrow, wherever it stands
            lo, hi = min(lo, x_of(deadline)), max(hi, x_of(deadline))
        before = painter.before_leveling(uid) if show.show_preleveled else None
        if before is not None:  # the Leveling Gantt's bar before leveling, above the bar
            lo, hi = min(lo, x_of(before[0])), max(hi, x_of(before[1]))
        if tasks[uid].leveling_delay_minutes > 0:  # the delay's line, left of the bar
            g = painter.geometry(ChartRow(uid, 0.0, ROW_H))
            if g is not None and g.delay_x0 is not None:
                lo = min(lo, g.delay_x0)
        label = labels.get(uid)
        if label:
            width = widths.get(label)
            if width is None:
                width = widths[label] = measure(label)
            right += 5 + width
        spans.append((lo - STUB, max(hi, right) + STUB))
    row_of = layout.row_of
    for lk in layout.plan.links:
        a, b = row_of.get(lk.predecessor), row_of.get(lk.successor)
        if a is None or b is None:
            continue
        sa, sb = spans[a], spans[b]
        ta, tb = row_times[a], row_times[b]
        if sa is None or sb is None or ta is None or tb is None:
            continue
        # the line runs between its tasks' ends: both rows count as drawing that far
        lo = x_of(min(ta.start, tb.start)) - STUB
        hi = x_of(max(ta.finish, tb.finish)) + STUB
        spans[a] = (min(sa[0], lo), max(sa[1], hi))
        spans[b] = (min(sb[0], lo), max(sb[1], hi))
    return spans

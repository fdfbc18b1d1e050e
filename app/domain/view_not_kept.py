"""What a file that keeps no view loses of one: the note an export to it gives.

The plan keeps its task sheet's table, inserted columns, filter, sort and group
(app/domain/view_state.py) and its Format > Progress Lines, as MS Project keeps them in its
own file. Its XML (like a .gan or a CSV) has no place for either: a plan written there and
opened again shows Entry and no progress lines, which went without a word while the same
export named the risks it dropped.
"""

from __future__ import annotations

from app.domain.plan import Plan


def view_not_kept(plan: Plan, ext: str) -> str:
    """``.xml keeps no sheet layout (...) and no progress lines: ...`` ("" when the plan
    keeps neither)."""
    view = plan.view
    layout = view is not None and (not view.is_plain or bool(view.columns))
    lines = plan.project.progress_lines.any_on
    if layout and lines:
        return (
            f"{ext} keeps no sheet layout (table, inserted columns, filter, sort, group) and "
            "no progress lines: opened from it, the plan shows Entry and draws no lines"
        )
    if layout:
        return (
            f"{ext} keeps no sheet layout (table, inserted columns, filter, sort, group): "
            "opened from it, the plan shows Entry"
        )
    if lines:
        return f"{ext} keeps no progress lines: opened from it, the plan draws none"
    return ""

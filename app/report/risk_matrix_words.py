"""The words around the probability x impact heat map: each impact band's heading and the
legend under the map (what it places, its bands, what it leaves out). ``gantry risks
--matrix`` prints them; the register printout's heat map page (risk_matrix_page.py) paints
them. No Qt here: the text output never loads it in the C locale."""

from __future__ import annotations

from app.domain.plan import Plan
from app.domain.risk_matrix import BANDS, RiskMatrix
from app.domain.risk_register import RegisterView


def impact_heads(plan: Plan, matrix: RiskMatrix) -> list[str]:
    """Each impact band's heading: ``up to €10,000``... in the reader's marks."""
    from app.report.locale_numbers import local_money, system_marks  # a non-C locale loads Qt

    marks = system_marks()
    return [
        "up to " + local_money(plan.project, matrix.impact_limit(i), marks, digits=0)
        for i in range(1, BANDS + 1)
    ]


def matrix_legend(view: RegisterView, matrix: RiskMatrix) -> list[str]:
    """The lines under the heat map: how many risks it places and its bands, then what it
    leaves out (closed risks, the register's filters)."""
    count = matrix.total
    lines = [
        f"{count} risk{'s' * (count != 1)} on the map; exposure band L low, M medium, H high "
        "(probability band x impact band: 1-4, 5-12, 15-25)"
    ]
    told = []
    if matrix.closed:
        told.append(f"{matrix.closed} closed risk{'s' * (matrix.closed != 1)} not counted")
    note = view.note()
    if note:
        told.append(note)
    if told:
        lines.append("; ".join(told))
    return lines

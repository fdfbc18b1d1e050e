"""``gantry report``'s ``--margins``, ``--header`` and ``--footer``, as ``convert`` has them.

Each given option stands in for what the plan's Page Setup keeps, for this report only:
the plan is not changed (the report is a frozen copy of what it prints). The values are
judged as convert judges them (app/report/page_options.py), with its messages, before the
plan is read, so a typo costs no reading of a large plan.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from app.domain.page_setup import PageSetup
from app.domain.status_lines import StatusReport
from app.report.page_options import page_setup_given

_REPORT_SETUP = ("margins", "header", "footer")


def asked_page_setup(args: argparse.Namespace) -> dict[str, Any]:
    """The Page Setup options given on the command line (none: {}), each judged (InputError
    naming the value, as ``convert --margins`` words it)."""
    asked = {n: v for n in _REPORT_SETUP if (v := getattr(args, n, None)) is not None}
    page_setup_given(PageSetup(), asked)
    return asked


def with_page_setup(report: StatusReport, asked: dict[str, Any]) -> StatusReport:
    """``report`` printed with the ``asked`` options in place of its plan's own."""
    if not asked:
        return report
    project = report.project
    setup = page_setup_given(project.page_setup, asked)
    return replace(report, project=replace(project, page_setup=setup))

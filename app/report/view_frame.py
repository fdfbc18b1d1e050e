"""The plan's Page Setup header and footer on a printed view other than the Gantt.

MS Project keeps a Page Setup per view; Gantry keeps one per plan, so the Team, Budget
and Risks tables and the Usage sheet print the plan's typed header and footer (fields
filled in for each page) as the Gantt does, and Gantry's own until the user types others.
Their margins come with the paper (app/report/render.py ``page_layout``); the legend and
the notes pages are the Gantt's only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QPainter

from app.domain.page_setup import PageSetup
from app.domain.project import Project
from app.report.page_frame import PageInfo
from app.report.page_layout import field_values
from app.report.page_texts import page_footer, page_header, page_number


@dataclass(frozen=True, slots=True)
class ViewFrame:
    """The plan's header and footer texts and the project their fields are filled from;
    the default is Gantry's own header and footer."""

    setup: PageSetup = field(default_factory=PageSetup)
    project: Project | None = None

    @classmethod
    def of(cls, project: Project) -> ViewFrame:
        """The frame the plan's Page Setup gives its printed views."""
        return cls(project.page_setup, project)

    def paint(self, p: QPainter, info: PageInfo, width: float, footer_top: float) -> None:
        """The page's header at its top and its footer from ``footer_top``."""
        values: dict[str, str] = {}
        if self.project is not None:
            values = field_values(self.project, info.printed_on, *page_number(info))
        page_header(p, self.setup, info, values, width)
        page_footer(p, self.setup, info, values, footer_top, width)

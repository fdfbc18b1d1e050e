"""The plan's Page Setup header and footer on a printed view other than the Gantt.

MS Project keeps a Page Setup per view; Gantry keeps one per plan, so the Team, Budget
and Risks tables and the Usage sheet print the plan's typed header and footer (fields
filled in for each page) as the Gantt does, and Gantry's own until the user types others.
Their margins come with the paper (app/report/render.py ``page_layout``); the legend and
the notes pages are the Gantt's only. The status report prints them too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QPainter

from app.domain.page_setup import PageSetup
from app.domain.project import Project
from app.report.page_frame import FOOTER_H, PageInfo, page_top, paint_note_line
from app.report.page_layout import field_values
from app.report.page_texts import page_footer, page_header, page_number


@dataclass(frozen=True, slots=True)
class ViewFrame:
    """The plan's header and footer texts and the project their fields are filled from;
        the default is Gantry's own header and footer. ``view``: the printed view's name, what
        ``&[View]`` prints ("": the page's title, "Team" on the Team's pages). ``header`` and
        ``footer`` False (Page Setup's switches) leave them out: the header's room then holds
        the page's note alone (the sort or filter that chose its rows), as the Gantt's. A header
    typed empty (``--header ''``) is left out the same way, its room given to the page, as
    MS Project prints a blank header; a footer typed empty too. ``file``: the plan's file
    name, what ``&[File]`` prints, as on the Gantt's pages ("": a plan never saved)."""

    setup: PageSetup = field(default_factory=PageSetup)
    project: Project | None = None
    view: str = ""
    header: bool = True
    footer: bool = True
    file: str = ""

    @classmethod
    def of(
        cls,
        project: Project,
        view: str = "",
        header: bool = True,
        footer: bool = True,
        file: str = "",
    ) -> ViewFrame:
        """The frame the plan's Page Setup gives its printed view ``view`` of the plan in
        the file named ``file``."""
        return cls(project.page_setup, project, view, header, footer, file)

    @property
    def header_shown(self) -> bool:
        """Whether the header prints: switched on, and Gantry's or one with some text."""
        return self.header and printed(self.setup.header)

    @property
    def footer_shown(self) -> bool:
        """Whether the footer prints: switched on, and Gantry's or one with some text."""
        return self.footer and printed(self.setup.footer)

    def top(self, note: str = "") -> float:
        """Room above the page's body: the header's (with its ``note`` line), or the note's
        line alone with the header off or typed empty."""
        return page_top(self.header_shown, note)

    def bottom(self) -> float:
        """Room under the page's body: the footer's, none with it off or typed empty."""
        return FOOTER_H if self.footer_shown else 0.0

    def paint(self, p: QPainter, info: PageInfo, width: float, footer_top: float) -> None:
        """The page's header at its top and its footer from ``footer_top``."""
        values: dict[str, str] = {}
        if self.project is not None:
            view = self.view or info.title
            page, pages = page_number(info)
            values = field_values(self.project, info.printed_on, page, pages, view, self.file)
        if self.header_shown:
            page_header(p, self.setup, info, values, width)
        elif info.note:
            paint_note_line(p, info.note, width)
        if self.footer_shown:
            page_footer(p, self.setup, info, values, footer_top, width)


def printed(texts: tuple[str, str, str]) -> bool:
    """Whether a header's or footer's left, centre and right texts print anything: typed all
    blank, MS Project prints none and gives its room to the page."""
    return any(t.strip() for t in texts)

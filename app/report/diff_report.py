"""The change report of two plans as a document: what ``gantry diff -o`` writes (.csv,
.xlsx, .pdf), as MS Project's Compare Project Versions makes a report to keep.

An auditor asking each month what changed got a terminal dump with no header. The
document starts with what it compares (both files, when each was saved, their status
dates, the baseline the variances use, when the report was made), then the project's
figures old -> new (Cost, Work, BAC, EAC), then one row per change in the order
``gantry diff`` lists them, split into cells an auditor can filter: the change, what it
is about, the field, old, new, by how much a date moved, and a task's Work and Cost change.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from app.domain.errors import AppError

CHANGE_HEADERS = (
    "Change",
    "Item",
    "Field",
    "Old",
    "New",
    "Difference",
    "Work change",
    "Cost change",
)
# after the changes' columns in a CSV and a workbook: the uid of what the row is about, as
# ``diff --json`` gives it (a task's, a link's ``1->2``, a person's, an assignment's ``2:3``)
UID_HEADER = "UID"
FIGURE_HEADERS = ("Project", "Old", "New", "Change")
_MONEY_FIGURES = frozenset({"Cost", "BAC", "EAC"})
# What ``-o`` writes, by the file's extension.
REPORT_FORMATS = (".csv", ".xlsx", ".pdf")


@dataclass(frozen=True, slots=True)
class DiffReport:
    """A change report's texts, every value as the document shows it.

    ``facts``: the header's lines (a label, then its texts: ``("Old plan", "month1.gantry",
    "saved 2026-11-28 02:20", "status date 2027-01-29 17:00")``); ``figures``: the project's
    (:data:`FIGURE_HEADERS`); ``rows``: the changes (:data:`CHANGE_HEADERS`), every one;
    ``printed``: those a printout shows, a long baseline's tasks counted past the first
    ones (app/cli/diff_listed.py; None: all of ``rows``). ``plain``: the
    same report with money as bare numbers (``1234.50``), what a CSV holds, its money
    titles naming ``currency`` (``Cost (EUR)``, ``Cost change (EUR)``) as the plan's CSV does.
    """

    title: str
    project: str
    facts: tuple[tuple[str, ...], ...]
    figures: tuple[tuple[str, str, str, str], ...]
    rows: tuple[tuple[str, ...], ...]
    printed: tuple[tuple[str, ...], ...] | None = None  # a printout's rows (None: ``rows``)
    plain: DiffReport | None = None
    currency: str = ""  # of a plain report's money ("": the texts say it)
    # each row's section (app/cli/diff_sections.SECTIONS: Slipped, Progress...) and the uid
    # of what it names, as --json gives it ("": the project's own rows), beside ``rows``
    sections: tuple[str, ...] = ()
    uids: tuple[str, ...] = ()
    printed_sections: tuple[str, ...] = ()  # beside ``printed``: a printout's headings
    section_titles: dict[str, str] | None = None  # each section's heading on a printout

    def all_rows(self) -> list[tuple[str, ...]]:
        """Everything in reading order, as a CSV or a copy writes it: the title, the facts, a
        blank row, the figures under their headings, a blank row, the changes under theirs."""
        out: list[tuple[str, ...]] = [(self.title,), *self.facts, ()]
        if self.figures:
            out += [FIGURE_HEADERS, *(self._titled(f) for f in self.figures), ()]
        out.append((*(self._titled_header(h) for h in CHANGE_HEADERS), UID_HEADER))
        if not self.rows:
            return [*out, ("no changes",)]
        uids = self.uids or ("",) * len(self.rows)
        out += [(*row, uid) for row, uid in zip(self.rows, uids, strict=True)]
        return out

    def _titled(self, figure: tuple[str, ...]) -> tuple[str, ...]:
        """A figure's row, its title naming the currency when the money is bare numbers."""
        if not self.currency or figure[0] not in _MONEY_FIGURES:
            return figure
        return (f"{figure[0]} ({self.currency})", *figure[1:])

    def _titled_header(self, title: str) -> str:
        return f"{title} ({self.currency})" if self.currency and title == "Cost change" else title

    def tab_text(self) -> str:
        """The report as tab-separated lines (what Copy puts on the clipboard)."""
        return "\n".join("\t".join(row) for row in self.all_rows()) + "\n"


def write_report(report: DiffReport, path: Path) -> None:
    """Write ``report`` to ``path`` in the format its extension names (.csv, .xlsx, .pdf);
    another is refused in one line naming the file, nothing written."""
    suffix = path.suffix.lower()
    if suffix not in REPORT_FORMATS:
        raise AppError(
            f"{path.name}: a change report is written as .csv, .xlsx or .pdf "
            f"(not {suffix or 'a file without an extension'})"
        )
    try:
        if suffix == ".csv":
            _write_csv(report, path)
        elif suffix == ".xlsx":
            _write_xlsx(report, path)
        else:
            from app.report.diff_pdf import write_report_pdf  # Qt only for a PDF

            write_report_pdf(report, path)
    except OSError as exc:
        raise AppError(f"{path}: could not write the report ({exc.strerror or exc})") from None


def _write_csv(report: DiffReport, path: Path) -> None:
    # utf-8 with its mark: Excel opens € and accents as written
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        for row in (report.plain or report).all_rows():  # money a spreadsheet reads
            writer.writerow(row)


def _write_xlsx(report: DiffReport, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its sheet
    sheet.title = "Changes"
    bold = Font(bold=True)
    headings = {FIGURE_HEADERS, (*CHANGE_HEADERS, UID_HEADER)}
    labels = {fact[0] for fact in report.facts if fact}
    for number, row in enumerate(report.all_rows(), start=1):
        sheet.append(list(row))
        strong = number == 1 or row in headings or bool(row and row[0] in labels)
        if strong:
            for cell in sheet[number][: len(row) if row in headings else 1]:
                cell.font = bold
    widths = (16, 48, 22, 24, 24, 26, 14, 14, 8)
    for column, width in zip("ABCDEFGHI", widths, strict=True):
        sheet.column_dimensions[column].width = width
    book.save(path)

"""The separators a plan's CSV is written with. Excel opens a double-clicked CSV in the
list separator and decimal mark of Windows' regional settings: ``,`` and ``.`` in English,
``;`` and ``,`` in German, French, Swiss-French..., where a comma-separated file lands in
one column and ``1500.50`` turns into text or a date. So the plan's CSV follows the user's
locale (``locale``, the default: ``;`` and decimal commas where the locale's decimal mark
is a comma, as MS Project's export takes the Windows list separator), or is written in
``excel``'s English form (``,`` and ``.``) whatever the locale. Gantry's CSV reader takes
both, its own amounts read in the marks the file shows (app/io/sheet_file_marks.py)."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.errors import InputError
from app.domain.quoting import quoted
from app.io.sheet_number_marks import number_marks_from_environment

DIALECTS = ("locale", "excel")


@dataclass(frozen=True, slots=True)
class CsvDialect:
    """A CSV's field separator and the decimal mark of its figures."""

    delimiter: str = ","
    decimal: str = "."

    def figure(self, text: str) -> str:
        """``text`` (``1500.50``, ``2.5d``, ``12.5%``) with this decimal mark."""
        return text if self.decimal == "." else text.replace(".", self.decimal)


ENGLISH = CsvDialect()
_COMMA = CsvDialect(";", ",")


def csv_dialect(name: str | None = None) -> CsvDialect:
    """The dialect ``name`` names (None: ``locale``); InputError for another name."""
    if name in (None, "locale"):
        return _COMMA if number_marks_from_environment()[1] == "," else ENGLISH
    if name == "excel":
        return ENGLISH
    raise InputError(f"CSV dialect {quoted(str(name))}: choose {' or '.join(DIALECTS)}")

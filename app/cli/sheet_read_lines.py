"""What ``gantry convert`` says while it reads a spreadsheet or CSV, in the order it is heard.

The reader reports on stdout the sheet and the columns it mapped and what it read (``4
tasks, 2 links, 0 people``); its notes (a row left out, dates read day first) go to stderr,
as every command says them (DESIGN.md: stdout the result, stderr the remarks). Written as
heard, stdout flushed before each note: on one terminal, or with ``2>&1``, the sheet and its
columns come first and each note after what it speaks of, not all the notes first and the
mapping after them. A line the reader both reports and notes is said once, on stderr.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from app.cli.plan_io import read_plan_file
from app.domain.plan import Plan


def read_sheet(path: Path, reader_options: dict[str, Any], out: TextIO) -> Plan:
    """Read a spreadsheet for ``convert``: its report lines on ``out``, its notes through
    ``reader_options["note"]`` (stderr), in the order the read says them; what was mapped is
    written even when a cell then stops the read."""
    note = reader_options["note"]
    held: list[str] = []  # the last line reported: the reader may note the same line next
    noted: set[str] = set()

    def write_held() -> None:
        for line in held:
            out.write(line + "\n")
        held.clear()
        out.flush()  # before anything reaches stderr

    def report(line: str) -> None:
        write_held()
        if line not in noted:
            held.append(line)

    def hear(line: str) -> None:
        if line in held:  # reported and noted: said on stderr only, not twice
            held.remove(line)
        write_held()
        noted.add(line)
        note(line)

    try:
        return read_plan_file(path, **(reader_options | {"note": hear, "report": report}))
    finally:
        write_held()

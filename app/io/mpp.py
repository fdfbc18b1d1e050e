"""Read Microsoft Project's binary .mpp through the optional ``mpxj`` package (needs Java).

MPXJ converts the file to MS Project XML in a temporary folder, which
:func:`app.io.mspdi.read_mspdi` then reads, so both formats share one reader.
The conversion runs in a child process (app/io/mpp_child.py) with its own Java VM.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.domain.errors import FileFormatError
from app.domain.plan import Plan
from app.io.mpp_baseline_fixed_costs import baseline_fixed_costs, with_baseline_fixed_costs
from app.io.mspdi import read_mspdi

INSTALL_HINT = "reading .mpp needs Java and the mpxj package: pip install 'gantry[mpp]'"
# A desktop bundle (PyInstaller sets sys.frozen) carries no mpxj and cannot install it.
BUNDLE_HINT = (
    "this Gantry cannot read .mpp files; in MS Project use File > Save As > "
    "XML Format (*.xml) and open that file"
)


def _hint() -> str:
    return BUNDLE_HINT if getattr(sys, "frozen", False) else INSTALL_HINT


def mpp_available() -> bool:
    """Whether the mpxj and jpype packages are installed (Java is checked on use)."""
    return all(importlib.util.find_spec(m) is not None for m in ("mpxj", "jpype"))


def _start_jvm() -> Any:
    try:
        import jpype
        import mpxj  # noqa: F401  (puts the MPXJ jars on the class path)
    except ImportError as exc:
        raise FileFormatError(_hint()) from exc
    if not jpype.isJVMStarted():
        try:
            # MPXJ's logging library complains on stderr without a configured provider.
            jpype.startJVM(
                "-Dlog4j2.loggerContextFactory="
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
                "-Dorg.apache.logging.log4j.level=OFF",
            )
        except (OSError, RuntimeError) as exc:  # no Java runtime found
            raise FileFormatError(f"{_hint()} ({exc})") from exc
    return jpype


def convert(path: Path, out: Path, kind: str = "MSPDI") -> None:
    """Write the project file ``path`` as MPXJ's ``kind`` (MSPDI: MS Project XML) to ``out``,
    in this process (its Java VM stays with it: see :func:`read_mpp`)."""
    jpype = _start_jvm()
    reader_cls = jpype.JClass("org.mpxj.reader.UniversalProjectReader")
    try:
        project = reader_cls().read(str(path))
    except jpype.JException as exc:
        raise FileFormatError(f"{path.name}: not a readable MS Project file ({exc})") from exc
    if project is None:
        raise FileFormatError(f"{path.name}: not a readable MS Project file")
    try:
        _writer(jpype, kind).write(project, str(out))
    except jpype.JException as exc:
        raise FileFormatError(f"{path.name}: cannot be converted ({exc})") from exc
    if kind == "MSPDI":  # the Baseline Fixed Costs MPXJ's writer leaves out
        costs = baseline_fixed_costs(project)
        if costs:
            text = out.read_text(encoding="utf-8")
            out.write_text(with_baseline_fixed_costs(text, costs), encoding="utf-8")


def _writer(jpype: Any, kind: str) -> Any:
    """MPXJ's writer of ``kind``. MS Project XML gets each assignment's work day by day
    (<TimephasedData>), which MPXJ leaves out unless asked: a split task's pauses are only
    there (see :func:`_pauses_only`)."""
    if kind == "MSPDI":
        writer = jpype.JClass("org.mpxj.mspdi.MSPDIWriter")()
        writer.setWriteTimephasedData(True)
        return writer
    formats = jpype.JClass("org.mpxj.writer.FileFormat")
    return jpype.JClass("org.mpxj.writer.UniversalProjectWriter")(getattr(formats, kind))


# One <TimephasedData> row as MPXJ writes it, with the space after it.
_TIMEPHASED_ROW = re.compile(r"<TimephasedData>(.*?)</TimephasedData>\s*", re.S)
_PAUSE = "<Value>PT0H0M0S</Value></TimephasedData>"


def _pauses_only(xml: Path) -> None:
    """MPXJ's XML made to say a split as MS Project's does: its rows of an assignment's
    remaining work (Type 1) stay, a row without work (MPXJ writes no <Value>, MS Project
    a zero one) getting its zero so the reader takes it as a pause; the rows of actual and
    baseline work by day go, as they did before MPXJ was asked for them (the plan keeps
    their totals, read from the rows' own fields)."""

    def kept(row: re.Match[str]) -> str:
        inner = row.group(1)
        if "<Type>1</Type>" not in inner:
            return ""
        if "<Value>" in inner:
            return row.group(0)
        return row.group(0).replace("</TimephasedData>", _PAUSE, 1)

    text = xml.read_text(encoding="utf-8")
    if "<TimephasedData>" in text:
        xml.write_text(_TIMEPHASED_ROW.sub(kept, text), encoding="utf-8")


def convert_in_child(path: Path, out: Path, kind: str = "MSPDI") -> None:
    """:func:`convert` in a child process: Java's reference thread runs Python's garbage
    collector whenever Java memory runs low, so in the window's process it could free Qt
    objects off the GUI thread (it deadlocked a test run deleting a menu)."""
    done = subprocess.run(
        [sys.executable, "-m", "app.io.mpp_child", str(path), str(out), kind],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        raise FileFormatError(
            lines[-1] if lines else f"{path.name}: not a readable MS Project file"
        )


def read_mpp(path: Path, **options: Any) -> Plan:
    """Load an .mpp file (any version MPXJ reads)."""
    path = Path(path)
    if not path.is_file():
        raise FileFormatError(f"{path.name}: no such file")
    try:
        import jpype  # noqa: F401
        import mpxj  # noqa: F401
    except ImportError as exc:
        raise FileFormatError(_hint()) from exc
    with tempfile.TemporaryDirectory(prefix="gantry-mpp-") as tmp:
        xml = Path(tmp) / (path.stem + ".xml")
        if getattr(sys, "frozen", False):  # a bundle has no ``python -m``
            convert(path, xml)
        else:
            convert_in_child(path, xml)
        _pauses_only(xml)
        warn = options.get("warn")
        if warn is None:
            return _as_mpx_keeps(path, read_mspdi(xml))

        def said(line: str) -> None:
            """A note on the converted XML, told as one on the .mpp the user named."""
            warn(path.name + line[len(xml.name) :] if line.startswith(xml.name) else line)

        return _as_mpx_keeps(path, read_mspdi(xml, warn=said))


def is_mpx(path: Path) -> bool:
    """Whether ``path`` is MS Project's text export (MPX), which MPXJ reads as an .mpp."""
    try:
        with Path(path).open("rb") as file:
            return file.read(4) == b"MPX,"
    except OSError:
        return False


def _as_mpx_keeps(path: Path, plan: Plan) -> Plan:
    """``plan`` read from ``path``; an MPX file keeps no 'honor constraint dates' (MPXJ's
    XML then says off), so its plan honors them, MS Project's default, as before 76610f8e."""
    if is_mpx(path) and not plan.project.honor_constraints:
        plan.project = replace(plan.project, honor_constraints=True)
    return plan

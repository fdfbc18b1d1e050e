"""Read and write plans in every supported format, chosen by file extension.

This is the one place that knows which module handles which extension; the
command line and the window both come through here. Handlers are imported
lazily so that starting the CLI stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.errors import AppError, UnsupportedFormatError
from app.domain.plan import Plan
from app.domain.progress import Progress, report

# extension -> "module:function". Readers: (path, **options) -> Plan.
# Writers: (plan, path, **options) -> None.
READERS: dict[str, str] = {
    ".gantry": "app.store.document:read_plan",
    ".xlsx": "app.io.excel_import:read_workbook",
    ".xls": "app.io.excel_import:read_workbook",
    ".ods": "app.io.excel_import:read_workbook",
    ".csv": "app.io.csv_plan:read_csv",
    ".gan": "app.io.gan:read_gan",
    ".xml": "app.io.mspdi:read_mspdi",
    ".mpp": "app.io.mpp:read_mpp",
}
WRITERS: dict[str, str] = {
    ".gantry": "app.store.document:write_plan",
    ".xlsx": "app.io.excel_export:write_workbook",
    ".csv": "app.io.csv_plan:write_csv",
    ".xml": "app.io.mspdi_write:write_mspdi",
    ".gan": "app.io.gan_write:write_gan",
    ".pdf": "app.report.export:write_pdf",
    ".png": "app.report.export:write_png",
}


def _resolve(table: dict[str, str], path: Path, verb: str) -> Callable[..., Any]:
    ext = path.suffix.lower()
    target = table.get(ext)
    if target is None:
        known = READERS if verb == "read" else WRITERS
        if ext and ext in (set(READERS) | set(WRITERS)) - set(known):
            raise UnsupportedFormatError(f"cannot {verb} {ext} files")
        raise UnsupportedFormatError(f"not supported yet: {ext or path.name}")
    module_name, func = target.split(":")
    return getattr(importlib.import_module(module_name), func)  # type: ignore[no-any-return]


# Readers that report ``progress(done, total)`` while they read and stop when it says so.
_REPORTING = frozenset({".gantry", ".xml", ".gan"})


def reports_progress(path: Path) -> bool:
    """Whether reading ``path`` reports its progress as it goes (and so can stop midway)."""
    return Path(path).suffix.lower() in _REPORTING


def read_plan(path: Path, **options: Any) -> Plan:
    """Load a plan from any readable format; errors are AppError with a clear message.

    ``progress`` (app.domain.progress.Progress): the readers that
    :func:`reports_progress` names report as they read and raise CancelledError
    when it answers False; any other reader is reported only before and after.
    """
    path = Path(path)
    if not path.exists():
        raise AppError(f"{path}: no such file")
    if path.is_dir():
        raise AppError(f"{path}: is a folder, not a plan")
    reader = _resolve(READERS, path, "read")
    if reports_progress(path) or options.get("progress") is None:
        return reader(path, **options)  # type: ignore[no-any-return]
    progress: Progress = options.pop("progress")
    report(progress, 0, 1)
    plan: Plan = reader(path, **options)
    report(progress, 1, 1)
    return plan


def write_plan(plan: Plan, path: Path, **options: Any) -> None:
    """Write a plan in the format the extension names."""
    path = Path(path)
    writer = _resolve(WRITERS, path, "write")
    writer(plan, path, **options)


def readable_extensions() -> list[str]:
    """Extensions that can be opened or imported."""
    return sorted(READERS)


def writable_extensions() -> list[str]:
    """Extensions that can be written."""
    return sorted(WRITERS)

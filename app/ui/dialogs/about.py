"""Help > About."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget


def app_version() -> str:
    """Gantry's version as installed (``dev`` in a bare checkout)."""
    try:
        return version("gantry")
    except PackageNotFoundError:
        return "dev"


def about_text() -> str:
    """What the About box says."""
    return (
        f"<h3>Gantry {app_version()}</h3>"
        "<p>A desktop planner for technical project managers: Gantt chart, team, "
        "budget and risks in one local file, Excel round trips with clients, "
        "schedules printed across pages.</p>"
        f"<p>Built with Qt for Python {pyside_version}.</p>"
    )


def show_about(parent: QWidget | None) -> None:
    """Show the About box."""
    QMessageBox.about(parent, "About Gantry", about_text())

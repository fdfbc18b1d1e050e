"""The Insert menu's hyperlink commands and opening a task's link.

Insert > Hyperlink… (Ctrl+K) asks for the current task's link (app/ui/dialogs/
hyperlink_dialog.py), Edit Hyperlink… is the same dialog on a task that has one, Open
Hyperlink opens it, Remove Hyperlink takes the selected tasks' links away in one step.
A link opens with the desktop's handler (QDesktopServices): a web page in the browser, an
e-mail in the mail program, a file (a relative path from the plan's folder) in its program.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.domain.errors import AppError
from app.domain.hyperlinks import Hyperlink, address_problem, opened_address, scheme_of
from app.ui.commands import PlanCommand, execute, one_step
from app.ui.dialogs.hyperlink_dialog import HyperlinkDialog, hyperlink_command

if TYPE_CHECKING:
    from app.ui.actions import ActionCollection, Layout
    from app.ui.main_window import MainWindow


def hyperlink_url(link: Hyperlink, plan_path: Path | None = None) -> QUrl:
    """The URL a link opens: a web or mail address as it is, a path as a local file (a
    relative one from the plan's folder), the sub-address as the fragment."""
    address = link.address
    if scheme_of(address) is not None or address.lower().startswith("www."):
        return QUrl(opened_address(link))
    if _is_drive_path(address) or address.startswith("\\\\"):  # C:\plans, \\server\share
        url = QUrl.fromLocalFile(address.replace("\\", "/"))
    else:
        path = Path(address)
        if not path.is_absolute() and plan_path is not None:
            path = plan_path.parent / path
        url = QUrl.fromLocalFile(str(path))
    if link.sub_address:
        url.setFragment(link.sub_address)
    return url


def _is_drive_path(address: str) -> bool:
    return len(address) > 2 and address[1] == ":" and address[2] in "\\/"


# Files a click would run rather than show: a plan from someone else must not start a
# program (MS Project asks first; Gantry does not open them).
_PROGRAMS = frozenset(
    [
        ".app",
        ".bat",
        ".cmd",
        ".com",
        ".cpl",
        ".exe",
        ".hta",
        ".jar",
        ".js",
        ".jse",
        ".lnk",
        ".msc",
        ".msi",
        ".msp",
        ".pif",
        ".ps1",
        ".py",
        ".reg",
        ".scr",
        ".sh",
        ".vb",
        ".vbe",
        ".vbs",
        ".ws",
        ".wsf",
        ".wsh",
    ]
)


def open_hyperlink(link: Hyperlink, plan_path: Path | None = None) -> str | None:
    """Open the link with the desktop's handler; None when it was handed over, else why not
    (one line for the status bar)."""
    if not link.address:
        return f"The hyperlink points to {link.target} in the plan's own file: nothing to open"
    if address_problem(link.address) is not None:  # never let in: a file edited by hand
        return f"Gantry does not open {link.address}"
    url = hyperlink_url(link, plan_path)
    if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in _PROGRAMS:
        return f"Gantry does not run programs from a hyperlink: {link.address}"
    if not QDesktopServices.openUrl(url):
        return f"Cannot open the hyperlink {link.target}"
    return None


def insert_hyperlink(window: MainWindow) -> None:
    """Insert > Hyperlink… (or Edit Hyperlink…) on the current task."""
    uid = window.tree.current_uid()
    if uid is None:
        window.show_error("Select a task to give a hyperlink first")
        return
    HyperlinkDialog.ask(window.document, uid, window)


def open_current(window: MainWindow) -> None:
    """Insert > Open Hyperlink: the current task's link, or why there is none to open."""
    uid = window.tree.current_uid()
    plan = window.document.plan
    link = plan.task(uid).hyperlink if uid is not None and plan.has_task(uid) else None
    if link is None:
        window.show_error("The current task has no hyperlink")
        return
    refused = open_hyperlink(link, window.document.path)
    if refused is not None:
        window.show_error(refused)


def remove_hyperlinks(window: MainWindow) -> None:
    """Insert > Remove Hyperlink: the selected tasks' links taken away, one undoable step."""
    document = window.document
    plan = document.plan
    uids = [u for u in window.tree.selected_uids() if plan.has_task(u) and plan.task(u).hyperlink]
    if not uids:
        window.show_error("None of the selected tasks has a hyperlink")
        return
    parts: list[PlanCommand] = [hyperlink_command(document, u, None) for u in uids]
    command = one_step(document, f"Remove hyperlinks of {len(parts)} tasks", parts)
    try:
        execute(document, command)
    except AppError as exc:
        window.show_error(str(exc))


def insert_actions(window: MainWindow, actions: ActionCollection) -> Layout:
    """Insert: Hyperlink… (Ctrl+K, MS Project's key), Open Hyperlink, Remove Hyperlink."""
    actions.add(
        "insert_hyperlink",
        "&Hyperlink…",
        lambda: insert_hyperlink(window),
        "Ctrl+K",
        tip="Link the current task to a web page, an e-mail address or a file (or edit its link)",
        editing=True,
        icon_name="indicator-hyperlink",
    )
    actions.add(
        "open_hyperlink",
        "&Open Hyperlink",
        lambda: open_current(window),
        tip="Open the current task's hyperlink",
    )
    actions.add(
        "remove_hyperlink",
        "&Remove Hyperlink",
        lambda: remove_hyperlinks(window),
        tip="Take the hyperlinks of the selected tasks away",
        editing=True,
    )
    return ["insert_hyperlink", "open_hyperlink", "remove_hyperlink"]

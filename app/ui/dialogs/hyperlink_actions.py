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
from app.ui.commands import CompositeCommand, PlanCommand, execute
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


def open_hyperlink(link: Hyperlink, plan_path: Path | None = None) -> bool:
    """Open the link with the desktop's handler; whether it could be handed over."""
    if not link.address or address_problem(link.address) is not None:
        return False  # only a place in this plan, or an address never let in
    return bool(QDesktopServices.openUrl(hyperlink_url(link, plan_path)))


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
    if not open_hyperlink(link, window.document.path):
        window.show_error(f"Cannot open the hyperlink {link.target}")


def remove_hyperlinks(window: MainWindow) -> None:
    """Insert > Remove Hyperlink: the selected tasks' links taken away, one undoable step."""
    document = window.document
    plan = document.plan
    uids = [u for u in window.tree.selected_uids() if plan.has_task(u) and plan.task(u).hyperlink]
    if not uids:
        window.show_error("None of the selected tasks has a hyperlink")
        return
    parts: list[PlanCommand] = [hyperlink_command(document, u, None) for u in uids]
    command = (
        parts[0]
        if len(parts) == 1
        else CompositeCommand(document, f"Remove hyperlinks of {len(parts)} tasks", parts)
    )
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

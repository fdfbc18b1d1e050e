"""Copy people in one window's roster and paste them into another's, as MS Project users
move resources between plans.

Copy (Ctrl+C) puts the selected rows on the system clipboard as text (for Excel) and keeps
the people themselves in the session as a snapshot (:class:`CopiedPeople`): rates, rate
tables, max units, role, e-mail, notes and their calendars with days off, as they were
when copied. Paste (Ctrl+V, Edit > Paste) adds the people the plan lacks, matched by name
as task paste matches them, asks whether to update those it has, and is one undo step.
Text copied elsewhere (rows of a staffing sheet in Excel) adds the people it names with the
fields its columns hold (app/ui/team/people_sheet_paste.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from app.domain.errors import AppError
from app.domain.people_transfer import (
    MergeUndo,
    PeopleMerge,
    PeopleSnapshot,
    apply_merge,
    merge_people,
    merge_said,
    snapshot_people,
    undo_merge,
)
from app.domain.plural_words import counted
from app.domain.quoting import MESSAGE_LIMIT, NAME_LIMIT, clipped, quoted
from app.domain.resource import Resource
from app.ui.commands import PlanCommand, execute
from app.ui.file_menu import MESSAGE_MS

if TYPE_CHECKING:
    from app.domain.plan import Plan
    from app.ui.document import Document


@dataclass(frozen=True, slots=True)
class CopiedPeople:
    """People as a roster's Copy kept them, and the text it put on the clipboard (paste
    takes the people only while the clipboard still holds that text)."""

    plan: Plan  # the plan copied from: pasting back into it adds no one
    people: PeopleSnapshot
    text: str


class _Holder(Protocol):
    copied_people: CopiedPeople | None


class ImportPeopleCommand(PlanCommand):
    """Add and update people from another plan (with the calendars they need), one step."""

    def __init__(self, document: Document, merge: PeopleMerge, text: str) -> None:
        super().__init__(document, text)
        self.merge = merge
        self._undo_info: MergeUndo | None = None

    def _redo(self) -> None:
        self._undo_info = apply_merge(self.document.plan, self.merge)

    def _undo(self) -> None:
        if self._undo_info is not None:
            undo_merge(self.document.plan, self._undo_info)


def import_text(merge: PeopleMerge, source: str) -> str:
    """The undo step's name: "Add 3 people from 'Client A'"."""
    count = len(merge.added) + len(merge.updated)
    verb = "Add" if not merge.updated else ("Update" if not merge.added else "Add and update")
    return f"{verb} {counted(count, 'person', 'people')} from {quoted(source, NAME_LIMIT)}"


def bring_people(
    widget: QWidget, document: Document, merge: PeopleMerge, source: str, after: str = ""
) -> list[int] | None:
    """Apply ``merge`` as one undo step and say in the status bar who was added or updated,
    ``after`` that; the uids added or updated (None: refused, said)."""
    try:
        execute(document, ImportPeopleCommand(document, merge, import_text(merge, source)))
    except AppError as exc:
        say(widget, str(exc))
        return None
    said = merge_said(merge) + after
    say(widget, said[:1].upper() + said[1:])
    return [p.uid for p in (*merge.added, *merge.updated)]


def session_of(widget: QWidget) -> _Holder | None:
    """The session of the window holding ``widget`` (None: a view shown on its own)."""
    session = getattr(widget.window(), "session", None)
    return session if session is not None and hasattr(session, "copied_people") else None


def say(widget: QWidget, text: str) -> None:
    """Show ``text`` in the status bar of the window holding ``widget``."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(clipped(text, MESSAGE_LIMIT), MESSAGE_MS)


def keep_copied(widget: QWidget, document: Document, uids: list[int], text: str) -> None:
    """Keep the people ``uids`` as copied (a snapshot) in the window's session."""
    session = session_of(widget)
    if session is None:
        return
    plan = document.plan
    source = document.path.stem if document.path is not None else plan.project.name
    session.copied_people = CopiedPeople(plan, snapshot_people(plan, uids, source), text)


def ask_update(parent: QWidget, names: list[str], source: str) -> bool | None:
    """Ask whether people already on this team are made as they are in ``source``, worded
    with what it carries ("'Client A' (rates, calendar, Max units...)"; None: cancel).
    Tests replace this."""
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Paste people",
        f"{shown} {'is' if len(names) == 1 else 'are'} on this team already. Update "
        f"{'them' if len(names) > 1 else 'this person'} as in {source}?",
        parent=parent,
    )
    update = box.addButton("Update", QMessageBox.ButtonRole.YesRole)
    box.addButton("Keep as here", QMessageBox.ButtonRole.NoRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is update:
        return True
    return None if box.buttonRole(clicked) == QMessageBox.ButtonRole.RejectRole else False


class _Asker(Protocol):
    def __call__(self, parent: QWidget, names: list[str], source: str) -> bool | None: ...


def paste_people(
    widget: QWidget, document: Document, asker: _Asker = ask_update
) -> list[int] | None:
    """Paste into the roster: people a roster's Copy kept, else names in the clipboard's
    text. Says in the status bar what was done; the uids added or updated (None: nothing)."""
    text = QApplication.clipboard().text()
    session = session_of(widget)
    copied = session.copied_people if session is not None else None
    if copied is not None and copied.text == text:
        return _paste_copied(widget, document, copied, asker)
    tasks = getattr(session, "copied_tasks", None)
    if tasks is not None and getattr(tasks, "text", None) == text:
        say(widget, "The clipboard holds tasks: paste them in the Gantt (people go with them)")
        return None
    return _paste_names(widget, document, text, asker)


def _paste_copied(
    widget: QWidget, document: Document, copied: CopiedPeople, asker: _Asker
) -> list[int] | None:
    plan = document.plan
    if copied.plan is plan:
        say(widget, "These people are on this team: paste them into another plan's Team view")
        return None
    snapshot = copied.people
    team = {r.name.casefold(): r.name for r in plan.resources}
    there = [team[p.name.casefold()] for p in snapshot.people if p.name.casefold() in team]
    update = False
    # asked about those an update would change only: someone pasted as they are here is not
    differ = [team[p.name.casefold()] for p in plan_merge_updates(plan, snapshot)]
    if differ:
        source = f"{quoted(snapshot.source, NAME_LIMIT)} (rates, calendar, Max units...)"
        answer = asker(widget, differ, source)
        if answer is None:
            return None
        update = answer
    merge = merge_people(plan, snapshot, update)
    if merge.empty:
        said = f"Nothing to paste: {', '.join(there)} {'is' if len(there) == 1 else 'are'} here already"
        say(widget, said)
        return None
    kept = [] if update else differ
    after = f"; kept as here: {', '.join(kept)}" if kept else ""
    return bring_people(widget, document, merge, snapshot.source, after)


def plan_merge_updates(plan: Plan, snapshot: PeopleSnapshot) -> tuple[Resource, ...]:
    """The people an update would change (those here that differ from the snapshot)."""
    return merge_people(plan, snapshot, update=True).updated


def _paste_names(widget: QWidget, document: Document, text: str, asker: _Asker) -> list[int] | None:
    """Text without a kept copy (rows of a staffing sheet from Excel, a column of names): the
    people it names with the fields its columns hold (app/ui/team/people_sheet_paste.py);
    those on the team already are updated if the user says so. Nothing is pasted when a
    cell cannot be read: the status bar names its row and column."""
    from app.ui.team.people_sheet_paste import read_sheet_people, shown_from

    if not text.strip():
        say(widget, "Nothing to paste: copy people in another plan's Team view first (Ctrl+C)")
        return None
    try:
        sheet = read_sheet_people(text, document.plan, shown_from(widget))
    except AppError as exc:
        said = str(exc)
        say(widget, f"Nothing pasted: {said[:1].lower()}{said[1:]}")
        return None
    update = bool(sheet.updated)
    if sheet.updated:
        source = f"the pasted rows ({', '.join(sheet.carried)})"  # those fields only
        answer = asker(widget, [p.name for p in sheet.updated], source)
        if answer is None:
            return None
        update = answer
    merge = PeopleMerge((), sheet.added, sheet.updated if update else ())
    if merge.empty:
        say(widget, "Nothing to paste: everyone named there is on this team already")
        return None
    count = counted(len(merge.added) + len(merge.updated), "person", "people")
    try:
        execute(document, ImportPeopleCommand(document, merge, f"Paste {count}"))
    except AppError as exc:
        say(widget, str(exc))
        return None
    if sheet.names_only:
        said = (
            f"Added {', '.join(p.name for p in merge.added)} (names only: copy them in another "
            "plan's Team view to bring their rates and calendars)"
        )
    else:
        said = merge_said(merge)
        kept = [p.name for p in sheet.updated] if not update else []
        said += f"; kept as here: {', '.join(kept)}" if kept else ""
        said = said[:1].upper() + said[1:]
    if sheet.not_read:
        said += f"; not read: {', '.join(sheet.not_read)}"
    say(widget, said)
    return [p.uid for p in (*merge.added, *merge.updated)]


def roster_copied_text(count: int) -> str:
    """What the roster's Copy says."""
    return f"Copied {counted(count, 'person', 'people')}"

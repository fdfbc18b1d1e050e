"""The guide's Assign Resources line names every button the dialog has (Graphs… was added
without a word in Help), and says what Graphs… shows."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPushButton

from app.assets import resource_path
from app.domain.plan import Plan
from app.domain.project import Project
from app.ui.dialogs.assign_resources_dialog import AssignResourcesDialog
from app.ui.document import Document
from app.ui.help_window import GUIDE


def _assign_item() -> str:
    """The guide's list item about Assign Resources, tags and entities read as text."""
    html = resource_path(*GUIDE).read_text(encoding="utf-8")
    item = next(li for li in re.findall(r"<li>(.*?)</li>", html, re.S) if "Assign Resources" in li)
    text = re.sub(r"<[^>]+>", "", item)
    return text.replace("&hellip;", "…").replace("&gt;", ">")


def test_s18rc_guide_names_every_assign_resources_button(qtbot):
    dialog = AssignResourcesDialog(Document(Plan(project=Project(name="P"))), list)
    qtbot.addWidget(dialog)
    buttons = [b.text().replace("&", "") for b in dialog.findChildren(QPushButton)]
    assert "Graphs…" in buttons
    said = _assign_item()
    for label in buttons:
        if label != "Close":
            assert label in said, f"the guide does not name {label}"


def test_s18rc_guide_says_what_graphs_shows():
    said = _assign_item()
    assert "work per day" in said
    assert "max units" in said

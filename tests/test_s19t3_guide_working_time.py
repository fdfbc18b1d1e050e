"""The guide's line on a person's own working week names every way there: the Team view's
Change Working Time…, the button of that name in the person's Details…, and Project > Change
Working Time opening on the person selected in the Team view."""

from __future__ import annotations

import re

from app.assets import resource_path
from app.domain.plan import Plan
from app.domain.project import Project
from app.domain.resource import Resource
from app.ui.document import Document
from app.ui.help_window import GUIDE
from app.ui.team.resource_dialog import ResourceDialog
from app.ui.team.team_toolbar import PERSON


def _working_week_item() -> str:
    html = resource_path(*GUIDE).read_text(encoding="utf-8")
    items = re.findall(r"<li>(.*?)</li>", html, re.S)
    item = next(li for li in items if "own working week" in li)
    text = re.sub(r"<[^>]+>", "", item)
    return text.replace("&hellip;", "…").replace("&gt;", ">").replace("&rsquo;", "'")


def test_s19t3_the_guide_names_details_change_working_time_button(qtbot):
    plan = Plan(project=Project(name="P"))
    plan.add_resource(Resource(1, "Ana"))
    dialog = ResourceDialog(plan, plan.resource(1), document=Document(plan))
    qtbot.addWidget(dialog)
    details = next(text for key, text, _tip in PERSON if key == "team_edit_person")
    said = _working_week_item()
    assert f"{dialog.working_time.text()} button beside the Calendar in their {details}" in said
    assert "Project > Change Working Time opens on the person selected in the Team view" in said

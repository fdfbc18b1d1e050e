"""A copy of a plan (merge.copy_plan, leveling.without_leveling) keeps the sheet's view and
the MS Project link marks read with it (Plan.kept_links): a copy written as MS Project XML
writes the cross-project link, the other project's row and the reader's pin as the plan does,
where it dropped them and left the Start No Earlier Than pin in the link's place."""

from __future__ import annotations

import pytest

from app.domain.leveling import without_leveling
from app.domain.merge import copy_plan
from app.domain.scheduler import schedule
from app.domain.view_state import SheetView
from app.io.mspdi import read_mspdi
from app.io.mspdi_write import project_xml


@pytest.mark.parametrize("copy", [copy_plan, without_leveling])
def test_s21m2_a_copy_writes_the_cross_project_link_as_the_plan(shared_data, copy):
    plan = read_mspdi(shared_data / "mpp" / "GetCrossProjectTaskLinks.xml")
    assert plan.kept_links.cross_links  # the file's link from crossProject.mpp
    plan.view = SheetView(table="tracking")
    copied = copy(plan)
    assert copied.kept_links == plan.kept_links
    assert copied.view == plan.view
    written = project_xml(copied, schedule(copied))
    assert written == project_xml(plan, schedule(plan))
    assert "<CrossProject>1</CrossProject>" in written

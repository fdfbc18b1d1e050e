"""A link from a task of another project (<CrossProject>1, GetCrossProjectTaskLinks.xml) is told
once, in the words of the other things a read leaves out: which task, which project and task
<CrossProjectName> names, and what Gantry keeps in its place (a Start No Earlier Than at the
task's start in the file). Before, the link became that constraint without a word."""

from __future__ import annotations

from datetime import datetime

import defusedxml.ElementTree as SafeET

from app.cli import main
from app.domain.link import LinkType
from app.domain.task import ConstraintType, Task
from app.io.mspdi import read_mspdi
from app.io.mspdi_left_out import LeftOut
from app.io.mspdi_links import ExternalLink, apply_external_links, other_task, read_link
from app.io.mspdi_values import NS, Reader

_NOTE = (
    "GetCrossProjectTaskLinks.xml: 1 cross-project link is not scheduled by Gantry (first: 'Task1' "
    "(UID 1) follows task 2 of 'crossProject.mpp', finish-to-start): it keeps links to "
    "other projects only to write them back to MS Project; in its place 'Task1' is "
    "constrained Start "
    "No Earlier Than 2010-06-16 08:00, its start in the file as MS Project scheduled it (the "
    "other project's dates are not in the file)"
)


def test_s20mr_the_shared_file_says_its_cross_project_link_once(shared_data):
    said: list[str] = []
    plan = read_mspdi(shared_data / "mpp" / "GetCrossProjectTaskLinks.xml", warn=said.append)
    assert [line for line in said if "cross-project" in line] == [_NOTE]
    task = plan.task(1)  # what the note says is kept
    assert (task.constraint_type, task.constraint_date) == (
        ConstraintType.SNET,
        datetime(2010, 6, 16, 8, 0),
    )


def test_s20mr_gantry_convert_says_it_on_stderr(shared_data, tmp_path, capsys):
    source = shared_data / "mpp" / "GetCrossProjectTaskLinks.xml"
    assert main(["convert", str(source), str(tmp_path / "out.gantry")]) == 0
    err = capsys.readouterr().err
    assert err.count("cross-project link") == 1
    assert f"gantry: note: {_NOTE}" in err


def test_s20mr_a_file_without_one_says_nothing_of_it(shared_data):
    said: list[str] = []
    read_mspdi(shared_data / "mpp" / "Software-Development-Plan.xml", warn=said.append)
    assert not [line for line in said if "cross-project" in line]


def _link(body: str) -> ExternalLink:
    elem = SafeET.fromstring(f'<PredecessorLink xmlns="{NS}">{body}</PredecessorLink>')
    external: list[ExternalLink] = []
    assert read_link(Reader(elem, "Task 5"), 5, {5}, {9}, external, None) is None
    (found,) = external
    return found


def test_s20mr_the_link_keeps_what_the_element_names():
    found = _link(
        "<PredecessorUID>11</PredecessorUID><Type>3</Type><CrossProject>1</CrossProject>"
        "<CrossProjectName>C:\\plans\\Site  works.mpp\\7</CrossProjectName>"
    )
    path = "C:\\plans\\Site  works.mpp\\7"  # as read, written back so (s21mw)
    assert found == ExternalLink(
        5, None, 11, "C:\\plans\\Site works.mpp\\7", LinkType.SS, 0, 7, path
    )
    assert other_task(found.name, found.predecessor) == "task 7 of 'Site works.mpp'"
    ghost = _link("<PredecessorUID>9</PredecessorUID>")  # an <ExternalTask> row's UID
    assert ghost == ExternalLink(5, None, 9, "", LinkType.FS)
    assert other_task("", 9) == "external task UID 9"
    assert other_task("/srv/other.mpp", 4) == "a task of 'other.mpp' (UID 4 in this file)"


def _told(task: Task, start: datetime | None, count: int = 1) -> str:
    left_out = LeftOut()
    links = [ExternalLink(task.uid, start, 11, "C:\\p\\other.mpp\\2")] * count
    apply_external_links([task], links, left_out)
    (note,) = left_out.notes("plan.xml")
    return note


def test_s20mr_the_note_says_what_is_kept_in_each_case():
    monday = datetime(2027, 3, 1, 8, 0)
    pinned = _told(Task(3, "Pour", 1), monday, count=2)
    assert pinned.startswith(
        "plan.xml: 2 cross-project links are not scheduled by Gantry (first: 'Pour' (UID 3)"
    )
    assert "'Pour' is constrained Start No Earlier Than 2027-03-01 08:00" in pinned
    own = Task(3, "Pour", 1, constraint_type=ConstraintType.MSO, constraint_date=monday)
    assert _told(own, monday).endswith("'Pour' keeps its own constraint, nothing else in its place")
    assert _told(Task(3, "Pour", 1), None).endswith(
        "nothing is kept in its place ('Pour' has no start in the file)"
    )

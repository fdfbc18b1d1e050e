"""MSPDI Cost custom field values are hundredths of the currency (as FixedCost is).

Evidence, since no MS Project file in the shared set holds a *task* Cost field:

- ``mspdi/mspdiresource.xml`` (saved by MS Project 2007, SaveVersion 12; see the folder's
  SOURCES.md) gives resource "Wade Golden" values in every custom field: Text1..30 are
  "1".."30", Number1..20 are 1..20, Duration1..10 are 1..10 days, and Cost1..Cost10
  (FieldIDs 205521019-21 and 205521062-68) are written ``100``..``1000``.
- MPXJ's ResourceTest (junit, ``testMspdiResource`` and ``testMpp14Resource``) expects
  ``getCost(1..10) == 1..10`` for that resource, from this XML and from the ``.mpp`` MS
  Project saved of the same plan: 100 in the XML is 1.00 in MS Project. Its MSPDI reader
  divides extended-attribute currency by 100 and its writer multiplies by 100.
- MS Project's XML docs (ExtendedAttribute, ValueList) give <Value> as bare text with no
  unit; SOURCES.md notes the schema's own currency elements (Cost, FixedCost) are in
  hundredths as well.

Task and resource custom values share the spelling, so the resource's figures are read
here as a task's Cost1..Cost10 would be.
"""

from __future__ import annotations

from xml.etree.ElementTree import parse

from app.domain.plan import Plan
from app.domain.task import Task
from app.formats import read_plan, write_plan
from app.io.mspdi_custom_fields import FIELD_IDS
from app.io.mspdi_values import Q

# Resource Cost1..Cost10 in MS Project's numbering (resource fields, not task ones).
RESOURCE_COST_IDS = ("205521019", "205521020", "205521021", *map(str, range(205521062, 205521069)))
# Resource Number1..Number20, written bare by the same file.
RESOURCE_NUMBER_IDS = (
    *map(str, range(205521008, 205521013)),
    *map(str, range(205521101, 205521116)),
)


def _resource_costs(shared_data, ids=RESOURCE_COST_IDS) -> list[str]:
    root = parse(shared_data / "mspdi" / "mspdiresource.xml").getroot()
    for resource in root.iter(Q + "Resource"):
        if resource.findtext(Q + "Name") == "Wade Golden":
            by_id = {
                a.findtext(Q + "FieldID"): a.findtext(Q + "Value")
                for a in resource.findall(Q + "ExtendedAttribute")
            }
            return [str(by_id[fid]) for fid in ids]
    raise AssertionError("Wade Golden is not in mspdiresource.xml")


def _task_file(tmp_path, texts: list[str]):
    """A one-task MS Project XML holding ``texts`` as its Cost1..Cost10 values."""
    values = "".join(
        f"<ExtendedAttribute><FieldID>{FIELD_IDS[f'Cost{n}']}</FieldID>"
        f"<Value>{text}</Value></ExtendedAttribute>"
        for n, text in enumerate(texts, start=1)
    )
    path = tmp_path / "costs.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2026-01-05T08:00:00'
        "</StartDate><Tasks><Task><UID>1</UID><ID>1</ID><Name>Costed</Name>"
        "<OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>"
        f"{values}</Task></Tasks></Project>",
        encoding="utf-8",
    )
    return path


def test_ms_project_wrote_cost1_to_cost10_of_one_to_ten_as_hundredths(shared_data):
    assert _resource_costs(shared_data) == [str(100 * n) for n in range(1, 11)]
    # while the same resource's Number1..20 (1..20 in MS Project) are written bare
    numbers = _resource_costs(shared_data, RESOURCE_NUMBER_IDS)
    assert numbers == [str(n) for n in range(1, 21)]


def test_costs_as_ms_project_writes_them_read_as_one_to_ten(shared_data, tmp_path):
    plan = read_plan(_task_file(tmp_path, _resource_costs(shared_data)))
    task = next(t for t in plan.tasks if t.name == "Costed")
    assert dict(task.custom) == {f"Cost{n}": float(n) for n in range(1, 11)}


def test_a_cost_is_written_in_hundredths_and_reads_back_the_same(tmp_path):
    plan = Plan()
    plan.append_task(Task(1, "Costed", custom=(("Cost1", 1.0), ("Cost4", 1250.75))))
    path = tmp_path / "out.xml"
    write_plan(plan, path)
    task = next(t for t in parse(path).getroot().iter(Q + "Task") if t.findtext(Q + "UID") == "1")
    written = {
        a.findtext(Q + "FieldID"): a.findtext(Q + "Value")
        for a in task.findall(Q + "ExtendedAttribute")
    }
    assert written == {str(FIELD_IDS["Cost1"]): "100", str(FIELD_IDS["Cost4"]): "125075"}
    again = next(t for t in read_plan(path).tasks if t.uid == 1)
    assert dict(again.custom) == {"Cost1": 1.0, "Cost4": 1250.75}

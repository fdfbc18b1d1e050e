"""What a GanttProject file holds that Gantry has no place for, said in one line on reading.

- A task bar's colour (``<task color="#ff0066">``): Gantry draws a bar by what the task is
  (task, critical, milestone, summary). GanttProject's default task colour, the black it
  gives milestones and the colour of a summary (drawn as a bracket, not in its colour) are
  not counted.
- A task's coordinator (``<allocation responsible="true">``, GanttProject's Coordinator
  column): the person stays assigned, the "coordinator" mark is lost.
- A role a person has on one task other than their own (``<allocation function>``): Gantry
  keeps one role per person, the roster's.
- The roles of the project's list that no person holds as their own (``<roles><role>``):
  Gantry keeps a role per person, no list of roles.
- A calculated task column's formula (``<taskproperty><simple-select select="completion=100">``,
  the sample's "Is done"): its values are read as they were.
- The people's custom columns (``<custom-property-definition>`` under <resources>).
- The project's own web link (``<project webLink>``; tasks' links are kept).
- Baselines past the eleven Gantry keeps (``<previous-tasks>`` after the 11th).
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from app.domain.baseline import BASELINE_COUNT
from app.domain.plural_words import counted
from app.domain.quoting import quoted
from app.io.gan_hyperlinks import EMPTY_LINKS, decoded

# GanttProject's task colour as a new task has it, and the milestones' black.
_DEFAULT_COLOURS = frozenset({"#8cb6ce", "#000000"})


def left_out_note(file_name: str, root: Element) -> str:
    """The one line naming what the parsed .gan ``root`` holds and Gantry does not keep;
    "" when it holds none of it."""
    tasks = {el.get("id", ""): el for el in root.iter("task")}
    people = {el.get("id", ""): el for el in root.findall("resources/resource")}
    parts: list[str] = []
    coloured = [
        el
        for el in tasks.values()
        if el.find("task") is None
        and (el.get("color") or "").strip().lower() not in _DEFAULT_COLOURS | {""}
    ]
    if coloured:
        parts.append(
            f"the colour of {counted(len(coloured), 'task bar')} "
            "(Gantry colours a bar by what the task is)"
        )
    allocations = root.findall("allocations/allocation")
    leads = [a for a in allocations if a.get("responsible") == "true"]
    if leads:
        parts.append(f"{counted(len(leads), 'task coordinator')} ({_first(leads, tasks, people)})")
    roles = [
        a
        for a in allocations
        if a.get("function") not in (None, "", "Default:0")
        and a.get("resource-id") in people
        and a.get("function") != people[a.get("resource-id", "")].get("function")
    ]
    if roles:
        parts.append(
            f"the role on {counted(len(roles), 'assignment')}, other than the person's own "
            f"({_first(roles, tasks, people)}; Gantry keeps one role per person)"
        )
    held = {el.get("function") for el in people.values()}
    unheld = [
        quoted((el.get("name") or "").strip())
        for el in root.findall("roles/role")
        if el.get("id") not in held and (el.get("name") or "").strip()
    ]
    if unheld:  # Gantry keeps a role per person, no list of roles
        shown = ", ".join(unheld[:3]) + (", ..." if len(unheld) > 3 else "")
        parts.append(f"{counted(len(unheld), 'role')} no one holds as their own ({shown})")
    calculated = [
        (quoted((el.get("name") or "").strip() or el.get("id", "")), select.get("select", ""))
        for el in root.findall("tasks/taskproperties/taskproperty")
        for select in el.findall("simple-select")[:1]
    ]
    if calculated:  # a Gantry custom field holds values, not a formula
        shown = ", ".join(f"{name}: {select}" for name, select in calculated[:3])
        parts.append(
            f"the formula of {counted(len(calculated), 'calculated column')} ({shown}; "
            "read as the values it had, which no longer follow the tasks)"
        )
    columns = [
        quoted((el.get("name") or "").strip() or el.get("id", ""))
        for el in root.findall("resources/custom-property-definition")
    ]
    if columns:  # Gantry's custom fields are the tasks'
        shown = ", ".join(columns[:3]) + (", ..." if len(columns) > 3 else "")
        parts.append(f"{counted(len(columns), 'custom column')} of the people ({shown})")
    web = decoded(root.get("webLink") or "").strip()
    if web not in EMPTY_LINKS:  # Project > Properties: a link of the project's own
        parts.append(f"the project's web link ({web})")
    extra = root.findall("previous/previous-tasks")[BASELINE_COUNT:]
    if extra:
        first = quoted((extra[0].get("name") or "").strip() or "(no name)")
        parts.append(
            f"{counted(len(extra), 'baseline')} (from {first}; "
            f"Gantry keeps {BASELINE_COUNT}, the file's first)"
        )
    return f"{file_name}: not kept: {'; '.join(parts)}" if parts else ""


def _first(
    allocations: list[Element], tasks: dict[str, Element], people: dict[str, Element]
) -> str:
    """'Ana on 'Walls'' for the first allocation, 'first: ...' when there are more."""
    a = allocations[0]
    person = people.get(a.get("resource-id", ""))
    task = tasks.get(a.get("task-id", ""))
    who = (person.get("name") or "").strip() if person is not None else a.get("resource-id")
    what = quoted((task.get("name") or "").strip()) if task is not None else a.get("task-id")
    return f"{'first: ' if len(allocations) > 1 else ''}{who} on {what}"

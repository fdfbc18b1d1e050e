"""MS Project's words for a constraint, in its capitals ("Start No Earlier Than", as its
Constraint Type column, Task Information and exported tables write them): the one table
the task sheet, Task Information, the printout, gantry diff and the Import review show
(app/report/columns re-exports it), and that leveling's reasons and a CSV's note name a
constraint from (:func:`constraint_words`, mid-sentence). Typed back, any case reads
(app/ui/models/task_edits.parse_choice): "Start no earlier than", as Gantry wrote it
before, too."""

from __future__ import annotations

from app.domain.task import ConstraintType

CONSTRAINT_NAMES: dict[ConstraintType, str] = {
    ConstraintType.ASAP: "As Soon As Possible",
    ConstraintType.ALAP: "As Late As Possible",
    ConstraintType.MSO: "Must Start On",
    ConstraintType.MFO: "Must Finish On",
    ConstraintType.SNET: "Start No Earlier Than",
    ConstraintType.SNLT: "Start No Later Than",
    ConstraintType.FNET: "Finish No Earlier Than",
    ConstraintType.FNLT: "Finish No Later Than",
}


def constraint_words(kind: ConstraintType) -> str:
    """The constraint's name as a sentence says it mid-way: "has a 'must start on'
    constraint" (:data:`CONSTRAINT_NAMES` in lower case)."""
    return CONSTRAINT_NAMES[kind].lower()

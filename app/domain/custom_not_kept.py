"""What a save in a format with fewer custom field features leaves out of a plan: its
tasks' custom field values (Text1, Number1..., :mod:`app.domain.custom_fields`) in a
format without custom fields; the fields' value lists in one that keeps the values
but has no place for a list (.csv, .gan).

The note is one line, said where the note on recurring patterns is said
(:func:`app.domain.recurrence_tasks.patterns_not_kept`): on stderr by ``gantry
convert``, in the status bar by the window's Save a Copy As and Export.
"""

from __future__ import annotations

from app.domain.custom_fields import field_order, field_title, is_empty
from app.domain.plan import Plan
from app.domain.plural_words import counted, noun, verb
from app.domain.quoting import NAME_LIMIT, quoted

_TITLES_SHOWN = 3  # fields named before "and N more"


def custom_values_held(plan: Plan) -> dict[str, int]:
    """How many tasks hold a value of each custom field, by field name in field order
    (an empty text or an unset flag holds none)."""
    counts: dict[str, int] = {}
    for task in plan.tasks:
        for name, value in task.custom:
            if not is_empty(value):
                counts[name] = counts.get(name, 0) + 1
    return {name: counts[name] for name in sorted(counts, key=field_order)}


def custom_values_not_kept(plan: Plan, fmt: str) -> str:
    """The one line that says a save as ``fmt`` (".csv", a format without custom fields)
    leaves out how many values in how many fields (named by their aliases); "" when
    no task holds a value."""
    counts = custom_values_held(plan)
    if not counts:
        return ""
    values, fields = sum(counts.values()), len(counts)
    titles = [quoted(field_title(name, plan.project.custom_fields), NAME_LIMIT) for name in counts]
    named = ", ".join(titles[:_TITLES_SHOWN])
    if fields > _TITLES_SHOWN:
        named += f" and {fields - _TITLES_SHOWN} more"
    return (
        f"{fmt} keeps no custom field: {counted(values, 'value')} in "
        f"{counted(fields, 'field')} ({named}) {verb(values)} not saved"
    )


def value_lists_not_kept(plan: Plan, fmt: str) -> str:
    """The one line that says a save as ``fmt`` (".gan", a format keeping custom values
    but no value list) leaves out the value lists of the fields naming them by alias;
    "" when no field has a list."""
    titles = [quoted(f.title, NAME_LIMIT) for f in plan.project.custom_fields if f.values]
    if not titles:
        return ""
    named = ", ".join(titles[:_TITLES_SHOWN])
    if len(titles) > _TITLES_SHOWN:
        named += f" and {len(titles) - _TITLES_SHOWN} more"
    lists, are = noun(len(titles), "value list"), verb(len(titles))
    return f"{fmt} keeps no value list: the {lists} of {named} {are} not saved (the values are)"

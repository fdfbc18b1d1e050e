"""A rate typed over a person's one shown rate also changes the rate that prices their work."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.domain.resource import Resource


def with_first_rate(resource: Resource, fields: dict[str, Any]) -> Resource:
    """The resource with ``fields`` changed (a rate, its unit, the cost per use), and in
    table A's first rate too.

    Table A prices the work once there is one (a person read from MS Project with a cost
    rate table): the team roster and the Team sheet show its first rate, so that is the rate
    a typed value replaces.
    """
    changed = replace(resource, **fields)
    tables = resource.rate_tables
    if tables and tables[0]:
        first = replace(tables[0][0], **fields)
        changed = replace(changed, rate_tables=((first, *tables[0][1:]), *tables[1:]))
    return changed

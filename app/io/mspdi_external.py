"""Cross-project links and the other projects' task rows of an MS Project XML file, kept
through open and save (app/domain/kept_links.py).

MS Project links a task to another project's task with a ``<PredecessorLink>`` whose
<CrossProject> is 1 (<CrossProjectName>: the other project's path and the task's ID) and
may show that task as a row of its own (<ExternalTask> 1, <ExternalTaskProject>).
Gantry schedules by neither: the reader pins each successor Start No Earlier Than the
start the file gives it (mspdi_links.apply_external_links). They are kept in the plan and
written back as read: the links on their successors' rows, the rows after the plan's own,
each successor As Soon As Possible again while its pin is the reader's.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.etree.ElementTree import Element

from app.domain.kept_links import CrossLink, ExternalTask, KeptLinks
from app.domain.task import ConstraintType, Task
from app.io.mspdi_links import ExternalLink
from app.io.mspdi_values import Reader, format_duration
from app.io.mspdi_write_xml import date_text, leaf

_ASAP = "<ConstraintType>0</ConstraintType>"


def kept_external(
    kept: KeptLinks,
    external: Sequence[ExternalLink],
    pinned: Sequence[Task],
    rows: Sequence[Element],
) -> KeptLinks:
    """``kept`` with the file's cross-project links (``external``, their successors as the
    reader pinned them: ``pinned``) and its other projects' task rows (``rows``)."""
    if not external and not rows:
        return kept
    by_uid = {t.uid: t for t in pinned}
    links = []
    for lk in external:
        task = by_uid.get(lk.successor)
        pin = None
        if task is not None and task.constraint_type is ConstraintType.SNET:
            pin = task.constraint_date if task.constraint_date == lk.start else None
        links.append(
            CrossLink(lk.successor, lk.predecessor, lk.type, lk.lag, lk.lag_format, lk.path, pin)
        )
    tasks = []
    for elem in rows:
        r = Reader(elem, "<ExternalTask> row")
        uid = r.integer("UID", None)
        if uid is None:
            continue
        tasks.append(
            ExternalTask(
                uid,
                r.text("Name") or "",
                r.text("ExternalTaskProject") or "",
                r.date("Start"),
                r.date("Finish"),
                r.duration("Duration") or 0,
            )
        )
    return KeptLinks(kept.estimated_lags, tuple(links), tuple(tasks))


def reader_pinned(task: Task, links: Sequence[CrossLink]) -> bool:
    """Whether ``task`` is still pinned as the reader pinned it for ``links`` (its own
    links from other projects): written As Soon As Possible, as the file had it."""
    return task.constraint_type is ConstraintType.SNET and any(
        lk.pinned is not None and lk.pinned == task.constraint_date for lk in links
    )


def cross_links_xml(links: Sequence[CrossLink]) -> str:
    """The ``<PredecessorLink>`` elements of a row's links from other projects, as read."""
    return "".join(
        f"<PredecessorLink><PredecessorUID>{lk.predecessor}</PredecessorUID>"
        f"<Type>{lk.type.value}</Type><CrossProject>1</CrossProject>"
        f"{leaf('CrossProjectName', lk.name) if lk.name else ''}"
        f"<LinkLag>{lk.lag}</LinkLag><LagFormat>{lk.lag_format}</LagFormat></PredecessorLink>"
        for lk in links
    )


def external_rows_xml(tasks: Sequence[ExternalTask], first_id: int) -> str:
    """The other projects' task rows, numbered on from ``first_id``."""
    out = []
    for i, t in enumerate(tasks):
        p = [f"<Task><UID>{t.uid}</UID><ID>{first_id + i}</ID>{leaf('Name', t.name)}"]
        if t.start is not None:
            p.append(f"<Start>{date_text(t.start)}</Start>")
        if t.finish is not None:
            p.append(f"<Finish>{date_text(t.finish)}</Finish>")
        p.append(f"<Duration>{format_duration(t.duration_minutes)}</Duration>")
        p.append("<ExternalTask>1</ExternalTask>")
        if t.project:
            p.append(leaf("ExternalTaskProject", t.project))
        p.append("</Task>")
        out.append("".join(p))
    return "".join(out)

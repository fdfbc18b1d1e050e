"""Slack as shown: none for an inactive task, as MS Project shows it.

An inactive task drives nothing and nothing waits on it, so its Total and Free Slack
cells are blank (the sheet, printed tables, the bar's hover text, ``gantry schedule``
and its JSON), and no slack line follows its bar. The scheduler still computes the
values (under a late summary they would read as negative slack); each place that shows
slack asks here rather than reading them bare.
"""

from __future__ import annotations

from app.domain.task import Task


def shows_slack(task: Task) -> bool:
    """Whether ``task``'s slack is shown: an active task's only."""
    return task.active


__all__ = ["shows_slack"]

"""Reading the several plans one team works on (``gantry usage A B C``, ``team check``,
``level --busy``, ``report --combined``): each once, each named by its file."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from app.cli.plan_output import same_file
from app.domain.errors import AppError
from app.domain.pool_load import PoolPlan


def distinct_paths(paths: Sequence[Path]) -> list[Path]:
    """The files as given; an AppError naming a file given twice (the same plan counted twice
    would double its people's load)."""
    seen: dict[Path, Path] = {}
    for path in paths:
        key = Path(path).resolve()
        if key in seen:
            raise AppError(f"{Path(path).name}: the same plan is given twice")
        seen[key] = path
    return [Path(p) for p in paths]


def labels_of(paths: Sequence[Path]) -> list[str]:
    """Each plan's label: its file's name without the extension (the whole name when two
    files share a stem)."""
    stems = [p.stem for p in paths]
    return [p.stem if stems.count(p.stem) == 1 else p.name for p in paths]


def read_pool(paths: Sequence[Path], args: argparse.Namespace) -> list[PoolPlan]:
    """Each plan read and scheduled, labelled by its file (a file that is not a plan ends
    in its reader's one line, naming it)."""
    from app.cli.schedule_command import load_and_schedule

    paths = distinct_paths(paths)
    out = []
    for path, label in zip(paths, labels_of(paths), strict=True):
        one = argparse.Namespace(**{**vars(args), "file": path})
        plan, result = load_and_schedule(one)
        out.append(PoolPlan(label, plan, result))
    return out


def refuse_input_as_output(output: Path | None, paths: Sequence[Path]) -> None:
    """An AppError when ``output`` is one of the plans read."""
    if output is None:
        return
    if any(same_file(output, Path(p)) for p in paths):  # the path, a symlink or a hard link
        raise AppError(f"{output.name}: input and output are the same file")

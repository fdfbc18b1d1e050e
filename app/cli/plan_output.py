"""Where a ``gantry`` command that changes a plan writes it, and how: checked before the
plan is read (the folder, the format, a file in disguise), refused when read-only, and
followed by a note of what the format does not keep (as ``convert`` says it)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import formats
from app.cli.read_losses import refuse_loss, writing_in_place
from app.domain.errors import AppError
from app.domain.plan import Plan


def note(line: str) -> None:
    """A remark on stderr that is not an error (the file was read all the same)."""
    sys.stderr.write(f"gantry: note: {line}\n")


def plan_output(args: argparse.Namespace, done: str) -> Path:
    """Where a command that changes the plan writes it (``-o OUT``, else FILE itself),
    checked before the plan is read; ``done`` says what was done to it ("moved")."""
    output = Path(args.output) if args.output is not None else Path(args.file)
    check_output_folder(output)
    writable = formats.writable_extensions()
    if output.suffix.lower() not in writable:
        raise AppError(
            f"{output.name}: Gantry cannot write {output.suffix or 'extension-less'} files; "
            f"name the {done} plan with -o OUT ({' '.join(writable)})"
        )
    # -o naming FILE itself (the same path, a symlink or a hard link to it) writes it in
    # place: the rules for FILE written without -o hold for it too (app.cli.read_losses).
    in_place = args.output is None or same_file(output, Path(args.file))
    disguised = formats.disguise_text(Path(args.file)) if in_place else ""
    if disguised:  # writing FILE would put a plan in its named format over what it holds
        raise AppError(
            f"{disguised}: not {done} in place; write the {done} plan with -o OUT"
            + ("" if args.output is None else f" (another file than {output.name})")
        )
    writing_in_place(Path(args.file) if in_place else None, output)
    return output


def same_file(one: Path, other: Path) -> bool:
    """Whether ``one`` and ``other`` name one file: the same path, or a symlink or hard
    link to it (False when either is missing)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def write_plan_output(plan: Plan, output: Path, undone: str) -> None:
    """Write a changed plan to ``output`` (FILE in place, or -o OUT) as every command that
    changes a plan does, then note what its format does not keep. A read-only file is
    refused in one line ending in ``undone`` ("nothing was moved"): the writers write
    beside it and rename over it, which replaced it (write bits and all), as root too.
    FILE written in place whose read left something out is refused (app.cli.read_losses)."""
    refuse_read_only(output, undone)
    refuse_loss(output)  # FILE in place, when reading it left something out
    formats.write_plan(plan, output)
    for lost in formats.not_kept(plan, output.suffix, output):  # as convert says it
        note(lost)


def refuse_read_only(output: Path, undone: str) -> None:
    """Refuse to replace a read-only ``output`` in one line ending in ``undone``: the
    writers write beside a file and rename over it, which replaced it, as root too."""
    if output.is_file() and not (os.access(output, os.W_OK) and output.stat().st_mode & 0o222):
        what = "the disk" if read_only_disk(output.absolute().parent) else "the file"
        raise AppError(f"{output.name}: {what} is read-only; {undone}")


def check_output_folder(output: Path) -> None:
    """Refuse an output whose folder is missing (a typo), or that is a folder, before any work."""
    if output.is_dir():
        raise AppError(f"{output}: is a folder; name the file to write")
    folder = output.absolute().parent
    if not folder.exists():
        raise AppError(f"{folder}: no such folder")
    if not folder.is_dir():
        raise AppError(f"{folder}: not a folder")
    if not os.access(folder, os.W_OK | os.X_OK) and not (
        output.is_file() and os.access(output, os.W_OK)
    ):
        if read_only_disk(folder):  # a read-only mount: no permission would help
            raise AppError(f"{folder}: cannot write there (the disk is read-only)")
        raise AppError(f"{folder}: cannot write there (no permission)")


def read_only_disk(folder: Path) -> bool:
    """Whether ``folder`` is on a file system mounted read-only (a CD, a locked share)."""
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    if statvfs is None:
        return False
    try:
        return bool(statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False

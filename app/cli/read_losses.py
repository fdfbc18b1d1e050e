"""What reading a plan file left out (MS Project's resource baselines, timephased values, a
sheet's rows without a name), kept for the command that would write that file back in
place: writing it would lose them from the client's file, so that is refused and -o asked
for. A command writes in place only through :func:`app.cli.plan_output.plan_output`, which
starts each write afresh here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.domain.errors import AppError
from app.io.left_out import lost_part, lost_said, read_key

_heard: dict[Path, list[str]] = {}
# The file written in place, by its key: the key of the file read (another when -o names a
# hard link to FILE), and FILE as the user named it.
_in_place: dict[Path, tuple[Path, Path]] = {}


def _key(path: Path) -> Path:
    return read_key(path)  # as the window's Save a Copy As knows it (app/ui/save_over_read.py)


def writing_in_place(path: Path | None, written: Path | None = None) -> None:
    """A command starts: it writes ``path`` in place (None: it writes -o OUT); ``written``:
    the -o OUT that names ``path`` itself (a symlink or hard link to it), if so."""
    _heard.clear()
    _in_place.clear()
    if path is not None:
        _in_place[_key(path if written is None else written)] = (_key(path), Path(path))


def hearing(path: Path, note: Callable[[str], None]) -> Callable[[str], None]:
    """``note``, also keeping each line on what the read of ``path`` left out."""
    key = _key(path)

    def heard(line: str) -> None:
        what = lost_part(line, Path(path).name)
        if what and what not in _heard.get(key, []):  # each once, as the window lists them
            _heard.setdefault(key, []).append(what)
        note(line)

    return heard


def refuse_loss(output: Path) -> None:
    """Refuse to write ``output`` over the file it was read from when that read left
    something out, unless it is a .gantry (it keeps what its own reader reads)."""
    read, given = _in_place.get(_key(output), (None, None))
    lost = _heard.get(read, []) if read is not None else []
    if given is None or not lost or output.suffix.lower() == ".gantry":
        return
    which = "" if output.name == given.name else f"it is {given.name}, the file read; "
    raise AppError(  # all of it, as the window's Save a Copy As asks (app/io/left_out.py)
        f"{output.name}: {which}writing it back would lose {lost_said(lost)}; "
        f"give -o OUT.gantry (or OUT{output.suffix} to accept the loss)"
    )

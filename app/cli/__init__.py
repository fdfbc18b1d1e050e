"""The ``gantry`` command line (also ``python -m app``).

Exit status: 0 on success, 1 on an error the user can act on (one line on
stderr, never a traceback), 2 on bad usage: a missing or unknown option, or an
option value the option does not take (argparse's own checks, and OptionError
for those checked after parsing: a sort key, a --by scale, --rows' shape...).
A value only the file can judge (a person the plan lacks) is exit 1. The window is imported only when
it is opened, so the other commands start fast and run without a display.
"""

from __future__ import annotations

import gc
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from app.cli.option_checks import check_option_values
from app.cli.parser import COMMANDS, build_open_parser, build_parser
from app.domain.errors import AppError, OptionError
from app.domain.quoting import quoted


def _one_line(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    err: TextIO = sys.stderr
    try:
        return _dispatch(args)
    except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
        return exc.code if isinstance(exc.code, int) else 2
    except OptionError as exc:  # an option value checked after parsing: bad usage too
        err.write(f"gantry: {_one_line(str(exc))}\n")
        return 2
    except AppError as exc:
        err.write(f"gantry: {_one_line(str(exc))}\n")
        return 1
    except KeyboardInterrupt:
        err.write("gantry: interrupted\n")
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # noqa: BLE001 - the contract is one line, never a traceback
        detail = _one_line(str(exc)) or type(exc).__name__
        err.write(f"gantry: internal error ({type(exc).__name__}): {detail}\n")
        return 1


# The module of a command's runner, when it is not app.cli.commands.
_RUNNERS = {"schedule": "app.cli.schedule_command"}


def _dispatch(args: list[str]) -> int:
    if args and (args[0] in COMMANDS or args[0].startswith("-")):
        ns = build_parser(args).parse_args(args)
        if ns.command is None:  # only options such as --help were given
            build_parser().print_help()
            return 0
        check_option_values(ns)  # before any file is read: bad usage costs no reading
        # Imported after parsing: --help and usage errors need no scheduler, numpy or Qt;
        # a command with a module of its own imports that alone, not every command's.
        runners = importlib.import_module(_RUNNERS.get(ns.command, "app.cli.commands"))
        run = getattr(runners, f"run_{ns.command}")
        # A command is one short burst of building objects that form no cycles
        # worth collecting; the collector's passes over a large plan cost ~5 %.
        was_collecting = gc.isenabled()
        gc.disable()
        try:
            return int(run(ns, sys.stdout))
        finally:
            if was_collecting:
                gc.enable()
    parser = build_open_parser()
    first = Path(args[0]) if args else None
    if first is not None and not first.suffix and not first.exists():
        # "gantry schedulle plan.xml": a mistyped command, not a plan to open
        parser.error(f"unknown command {quoted(args[0])} (commands: {', '.join(COMMANDS)})")
    ns = parser.parse_args(args)
    from app.cli.commands import run_open

    return run_open(ns.file)


# Commands that only read files and print: nothing is left to clean up when they end.
_READ_ONLY = frozenset({"schedule", "info", "diff"})


def run() -> NoReturn:
    """The ``gantry`` script and ``python -m app``: :func:`main` on ``sys.argv``, then exit.

    After a read-only command the process ends at once, once its output is
    flushed, instead of tearing down the hundreds of thousands of objects of
    a large plan one by one (as mypy does for the same reason).
    """
    args = sys.argv[1:]
    read_only = bool(args) and args[0] in _READ_ONLY
    if read_only:
        # From the start, not only while the command runs (main): the modules it imports
        # first build objects the collector would sweep in vain (~3 % of their cost).
        gc.disable()
    status = main(args)
    if not read_only:
        raise SystemExit(status)
    try:
        sys.stdout.flush()
    except OSError:  # the reader went away (``gantry schedule x | head``)
        status = status or 1
    try:
        sys.stderr.flush()
    except OSError:
        status = status or 1
    os._exit(status)

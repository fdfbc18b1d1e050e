"""``python -m app.io.mpp_child SOURCE OUT [KIND]``: MPXJ's conversion of a project file, in
a process of its own (see :func:`app.io.mpp.convert_in_child`); a failure is one line on
stderr and exit status 1."""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.errors import AppError
from app.io.mpp import convert


def main(argv: list[str]) -> int:
    """Convert ``argv``'s SOURCE to OUT as KIND (MSPDI unless given); 0 when written."""
    source, out = Path(argv[0]), Path(argv[1])
    try:
        convert(source, out, argv[2] if len(argv) > 2 else "MSPDI")
    except AppError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    except Exception as exc:  # noqa: BLE001  (a Java error MPXJ did not wrap: still one line)
        sys.stderr.write(f"{source.name}: not a readable MS Project file ({exc})\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

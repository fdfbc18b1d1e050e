"""Whether a process still runs on this computer: what a lock file or a draft left by a
process says of it once that process has ended."""

from __future__ import annotations

import os


def running(pid: int) -> bool:
    """Whether a process ``pid`` runs on this machine (one we may not signal counts)."""
    if os.name == "nt":  # os.kill(pid, 0) sends Ctrl+C there, not a probe: count it running
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True

"""A lock written before the computer last started is stale, whoever has its process id now.

Found by pulling a laptop's battery with a plan open, then starting Gantry again: the
lock named process 2417, which after the restart was some system service, so the plan
opened read-only 'in another Gantry window' for ever. A lock older than the last boot
cannot belong to a running Gantry; one written since still keeps a second writer out.
"""

from __future__ import annotations

import json
import os
import socket
import time

import pytest

from app.domain.errors import LockedError
from app.store.lock import FileLock, lock_in_use, lock_path

pytestmark = pytest.mark.skipif(
    not hasattr(time, "CLOCK_BOOTTIME"), reason="the boot time is read on Linux only"
)


def _lock_held_by_a_live_process(plan, seconds_ago: float) -> None:
    lock = lock_path(plan)
    lock.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname()}))
    then = time.time() - seconds_ago
    os.utime(lock, (then, then))


def _since_boot() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME)


def test_a_lock_from_before_the_last_boot_is_taken_over(tmp_path):
    plan = tmp_path / "plan.gantry"
    _lock_held_by_a_live_process(plan, _since_boot() + 3600)
    assert not lock_in_use(plan)
    lock = FileLock(plan)
    lock.acquire()
    assert json.loads(lock_path(plan).read_text())["pid"] == os.getpid()
    lock.release()


def test_a_lock_written_since_the_boot_still_refuses(tmp_path):
    plan = tmp_path / "plan.gantry"
    _lock_held_by_a_live_process(plan, min(600.0, _since_boot() / 2))
    assert lock_in_use(plan)
    with pytest.raises(LockedError):
        FileLock(plan).acquire()

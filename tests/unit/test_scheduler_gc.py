"""The scheduler's pause of the cyclic collector leaves what it built among the old objects."""

from __future__ import annotations

import gc

from app.domain.scheduling.gc import paused_gc


def _in_generation(obj: object, generation: int) -> bool:
    return any(o is obj for o in gc.get_objects(generation=generation))


def test_objects_kept_from_the_block_join_the_oldest_generation():
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        kept = [[k] for k in range(100)]
    assert gc.isenabled()
    assert _in_generation(kept, 2)
    assert not _in_generation(kept, 0)
    assert gc.get_freeze_count() == 0


def test_objects_frozen_by_someone_else_stay_frozen():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            kept = [[1]]
        assert gc.get_freeze_count() == frozen
        assert not _in_generation(kept, 2)  # left young: nothing was promoted
    finally:
        gc.unfreeze()


def test_the_collector_stays_off_when_it_was_off():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()

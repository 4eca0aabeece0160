"""The cyclic collector is held off while the comparison's inputs are built, and runs again afterwards."""

from __future__ import annotations

import gc
import weakref

import pytest

from desktop.services.compare_inputs import collector_paused


def test_the_collector_is_off_inside_and_on_again_after_even_when_the_work_fails() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError, match="stop"), collector_paused():
        raise RuntimeError("stop")
    assert gc.isenabled()


def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_kept_results_go_to_the_oldest_generation_and_their_cycles_are_still_collected() -> None:
    with collector_paused(keep_results=True):
        kept = [[n] for n in range(1_000)]
        cycle = weakref.ref(_Node())
    assert gc.isenabled()
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(k) in oldest for k in kept)
    assert cycle() is not None
    gc.collect()
    assert cycle() is None

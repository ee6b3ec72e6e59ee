"""During a handover the objects alive before it are not scanned by the garbage collector."""

from __future__ import annotations

import gc
import weakref

import pytest

from cart_bedside.reports.gc_pause import old_objects_frozen


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def cycle() -> weakref.ref:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_old_objects_are_set_aside_and_new_garbage_is_still_collected():
    old = cycle()  # garbage made before the block: frozen with the rest
    with old_objects_frozen():
        assert gc.get_freeze_count() > 0
        new = cycle()
        gc.collect()
        assert new() is None  # made in the block: collected as usual
        assert old() is not None  # set aside until the block ends
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert old() is None


def test_an_error_in_the_block_puts_everything_back():
    with pytest.raises(RuntimeError), old_objects_frozen():
        raise RuntimeError("boom")
    assert gc.get_freeze_count() == 0


def test_the_handover_is_gathered_and_drawn_with_old_objects_set_aside(module_ward, monkeypatch):
    from cart_bedside.reports import data, gather_handover, handover, render_handover
    from tests.demo_ward import DEMO_NOW

    seen: list[int] = []
    for module, name in ((data, "read_handover"), (handover, "summary_story")):
        real = getattr(module, name)
        monkeypatch.setattr(
            module,
            name,
            lambda *a, _real=real, **k: seen.append(gc.get_freeze_count()) or _real(*a, **k),
        )
    repo, _ = module_ward
    render_handover(gather_handover(repo, now=DEMO_NOW), "en", figures=False)
    assert len(seen) == 2 and all(seen)
    assert gc.get_freeze_count() == 0

"""The garbage collector during a handover: what was alive before is not scanned again.

A 40-bed handover makes about 100 000 short-lived objects (episode views, matplotlib
artists, reportlab fragments). Python's collector then runs a full collection now and then,
and each walks every object the process holds: 220 000 at the sheet's size, about 0.1 s
each, two per handover (0.28 s of 2.4 s, `benchmarks/bench_trends_handover.py`, quiet).
Within :func:`old_objects_frozen` the objects alive when the block starts are moved out of
the collector's way (``gc.freeze``) and put back at its end (``gc.unfreeze``); new garbage is
collected as usual. The collector is the process's: another thread's old objects are only not
scanned meanwhile, and garbage among them is collected after the block.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def old_objects_frozen() -> Iterator[None]:
    """Objects alive now are not scanned by the garbage collector until the block ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()

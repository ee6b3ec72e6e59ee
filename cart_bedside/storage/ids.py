"""Record keys: UUID version 7 (time-ordered, RFC 9562).

A time-ordered UUID is unique across tablets (records stay mergeable) and
keeps new rows at the end of the primary-key index, so inserts stay fast in a
ten-year database.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable

IdFactory = Callable[[], str]


def uuid7(ms: int, rand74: int) -> str:
    """Format a UUIDv7 from a Unix time in milliseconds and 74 random bits."""
    value = (
        ((ms & 0xFFFFFFFFFFFF) << 80)
        | (0x7 << 76)
        | ((rand74 >> 62) << 64)
        | (0b10 << 62)
        | (rand74 & ((1 << 62) - 1))
    )
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_lock = threading.Lock()
_last = [0, 0]  # milliseconds, counter of the last id made by this process


def new_id() -> str:
    """A fresh UUIDv7 from the wall clock and the system's random source.

    Ids made by one process sort in the order they were made (RFC 9562
    method 1: a counter in ``rand_a`` within the same millisecond), so
    records saved together list in the order they were entered.
    """
    ms = time.time_ns() // 1_000_000
    with _lock:
        if ms <= _last[0]:
            ms, counter = _last[0], _last[1] + 1
            if counter > 0xFFF:
                ms, counter = ms + 1, 0
        else:
            counter = int.from_bytes(os.urandom(1), "big")  # leaves room to count up
        _last[0], _last[1] = ms, counter
    return uuid7(ms, (counter << 62) | (int.from_bytes(os.urandom(8), "big") >> 2))


def seeded_ids(seed: int, start_ms: int = 1_700_000_000_000) -> IdFactory:
    """A deterministic id factory (for demo databases that must be reproducible)."""
    rng = random.Random(seed)
    counter = [start_ms]

    def factory() -> str:
        counter[0] += 1
        return uuid7(counter[0], rng.getrandbits(74))

    return factory

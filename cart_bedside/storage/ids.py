"""Record keys: UUID version 7 (time-ordered, RFC 9562).

A time-ordered UUID is unique across tablets (records stay mergeable) and
keeps new rows at the end of the primary-key index, so inserts stay fast in a
ten-year database.
"""

from __future__ import annotations

import os
import random
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


def new_id() -> str:
    """A fresh UUIDv7 from the wall clock and the system's random source."""
    return uuid7(time.time_ns() // 1_000_000, int.from_bytes(os.urandom(10), "big") >> 6)


def seeded_ids(seed: int, start_ms: int = 1_700_000_000_000) -> IdFactory:
    """A deterministic id factory (for demo databases that must be reproducible)."""
    rng = random.Random(seed)
    counter = [start_ms]

    def factory() -> str:
        counter[0] += 1
        return uuid7(counter[0], rng.getrandbits(74))

    return factory

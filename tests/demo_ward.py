"""The demo ward every UI and service test starts from (written once, copied per test)."""

from __future__ import annotations

from datetime import datetime

DEMO_NOW = datetime(2026, 11, 23, 10, 0)
PINS = {"admin": "9000", "nurse": "1111", "nurse2": "2222", "doctor": "3333"}


class Clock:
    """A settable clock shared by the repository and the service."""

    def __init__(self, t: datetime = DEMO_NOW) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t

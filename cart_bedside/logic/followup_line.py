"""One line of a follow-up panel: what, how it stands, and the rule's source.

The Labs tab (IgG/IVIG, HBV) and the Medications tab (infection prophylaxis)
show the follow-up rules of clinical-rules §4 and §7 as lists of these lines;
the rules that build them are :mod:`.prophylaxis_status` and
:mod:`.immunology_status`. A line carries codes and parameters only (the
catalogue words them); ``flag`` says how the screen marks it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .messages import Message


class Flag(StrEnum):
    """How a follow-up line stands at the moment viewed."""

    OK = "ok"  # given / done / nothing to act on
    DUE = "due"  # to do now: not recorded, check due or overdue, status unknown
    WARNING = "warning"  # the rule suggests an action: IVIG, HBV at risk, a drug to avoid
    INFO = "info"  # a note: running, or nothing to check by name
    ENDED = "ended"  # not started yet, or over


@dataclass(frozen=True)
class FollowUpLine:
    """``title`` is the rule's suggestion; ``details`` how it stands (status, until when)."""

    code: str
    flag: Flag
    title: Message
    details: tuple[Message, ...]
    source: str


def count_flagged(lines: tuple[FollowUpLine, ...], *flags: Flag) -> int:
    """How many lines carry one of ``flags`` (the tab button's count)."""
    return sum(1 for line in lines if line.flag in flags)


def to_do(lines: Iterable[FollowUpLine]) -> tuple[FollowUpLine, ...]:
    """The lines to act on now (:attr:`Flag.DUE`): the handover lists these."""
    return tuple(line for line in lines if line.flag is Flag.DUE)

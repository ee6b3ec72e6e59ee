"""Time on the ward: study day (D+N) and late entries (clinical-rules §1)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

#: A record saved more than this long after it was observed is a late entry.
LATE_ENTRY_AFTER = timedelta(minutes=60)


def parse_time(value: str) -> datetime:
    """Parse an ISO 8601 local time, with or without an offset."""
    return datetime.fromisoformat(value)


def format_time(value: datetime) -> str:
    """ISO 8601 to the second, keeping an offset only if the time had one."""
    return value.isoformat(timespec="seconds")


def local_date(moment: datetime, reference: datetime) -> date:
    """The calendar date of ``moment`` in the time zone of ``reference`` (if any)."""
    if moment.tzinfo is not None and reference.tzinfo is not None:
        moment = moment.astimezone(reference.tzinfo)
    return moment.date()


def study_day(moment: datetime, infusion_time: datetime) -> int:
    """Days since the calendar day of infusion: D0 is the infusion day, D−2 before it.

    Implements clinical-rules §1: ``(local date − infusion date).days``.
    """
    return (local_date(moment, infusion_time) - infusion_time.date()).days


def format_study_day(day: int) -> str:
    """``D+3``, ``D0``, ``D−2`` (with a real minus sign)."""
    if day == 0:
        return "D0"
    return f"D+{day}" if day > 0 else f"D\u2212{-day}"


def is_late_entry(observed_at: datetime, recorded_at: datetime | None) -> bool:
    """True when the record was saved more than 60 min after it was observed (§1)."""
    return recorded_at is not None and recorded_at - observed_at > LATE_ENTRY_AFTER

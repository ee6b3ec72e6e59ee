"""What the schedule tests share: the infusion time, study days, and the schedule asked."""

from datetime import datetime, timedelta

from cart_bedside.logic.schedule import monitoring_tasks

INF = datetime(2026, 11, 1, 10, 0)  # D0, day shift
H = timedelta(hours=1)


def d(day: int, hour: float = 0) -> datetime:
    return datetime(2026, 11, 1) + timedelta(days=day, hours=hour)


def tasks(code=None, *, records=None, timeline=(), start=None, end=None, now=None, **kw):
    out = monitoring_tasks(
        INF,
        kw.pop("shifts", None),
        list(timeline),
        records or {},
        start or d(-10),
        end or d(40),
        now or d(40),
        **kw,
    )
    return [t for t in out if code is None or t.code == code]


def first(code, **kw):
    return tasks(code, **kw)[0]

"""A refused tocilizumab dose says what applies instead of a dash (clinical-rules §2.4): the
next time a dose is allowed when doses before it block it; the time of the dose recorded
after it when it is slotted in before one (a late entry, a dose from another tablet); no
further dose once the total is reached. zh_CN and en, through the real record service."""

from __future__ import annotations

import pytest

from cart_bedside.logic.messages import render
from cart_bedside.service import DoseLimitError, RecordService
from tests.demo_ward import DEMO_NOW

from .test_record_service import H, admit, record_dose, sign_in


@pytest.fixture
def record(service):
    return RecordService(service)


def _when(t) -> str:
    return t.strftime("%m-%d %H:%M")


def _refusal(service, record, clock, given_hours, new_hours, now_hours) -> DoseLimitError:
    episode_id = admit(service, record)
    sign_in(service, "doctor")
    for hours in given_hours:
        clock.t = DEMO_NOW + hours * H
        record_dose(
            record,
            episode_id,
            "tocilizumab",
            560,
            clock.t,
            "IV",
            "doctor",
            override_reason="set-up",
        )
    sign_in(service, "nurse")
    clock.t = DEMO_NOW + now_hours * H
    with pytest.raises(DoseLimitError) as refused:
        record_dose(
            record, episode_id, "tocilizumab", 560, DEMO_NOW + new_hours * H, "IV", "doctor"
        )
    return refused.value


# doses given (h from DEMO_NOW), the new dose, the clock; what each language must say
CASES = [
    (  # the dose before it blocks it: the next time
        "interval",
        (-9, 0),
        2,
        2,
        {
            "en": [
                "within 8 h of another dose",
                f"next dose allowed {_when(DEMO_NOW + 8 * H)}",
            ],
            "zh_CN": ["间隔不足 8 小时", f"下次可用时间 {_when(DEMO_NOW + 8 * H)}"],
        },
    ),
    (  # a late entry 3 h before a dose recorded since: that dose's time and this one's
        "late entry",
        (0,),
        -3,
        1,
        {
            "en": [
                f"a dose at {_when(DEMO_NOW)} is already recorded",
                f"this one at {_when(DEMO_NOW - 3 * H)}",
                "Check both times with the physician",
            ],
            "zh_CN": [
                f"{_when(DEMO_NOW)} 已记录一剂",
                f"晚于本剂的 {_when(DEMO_NOW - 3 * H)}",
                "请与医生核对这两次给药时间",
            ],
        },
    ),
    (  # four given: no next time applies
        "total",
        (-60, -40, -20, -10),
        0,
        0,
        {
            "en": ["already 4 doses in total", "no further dose is allowed"],
            "zh_CN": ["已累计使用 4 次", "按本病区规定不能再用药"],
        },
    ),
]


@pytest.mark.parametrize(("case", "given", "new", "now", "says"), CASES, ids=[c[0] for c in CASES])
def test_a_refusal_says_what_applies(service, record, clock, case, given, new, now, says):
    refusal = _refusal(service, record, clock, given, new, now)
    for lang, parts in says.items():
        text = render(refusal.message, lang)
        for part in parts:
            assert part in text, text
        assert "—" not in text, text  # never a dash where a time should be
        assert "since another dose" not in text, text  # the other dose may be the later one
        assert "override" in text or "越过限制" in text  # a physician may still override
    if case == "interval":
        assert refusal.next_allowed_at == DEMO_NOW + 8 * H

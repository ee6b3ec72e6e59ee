"""The HLH/MAS checklist against the ward laboratory's own upper limits of normal
(clinical-decisions H-01): boundaries table-driven with limits that are not the app's
defaults, the limits line saying whose they are, and hypothesis properties (a higher limit
never meets more; scaling values and limits together changes nothing)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cart_bedside.logic.hlh import (
    ADULT_ULN,
    DEFAULT_LIMITS,
    HlhChecklist,
    LabLimits,
    Status,
    UpperLimits,
    hlh_checklist,
    hlh_table,
    upper_limits,
)
from cart_bedside.logic.messages import render
from cart_bedside.logic.models import LabResult

INFUSION = datetime(2026, 11, 20, 10, 0)
AT = INFUSION + timedelta(days=3)
#: A laboratory whose limits differ from every default (higher for men, lower for women).
MEN = UpperLimits(alt=60.0, ast=45.0, bilirubin=20.5, creatinine=110.0)
WOMEN = UpperLimits(alt=33.0, ast=32.0, bilirubin=17.1, creatinine=84.0)
LAB = LabLimits(MEN, WOMEN, ward=True)


def lab(name: str, value: float, hours: float = 24) -> LabResult:
    return LabResult(INFUSION + timedelta(hours=hours), name, value)


def check(labs, sex="M", limits=LAB, age=None) -> HlhChecklist:
    return hlh_checklist(labs, AT, INFUSION, sex, age, limits)


def status(labs, code, sex="M", limits=LAB) -> Status:
    return next(i for i in check(labs, sex, limits).items if i.code == code).status


@pytest.mark.parametrize(
    ("name", "value", "sex", "expected"),
    [
        ("alt", 5 * MEN.alt, "M", Status.NOT_MET),  # 300: exactly 5 × ULN is not grade 3
        ("alt", 5 * MEN.alt + 0.1, "M", Status.MET),
        ("alt", 5 * ADULT_ULN["M"].alt + 1, "M", Status.NOT_MET),  # met by default, not here
        ("alt", 5 * WOMEN.alt, "F", Status.NOT_MET),
        ("alt", 5 * WOMEN.alt + 0.1, "F", Status.MET),  # 165.1: not met by the default (200)
        ("ast", 5 * MEN.ast, "M", Status.NOT_MET),
        ("ast", 5 * MEN.ast + 0.1, "M", Status.MET),
        ("ast", 5 * WOMEN.ast + 0.1, "F", Status.MET),
        ("bilirubin", 3 * MEN.bilirubin, "M", Status.NOT_MET),
        ("bilirubin", 3 * MEN.bilirubin + 0.1, "M", Status.MET),
        ("bilirubin", 3 * WOMEN.bilirubin, "F", Status.NOT_MET),
        ("bilirubin", 3 * WOMEN.bilirubin + 0.1, "F", Status.MET),
        ("bilirubin", 3 * WOMEN.bilirubin + 0.1, None, Status.NOT_MET),  # sex unknown: men's
        ("bilirubin", 3 * MEN.bilirubin + 0.1, None, Status.MET),
    ],
)
def test_liver_boundaries_with_the_laboratory_s_limits(name, value, sex, expected):
    assert status([lab(name, value)], "liver", sex) is expected


@pytest.mark.parametrize(
    ("labs", "sex", "expected"),
    [
        ([lab("creatinine", 3 * MEN.creatinine)], "M", Status.NOT_MET),  # 330
        ([lab("creatinine", 3 * MEN.creatinine + 0.1)], "M", Status.MET),
        ([lab("creatinine", 3 * ADULT_ULN["M"].creatinine + 1)], "M", Status.NOT_MET),
        ([lab("creatinine", 3 * WOMEN.creatinine)], "F", Status.NOT_MET),  # 252
        ([lab("creatinine", 3 * WOMEN.creatinine + 0.1)], "F", Status.MET),  # default: 219
        # the baseline rise does not depend on the limits
        ([lab("creatinine", 50, -20), lab("creatinine", 150.1)], "M", Status.MET),
    ],
)
def test_kidney_boundaries_with_the_laboratory_s_limits(labs, sex, expected):
    assert status(labs, "kidney", sex) is expected


def test_the_limits_line_says_whose_limits_and_which_sex():
    ward = check([lab("alt", 100)], "F")
    assert ward.limits == WOMEN and ward.ward_limits
    en = render(ward.limits_line, "en")
    assert "the ward laboratory's" in en and "women" in en
    assert "ALT 33 U/L" in en and "total bilirubin 17.1 µmol/L" in en and "84 µmol/L" in en
    zh = render(ward.limits_line, "zh_CN")
    assert "本院检验科" in zh and "女性" in zh and "ALT 33 U/L" in zh

    default = check([lab("alt", 100)], None, DEFAULT_LIMITS)
    assert default.limits == ADULT_ULN["M"] and not default.ward_limits
    en = render(default.limits_line, "en")
    assert "the app's default" in en and "sex not recorded: men's" in en and "ALT 50 U/L" in en
    zh = render(default.limits_line, "zh_CN")
    assert "系统默认" in zh and "尚未设置" in zh and "按男性" in zh
    # the item's own detail prints the multiple of the limit used
    liver = render(check([lab("alt", 100)], "M").items[1].detail, "en")
    assert "ALT highest 100 (5 × ULN = 300)" in liver


def test_a_child_gets_no_adult_limit_whosever_they_are():
    child = check([lab("ast", 900)], "M", LAB, age=7)
    assert child.limits is None and child.items[1].status is Status.PHYSICIAN
    assert "child" in render(child.limits_line, "en").lower()
    assert upper_limits("F", 30, LAB) == WOMEN and upper_limits("F", 17, LAB) is None


def test_the_table_passes_the_limits_to_its_checklist():
    table = hlh_table([lab("alt", 301)], AT, INFUSION, "M", None, None, LAB)
    assert table.checklist.limits == MEN and table.checklist.ward_limits
    assert table.checklist.items[1].status is Status.MET
    assert hlh_table([], AT, INFUSION, "M").checklist.limits == ADULT_ULN["M"]  # the default


# -- properties -------------------------------------------------------------------------
NAMES = ("bilirubin", "ast", "alt")
_value = st.floats(min_value=0, max_value=2_000, allow_nan=False)
_limit = st.floats(min_value=1, max_value=300, allow_nan=False)
_labs = st.lists(
    st.tuples(st.sampled_from((*NAMES, "creatinine")), _value, st.sampled_from((-20, 24, 48))),
    max_size=8,
)
_limits = st.builds(UpperLimits, alt=_limit, ast=_limit, bilirubin=_limit, creatinine=_limit)


def _statuses(rows, limits: UpperLimits, scale: float = 1.0) -> dict[str, Status]:
    labs = [lab(name, value * scale, hours) for name, value, hours in rows]
    both = LabLimits(limits, limits, ward=True)
    return {i.code: i.status for i in check(labs, "M", both).items}


@given(
    rows=_labs,
    limits=_limits,
    field=st.sampled_from(("alt", "ast", "bilirubin", "creatinine")),
    factor=st.floats(min_value=1, max_value=8, allow_nan=False),
)
def test_a_higher_limit_never_meets_an_item_the_lower_one_does_not(rows, limits, field, factor):
    lower = _statuses(rows, limits)
    higher = _statuses(rows, replace(limits, **{field: getattr(limits, field) * factor}))
    for code, after in higher.items():
        assert not (after is Status.MET and lower[code] is not Status.MET), code
        # which items are recorded does not depend on the limits
        assert (after is Status.NOT_RECORDED) == (lower[code] is Status.NOT_RECORDED)


@given(rows=_labs, limits=_limits, power=st.integers(min_value=-3, max_value=3))
def test_doubling_values_and_limits_together_changes_nothing(rows, limits, power):
    """Powers of two scale floats exactly: only the ratios to the limits count."""
    scale = 2.0**power
    scaled = UpperLimits(**{f: v * scale for f, v in vars(limits).items()})
    assert _statuses(rows, scaled, scale) == _statuses(rows, limits)

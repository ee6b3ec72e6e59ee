"""The review step names the patient's protocol (§10) and shows NEWS2 beside CRS (§12)."""

from __future__ import annotations

from cart_bedside.ui.shift_entry.state import NEURO, REVIEW

from . import test_shift_entry_support as support
from .test_shift_entry_support import ADULT_BED, type_vitals

# The shared fixtures.
nurse, beds, open_entry, tapper = support.nurse, support.beds, support.open_entry, support.tapper


def test_the_review_names_the_protocol_and_shows_news2_beside_crs(nurse, beds, open_entry, tapper):
    entry = open_entry(beds[ADULT_BED])
    type_vitals(tapper, entry, ["38.6", "110", "86", "50"])
    entry.go_to(NEURO)
    tapper.tap(entry.neuro.ice.item_button("year"))
    tapper.tap(entry.neuro.consciousness.button("alert"))
    entry.go_to(REVIEW)
    assert entry.refresh_review(), entry.error_text()
    assert "发热" in entry.review.crs_reasons.text(), entry.review.error.text()
    assert "NEWS2" in entry.review.crs_reasons.text()
    assert "不能代替 CRS 分级" in entry.review.crs_reasons.text()
    assert entry.review.plan.text().startswith("本患者处理方案：")

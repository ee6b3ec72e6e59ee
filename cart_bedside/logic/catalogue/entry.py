"""Words of the shift entry's carry-forward and review (issue 11 item 1)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # what the patient is on, e.g. "nasal cannula 4 L/min"
    "entry.support.o2_flow": {"en": "{device} {flow} L/min", "zh_CN": "{device}吸氧 {flow} L/min"},
    "entry.support.with_pressors": {
        "en": "{oxygen}; vasopressor: {drugs}",
        "zh_CN": "{oxygen}；升压药：{drugs}",
    },
    "entry.support.no_pressor": {
        "en": "{oxygen}; no vasopressor",
        "zh_CN": "{oxygen}；未用升压药",
    },
    # the review: each change against the previous record
    "entry.change.none": {
        "en": "oxygen and vasopressors unchanged: {support}",
        "zh_CN": "吸氧和升压药与上次相同：{support}",
    },
    "entry.change.first": {
        "en": "first record of oxygen and vasopressors: {support}",
        "zh_CN": "首次记录吸氧和升压药：{support}",
    },
    "entry.change.o2_started": {
        "en": "oxygen started: {before} → {after}",
        "zh_CN": "开始吸氧：{before} → {after}",
    },
    "entry.change.o2_stopped": {
        "en": "oxygen stopped: {before} → {after}",
        "zh_CN": "停止吸氧：{before} → {after}",
    },
    "entry.change.o2_changed": {
        "en": "oxygen changed: {before} → {after}",
        "zh_CN": "吸氧方式改变：{before} → {after}",
    },
    "entry.change.pressor_started": {
        "en": "vasopressor started: {drug}",
        "zh_CN": "开始使用升压药：{drug}",
    },
    "entry.change.pressor_stopped": {
        "en": "vasopressor stopped: {drug}",
        "zh_CN": "停用升压药：{drug}",
    },
    "entry.change.consciousness": {
        "en": "consciousness: {before} → {after}",
        "zh_CN": "意识：{before} → {after}",
    },
    # a grade that would fall
    "entry.drop.title": {
        "en": "{kind} {before} → {after} because:",
        "zh_CN": "{kind} {before} 级 → {after} 级，原因：",
    },
    "entry.drop.was": {"en": "no longer: {reason}", "zh_CN": "已不再：{reason}"},
    "entry.drop.now": {"en": "now: {reason}", "zh_CN": "现在：{reason}"},
    "entry.drop.now_nothing": {
        "en": "now: no finding for a grade",
        "zh_CN": "现在：无可分级的表现",
    },
}

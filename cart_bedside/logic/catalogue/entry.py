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
    # a wrong PIN at a signature or co-sign prompt (it counts towards the lockout)
    "entry.error.pin_left": {
        "en": "{refused} — {left} tries left before the account locks",
        "zh_CN": "{refused}——再错 {left} 次账户将被锁定",
    },
    # a save the database could not write: what happened, what to do
    "entry.error.save_full": {
        "en": "Storage full: NOT saved. Call IT. Your entry is kept here as a draft; "
        "do not close it.",
        "zh_CN": "存储空间已满：未保存。请联系信息科。本次录入已作为草稿保留在此页面，请勿关闭。",
    },
    "entry.error.save_busy": {
        "en": "The database is busy (another device is saving): NOT saved. Wait a moment and "
        "tap “Sign and save” again; your entry is kept as a draft.",
        "zh_CN": "数据库正忙（其他设备正在保存）：未保存。请稍候再点“签名保存”；"
        "本次录入已保留为草稿。",
    },
    "entry.error.save_readonly": {
        "en": "The database cannot be written (read-only): NOT saved. Call IT; your entry "
        "is kept as a draft.",
        "zh_CN": "数据库无法写入（只读）：未保存。请联系信息科；本次录入已保留为草稿。",
    },
    "entry.error.save_io": {
        "en": "The storage reported an error: NOT saved. Call IT; your entry is kept as a draft.",
        "zh_CN": "存储设备报错：未保存。请联系信息科；本次录入已保留为草稿。",
    },
    "entry.error.save_other": {
        "en": "The entry could NOT be saved (database error). Try again; if it fails again "
        "call IT. Your entry is kept as a draft.",
        "zh_CN": "记录未能保存（数据库错误）。请重试；如仍失败请联系信息科。本次录入已保留为草稿。",
    },
    # a backup that failed (banner for the nurse and the administrator)
    "entry.backup.failed": {
        "en": "Backup failed at {time} ({error}). It will be tried again at the next shift "
        "change; tell IT if this stays.",
        "zh_CN": "{time} 备份失败（{error}）。下次交接班时将自动重试；如一直失败请告知信息科。",
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

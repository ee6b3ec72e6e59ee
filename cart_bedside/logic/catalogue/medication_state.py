"""Message texts: the tocilizumab state and a possible duplicate dose (issue 11 item 6)."""

MESSAGES: dict[str, dict[str, str]] = {
    "toci.context.crs": {"en": "CRS grade {crs} now", "zh_CN": "当前 CRS {crs} 级"},
    "toci.context.no_crs": {
        "en": "No CRS now (grade 0): the grade gives no indication for tocilizumab",
        "zh_CN": "当前无 CRS（0 级）：按分级无托珠单抗用药指征",
    },
    "toci.context.icans_without_crs": {
        "en": "ICANS grade {icans} without CRS: tocilizumab only with concurrent CRS",
        "zh_CN": "ICANS {icans} 级且无 CRS：仅在合并 CRS 时使用托珠单抗",
    },
    "toci.state.no_dose_yet": {
        "en": "No tocilizumab given yet; the limits allow a first dose ({max} in total)",
        "zh_CN": "尚未使用托珠单抗；按用药限制可给首剂（总共最多 {max} 次）",
    },
    "toci.state.allowed_now": {
        "en": "{given} of {max} doses given; the limits allow another dose now",
        "zh_CN": "已用 {given}/{max} 次；按用药限制现在可再给一剂",
    },
    "toci.state.next_at.interval": {
        "en": "{given} of {max} doses given; next dose not before {time} "
        "({hours} h after the last)",
        "zh_CN": "已用 {given}/{max} 次；下一剂最早 {time}（距上一剂满 {hours} 小时）",
    },
    "toci.state.next_at.per_24h": {
        "en": "{given} of {max} doses given; next dose not before {time} "
        "(at most {per_24h} in 24 h)",
        "zh_CN": "已用 {given}/{max} 次；下一剂最早 {time}（24 小时内最多 {per_24h} 次）",
    },
    "toci.state.limit_reached": {
        "en": "{given} of {max} doses given: the total limit is reached, no further dose "
        "(only a physician's override with a reason)",
        "zh_CN": "已用 {given}/{max} 次：已达总次数上限，不再给药（除非医生注明理由越过限制）",
    },
    "record.error.possible_duplicate": {
        "en": "{drug} {mg} mg was already recorded at {time} by {who} — is this the same dose "
        "charted twice?",
        "zh_CN": "{time} 已由 {who} 记录 {drug} {mg} mg —— 是否为同一剂重复录入？",
    },
}

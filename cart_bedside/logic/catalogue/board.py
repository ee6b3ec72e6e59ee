"""Message texts: short task names for the board card's "overdue: …" (issue 11 item 10)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the handover ward page (issue 11) ------------------------------------------
    "handover.col.vitals": {"en": "Last vitals", "zh_CN": "末次生命体征"},
    "handover.col.toci": {"en": "Tocilizumab", "zh_CN": "托珠单抗"},
    "summary.more": {"en": "+{n} more (bed page)", "zh_CN": "另 {n} 条（见床页）"},
    "summary.highest": {"en": "highest {grade}", "zh_CN": "最高 {grade} 级"},
    "summary.toci.no_dose_yet": {"en": "none given", "zh_CN": "未用"},
    "summary.toci.allowed_now": {
        "en": "{given} given; allowed now",
        "zh_CN": "已用 {given}；现可再用",
    },
    "summary.toci.next": {
        "en": "{given} given; next {time}",
        "zh_CN": "已用 {given}；下一剂 {time}",
    },
    "summary.toci.limit_reached": {
        "en": "{given}: limit reached",
        "zh_CN": "已用 {given}：已达上限",
    },
    "task.kind.vitals": {"en": "vital signs", "zh_CN": "生命体征"},
    "task.kind.ice": {"en": "neuro check", "zh_CN": "神经评估"},
    "task.kind.fluid_balance": {"en": "intake/output", "zh_CN": "出入量"},
    "task.kind.fluids": {"en": "intake/output", "zh_CN": "出入量"},
    "task.kind.labs": {"en": "labs", "zh_CN": "检验"},
    "task.kind.cart_expansion": {"en": "CAR-T expansion", "zh_CN": "CAR-T 扩增检测"},
    "task.kind.cardiac_markers": {"en": "cardiac markers", "zh_CN": "心肌标志物"},
    "task.kind.igg": {"en": "IgG", "zh_CN": "免疫球蛋白"},
    "task.kind.followup": {"en": "follow-up", "zh_CN": "随访"},
    "task.kind.response": {"en": "response assessment", "zh_CN": "疗效评估"},
    "task.kind.reassessment": {"en": "reassessment", "zh_CN": "再评估"},
    "task.kind.medications": {"en": "medication", "zh_CN": "用药"},
    "task.kind.weight": {"en": "weight", "zh_CN": "体重"},
}

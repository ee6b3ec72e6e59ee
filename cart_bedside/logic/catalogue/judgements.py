"""Message texts: protocol per admission, physician's grade, checks not done, paediatric table."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- protocol per admission (§10) ------------------------------------------------
    "service.action.change_protocol": {
        "en": "change a patient's protocol",
        "zh_CN": "更改患者的处理方案",
    },
    "record.error.same_protocol": {
        "en": "the patient already follows {protocol}",
        "zh_CN": "该患者当前已按{protocol}处理",
    },
    # --- checks not done (§12) ------------------------------------------------------
    "record.error.no_such_task": {
        "en": "there is no {kind} check due at {due} this shift",
        "zh_CN": "本班没有 {due} 到期的 {kind} 评估",
    },
    "record.error.task_closed": {
        "en": "the check due at {due} is already recorded",
        "zh_CN": "{due} 到期的评估已有记录",
    },
    # --- paediatric dosing table (§9) ------------------------------------------------
    "admin.error.paediatric_duplicate": {
        "en": "{drug} is listed twice",
        "zh_CN": "{drug} 重复列出",
    },
    "admin.error.adaptive_duration": {
        "en": "the adaptive ICE checks must last at least one interval",
        "zh_CN": "加密 ICE 评估的持续时间不能短于一次间隔",
    },
    "admin.error.paediatric_too_long": {
        "en": "the line has {length} characters; at most {max}",
        "zh_CN": "该说明有 {length} 个字，最多 {max} 个字",
    },
    # --- handover sheet ------------------------------------------------------------
    "handover.field.protocol": {"zh_CN": "处理方案", "en": "Protocol"},
    "handover.field.news2": {"zh_CN": "NEWS2 预警评分", "en": "NEWS2"},
    "handover.field.not_done": {"zh_CN": "未做的评估", "en": "Checks not done"},
    "handover.news2_vitals": {
        "zh_CN": "；{summary}，未经 CRS 验证，不能代替 CRS 分级",
        "en": "; {summary}, not validated for CRS, never instead of the CRS grade",
    },
    "handover.protocol_line": {
        "zh_CN": "{protocol}（选定依据：{why}）",
        "en": "{protocol} ({why})",
    },
    "handover.not_done_line": {"zh_CN": "{due} 截止的{task}：{why}", "en": "{due} {task}: {why}"},
    # --- trends ----------------------------------------------------------------------
    "trend.panel.news2": {"zh_CN": "NEWS2\n分值", "en": "NEWS2\nscore"},
    "trend.series.news2": {"zh_CN": "NEWS2 评分", "en": "NEWS2"},
    "trend.series.physician_crs": {"zh_CN": "医生判定 CRS", "en": "Physician's CRS"},
    "trend.series.physician_icans": {"zh_CN": "医生判定 ICANS", "en": "Physician's ICANS"},
    "trend.physician.confirmed": {
        "zh_CN": "{grade} 级（{by} 确认）",
        "en": "grade {grade} (confirmed by {by})",
    },
    "trend.physician.corrected": {
        "zh_CN": "{grade} 级（{by} 更正；系统计算 {computed} 级；理由：{reason}）",
        "en": "grade {grade} (corrected by {by}; computed {computed}; reason: {reason})",
    },
}

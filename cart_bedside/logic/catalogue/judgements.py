"""Message texts: protocol per admission, physician's grade, checks not done, paediatric table."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- protocol per admission (§10) ------------------------------------------------
    "service.action.change_protocol": {"en": "change a patient's protocol",
                                       "zh_CN": "更改患者的处理方案"},
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
        "en": "{drug} is listed twice", "zh_CN": "{drug} 重复列出",
    },
    "admin.error.adaptive_duration": {
        "en": "the adaptive ICE checks must last at least one interval",
        "zh_CN": "加密 ICE 评估的持续时间不能短于一次间隔",
    },
    "admin.error.paediatric_too_long": {
        "en": "the line has {length} characters; at most {max}",
        "zh_CN": "该说明有 {length} 个字，最多 {max} 个字",
    },
}

"""Message texts of the second clinical pass: doses for this patient, the patient's
protocol, the physician's grade, NEWS2, adaptive neuro checks and checks not done.

Chinese as a ward nurse writes it; English plain.
"""

from __future__ import annotations


def _m(zh_cn: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "en": en}


DOSING: dict[str, dict[str, str]] = {
    # §9: children and this patient's tocilizumab dose
    "dosing.tocilizumab.dose": _m(
        "{mg_per_kg} mg/kg = {dose_mg} mg（体重 {weight_kg} kg）",
        "{mg_per_kg} mg/kg = {dose_mg} mg (weight {weight_kg} kg)",
    ),
    "dosing.tocilizumab.capped": _m(
        "{mg_per_kg} mg/kg，单次不超过 800 mg，即 {dose_mg} mg（体重 {weight_kg} kg）",
        "{mg_per_kg} mg/kg capped at 800 mg per dose = {dose_mg} mg (weight {weight_kg} kg)",
    ),
    "dosing.tocilizumab.no_weight": _m(
        "按体重计算剂量（≥30 kg 8 mg/kg，<30 kg 12 mg/kg，单次不超过 800 mg）——未记录体重，"
        "请先称重",
        "dose by weight (8 mg/kg from 30 kg, 12 mg/kg under 30 kg, at most 800 mg per dose) — "
        "no weight recorded: weigh the patient first",
    ),
    "dosing.tocilizumab.appended": _m(
        "{line}本患者托珠单抗剂量：{dose}。", "{line} Tocilizumab for this patient: {dose}."
    ),
    "dosing.adult_dose": _m("【成人剂量】{line}", "[adult dose] {line}"),
    "dosing.paediatric_line": _m("儿童剂量（{drug}）：{text}", "Paediatric dose ({drug}): {text}"),
    "dosing.paediatric_default": _m(
        "按体重计算剂量，由主管医生确定", "paediatric dose by weight, per the treating physician"
    ),
    "dosing.adult_dose_alert": _m(
        "【成人剂量】{line}；{paediatric}", "[adult dose] {line}; {paediatric}"
    ),
}

PROTOCOL_CHOICE: dict[str, dict[str, str]] = {
    # §10: short names for cards and headers; why this protocol
    "protocol.short.tci-1203-2025": _m("T/CI 1203—2025 团体标准", "T/CI 1203—2025"),
    "protocol.short.mm-2022": _m("骨髓瘤 CAR-T 共识 2022", "Myeloma CAR-T consensus 2022"),
    "protocol.short.review-astct": _m("CRS/ICANS 综述（ASTCT）", "CRS/ICANS review (ASTCT)"),
    "protocol.short.nad-2025": _m(
        "神经免疫病 CAR-T 共识 2025", "Neuro-autoimmune CAR-T consensus 2025"
    ),
    "protocol.choice.diagnosis": _m(
        "按诊断（{diagnosis}）选定", "set from the diagnosis ({diagnosis})"
    ),
    "protocol.choice.ward_default": _m("病区默认方案", "ward default"),
    "protocol.choice.changed": _m("{by} 更改，理由：{reason}", "changed by {by}: {reason}"),
}

PHYSICIAN_GRADE: dict[str, dict[str, str]] = {
    # §11
    "grade.shown.computed": _m(
        "{syndrome} {grade} 级（系统计算）", "{syndrome} grade {grade} (computed)"
    ),
    "grade.shown.confirmed": _m(
        "{syndrome} {grade} 级（{by} 已确认）", "{syndrome} grade {grade} (confirmed by {by})"
    ),
    "grade.shown.corrected": _m(
        "{syndrome} {grade} 级（医生 {by} 判定；系统计算 {computed} 级；理由：{reason}）",
        "{syndrome} grade {grade} (physician {by}; computed {computed}; reason: {reason})",
    ),
    "grade.shown.lapsed": _m(
        "{syndrome} {grade} 级（系统计算；{by} 于 {time} 判定的 {physician} 级因之后的记录改变了"
        "计算分级而不再适用）",
        "{syndrome} grade {grade} (computed; {by}'s grade {physician} of {time} no longer "
        "stands: a later record changed the computed grade)",
    ),
}

NEWS2: dict[str, dict[str, str]] = {
    # §12 NEWS2 (Royal College of Physicians 2017)
    "news2.band.low": _m("低危", "low"),
    "news2.band.urgent_review": _m("需紧急评估", "urgent review"),
    "news2.band.emergency": _m("需紧急处理", "emergency"),
    "news2.summary": _m("NEWS2 {total} 分（{band}）", "NEWS2 {total} ({band})"),
    "news2.single_3": _m("单项 3 分：{parameter}", "a single parameter scores 3: {parameter}"),
    "news2.not_validated_for_crs": _m(
        "NEWS2 未在 CRS 中验证，仅作参考，不能代替 CRS 分级",
        "NEWS2 is not validated for CRS: shown beside the CRS grade, never instead of it",
    ),
    "news2.incomplete": _m("NEWS2 未计算：缺少 {missing}", "NEWS2 not scored: {missing} missing"),
    "news2.not_for_children": _m(
        "NEWS2 不适用于 16 岁以下儿童（英国皇家内科医师学会）",
        "NEWS2 is not used under 16 years (Royal College of Physicians)",
    ),
    "news2.param.rr": _m("呼吸频率", "respiration rate"),
    "news2.param.spo2": _m("血氧饱和度", "SpO2"),
    "news2.param.air_or_oxygen": _m("吸氧", "air or oxygen"),
    "news2.param.sbp": _m("收缩压", "systolic BP"),
    "news2.param.hr": _m("心率", "pulse"),
    "news2.param.consciousness": _m("意识", "consciousness"),
    "news2.param.temp": _m("体温", "temperature"),
    "news2.acvpu.a": _m("清醒", "alert"),
    "news2.acvpu.c": _m("新发意识混乱", "new confusion"),
    "news2.acvpu.v": _m("对声音有反应", "responds to voice"),
    "news2.acvpu.p": _m("对疼痛有反应", "responds to pain"),
    "news2.acvpu.u": _m("无反应", "unresponsive"),
    "source.rcp_news2": _m(
        "英国皇家内科医师学会 NEWS2（2017）", "Royal College of Physicians, NEWS2 (2017)"
    ),
}

CHECKS: dict[str, dict[str, str]] = {
    # §12 adaptive ICE schedule and checks recorded as not done
    "task.ice_adaptive": _m(
        "ICE 评估（{freq}，ICE 下降或 ICANS 加重后 {hours} 小时内）",
        "ICE check ({freq}, for {hours} h after ICE fell or ICANS rose)",
    ),
    "task.freq.minutes": _m("每 {minutes} 分钟", "every {minutes} min"),
    "task.status.not_done": _m("未做（{reason}）", "not done ({reason})"),
    "not_done.patient_refused": _m("患者拒绝", "patient refused"),
    "not_done.off_ward": _m("外出检查，不在病区", "off the ward (imaging or procedure)"),
    "not_done.asleep_per_physician": _m(
        "患者入睡，遵医嘱不唤醒", "asleep, not to be woken per physician"
    ),
    "not_done.other": _m("其他原因", "other reason"),
    "adaptive.reason.ice_fell": _m(
        "ICE 由 {before} 分降至 {after} 分", "ICE fell from {before} to {after}"
    ),
    "adaptive.reason.icans_rose": _m(
        "ICANS 由 {before} 级升至 {after} 级", "ICANS rose from grade {before} to {after}"
    ),
    "source.adaptive_ice": _m(
        "病区设置（参照澳大利亚 CAR-T 中心做法）",
        "ward setting (after the practice of an Australian CAR-T unit)",
    ),
}

INPUT: dict[str, dict[str, str]] = {
    # the door of ``cart-bedside assess`` (logic/case_json.py)
    "error.input_encoding": _m(
        "不是有效的 {encoding} 文本（第 {offset} 字节）",
        "not valid {encoding} text (at byte {offset})",
    ),
    "error.input_too_deep": _m(
        "嵌套超过 {limit} 层，病例格式不允许",
        "nested deeper than {limit} levels, which the case format does not allow",
    ),
    "error.not_finite": _m("{value} 不是有限数值", "{value} is not a finite number"),
    "error.number_too_large": _m("数值 {value} 超出可处理范围", "number {value} is out of range"),
    "error.bad_text": _m(
        "含无效字符（孤立的 UTF-16 代理项）",
        "contains an invalid character (a lone UTF-16 surrogate)",
    ),
    "error.duplicate_key": _m(
        "键重复出现（同一对象中只能出现一次）", "duplicate key (a key may appear once per object)"
    ),
    "error.not_json": _m(
        "不是有效的 JSON（第 {line} 行第 {column} 列：{reason}）",
        "not valid JSON (line {line}, column {column}: {reason})",
    ),
    "error.year_out_of_range": _m(
        "年份 {year} 超出 1900–2200 年范围", "year {year} is outside 1900–2200"
    ),
    "error.internal": _m(
        "无法评估该病例（程序内部错误 {kind}，请反馈给维护人员）",
        "the case could not be assessed (internal error {kind}; please report it)",
    ),
}

MESSAGES: dict[str, dict[str, str]] = {}
for _part in (DOSING, PROTOCOL_CHOICE, PHYSICIAN_GRADE, NEWS2, CHECKS, INPUT):
    for _code, _texts in _part.items():
        if _code in MESSAGES:
            raise RuntimeError(f"message code {_code!r} defined twice")
        MESSAGES[_code] = _texts

"""Texts of the HLH/MAS panel's confirmation checklist (clinical-rules §4; logic.hlh)."""

from __future__ import annotations


def _m(zh: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "hlh.checklist.rule": _m(
        "铁蛋白峰值 > 10000 µg/L，且以下 4 项中至少 2 项（仅供核对，不是诊断结论）：",
        "Peak ferritin > 10 000 µg/L plus at least two of the four below (a checklist, "
        "not a diagnosis):",
    ),
    "hlh.check.ferritin": _m("铁蛋白峰值 > 10000 µg/L", "peak ferritin > 10 000 µg/L"),
    "hlh.check.liver": _m(
        "胆红素、AST 或 ALT 升高 ≥ 3 级", "grade ≥ 3 rise of bilirubin, AST or ALT"
    ),
    "hlh.check.kidney": _m("少尿或血肌酐升高 ≥ 3 级", "grade ≥ 3 oliguria or creatinine rise"),
    "hlh.check.lung": _m("肺水肿 ≥ 3 级", "grade ≥ 3 pulmonary oedema"),
    "hlh.check.haemophagocytosis": _m(
        "骨髓或组织见噬血现象", "haemophagocytosis in marrow or tissue"
    ),
    "hlh.status.met": _m("符合", "met"),
    "hlh.status.not_met": _m("不符合", "not met"),
    "hlh.status.not_recorded": _m("未记录", "not recorded"),
    "hlh.status.physician": _m("医生判断", "physician to judge"),
    "hlh.lab.bilirubin": _m("总胆红素", "total bilirubin"),
    "hlh.lab.ast": _m("谷草转氨酶（AST）", "AST"),
    "hlh.lab.alt": _m("谷丙转氨酶（ALT）", "ALT"),
    "hlh.detail.ferritin": _m("回输后最高 {value} µg/L", "highest since infusion {value} µg/L"),
    "hlh.detail.lab_x_uln": _m(
        "{lab} 最高 {value}（{times} 倍正常上限 = {limit}）",
        "{lab} highest {value} ({times} × ULN = {limit})",
    ),
    "hlh.detail.lab_highest": _m("{lab} 最高 {value}", "{lab} highest {value}"),
    "hlh.detail.child": _m(
        "{detail}；儿童不适用成人正常上限，请医生判断",
        "{detail}; adult limits do not apply to a child: physician to judge",
    ),
    "hlh.detail.creatinine_child": _m(
        "血肌酐最高 {value} µmol/L（回输前基线 {baseline}；超过基线 3 倍才由系统判定符合，"
        "否则请医生判断）",
        "creatinine highest {value} µmol/L (baseline before infusion {baseline}; met above "
        "3 × baseline, otherwise physician to judge)",
    ),
    "hlh.checklist.limits_child": _m(
        "儿童：系统不使用成人正常上限，肝功能请医生按儿童参考值判断",
        "Child: the app applies no adult upper limit; judge liver values against the "
        "child's reference ranges",
    ),
    "hlh.detail.parts": _m("化验：{parts}", "labs: {parts}"),
    "hlh.detail.with_missing": _m(
        "{detail}；未记录：{missing}", "{detail}; not recorded: {missing}"
    ),
    "hlh.detail.creatinine": _m(
        "血肌酐最高 {value} µmol/L（3 倍正常上限 = {limit}）",
        "creatinine highest {value} µmol/L (3 × ULN = {limit})",
    ),
    "hlh.detail.creatinine_baseline": _m(
        "血肌酐最高 {value} µmol/L（3 倍正常上限 = {limit}；回输前基线 {baseline}）",
        "creatinine highest {value} µmol/L (3 × ULN = {limit}; baseline before infusion "
        "{baseline})",
    ),
    "hlh.detail.kidney_not_met": _m(
        "{detail}；少尿请医生判断", "{detail}; oliguria: physician to judge"
    ),
    "hlh.detail.ferritin_none": _m("回输后未记录铁蛋白", "no ferritin recorded since infusion"),
    "hlh.detail.liver_none": _m(
        "回输后未记录总胆红素、AST、ALT", "no bilirubin, AST or ALT recorded since infusion"
    ),
    "hlh.detail.kidney_none": _m(
        "回输后未记录血肌酐；少尿请医生判断",
        "no creatinine recorded since infusion; oliguria: physician to judge",
    ),
    "hlh.detail.lung_physician": _m("依据影像学，请医生判断", "from imaging: physician to judge"),
    "hlh.detail.hp_physician": _m(
        "依据骨髓或组织病理，请医生判断", "from marrow or tissue pathology: physician to judge"
    ),
    "hlh.checklist.summary": _m(
        "铁蛋白：{ferritin}；化验可判断的器官标准符合 {met} 项（需 {needed} 项，其余请医生判断）",
        "Ferritin: {ferritin}; organ criteria met from labs: {met} ({needed} needed; the rest "
        "for the physician)",
    ),
    "hlh.checklist.limits_ward": _m(
        "所用正常上限（本院检验科，病区设置；{sex}）：ALT {alt} U/L，AST {ast} U/L，"
        "总胆红素 {bilirubin} µmol/L，血肌酐 {creatinine} µmol/L",
        "Upper limits of normal used (the ward laboratory's, set in Settings → Ward; {sex}): "
        "ALT {alt} U/L, AST {ast} U/L, total bilirubin {bilirubin} µmol/L, creatinine "
        "{creatinine} µmol/L",
    ),
    "hlh.checklist.limits_default": _m(
        "所用正常上限（系统默认成人参考值，本院检验科的尚未设置，以本院检验科为准；{sex}）："
        "ALT {alt} U/L，AST {ast} U/L，总胆红素 {bilirubin} µmol/L，血肌酐 {creatinine} µmol/L",
        "Upper limits of normal used (the app's default adult values, the ward laboratory's "
        "are not set: your laboratory's range prevails; {sex}): ALT {alt} U/L, AST {ast} U/L, "
        "total bilirubin {bilirubin} µmol/L, creatinine {creatinine} µmol/L",
    ),
    "hlh.limits_sex.men": _m("男性", "men"),
    "hlh.limits_sex.women": _m("女性", "women"),
    "hlh.limits_sex.unknown": _m("性别未记录，按男性", "sex not recorded: men's"),
    "handover.field.hlh": _m("HLH/MAS 核对", "HLH criteria"),
    "handover.hlh_item": _m("{label}：{status}（{detail}）", "{label}: {status} ({detail})"),
}

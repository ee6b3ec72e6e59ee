"""Message texts: guideline sources, protocol names and management-step lines.

Every line is the app's own wording of a step in a source guideline (seeds
000, 001, 002, 004 in ``shared/seeds``), written as decision support
("guideline suggests …"); doses, intervals and departments are kept exactly as
the source gives them. Which line belongs to which grade is data in
``logic/protocols.py``; docs/clinical-decisions.md explains the readings.
"""

from __future__ import annotations


def _m(zh_cn: str, en: str) -> dict[str, str]:
    return {"zh_CN": zh_cn, "en": en}


_S000 = "T/CI 1203—2025"
_S001_ZH = "多发性骨髓瘤 CAR-T 中国专家共识（2022）"
_S001_EN = "Chinese expert consensus on CAR-T for multiple myeloma (2022)"
_S002_ZH = "神经系统自身免疫性疾病 CAR-T 专家共识（2025）"
_S002_EN = "Expert consensus on CAR-T for neurological autoimmune diseases (2025)"
_S004_ZH = "CAR-T 相关 CRS 与 ICANS 诊疗进展综述"
_S004_EN = "Review of CRS and ICANS after CAR-T"

#: Guideline sources a rule, step or alert can cite (``source.<seed>.<section>``).
SOURCES: dict[str, dict[str, str]] = {
    # seed 000 — group standard T/CI 1203—2025
    "source.seed000.table1": _m(f"{_S000} 表 1（CRS 的 MDT 管理）", f"{_S000}, Table 1"),
    "source.seed000.table2": _m(
        f"{_S000} 表 2（CRES 即 ICANS 的 MDT 管理）", f"{_S000}, Table 2, CRES = ICANS"
    ),
    "source.seed000.table3": _m(f"{_S000} 表 3（HLH/MAS、感染、骨髓抑制）", f"{_S000}, Table 3"),
    "source.seed000.table4": _m(f"{_S000} 表 4（B 细胞缺乏与乙肝病毒再激活）", f"{_S000}, Table 4"),
    "source.seed000.s3_4": _m(f"{_S000} 3.4（CRES 定义）", f"{_S000}, 3.4, definition of CRES"),
    "source.seed000.s5_1_3_1": _m(
        f"{_S000} 5.1.3.1（实验室检查）", f"{_S000}, 5.1.3.1, laboratory tests"
    ),
    "source.seed000.s6_1_1": _m(f"{_S000} 6.1.1（高危因素）", f"{_S000}, 6.1.1, high-risk factors"),
    "source.seed000.s6_1_3": _m(
        f"{_S000} 6.1.3（预处理后再评估）", f"{_S000}, 6.1.3, re-assessment after lymphodepletion"
    ),
    "source.seed000.s6_2_1": _m(
        f"{_S000} 6.2.1（输注后毒性评估项目）", f"{_S000}, 6.2.1, monitoring after infusion"
    ),
    "source.seed000.s7_1": _m(
        f"{_S000} 7.1（B 细胞缺乏与低丙种球蛋白血症）", f"{_S000}, 7.1, B-cell aplasia and IVIG"
    ),
    "source.seed000.s7_2": _m(f"{_S000} 7.2（乙肝病毒再激活）", f"{_S000}, 7.2, HBV reactivation"),
    "source.seed000.s8_2": _m(
        f"{_S000} 8.2（疗效评估节点）", f"{_S000}, 8.2, response-assessment schedule"
    ),
    # seed 001 — multiple myeloma consensus 2022
    "source.seed001.eligibility": _m(f"{_S001_ZH}：一般要求", f"{_S001_EN}, general requirements"),
    "source.seed001.apheresis": _m(
        f"{_S001_ZH}：淋巴细胞采集要求", f"{_S001_EN}, apheresis requirements"
    ),
    "source.seed001.washout": _m(
        f"{_S001_ZH}：采集前停药要求", f"{_S001_EN}, drug wash-out before apheresis"
    ),
    "source.seed001.levetiracetam": _m(
        f"{_S001_ZH}：既往中枢神经系统疾病与癫痫预防", f"{_S001_EN}, seizure prophylaxis"
    ),
    "source.seed001.crs": _m(f"{_S001_ZH}：CRS 的识别与处理", f"{_S001_EN}, CRS recognition"),
    "source.seed001.hlh_mas": _m(
        f"{_S001_ZH}：一线干预 12 小时后无改善警惕 HLH/MAS",
        f"{_S001_EN}, HLH/MAS after 12 h without improvement",
    ),
    "source.seed001.table3": _m(
        f"{_S001_ZH} 表 3（CRS 分级）", f"{_S001_EN}, Table 3, CRS grading"
    ),
    "source.seed001.table4": _m(
        f"{_S001_ZH} 表 4（CRS 分级管理及托珠单抗用法）", f"{_S001_EN}, Table 4"
    ),
    "source.seed001.neurotoxicity": _m(
        f"{_S001_ZH}：神经毒性评估", f"{_S001_EN}, neurotoxicity work-up"
    ),
    "source.seed001.table5": _m(f"{_S001_ZH} 表 5（ICANS 分级管理）", f"{_S001_EN}, Table 5"),
    "source.seed001.infection": _m(f"{_S001_ZH}：感染的预防", f"{_S001_EN}, infection prophylaxis"),
    "source.seed001.neutropenia": _m(
        f"{_S001_ZH}：3～4 度粒细胞缺乏的处理", f"{_S001_EN}, grade 3–4 neutropenia"
    ),
    "source.seed001.igg": _m(
        f"{_S001_ZH}：低免疫球蛋白血症", f"{_S001_EN}, hypogammaglobulinaemia"
    ),
    "source.seed001.followup": _m(f"{_S001_ZH}：随访", f"{_S001_EN}, follow-up"),
    # seed 002 — neurological autoimmune diseases consensus 2025
    "source.seed002.eligibility": _m(
        f"{_S002_ZH}：接受治疗患者的基本条件", f"{_S002_EN}, requirements before treatment"
    ),
    "source.seed002.monitoring": _m(
        f"{_S002_ZH}：分阶段重点监测", f"{_S002_EN}, staged monitoring"
    ),
    "source.seed002.lymphodepletion": _m(
        f"{_S002_ZH}：淋巴细胞清除期监测", f"{_S002_EN}, monitoring during lymphodepletion"
    ),
    "source.seed002.crs": _m(
        f"{_S002_ZH}：早期不良反应监测（CRS）", f"{_S002_EN}, early adverse events: CRS"
    ),
    "source.seed002.icans": _m(
        f"{_S002_ZH}：早期不良反应监测（ICANS）", f"{_S002_EN}, early adverse events: ICANS"
    ),
    "source.seed002.hlh_mas": _m(
        f"{_S002_ZH}：早期不良反应监测（HLH/MAS）", f"{_S002_EN}, early adverse events: HLH/MAS"
    ),
    "source.seed002.organ": _m(
        f"{_S002_ZH}：重要脏器损伤监测", f"{_S002_EN}, organ injury monitoring"
    ),
    "source.seed002.icaht": _m(
        f"{_S002_ZH}：免疫效应细胞相关血液毒性（ICAHT）", f"{_S002_EN}, ICAHT"
    ),
    "source.seed002.cytopenia": _m(
        f"{_S002_ZH}：骨髓抑制与 ICAHT 的处理", f"{_S002_EN}, cytopenia and ICAHT management"
    ),
    "source.seed002.month3": _m(
        f"{_S002_ZH}：回输后 3 个月内的监测", f"{_S002_EN}, monitoring to month 3"
    ),
    "source.seed002.longterm": _m(
        f"{_S002_ZH}：长期监测和随访", f"{_S002_EN}, long-term follow-up"
    ),
    "source.seed002.washout": _m(
        f"{_S002_ZH}：单采前药物减量和洗脱", f"{_S002_EN}, drug tapering and wash-out"
    ),
    "source.seed002.infusion": _m(f"{_S002_ZH}：CAR-T 细胞回输", f"{_S002_EN}, CAR-T infusion"),
    "source.seed002.management": _m(
        f"{_S002_ZH}：细胞因子相关不良反应的处理",
        f"{_S002_EN}, management of cytokine-related adverse events",
    ),
    "source.seed002.icans_fallback": _m(
        f"{_S002_ZH}未给出 ICANS 分级处理，此处沿用{_S004_ZH} 2.4 节",
        f"{_S002_EN} gives no ICANS treatment steps; the steps shown are those of the "
        f"{_S004_EN}, §2.4",
    ),
    "source.seed002.infection": _m(
        f"{_S002_ZH}：感染（重症肌无力患者的用药注意）",
        f"{_S002_EN}, infection, incl. myasthenia gravis",
    ),
    "source.seed002.b_cell": _m(f"{_S002_ZH}：B 细胞缺乏", f"{_S002_EN}, B-cell aplasia"),
    "source.seed002.igg": _m(
        f"{_S002_ZH}：低免疫球蛋白血症", f"{_S002_EN}, hypogammaglobulinaemia"
    ),
    # seed 003 — CDE draft technical guideline 2024
    "source.seed003.safety": _m(
        "CDE 淋巴造血系统恶性肿瘤 CAR-T 临床试验技术指导原则"
        "（2024 征求意见稿）：安全性监测和风险管理",
        "CDE draft guideline on CAR-T trials in lymphohaematopoietic "
        "malignancies (2024), safety monitoring",
    ),
    # seed 004 — review of CRS and ICANS
    "source.seed004.s1_3": _m(f"{_S004_ZH} 1.3（CRS 临床表现，HLH/MAS）", f"{_S004_EN}, §1.3"),
    "source.seed004.s1_4": _m(f"{_S004_ZH} 1.4（CRS 分级与处理）", f"{_S004_EN}, §1.4"),
    "source.seed004.table2": _m(f"{_S004_ZH} 表 2（CRS 分级与处理）", f"{_S004_EN}, Table 2"),
    "source.seed004.s2": _m(
        f"{_S004_ZH} 2（ICANS 的定义，旧称 CRES）", f"{_S004_EN}, §2, ICANS formerly called CRES"
    ),
    "source.seed004.s2_1": _m(
        f"{_S004_ZH} 2.1（ICANS 危险因素，Gust 早期预测）",
        f"{_S004_EN}, §2.1, Gust early predictors",
    ),
    "source.seed004.s2_3": _m(f"{_S004_ZH} 2.3（ICANS 临床表现）", f"{_S004_EN}, §2.3"),
    "source.seed004.s2_4": _m(f"{_S004_ZH} 2.4（ICANS 分级与处理）", f"{_S004_EN}, §2.4"),
    # consensus papers the seeds cite
    "source.astct2019": _m(
        "ASTCT 2019 共识分级（Lee 等，Biol Blood Marrow Transplant 2019;25:625–638）",
        "ASTCT 2019 consensus grading (Lee et al., Biol Blood Marrow Transplant 2019;25:625–638)",
    ),
    "source.neelapu2018": _m(
        "Neelapu 等，Nat Rev Clin Oncol 2018;15:47–62（HLH/MAS 标准）",
        "Neelapu et al., Nat Rev Clin Oncol 2018;15:47–62 (HLH/MAS criteria)",
    ),
    "source.eha_ebmt2023": _m(
        "EHA/EBMT ICAHT 共识分级（Rejeski 等，Blood 2023;142:865–877）",
        "EHA/EBMT ICAHT consensus grading (Rejeski et al., Blood 2023;142:865–877)",
    ),
    "source.ctcae5": _m(
        "不良事件通用术语标准（CTCAE）5.0 版",
        "Common Terminology Criteria for Adverse Events (CTCAE) v5.0",
    ),
    "source.app.reading": _m(
        "本应用的解读（见 docs/clinical-decisions.md）",
        "The app's reading (see docs/clinical-decisions.md)",
    ),
}

PROTOCOL_NAMES: dict[str, dict[str, str]] = {
    "protocol.name.tci-1203-2025": _m(
        f"{_S000} 团体标准（血液系统恶性肿瘤，多学科协作管理）",
        f"{_S000} group standard (haematological malignancies, MDT management)",
    ),
    "protocol.name.mm-2022": _m(_S001_ZH, _S001_EN),
    "protocol.name.review-astct": _m(f"{_S004_ZH}（ASTCT 分级）", f"{_S004_EN} (ASTCT grading)"),
    "protocol.name.nad-2025": _m(_S002_ZH, _S002_EN),
}

# Shared phrases (kept identical wherever a table repeats itself).
_ECG = _m("指南建议：持续心电监护。", "Guideline suggests: continuous ECG monitoring.")
_ANTI_INFECTIVE = _m("指南建议：抗感染治疗。", "Guideline suggests: anti-infective therapy.")

TCI: dict[str, dict[str, str]] = {
    # --- seed 000 Table 1: CRS ---
    "protocol.tci-1203-2025.crs.1.line1": _ECG,
    "protocol.tci-1203-2025.crs.1.line2": _m(
        "指南建议：退热处理。", "Guideline suggests: antipyretic treatment."
    ),
    "protocol.tci-1203-2025.crs.1.line3": _m(
        "指南建议：托珠单抗 8 mg/kg 静脉滴注，滴注 1 小时。",
        "Guideline suggests: tocilizumab 8 mg/kg IV, infused over 1 h.",
    ),
    "protocol.tci-1203-2025.crs.1.line4": _ANTI_INFECTIVE,
    "protocol.tci-1203-2025.crs.1.line5": _m(
        "指南建议：慎用糖皮质激素。", "Guideline suggests: use corticosteroids with caution."
    ),
    "protocol.tci-1203-2025.crs.1.line6": _m(
        "建议检查：血常规、血生化、凝血功能；感染相关的 PCT、CRP、肺部 CT、血培养、"
        "病毒学（甲流/乙流、新冠等）及血病原学 NGS。",
        "Suggested tests: CBC, chemistry, coagulation; for infection PCT, CRP, chest CT, "
        "blood culture, viral tests (influenza A/B, SARS-CoV-2 …) and blood pathogen NGS.",
    ),
    "protocol.tci-1203-2025.crs.1.line7": _m(
        "建议检查：动态监测 IL-6、IL-8、IL-10、IFN-γ、TNF 等细胞因子及 CRP、血清铁蛋白；"
        "CAR-T 扩增检测。",
        "Suggested tests: serial cytokines (IL-6, IL-8, IL-10, IFN-γ, TNF), CRP and serum "
        "ferritin; CAR-T expansion.",
    ),
    "protocol.tci-1203-2025.crs.1.line8": _m(
        "建议 MDT 参与科室：血液科、感染科、呼吸内科。",
        "Suggested MDT: haematology, infectious diseases, respiratory medicine.",
    ),
    "protocol.tci-1203-2025.crs.1.line9": _m(
        "MDT 讨论重点：判断发热来自感染、CRS，还是两者兼有。",
        "MDT discussion focus: is the fever due to infection, to CRS, or to both?",
    ),
    "protocol.tci-1203-2025.crs.2.line1": _ECG,
    "protocol.tci-1203-2025.crs.2.line2": _m(
        "指南建议：按需给予对症处理——退热、吸氧、补液、升压药。",
        "Guideline suggests: symptomatic care as needed — antipyretics, oxygen, fluids, "
        "vasopressors.",
    ),
    "protocol.tci-1203-2025.crs.2.line3": _m(
        "指南建议：托珠单抗或司妥昔单抗。", "Guideline suggests: tocilizumab or siltuximab."
    ),
    "protocol.tci-1203-2025.crs.2.line4": _m(
        "指南建议：地塞米松每次 10 mg；未缓解者每 6～12 小时重复一次。",
        "Guideline suggests: dexamethasone 10 mg per dose; if no response, repeat every 6–12 h.",
    ),
    "protocol.tci-1203-2025.crs.2.line5": _ANTI_INFECTIVE,
    "protocol.tci-1203-2025.crs.2.line6": _m(
        "建议 MDT 参与科室：血液科、感染科、呼吸内科、心内科、消化科等。",
        "Suggested MDT: haematology, infectious diseases, respiratory medicine, cardiology, "
        "gastroenterology and others.",
    ),
    "protocol.tci-1203-2025.crs.2.line7": _m(
        "MDT 讨论重点：由呼吸内科和感染科帮助判断发热及低氧的原因；由心内科分析低血压原因并"
        "拟定升压方案；有消化道症状或肝功能损害时请消化内科协助诊断。",
        "MDT discussion focus: respiratory medicine and infectious diseases help find the "
        "cause of fever and hypoxia; cardiology helps explain hypotension and plans "
        "vasopressor support; gastroenterology helps with GI symptoms or liver injury.",
    ),
    "protocol.tci-1203-2025.crs.3.line1": _m(
        "指南建议：必要时入住 ICU。", "Guideline suggests: ICU admission if needed."
    ),
    "protocol.tci-1203-2025.crs.3.line2": _m(
        "指南建议：地塞米松每次 10～20 mg，每 6～12 小时一次。",
        "Guideline suggests: dexamethasone 10–20 mg per dose, every 6–12 h.",
    ),
    "protocol.tci-1203-2025.crs.3.line3": _m(
        "指南建议：血浆置换。", "Guideline suggests: plasma exchange."
    ),
    "protocol.tci-1203-2025.crs.3.line4": _m(
        "建议 MDT 参与科室：血液科、重症医学科、感染科、呼吸内科、心内科、神经内科、消化内科等。",
        "Suggested MDT: haematology, critical care, infectious diseases, respiratory "
        "medicine, cardiology, neurology, gastroenterology and others.",
    ),
    "protocol.tci-1203-2025.crs.3.line5": _m(
        "MDT 讨论重点：各科共同评估心、肺、脑等重要脏器功能及是否需入住 ICU；其余同 2 级。",
        "MDT discussion focus: together assess heart, lung, brain and other vital organ "
        "function and whether ICU care is needed; otherwise as for grade 2.",
    ),
    "protocol.tci-1203-2025.crs.4.line1": _m(
        "指南建议：入住 ICU 并给予高级生命支持。",
        "Guideline suggests: ICU admission with advanced life support.",
    ),
    "protocol.tci-1203-2025.crs.4.line2": _m(
        "指南建议：大剂量激素冲击，甲泼尼龙 1 g/d，之后逐渐减量。",
        "Guideline suggests: high-dose steroid pulse, methylprednisolone 1 g/day, then "
        "taper gradually.",
    ),
    "protocol.tci-1203-2025.crs.4.line3": _m(
        "建议 MDT 参与科室：血液科、感染科、呼吸内科、消化内科、重症监护室、神经内科、肾内科等。",
        "Suggested MDT: haematology, infectious diseases, respiratory medicine, "
        "gastroenterology, intensive care unit, neurology, nephrology and others.",
    ),
    "protocol.tci-1203-2025.crs.4.line4": _m(
        "MDT 讨论重点：由血液科和重症医学科牵头，找出威胁生命的主要问题，制定更高强度的治疗方案。",
        "MDT discussion focus: led by haematology and critical care; identify the main "
        "life-threatening problem and plan higher-intensity treatment.",
    ),
    # --- seed 000 Table 2: CRES (= ICANS) ---
    "protocol.tci-1203-2025.icans.1.line1": _m(
        "指南建议：必要时镇静、禁食，预防误吸。",
        "Guideline suggests: sedation if needed, nil by mouth, aspiration precautions.",
    ),
    "protocol.tci-1203-2025.icans.1.line2": _m(
        "指南建议：预防性使用左乙拉西坦（骨髓瘤共识给出的预防剂量为 750 mg，每 12 小时一次）。",
        "Guideline suggests: prophylactic levetiracetam (the myeloma consensus gives "
        "750 mg every 12 h as the prophylactic dose).",
    ),
    "protocol.tci-1203-2025.icans.1.line3": _m(
        "指南建议：因同时存在 CRS，可用托珠单抗。",
        "Guideline suggests: tocilizumab, because CRS is also present.",
    ),
    "protocol.tci-1203-2025.icans.1.line4": _m(
        "指南建议：慎用糖皮质激素。", "Guideline suggests: use corticosteroids with caution."
    ),
    "protocol.tci-1203-2025.icans.1.line5": _m(
        "建议检查：眼底镜、头颅 MRI、脑电图；诊断性腰椎穿刺并测脑压，脑脊液送常规、生化、"
        "含 IL-6 的细胞因子、CAR-T 拷贝数、脱落细胞涂片、病原学或病理 NGS。",
        "Suggested tests: fundoscopy, head MRI, EEG; diagnostic lumbar puncture with opening "
        "pressure, CSF for routine and biochemistry, cytokines incl. IL-6, CAR-T copies, "
        "cytology, pathogen or pathology NGS.",
    ),
    "protocol.tci-1203-2025.icans.1.line6": _m(
        "建议 MDT 参与科室：血液科、神经内科/神经外科。",
        "Suggested MDT: haematology, neurology/neurosurgery.",
    ),
    "protocol.tci-1203-2025.icans.1.line7": _m(
        "MDT 讨论重点：明确诊断，需排除脑出血、脑梗死、感染及其他原发性颅内病变。",
        "MDT discussion focus: confirm the diagnosis; rule out haemorrhage, infarction, "
        "infection and other primary intracranial disease.",
    ),
    "protocol.tci-1203-2025.icans.2.line1": _m(
        "指南建议：继续 1 级的支持治疗。",
        "Guideline suggests: continue the grade-1 supportive care.",
    ),
    "protocol.tci-1203-2025.icans.2.line2": _m(
        "指南建议：地塞米松 10 mg，每 6 小时一次。",
        "Guideline suggests: dexamethasone 10 mg every 6 h.",
    ),
    "protocol.tci-1203-2025.icans.2.line3": _m(
        "建议 MDT 参与科室：血液科、神经内科/神经外科、重症医学科。",
        "Suggested MDT: haematology, neurology/neurosurgery, critical care.",
    ),
    "protocol.tci-1203-2025.icans.2.line4": _m(
        "MDT 讨论重点：明确诊断，排除其他原发性或代谢性颅内疾病；评估是否需要入住 ICU。",
        "MDT discussion focus: confirm the diagnosis, rule out other primary or metabolic "
        "brain disease; assess whether ICU care is needed.",
    ),
    "protocol.tci-1203-2025.icans.3.line1": _m(
        "指南建议：地塞米松 20 mg，每 6 小时一次。",
        "Guideline suggests: dexamethasone 20 mg every 6 h.",
    ),
    "protocol.tci-1203-2025.icans.3.line2": _m(
        "指南建议：加强脱水降颅压、镇静及抗癫痫治疗。",
        "Guideline suggests: intensify osmotic (dehydrating) therapy, sedation and "
        "antiepileptic treatment.",
    ),
    "protocol.tci-1203-2025.icans.3.line3": _m(
        "指南建议：必要时转入 ICU。", "Guideline suggests: transfer to ICU if needed."
    ),
    "protocol.tci-1203-2025.icans.3.line4": _m(
        "MDT 讨论重点：明确诊断，排除原发颅内疾病；针对癫痫等症状制定诊疗计划。",
        "MDT discussion focus: confirm the diagnosis, rule out primary intracranial disease; "
        "plan care for seizures and other symptoms.",
    ),
    "protocol.tci-1203-2025.icans.4.line1": _m(
        "指南建议：ICU 监护，机械通气。",
        "Guideline suggests: ICU monitoring and mechanical ventilation.",
    ),
    "protocol.tci-1203-2025.icans.4.line2": _m(
        "指南建议：大剂量糖皮质激素，甲泼尼龙 1 g/d，之后逐渐减量。",
        "Guideline suggests: high-dose corticosteroid, methylprednisolone 1 g/day, then "
        "taper gradually.",
    ),
    "protocol.tci-1203-2025.icans.4.line3": _m(
        "指南建议：加强抗癫痫治疗。", "Guideline suggests: intensify antiepileptic treatment."
    ),
    "protocol.tci-1203-2025.icans.4.line4": _m(
        "MDT 讨论重点：明确诊断，排除原发颅内疾病；全面评估各项指标并给出处理意见。",
        "MDT discussion focus: confirm the diagnosis, rule out primary intracranial disease; "
        "review every parameter and agree on management.",
    ),
}

MM: dict[str, dict[str, str]] = {
    # --- seed 001 Table 4: CRS ---
    "protocol.mm-2022.crs.1.line1": _m(
        "指南建议：密切监护，支持治疗。",
        "Guideline suggests: close monitoring and supportive care.",
    ),
    "protocol.mm-2022.crs.1.line2": _m(
        "指南建议：评估是否合并感染。", "Guideline suggests: evaluate for infection."
    ),
    "protocol.mm-2022.crs.1.line3": _m(
        "指南建议：监测体液平衡（出入量）。",
        "Guideline suggests: monitor fluid balance (intake and output).",
    ),
    "protocol.mm-2022.crs.1.line4": _m(
        "指南建议：按需使用解热镇痛药。", "Guideline suggests: antipyretics as needed."
    ),
    "protocol.mm-2022.crs.2.line1": _m(
        "指南建议：监测心脏及其他脏器功能。",
        "Guideline suggests: monitor cardiac and other organ function.",
    ),
    "protocol.mm-2022.crs.2.line2": _m(
        "指南建议：老年或有合并症的患者可用托珠单抗和/或糖皮质激素。",
        "Guideline suggests: in older or comorbid patients, tocilizumab and/or "
        "corticosteroids may be given.",
    ),
    "protocol.mm-2022.crs.3.line1": _m(
        "指南建议：托珠单抗和/或糖皮质激素。",
        "Guideline suggests: tocilizumab and/or corticosteroids.",
    ),
    "protocol.mm-2022.crs.3.line2": _m(
        "指南建议：托珠单抗静脉输注 1～2 次后仍有低血压时，地塞米松 10 mg 静脉滴注，每 6 小时一次；"
        "难治者增至 20 mg，每 6 小时一次。",
        "Guideline suggests: if hypotension persists after 1–2 tocilizumab infusions, "
        "dexamethasone 10 mg IV every 6 h; if refractory, increase to 20 mg IV every 6 h.",
    ),
    "protocol.mm-2022.crs.4.line1": _m(
        "指南建议：可给予甲泼尼龙 1 g/d 静脉输注。",
        "Guideline suggests: methylprednisolone 1 g/day IV may be given.",
    ),
    "protocol.mm-2022.tocilizumab_note": _m(
        "托珠单抗用法：8 mg/kg，每次不超过 800 mg，静脉滴注超过 1 小时；控制不佳者 8 小时后可重复；"
        "总次数不超过 4 次（原文的“24 小时内不超过 4 次”在 8 小时间隔下无法达到，本应用按 24 小时内"
        "最多 3 次计）。",
        "Tocilizumab use: 8 mg/kg, at most 800 mg per dose, IV over more than 1 h; may be "
        "repeated after 8 h if not controlled; at most 4 doses in total (the source's "
        "'at most 4 in 24 h' cannot be reached with an 8-h interval; the app counts at most "
        "3 per 24 h).",
    ),
    # --- seed 001 Table 5: ICANS (left: no CRS; right: added with CRS) ---
    "protocol.mm-2022.icans.1.line1": _m(
        "指南建议：支持治疗。", "Guideline suggests: supportive care."
    ),
    "protocol.mm-2022.icans.1.line2": _m(
        "指南建议：因同时存在 CRS，加用托珠单抗 8 mg/kg 静脉输注（剂量上限同表 4）。",
        "Guideline suggests: because CRS is also present, add tocilizumab 8 mg/kg IV (dose "
        "limits as in Table 4).",
    ),
    "protocol.mm-2022.icans.2.line1": _m(
        "指南建议：地塞米松 10 mg 静脉滴注，每 6 小时一次；或甲泼尼龙 1 mg/kg 静脉滴注，"
        "每 12 小时一次。",
        "Guideline suggests: dexamethasone 10 mg IV every 6 h, or methylprednisolone "
        "1 mg/kg IV every 12 h.",
    ),
    "protocol.mm-2022.icans.2.line2": _m(
        "指南建议：同时存在 ≥2 级 CRS，考虑转入 ICU。",
        "Guideline suggests: with concurrent CRS of grade 2 or higher, consider transfer to ICU.",
    ),
    "protocol.mm-2022.icans.3.line1": _m(
        "指南建议转入 ICU。", "Guideline advises transfer to ICU."
    ),
    "protocol.mm-2022.icans.3.line2": _m(
        "指南建议：若 ICANS 持续 ≥3 级，每 2～3 天复查神经影像（CT 或 MRI）。",
        "Guideline suggests: while ICANS stays at grade 3 or higher, repeat neuroimaging "
        "(CT or MRI) every 2–3 days.",
    ),
    "protocol.mm-2022.icans.4.line1": _m(
        "指南建议：ICU 监护，建议机械通气。",
        "Guideline suggests: ICU monitoring; mechanical ventilation advised.",
    ),
    "protocol.mm-2022.icans.4.line2": _m(
        "指南建议：大剂量激素，甲泼尼龙 1 g/d 静脉输注。",
        "Guideline suggests: high-dose steroid, methylprednisolone 1 g/day IV.",
    ),
    "protocol.mm-2022.icans.4.line3": _m(
        "指南建议：惊厥性癫痫持续状态按相关指南处理。",
        "Guideline suggests: treat convulsive status epilepticus according to its guideline.",
    ),
    "protocol.mm-2022.icans.workup": _m(
        "建议检查：除意识、语言、书写评估外，按需行脑电图、眼底检查（视乳头水肿）、"
        "脑部影像及腰椎穿刺（测颅内压）。",
        "Suggested tests: besides consciousness, speech and writing, as needed EEG, "
        "fundoscopy (papilloedema), brain imaging and lumbar puncture (opening pressure).",
    ),
}

REVIEW: dict[str, dict[str, str]] = {
    # --- seed 004 Table 2 and §1.4: CRS ---
    "protocol.review-astct.crs.1.line1": _m(
        "指南建议：对症支持，如退热、补液。",
        "Guideline suggests: symptomatic support such as antipyretics and fluids.",
    ),
    "protocol.review-astct.crs.1.line2": _m(
        "建议检查：实验室检查，含病原学检查以排除感染。",
        "Suggested tests: laboratory work-up including pathogen tests to rule out infection.",
    ),
    "protocol.review-astct.crs.1.line3": _m(
        "指南建议：酌情使用广谱抗生素；中性粒细胞减少时可考虑生长因子。",
        "Guideline suggests: broad-spectrum antibiotics as appropriate; if neutropenic, "
        "consider a growth factor.",
    ),
    "protocol.review-astct.crs.2.line1": _m(
        "指南建议：补液、吸氧。", "Guideline suggests: fluids and oxygen."
    ),
    "protocol.review-astct.crs.2.line2": _m(
        "指南建议：托珠单抗，可联用地塞米松 10 mg 静脉滴注，每 6～8 小时一次。",
        "Guideline suggests: tocilizumab, with or without dexamethasone 10 mg IV every 6–8 h.",
    ),
    "protocol.review-astct.crs.3.line1": _m(
        "指南建议：ICU 管理。", "Guideline suggests: ICU care."
    ),
    "protocol.review-astct.crs.3.line2": _m(
        "指南建议：升压药，必要时吸氧。",
        "Guideline suggests: a vasopressor, with oxygen as needed.",
    ),
    "protocol.review-astct.crs.3.line3": _m(
        "指南建议：托珠单抗联合地塞米松 10～20 mg 静脉滴注，每 6 小时一次（或等效甲泼尼龙）。",
        "Guideline suggests: tocilizumab plus dexamethasone 10–20 mg IV every 6 h (or an "
        "equivalent dose of methylprednisolone).",
    ),
    "protocol.review-astct.crs.4.line1": _m(
        "指南建议：升压药，必要时正压给氧。",
        "Guideline suggests: vasopressors, with positive-pressure oxygen support as needed.",
    ),
    "protocol.review-astct.crs.4.line2": _m(
        "指南建议：托珠单抗联合甲泼尼龙 1 g/d 静脉滴注，连用 3 天（或等效地塞米松）。",
        "Guideline suggests: tocilizumab plus methylprednisolone 1 g/day IV for 3 days (or an "
        "equivalent dose of dexamethasone).",
    ),
    "protocol.review-astct.tocilizumab_dose": _m(
        "托珠单抗用法：体重 ≥30 kg 用 8 mg/kg，体重 <30 kg 用 12 mg/kg，单次最大 800 mg，"
        "静脉滴注，最多 4 次。",
        "Tocilizumab use: 8 mg/kg if weight ≥ 30 kg, 12 mg/kg if weight < 30 kg, at most "
        "800 mg per dose, IV, at most 4 doses.",
    ),
    # --- seed 004 §2.4: ICANS ---
    "protocol.review-astct.icans.1.line1": _m(
        "指南建议：以支持治疗和密切监测为主。",
        "Guideline suggests: supportive care and close monitoring.",
    ),
    "protocol.review-astct.icans.2.line1": _m(
        "指南建议：≥2 级首选糖皮质激素：地塞米松 10 mg 静脉注射，每 6 小时一次，按症状调整剂量。",
        "Guideline suggests: corticosteroids first from grade 2 — dexamethasone 10 mg IV "
        "every 6 h, adjusted to the symptoms.",
    ),
    "protocol.review-astct.icans.3.line1": _m(
        "指南建议：3～4 级应在 ICU 管理，必要时插管、机械通气保护气道。",
        "Guideline suggests: grades 3–4 should be managed in ICU; intubation and mechanical "
        "ventilation to protect the airway if needed.",
    ),
    "protocol.review-astct.icans.4.line1": _m(
        "指南建议：可考虑大剂量甲泼尼龙 1 g/d 静脉滴注，连用 3 天。",
        "Guideline suggests: consider high-dose methylprednisolone 1 g/day IV for 3 days.",
    ),
    "protocol.review-astct.icans.edema": _m(
        "指南建议：出现脑水肿时，在大剂量激素基础上加用甘露醇或高渗盐水降颅压。",
        "Guideline suggests: if there is cerebral oedema, add mannitol or hypertonic saline "
        "to the high-dose steroid to lower intracranial pressure.",
    ),
    "protocol.review-astct.icans.seizure_risk": _m(
        "指南建议：既往有神经系统疾病或癫痫风险高者，可酌情用苯二氮䓬类及抗癫痫药"
        "（如左乙拉西坦、苯巴比妥）。",
        "Guideline suggests: with prior neurological disease or a high seizure risk, "
        "benzodiazepines and antiepileptics (e.g. levetiracetam, phenobarbital) as "
        "appropriate.",
    ),
    "protocol.review-astct.icans.tocilizumab_caution": _m(
        "说明：托珠单抗难以透过血脑屏障，对 ICANS 疗效有限且可能加重 ICANS，仅在合并 CRS 时使用。",
        "Note: tocilizumab penetrates the blood–brain barrier poorly, does little for ICANS "
        "and may worsen it; it is kept for concurrent CRS.",
    ),
    "protocol.review-astct.icans.taper": _m(
        "指南建议：症状缓解后尽快减停激素（<10 天的短疗程不影响 CAR-T 疗效）；减量期间神经毒性"
        "可能复发，需密切监测。",
        "Guideline suggests: taper steroids off quickly once symptoms resolve (courses "
        "< 10 days have not reduced CAR-T efficacy); neurotoxicity can recur while tapering, "
        "so monitor closely.",
    ),
    "protocol.review-astct.icans.refractory": _m(
        "指南建议：托珠单抗和激素后仍无明显改善，可考虑司妥昔单抗（无加重 ICANS 的风险）或"
        "阿那白滞素。",
        "Guideline suggests: if there is no clear improvement after tocilizumab and "
        "steroids, consider siltuximab (no risk of worsening ICANS) or anakinra.",
    ),
}

NAD: dict[str, dict[str, str]] = {
    # --- seed 002, management of cytokine-related adverse events ---
    "protocol.nad-2025.crs.mild.line1": _m(
        "指南建议：在对症支持治疗基础上阶梯式处理。",
        "Guideline suggests: symptomatic and supportive care as the base, escalating step by step.",
    ),
    "protocol.nad-2025.crs.mild.line2": _m(
        "指南建议：轻者考虑托珠单抗 8 mg/kg（每次不超过 800 mg）。",
        "Guideline suggests: for mild reactions consider tocilizumab 8 mg/kg (at most 800 mg "
        "per dose).",
    ),
    "protocol.nad-2025.crs.mild.line3": _m(
        "指南建议：或托珠单抗合用地塞米松 10 mg，每 12～24 小时一次。",
        "Guideline suggests: or tocilizumab together with dexamethasone 10 mg every 12–24 h.",
    ),
    "protocol.nad-2025.crs.severe.line1": _m(
        "指南建议：严重者激素冲击治疗，或血浆置换。",
        "Guideline suggests: for severe reactions, steroid pulse therapy or plasma exchange.",
    ),
    "protocol.nad-2025.crs.severe.line2": _m(
        "说明：该共识未给出冲击剂量，并建议参考血液肿瘤相关指南；可并排查看其他方案。",
        "Note: this consensus gives no pulse dose and refers to the haematology guidelines; "
        "compare the other protocols side by side.",
    ),
    "protocol.nad-2025.crs.grade_mapping": _m(
        "说明：该共识只分“轻”“重”，未按级别；本应用将 1～2 级视为轻、3～4 级视为重。",
        "Note: this consensus speaks of mild and severe reactions, not grades; the app "
        "reads grades 1–2 as mild and grades 3–4 as severe.",
    ),
    "protocol.nad-2025.icans.workup": _m(
        "建议检查：除血常规、生化、凝血、铁蛋白、细胞因子外，排除禁忌后行脑脊液检查、头颅 CT/MRI "
        "及脑电图。",
        "Suggested tests: besides blood counts, chemistry, coagulation, ferritin and "
        "cytokines, once contraindications are excluded: CSF examination, head CT/MRI and "
        "EEG.",
    ),
}

HLH_MAS: dict[str, dict[str, str]] = {
    # --- seed 000 Table 3 (HLH/MAS row); seed 004 §1.3 ---
    "protocol.hlh_mas.line1": _ECG,
    "protocol.hlh_mas.line2": _m(
        "指南建议：地塞米松每次 10 mg；未缓解者每 6～12 小时重复一次。",
        "Guideline suggests: dexamethasone 10 mg per dose; if no response, repeat every 6–12 h.",
    ),
    "protocol.hlh_mas.line3": _m(
        "指南建议：小分子抑制剂，如 JAK2 抑制剂。",
        "Guideline suggests: a small-molecule inhibitor such as a JAK2 inhibitor.",
    ),
    "protocol.hlh_mas.line4": _m(
        "指南建议：可考虑血液透析、血液滤过或血浆置换。",
        "Guideline suggests: consider haemodialysis, haemofiltration or plasma exchange.",
    ),
    "protocol.hlh_mas.line5": _m(
        "指南建议：对激素和托珠单抗均无效者，可考虑依托泊苷。",
        "Guideline suggests: if refractory to steroids and tocilizumab, consider etoposide.",
    ),
    "protocol.hlh_mas.line6": _m(
        "说明：CAR-T 后继发的 HLH/MAS 多随 CRS 缓解而消退。",
        "Note: HLH/MAS after CAR-T often subsides as the CRS resolves.",
    ),
    "protocol.hlh_mas.line7": _m(
        "建议检查：血常规、甘油三酯、血清铁蛋白、肝肾功能、外周血 EB 病毒 DNA 定量、感染指标、"
        "NK 细胞活性；骨髓涂片；肺部 CT、腹部 B 超等。",
        "Suggested tests: CBC, triglycerides, serum ferritin, liver and kidney function, "
        "blood EBV DNA load, infection markers, NK-cell activity; bone-marrow smear; chest "
        "CT, abdominal ultrasound.",
    ),
    "protocol.hlh_mas.line8": _m(
        "建议 MDT 参与科室：血液科、感染科、呼吸内科、风湿免疫科、泌尿外科、肾内科、重症医学科、"
        "血透室等。",
        "Suggested MDT: haematology, infectious diseases, respiratory medicine, rheumatology "
        "and immunology, urology, nephrology, critical care, dialysis unit and others.",
    ),
    "protocol.hlh_mas.line9": _m(
        "MDT 讨论重点：与感染、原发病进展等鉴别以明确诊断；讨论是否需要血透、血滤、血浆置换等"
        "替代治疗及其方式。",
        "MDT discussion focus: tell it apart from infection and disease progression; "
        "discuss whether dialysis, haemofiltration or plasma exchange is needed, and how.",
    ),
}

PROPHYLAXIS: dict[str, dict[str, str]] = {
    "protocol.prophylaxis.levetiracetam": _m(
        "既往有中枢神经系统疾病：指南建议左乙拉西坦 750 mg 口服，每 12 小时一次，预防癫痫。",
        "Prior CNS disease: guideline suggests levetiracetam 750 mg orally every 12 h for "
        "seizure prophylaxis.",
    ),
}


def _dosed(part: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """``<code>.dosed``: a tocilizumab line with ``{dose}`` for this patient's dose (§9).

    Made for every line that prints the table's single "8 mg/kg"; a line that
    gives the weight rule itself (8 or 12 mg/kg) gets the dose appended instead.
    """
    out = {}
    for code, texts in part.items():
        if all(t.count("8 mg/kg") == 1 and "12 mg/kg" not in t for t in texts.values()):
            out[f"{code}.dosed"] = {
                lang: t.replace("8 mg/kg", "{dose}") for lang, t in texts.items()
            }
    return out


MESSAGES: dict[str, dict[str, str]] = {}
for _part in (
    SOURCES,
    PROTOCOL_NAMES,
    TCI,
    MM,
    REVIEW,
    NAD,
    HLH_MAS,
    PROPHYLAXIS,
    _dosed(TCI),
    _dosed(MM),
    _dosed(NAD),
):
    for _code, _texts in _part.items():
        if _code in MESSAGES:
            raise RuntimeError(f"message code {_code!r} defined twice")
        MESSAGES[_code] = _texts

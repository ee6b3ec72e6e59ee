"""Message texts: shifts, fluids, steroids, ICAHT, risk, eligibility, IVIG, HBV, infection,
monitoring tasks, and their sources.

Wording rule: management is always "guideline suggests …" (指南建议), never an order.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- shifts -------------------------------------------------------------------------
    "shift.day": {"zh_CN": "白班", "en": "day shift"},
    "shift.evening": {"zh_CN": "小夜班", "en": "evening shift"},
    "shift.night": {"zh_CN": "夜班", "en": "night shift"},
    "shift.early": {"zh_CN": "早班", "en": "early shift"},
    "shift.late": {"zh_CN": "晚班", "en": "late shift"},
    "shift.custom": {"zh_CN": "班次：{name}", "en": "shift {name}"},
    "shift.ward_name": {"zh_CN": "{name}", "en": "{name}"},  # as the ward names it (a setting)
    # --- fluid balance ------------------------------------------------------------------
    "fluid.iv_fluids": {"zh_CN": "静脉输液", "en": "IV fluids"},
    "fluid.blood_products": {"zh_CN": "血制品", "en": "blood products"},
    "fluid.oral": {"zh_CN": "口服", "en": "oral"},
    "fluid.enteral": {"zh_CN": "肠内营养", "en": "enteral"},
    "fluid.iv_medications": {"zh_CN": "静脉用药", "en": "IV medications"},
    "fluid.urine": {"zh_CN": "尿量", "en": "urine"},
    "fluid.drains": {"zh_CN": "引流量", "en": "drains"},
    "fluid.stool": {"zh_CN": "大便", "en": "stool"},
    "fluid.emesis": {"zh_CN": "呕吐物", "en": "emesis"},
    "fluid.other_output": {"zh_CN": "其他出量", "en": "other output"},
    "fluid.balance_line": {
        "zh_CN": "入量 {intake} mL，出量 {output} mL，出入量差 {net} mL",
        "en": "in {intake} mL, out {output} mL, net {net} mL",
    },
    "fluid.weight_change": {
        "zh_CN": "体重 {latest} kg，较基线 {baseline} kg 变化 {change} kg（{percent}%）",
        "en": "weight {latest} kg, {change} kg ({percent} %) from baseline {baseline} kg",
    },
    # --- steroids -----------------------------------------------------------------------
    "steroid.none": {"zh_CN": "未记录糖皮质激素", "en": "no corticosteroid recorded"},
    "steroid.summary": {
        "zh_CN": "糖皮质激素累计相当于地塞米松 {dex_mg} mg（{doses} 次，用药 {days} 天）",
        "en": "corticosteroids: {dex_mg} mg dexamethasone-equivalent ({doses} doses on "
        "{days} days)",
    },
    "steroid.summary_incomplete": {
        "zh_CN": "糖皮质激素累计相当于地塞米松至少 {dex_mg} mg（{doses} 次，用药 {days} 天；"
        "{missing} 次未记录剂量，未计入）",
        "en": "corticosteroids: at least {dex_mg} mg dexamethasone-equivalent ({doses} doses "
        "on {days} days; {missing} without a recorded amount, not counted)",
    },
    "steroid.course_day": {"zh_CN": "本疗程第 {day} 天", "en": "day {day} of the current course"},
    "steroid.course_10_days": {
        "zh_CN": "本疗程已 {day} 天：短疗程（< 10 天）激素不影响 CAR-T 疗效，症状缓解后应尽快减停",
        "en": "current course on day {day}: courses under 10 days do not impair CAR-T "
        "efficacy; taper quickly once symptoms resolve",
    },
    "steroid.no_current_course": {
        "zh_CN": "目前未在激素疗程中（末次用药 {last}）",
        "en": "no current course (last dose on {last})",
    },
    "steroid.taper_note": {
        "zh_CN": "激素减量期间神经毒性可能复发，请密切观察",
        "en": "neurotoxicity can recur while steroids are tapered: watch closely",
    },
    # --- ICAHT --------------------------------------------------------------------------
    "icaht.anc_value": {
        "zh_CN": "{value} ×10⁹/L（折合 {per_ul}/µL）",
        "en": "{value} ×10⁹/L ({per_ul}/µL)",
    },
    "icaht.reason.never_above_500": {
        "zh_CN": "D0–D+30 中性粒细胞绝对计数始终未超过 500/µL",
        "en": "ANC never above 500/µL from D0 to D+30",
    },
    "icaht.reason.days_500": {
        "zh_CN": "D0–D+{through} 中 ANC ≤ 500/µL 共 {days} 天",
        "en": "{days} days with ANC ≤ 500/µL (D0–D+{through})",
    },
    "icaht.reason.days_100": {
        "zh_CN": "D0–D+{through} 中 ANC ≤ 100/µL 共 {days} 天",
        "en": "{days} days with ANC ≤ 100/µL (D0–D+{through})",
    },
    "icaht.no_anc": {"zh_CN": "尚无中性粒细胞计数结果", "en": "no ANC recorded yet"},
    "icaht.reason.late_nadir": {
        "zh_CN": "D+30 后 ANC 最低值 {nadir}（共 {values} 次检测）",
        "en": "ANC nadir after D+30: {nadir} ({values} values)",
    },
    "icaht.reason.late_needs_two": {
        "zh_CN": "晚期 ICAHT 分级需至少 2 次检测结果（或经医生确认为非一过性）",
        "en": "late ICAHT needs at least 2 values (or neutropenia confirmed non-transient)",
    },
    "icaht.summary_early": {"zh_CN": "早期 ICAHT {grade} 级", "en": "early ICAHT grade {grade}"},
    "icaht.summary_early_provisional": {
        "zh_CN": "早期 ICAHT 截至 D+{through} 为 {grade} 级（D+30 前为暂定）",
        "en": "early ICAHT grade {grade} so far (to D+{through}; provisional until D+30)",
    },
    "icaht.summary_late": {
        "zh_CN": "早期 ICAHT {early} 级，晚期 ICAHT {late} 级",
        "en": "early ICAHT grade {early}, late ICAHT grade {late}",
    },
    "alert.severe_neutropenia": {
        "zh_CN": "{grade} 度中性粒细胞减少（ANC {anc}，{time}）：指南建议保护性隔离，"
        "并应用粒细胞集落刺激因子（G-CSF）",
        "en": "grade {grade} neutropenia (ANC {anc}, {time}): guideline suggests protective "
        "isolation and G-CSF",
    },
    # --- high-risk group ----------------------------------------------------------------
    "risk.group.high": {"zh_CN": "高危组", "en": "high risk"},
    "risk.group.standard": {"zh_CN": "标危组", "en": "standard risk"},
    "risk.factor.ecog_3_or_more": {"zh_CN": "ECOG 评分 ≥ 3 分", "en": "ECOG ≥ 3"},
    "risk.factor.age_70": {"zh_CN": "年龄 {age} 岁（≥ 70 岁）", "en": "age {age} (≥ 70)"},
    "risk.factor.spd_100_cm2_or_more": {
        "zh_CN": "高肿瘤负荷：可测量病灶 SPD ≥ 100 cm²",
        "en": "high tumour burden: SPD of measurable lesions ≥ 100 cm²",
    },
    "risk.factor.bulky_lesion_7_5_cm": {
        "zh_CN": "巨块型病灶（单个病灶直径 ≥ 7.5 cm）",
        "en": "bulky lesion (≥ 7.5 cm)",
    },
    "risk.factor.pharyngeal_or_paratracheal_compression": {
        "zh_CN": "咽部或气管旁病灶伴压迫症状",
        "en": "pharyngeal or paratracheal lesion with compression",
    },
    "risk.factor.lesion_near_gut_or_bile_ducts": {
        "zh_CN": "病灶邻近胃肠、胆管等空腔脏器，增大后可能压迫或侵犯",
        "en": "lesion next to the gut or bile ducts that could compress or invade them",
    },
    "risk.factor.serosal_involvement_or_effusion": {
        "zh_CN": "浆膜腔受累或中、大量浆膜腔积液",
        "en": "serosal involvement or moderate/large effusion",
    },
    "risk.factor.vital_organ_involvement": {
        "zh_CN": "重要脏器受累（如肺、胰腺、骨髓）",
        "en": "vital-organ involvement (e.g. lung, pancreas, marrow)",
    },
    "risk.factor.tumour_related_fever": {"zh_CN": "肿瘤相关性发热", "en": "tumour-related fever"},
    "risk.gust.fever": {
        "zh_CN": "回输后 36 小时内体温 {temp_c:.1f} °C（≥ 38.9 °C）",
        "en": "temperature {temp_c:.1f} °C within 36 h of infusion (≥ 38.9 °C)",
    },
    "risk.gust.il6": {
        "zh_CN": "IL-6 {value} pg/mL（阈值 ≥ 16 pg/mL）",
        "en": "IL-6 {value} pg/mL (≥ 16 pg/mL)",
    },
    "risk.gust.mcp1": {
        "zh_CN": "MCP-1 {value} pg/mL（阈值 ≥ 1343.5 pg/mL）",
        "en": "MCP-1 {value} pg/mL (≥ 1343.5 pg/mL)",
    },
    "alert.severe_neurotoxicity_risk": {
        "zh_CN": "Gust 早期预测指标均达标（{reasons}）：发生严重（≥ 4 级）神经毒性的风险高，"
        "请加强神经系统评估",
        "en": "Gust early predictors all met ({reasons}): high risk of severe (grade ≥ 4) "
        "neurotoxicity — intensify neuro checks",
    },
    # --- eligibility checklist ----------------------------------------------------------
    "eligibility.performance": {
        "zh_CN": "KPS ≥ 50 分或 ECOG ≤ 2 分",
        "en": "KPS ≥ 50 or ECOG ≤ 2",
    },
    "eligibility.lvef": {"zh_CN": "左心室射血分数（LVEF）≥ 50%", "en": "LVEF ≥ 50 %"},
    "eligibility.liver": {
        "zh_CN": "ALT、AST < 3 倍正常上限",
        "en": "ALT and AST < 3 × upper limit of normal",
    },
    "eligibility.spo2": {
        "zh_CN": "未吸氧时血氧饱和度 ≥ 92%",
        "en": "SpO2 ≥ 92 % on room air",
    },
    "eligibility.no_active_infection": {"zh_CN": "无活动性感染", "en": "no active infection"},
    "eligibility.life_expectancy": {
        "zh_CN": "预计生存期 > 12 周",
        "en": "life expectancy > 12 weeks",
    },
    "eligibility.status.met": {"zh_CN": "符合", "en": "met"},
    "eligibility.status.not_met": {"zh_CN": "不符合", "en": "not met"},
    "eligibility.status.unknown": {"zh_CN": "未知", "en": "unknown"},
    "eligibility.observed.performance": {
        "zh_CN": "KPS {kps} 分，ECOG {ecog} 分",
        "en": "KPS {kps}, ECOG {ecog}",
    },
    "eligibility.observed.lvef": {"zh_CN": "左心室射血分数 {lvef}%", "en": "LVEF {lvef} %"},
    "eligibility.observed.liver": {
        "zh_CN": "ALT {alt} U/L（正常上限 {alt_uln}），AST {ast} U/L（正常上限 {ast_uln}）",
        "en": "ALT {alt} U/L (ULN {alt_uln}), AST {ast} U/L (ULN {ast_uln})",
    },
    "eligibility.observed.spo2": {"zh_CN": "血氧饱和度 {spo2}%", "en": "SpO2 {spo2} %"},
    "eligibility.observed.life_expectancy": {
        "zh_CN": "预计生存期 {weeks} 周",
        "en": "life expectancy {weeks} weeks",
    },
    # --- IgG / IVIG ---------------------------------------------------------------------
    "ivig.no_igg": {"zh_CN": "尚无 IgG 结果", "en": "no IgG result yet"},
    "ivig.reason.below_4": {
        "zh_CN": "IgG {igg} g/L（{date}），低于 4 g/L",
        "en": "IgG {igg} g/L ({date}) < 4 g/L",
    },
    "ivig.reason.band_4_6_infection": {
        "zh_CN": "IgG {igg} g/L（{date}）在 4～6 g/L 之间且合并感染",
        "en": "IgG {igg} g/L ({date}) within 4–6 g/L with infection",
    },
    "ivig.reason.equal_4_high_risk": {
        "zh_CN": "IgG {igg} g/L（{date}）≤ 4 g/L，属高危人群",
        "en": "IgG {igg} g/L ({date}) ≤ 4 g/L: high-risk group",
    },
    "ivig.reason.above_6_infection": {
        "zh_CN": "IgG {igg} g/L（{date}）> 6 g/L 且合并感染",
        "en": "IgG {igg} g/L ({date}) > 6 g/L with infection",
    },
    "ivig.reason.no_action": {
        "zh_CN": "IgG {igg} g/L（{date}）：目前无需根据 IgG 调整",
        "en": "IgG {igg} g/L ({date}): no IgG-based action",
    },
    "alert.ivig_suggested": {
        "zh_CN": "{reason}：指南建议静脉输注人免疫球蛋白（IVIG）替代治疗",
        "en": "{reason}: guideline suggests immunoglobulin replacement (IVIG)",
    },
    "alert.immunoglobulin_workup_suggested": {
        "zh_CN": "{reason}：指南建议进一步检测 IgG、IgA、IgM 及 B 细胞数量",
        "en": "{reason}: guideline suggests checking IgG, IgA, IgM and B-cell counts",
    },
    "ivig.routine_monthly": {
        "zh_CN": "指南建议每月输注 1 次 IVIG，直至 B 细胞恢复正常或回输满 6 个月（{until}）",
        "en": "guideline suggests IVIG once a month until B cells recover or 6 months after "
        "infusion ({until})",
    },
    "ivig.not_started": {
        "zh_CN": "尚未回输：预防性 IVIG 自回输后开始",
        "en": "not yet infused: routine IVIG starts after infusion",
    },
    "ivig.continue_high_risk": {
        "zh_CN": "高危人群（IgG ≤ 4 g/L 或严重、持续、反复感染）：指南建议继续每月输注 IVIG，"
        "直至高危因素解除",
        "en": "high-risk group (IgG ≤ 4 g/L or severe, persistent or recurrent infection): "
        "guideline suggests continuing monthly IVIG until the risk resolves",
    },
    "ivig.routine_ended": {
        "zh_CN": "常规预防性 IVIG 疗程已结束（B 细胞已恢复或已满 6 个月）",
        "en": "routine IVIG period over (B cells recovered or 6 months reached)",
    },
    # --- HBV ----------------------------------------------------------------------------
    "hbv.reason.dna_100_fold": {
        "zh_CN": "HBV DNA {value} IU/mL（{date}），较基线 {baseline} IU/mL 升高 ≥ 100 倍",
        "en": "HBV DNA {value} IU/mL ({date}), ≥ 100-fold above baseline {baseline} IU/mL",
    },
    "hbv.reason.dna_negative_to_positive": {
        "zh_CN": "HBV DNA 由阴性转为阳性（{value} IU/mL，{date}）",
        "en": "HBV DNA turned positive ({value} IU/mL, {date})",
    },
    "hbv.reason.hbsag_negative_to_positive": {
        "zh_CN": "HBsAg 由阴性转为阳性（{date}）",
        "en": "HBsAg turned from negative to positive ({date})",
    },
    "alert.hbv_reactivation": {
        "zh_CN": "HBV 再激活（{reasons}）：指南建议感染科、消化科会诊，采用核苷（酸）类似物"
        "抗病毒治疗，直至 B 细胞恢复后 1 年",
        "en": "HBV reactivation ({reasons}): guideline suggests infectious-disease and "
        "hepatology review and a nucleos(t)ide analogue until 1 year after B-cell recovery",
    },
    "hbv.risk.male": {"zh_CN": "男性", "en": "male"},
    "hbv.risk.age_50": {"zh_CN": "年龄 ≥ 50 岁", "en": "age ≥ 50"},
    "hbv.risk.hbsag_positive": {"zh_CN": "HBsAg 阳性", "en": "HBsAg positive"},
    "hbv.risk.hbeag_positive": {"zh_CN": "HBeAg 阳性", "en": "HBeAg positive"},
    "hbv.risk.raised_dna": {
        "zh_CN": "HBV DNA 升高（{value} IU/mL）",
        "en": "raised HBV DNA ({value} IU/mL)",
    },
    "alert.avoid_quinolones_sulfonamides": {
        "zh_CN": "重症肌无力：避免使用喹诺酮类和磺胺类药物（常规感染预防中的诺氟沙星、复方磺胺"
        "甲噁唑均属此类），可改用青霉素类或头孢类；大环内酯类也可能加重肌无力，须慎用",
        "en": "myasthenia gravis: avoid quinolones and sulfonamides (the routine prophylaxis "
        "norfloxacin and co-trimoxazole are both); penicillins or cephalosporins may be used "
        "instead; macrolides can also worsen myasthenia — use with caution",
    },
    "alert.contraindicated_antibiotic_recorded": {
        "zh_CN": "重症肌无力患者已记录 {count} 次 {drugs} 给药（最近 {time}）：喹诺酮类/磺胺类"
        "可能加重肌无力，请医生复核",
        "en": "{drugs} recorded {count} time(s) for a myasthenia gravis patient (latest "
        "{time}): quinolones/sulfonamides can worsen myasthenia — physician to review",
    },
    "infection.drug.norfloxacin": {"zh_CN": "诺氟沙星", "en": "norfloxacin"},
    "infection.drug.ciprofloxacin": {"zh_CN": "环丙沙星", "en": "ciprofloxacin"},
    "infection.drug.levofloxacin": {"zh_CN": "左氧氟沙星", "en": "levofloxacin"},
    "infection.drug.moxifloxacin": {"zh_CN": "莫西沙星", "en": "moxifloxacin"},
    "infection.drug.ofloxacin": {"zh_CN": "氧氟沙星", "en": "ofloxacin"},
    "infection.drug.gatifloxacin": {"zh_CN": "加替沙星", "en": "gatifloxacin"},
    "infection.drug.sitafloxacin": {"zh_CN": "西他沙星", "en": "sitafloxacin"},
    "infection.drug.sulfamethoxazole_trimethoprim": {
        "zh_CN": "复方磺胺甲噁唑",
        "en": "co-trimoxazole",
    },
    "infection.drug.sulfamethoxazole": {"zh_CN": "磺胺甲噁唑", "en": "sulfamethoxazole"},
    "infection.drug.sulfadiazine": {"zh_CN": "磺胺嘧啶", "en": "sulfadiazine"},
    # --- monitoring tasks ---------------------------------------------------------------
    "task.vitals": {"zh_CN": "生命体征（{freq}）", "en": "vital signs ({freq})"},
    "task.ice": {
        "zh_CN": "神经系统评估 ICE/CAPD（{freq}）",
        "en": "neuro check, ICE/CAPD ({freq})",
    },
    "task.fluid_balance": {"zh_CN": "出入量记录（{freq}）", "en": "intake/output ({freq})"},
    "task.labs_lymphodepletion": {
        "zh_CN": "血常规、肝肾功能（清淋期间，{freq}）",
        "en": "CBC, liver and kidney function (lymphodepletion, {freq})",
    },
    "task.labs_panel": {
        "zh_CN": "D+{day} 检验：血常规、凝血、肝肾功能、电解质、LDH、CRP、铁蛋白、IL-6、IFN-γ",
        "en": "D+{day} labs: CBC, coagulation, liver/kidney function, electrolytes, LDH, CRP, "
        "ferritin, IL-6, IFN-γ",
    },
    "task.cart_expansion": {
        "zh_CN": "D+{day}：CAR-T 细胞扩增及 B 细胞比例",
        "en": "D+{day}: CAR-T expansion and B-cell fraction",
    },
    "task.cardiac_markers": {
        "zh_CN": "D+{day}：心肌标志物（肌红蛋白、肌钙蛋白、CK-MB）",
        "en": "D+{day}: cardiac markers (myoglobin, troponin, CK-MB)",
    },
    "task.cart_kinetics_monthly": {
        "zh_CN": "{when}：CAR-T 细胞动力学",
        "en": "{when}: CAR-T kinetics",
    },
    "task.immunoglobulins_monthly": {
        "zh_CN": "{when}：免疫球蛋白（IgG、IgA、IgM）、B 细胞及疫苗抗体滴度",
        "en": "{when}: immunoglobulins (IgG, IgA, IgM), B cells and vaccine titres",
    },
    "task.followup": {"zh_CN": "{when}：随访评估", "en": "{when}: follow-up visit"},
    "task.response": {"zh_CN": "{when}：疗效评估", "en": "{when}: response assessment"},
    "task.reassessment": {
        "zh_CN": "高危组：清淋后第 1～2 天全面再评估，决定是否回输",
        "en": "high risk: full re-assessment D1–D2 after lymphodepletion before infusion",
    },
    "task.freq.shift": {"zh_CN": "每班", "en": "every shift"},
    "task.freq.daily": {"zh_CN": "每日", "en": "daily"},
    "task.freq.hours": {"zh_CN": "每 {hours} 小时", "en": "every {hours} h"},
    "task.freq.days": {"zh_CN": "每 {days} 天", "en": "every {days} days"},
    "task.when.day": {"zh_CN": "回输后第 {day} 天", "en": "D+{day}"},
    "task.when.month": {"zh_CN": "回输后第 {month} 个月", "en": "month {month}"},
    "task.status.due": {"zh_CN": "待完成", "en": "due"},
    "task.status.done": {"zh_CN": "已完成", "en": "done"},
    "task.status.overdue": {"zh_CN": "已超时", "en": "overdue"},
    # --- sources ------------------------------------------------------------------------
}

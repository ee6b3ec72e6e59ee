"""Message texts: the follow-up panels — infection prophylaxis until neutrophil recovery
(§4), the IgG/IVIG plan and HBV (§7) (issue 13 item 8)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- neutrophil recovery, as the prophylaxis waits for it --------------------------
    "prophylaxis.neutrophils.before_infusion": {
        "zh_CN": "尚未回输：粒细胞恢复自回输后判断",
        "en": "not yet infused: neutrophil recovery is judged after infusion",
    },
    "prophylaxis.neutrophils.no_anc": {
        "zh_CN": "回输后尚无中性粒细胞计数（ANC）：无法判断粒细胞是否恢复",
        "en": "no ANC result since infusion: neutrophil recovery cannot be judged",
    },
    "prophylaxis.neutrophils.recovered": {
        "zh_CN": "粒细胞已恢复（{date} 起连续 3 天 ANC > 500/µL）；最近 ANC {anc}（{time}）",
        "en": "neutrophils recovered ({date}: ANC > 500/µL on 3 days running); latest ANC "
        "{anc} ({time})",
    },
    "prophylaxis.neutrophils.not_recovered": {
        "zh_CN": "粒细胞尚未恢复：最近 ANC {anc}（{time}）",
        "en": "neutrophil recovery not reached: latest ANC {anc} ({time})",
    },
    "prophylaxis.neutrophils.not_neutropenic": {
        "zh_CN": "回输后 ANC 尚未降至 ≤ 500/µL：最近 ANC {anc}（{time}）；预防用药持续至粒缺后恢复",
        "en": "ANC has not fallen to ≤ 500/µL since infusion: latest ANC {anc} ({time}); "
        "prophylaxis runs until recovery from neutropenia",
    },
    # --- what each reminder suggests (short form; how it stands follows) ----------------
    "prophylaxis.title.antiviral": {
        "zh_CN": "抗病毒预防：阿昔洛韦或伐昔洛韦，自清淋预处理开始",
        "en": "antiviral: acyclovir or valacyclovir, from the start of lymphodepletion",
    },
    "prophylaxis.title.antibacterial": {
        "zh_CN": "抗细菌预防：诺氟沙星，自回输起",
        "en": "antibacterial: norfloxacin, from infusion",
    },
    "prophylaxis.title.antibacterial_mg": {
        "zh_CN": "抗细菌预防（重症肌无力）：不用诺氟沙星等喹诺酮类，改用青霉素类或头孢类，"
        "大环内酯类慎用；自回输起",
        "en": "antibacterial (myasthenia gravis): no norfloxacin or other quinolone — a "
        "penicillin or cephalosporin instead, macrolides with caution; from infusion",
    },
    "prophylaxis.title.antifungal": {
        "zh_CN": "抗真菌预防：三唑类抗真菌药，自回输起",
        "en": "antifungal: a triazole, from infusion",
    },
    "prophylaxis.title.pjp": {
        "zh_CN": "肺孢子菌预防：复方磺胺甲噁唑，自回输起",
        "en": "Pneumocystis: co-trimoxazole, from infusion",
    },
    "prophylaxis.title.pjp_mg": {
        "zh_CN": "肺孢子菌预防（重症肌无力）：不用复方磺胺甲噁唑（磺胺类），由医生选用非磺胺类药物"
        "（如喷他脒）；自回输起",
        "en": "Pneumocystis (myasthenia gravis): no co-trimoxazole (a sulfonamide) — a "
        "non-sulfonamide agent the physician chooses (e.g. pentamidine); from infusion",
    },
    # --- how one reminder stands --------------------------------------------------------
    "prophylaxis.state.starts": {"zh_CN": "{date} 开始", "en": "starts {date}"},
    "prophylaxis.state.ended": {"zh_CN": "已于 {date} 结束", "en": "ended {date}"},
    "prophylaxis.state.avoid_recorded": {
        "zh_CN": "已记录 {drug}（{time}）：重症肌无力患者应避免，请告知医生",
        "en": "{drug} recorded ({time}): to be avoided in myasthenia gravis — tell the physician",
    },
    "prophylaxis.state.check_alternative": {
        "zh_CN": "替代药物由医生选择：请在用药记录中核对",
        "en": "the alternative is the physician's choice: check it in the doses",
    },
    "prophylaxis.state.not_recorded": {
        "zh_CN": "近 {days} 天用药记录中未见此类药物",
        "en": "not recorded in the doses of the last {days} days",
    },
    "prophylaxis.state.recorded": {
        "zh_CN": "已记录：{drug}（{time}）",
        "en": "recorded: {drug} ({time})",
    },
    # --- until when ---------------------------------------------------------------------
    "prophylaxis.until.immune_recovery": {
        "zh_CN": "疗程：视免疫功能恢复情况，由医生决定",
        "en": "how long: by immune recovery, the physician decides",
    },
    "prophylaxis.until.recovery_not_reached": {
        "zh_CN": "用至粒细胞恢复：尚未恢复",
        "en": "until neutrophil recovery: not reached yet",
    },
    "prophylaxis.until.recovery_reached": {
        "zh_CN": "用至粒细胞恢复：{date} 已恢复",
        "en": "until neutrophil recovery: reached {date}",
    },
    "prophylaxis.until.pjp_recovery_not_reached": {
        "zh_CN": "至少用至 {until}（回输后 3 个月），且粒细胞恢复后方可停用：尚未恢复",
        "en": "at least until {until} (3 months after infusion) and neutrophil recovery: "
        "not reached yet",
    },
    "prophylaxis.until.pjp": {
        "zh_CN": "用至 {until}（满 3 个月且粒细胞已恢复）",
        "en": "until {until} (3 months reached and neutrophils recovered)",
    },
    # --- the monthly IgG check ----------------------------------------------------------
    "ivig.check.none": {
        "zh_CN": "每月 IgG 复查：尚无回输时间，无法排期",
        "en": "monthly IgG check: no infusion time to schedule it from",
    },
    "ivig.check.overdue": {
        "zh_CN": "第 {month} 个月 IgG 复查已超时（应于 {date}）",
        "en": "month {month} IgG check overdue (due {date})",
    },
    "ivig.check.due_now": {
        "zh_CN": "第 {month} 个月 IgG 复查：现在应查（{date}）",
        "en": "month {month} IgG check due now ({date})",
    },
    "ivig.check.next": {
        "zh_CN": "下次 IgG 复查：第 {month} 个月，{date}（前后 7 天内）",
        "en": "next IgG check: month {month}, {date} (± 7 days)",
    },
    "ivig.check.all_done": {
        "zh_CN": "回输后前 {months} 个月的每月 IgG 复查已完成",
        "en": "the monthly IgG checks of the first {months} months are done",
    },
    "ivig.b_cells_not_recorded": {
        "zh_CN": "本系统不记录 B 细胞计数：B 细胞是否恢复由医生判断",
        "en": "B-cell counts are not recorded here: the physician judges B-cell recovery",
    },
    # --- HBV ----------------------------------------------------------------------------
    "hbv.status.hbsag_positive": {
        "zh_CN": "乙肝表面抗原（HBsAg）阳性：有乙肝病毒再激活风险",
        "en": "HBsAg positive: at risk of HBV reactivation",
    },
    "hbv.status.past_infection": {
        "zh_CN": "HBsAg 阴性、乙肝核心抗体阳性（既往感染）：有乙肝病毒再激活风险",
        "en": "HBsAg negative, anti-HBc positive (past infection): at risk of HBV reactivation",
    },
    "hbv.status.positive_result": {
        "zh_CN": "化验示 HBsAg 或 HBV DNA 阳性：有乙肝病毒再激活风险",
        "en": "a positive HBsAg or HBV DNA result: at risk of HBV reactivation",
    },
    "hbv.status.negative": {
        "zh_CN": "乙肝筛查阴性：无乙肝病毒再激活风险",
        "en": "HBV screening negative: no risk of HBV reactivation",
    },
    "hbv.status.unknown": {
        "zh_CN": "乙肝情况未登记：请查乙肝五项及 HBV DNA",
        "en": "HBV status not recorded: check hepatitis B serology and HBV DNA",
    },
    "hbv.risk.present": {
        "zh_CN": "再激活高危因素：{factors}",
        "en": "higher-risk factors for reactivation: {factors}",
    },
    "hbv.risk.none": {
        "zh_CN": "无再激活高危因素（男性、≥ 50 岁、HBsAg/HBeAg 阳性、HBV DNA 升高）",
        "en": "no higher-risk factor (male, age ≥ 50, HBsAg/HBeAg positive, raised HBV DNA)",
    },
    "hbv.monitoring": {
        "zh_CN": "定期监测乙肝五项定量、HBV DNA 定量及肝功能；再激活多发生于回输后 6 个月内"
        "（至 {until}），1 年以上仍可能发生",
        "en": "monitor HBV serology, HBV DNA and liver function regularly; reactivation is "
        "most frequent within 6 months of infusion (to {until}) and can come after a year",
    },
    "hbv.latest_dna": {
        "zh_CN": "最近 HBV DNA {value} IU/mL（{date}）",
        "en": "latest HBV DNA {value} IU/mL ({date})",
    },
    "hbv.no_dna": {"zh_CN": "尚无 HBV DNA 结果", "en": "no HBV DNA result yet"},
    "hbv.antiviral": {
        "zh_CN": "指南建议核苷（酸）类似物抗乙肝病毒治疗，B 细胞恢复 1 年后方可停药",
        "en": "guideline suggests a nucleos(t)ide analogue, stopped only 1 year after B-cell "
        "recovery",
    },
    # --- the handover's row (Recommendation) -------------------------------------------
    "handover.field.followup": {"zh_CN": "随访待办", "en": "Follow-up to do"},
    "handover.followup_line": {"zh_CN": "{what}；现状：{state}", "en": "{what} — now: {state}"},
    # --- the prophylaxis and antiviral drugs, by generic name ---------------------------
    "infection.drug.acyclovir": {"zh_CN": "阿昔洛韦", "en": "acyclovir"},
    "infection.drug.valacyclovir": {"zh_CN": "伐昔洛韦", "en": "valacyclovir"},
    "infection.drug.fluconazole": {"zh_CN": "氟康唑", "en": "fluconazole"},
    "infection.drug.itraconazole": {"zh_CN": "伊曲康唑", "en": "itraconazole"},
    "infection.drug.voriconazole": {"zh_CN": "伏立康唑", "en": "voriconazole"},
    "infection.drug.posaconazole": {"zh_CN": "泊沙康唑", "en": "posaconazole"},
    "infection.drug.isavuconazole": {"zh_CN": "艾沙康唑", "en": "isavuconazole"},
    "infection.drug.pentamidine": {"zh_CN": "喷他脒", "en": "pentamidine"},
    "infection.drug.dapsone": {"zh_CN": "氨苯砜", "en": "dapsone"},
    "infection.drug.atovaquone": {"zh_CN": "阿托伐醌", "en": "atovaquone"},
    "infection.drug.entecavir": {"zh_CN": "恩替卡韦", "en": "entecavir"},
    "infection.drug.tenofovir": {"zh_CN": "替诺福韦", "en": "tenofovir"},
    "infection.drug.tenofovir_alafenamide": {
        "zh_CN": "丙酚替诺福韦",
        "en": "tenofovir alafenamide",
    },
    "infection.drug.lamivudine": {"zh_CN": "拉米夫定", "en": "lamivudine"},
    "infection.drug.adefovir": {"zh_CN": "阿德福韦酯", "en": "adefovir"},
    "infection.drug.telbivudine": {"zh_CN": "替比夫定", "en": "telbivudine"},
}

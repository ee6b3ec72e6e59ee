"""Message texts: input errors, soft-limit warnings, CRS/ICANS reasons, acute alerts."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- hard limits and malformed input -------------------------------------------
    "error.out_of_range": {
        "en": "{value} is outside {range}",
        "zh_CN": "{value} 超出允许范围 {range}",
    },
    "error.not_a_number": {"en": "{value} is not a number", "zh_CN": "{value} 不是数字"},
    "error.temp_fahrenheit": {
        "en": "{value} is outside {range}; did you enter °F? ({value} °F = {celsius} °C)",
        "zh_CN": "{value} 超出允许范围 {range}；是否误录为华氏度？（{value} °F = {celsius} °C）",
    },
    "error.dbp_not_below_sbp": {
        "en": "diastolic {dbp} must be below systolic {sbp} mmHg",
        "zh_CN": "舒张压 {dbp} 必须低于收缩压 {sbp} mmHg",
    },
    "error.flow_required": {
        "en": "oxygen flow (L/min) is required with a nasal cannula",
        "zh_CN": "鼻导管吸氧须填写氧流量（L/min）",
    },
    "error.flow_positive": {
        "en": "{value} L/min: a nasal cannula needs a flow above 0",
        "zh_CN": "{value} L/min：鼻导管吸氧流量须大于 0",
    },
    "error.flow_on_room_air": {
        "en": "{value} L/min given with room air: choose the oxygen device",
        "zh_CN": "未吸氧却填写了 {value} L/min：请选择给氧方式",
    },
    "error.empty_name": {"en": "a name is required", "zh_CN": "名称不能为空"},
    "error.duplicate_vasopressor": {
        "en": "the same vasopressor is listed twice",
        "zh_CN": "同一种升压药重复录入",
    },
    "error.ice_one_form": {
        "en": "give the ICE as items, as a score or as unable — only one",
        "zh_CN": "ICE 只能以逐项、总分或“无法完成”三者之一录入",
    },
    "error.capd_one_form": {
        "en": "give the CAPD as items or as unable — only one",
        "zh_CN": "CAPD 只能以逐项或“无法完成”二者之一录入",
    },
    "error.ice_and_capd": {
        "en": "ICE and CAPD in one assessment: use ICE from 12 years, CAPD under 12",
        "zh_CN": "同一次评估不能同时录入 ICE 和 CAPD：≥12 岁用 ICE，<12 岁用 CAPD",
    },
    "error.ice_for_child": {
        "en": "ICE is for patients aged 12 or over (or without developmental delay); use CAPD",
        "zh_CN": "ICE 适用于 12 岁及以上（且无发育迟缓）的患者；请使用 CAPD",
    },
    "error.capd_for_adult": {
        "en": "CAPD is for patients under 12 (or with developmental delay); use ICE",
        "zh_CN": "CAPD 适用于 12 岁以下（或发育迟缓）的患者；请使用 ICE",
    },
    "error.ice_items_count": {
        "en": "ICE has 10 items, got {count}",
        "zh_CN": "ICE 共 10 项，实际为 {count} 项",
    },
    "error.capd_items_count": {
        "en": "CAPD has 8 items, got {count}",
        "zh_CN": "CAPD 共 8 项，实际为 {count} 项",
    },
    "error.lab_unit": {
        "en": "unit {unit} is not accepted for {lab}; enter it in {expected}",
        "zh_CN": "{lab} 不接受单位 {unit}，请以 {expected} 录入",
    },
    "error.negative": {"en": "{value} must not be negative", "zh_CN": "{value} 不能为负数"},
    "error.expected_object": {"en": "expected a JSON object", "zh_CN": "应为 JSON 对象"},
    "error.unknown_key": {
        "en": "unknown key (known: {known})",
        "zh_CN": "未知字段（可用字段：{known}）",
    },
    "error.required": {"en": "is required", "zh_CN": "为必填项"},
    "error.required_range": {
        "en": "is empty; enter a value in {range}",
        "zh_CN": "未填写，请填 {range} 之间的数值",
    },
    "error.not_number_range": {
        "en": "{value} is not a number; enter a value in {range}",
        "zh_CN": "{value} 不是数字，请填 {range} 之间的数值",
    },
    "error.not_integer_range": {
        "en": "{value} is not a whole number; enter one in {range}",
        "zh_CN": "{value} 不是整数，请填 {range} 之间的整数",
    },
    "error.expected_number": {"en": "{value} is not a number", "zh_CN": "{value} 不是数字"},
    "error.expected_integer": {
        "en": "{value} is not a whole number",
        "zh_CN": "{value} 不是整数",
    },
    "error.expected_boolean": {
        "en": "{value} is not true or false",
        "zh_CN": "{value} 不是 true 或 false",
    },
    "error.expected_string": {"en": "{value} is not a text", "zh_CN": "{value} 不是文本"},
    "error.expected_list": {"en": "expected a list", "zh_CN": "应为列表"},
    "error.bad_time": {
        "en": "{value} is not an ISO 8601 time (e.g. 2026-11-03T07:30:00)",
        "zh_CN": "{value} 不是 ISO 8601 时间（例如 2026-11-03T07:30:00）",
    },
    "error.bad_choice": {
        "en": "{value} is not one of: {known}",
        "zh_CN": "{value} 不在可选值中：{known}",
    },
    "error.mixed_offsets": {
        "en": "times with and without a UTC offset are mixed; give all with or all without",
        "zh_CN": "时间中有的带时区偏移、有的不带；请统一",
    },
    # --- soft limits: possible, but confirm ------------------------------------------
    "warning.temp_low": {
        "en": "temperature {value} °C is very low: recheck, then confirm",
        "zh_CN": "体温 {value} °C 过低：请复测后确认",
    },
    "warning.temp_high": {
        "en": "temperature {value} °C is very high: recheck, then confirm",
        "zh_CN": "体温 {value} °C 过高：请复测后确认",
    },
    "warning.hr": {
        "en": "heart rate {value}/min is very fast or very slow: recheck, then confirm",
        "zh_CN": "心率 {value} 次/分，明显过快或过慢：请复测后确认",
    },
    "warning.sbp": {
        "en": "systolic BP {value} mmHg is very low or very high: recheck, then confirm",
        "zh_CN": "收缩压 {value} mmHg，明显过低或过高：请复测后确认",
    },
    "warning.rr": {
        "en": "breathing {value}/min is very fast or very slow: recheck, then confirm",
        "zh_CN": "呼吸 {value} 次/分，明显过快或过慢：请复测后确认",
    },
    "warning.spo2": {
        "en": "SpO2 {value} % is low: recheck, then confirm",
        "zh_CN": "血氧饱和度 {value}% 偏低：请复测后确认",
    },
    "warning.nasal_flow_high": {
        "en": "{value} L/min by nasal cannula is unusual: is it high-flow nasal cannula?",
        "zh_CN": "鼻导管 {value} L/min 不常见：是否为经鼻高流量？",
    },
    "warning.volume_high": {
        "en": "{value} mL in one entry is unusually large: confirm",
        "zh_CN": "单次 {value} mL 异常偏大，请确认",
    },
    "warning.weight_change": {
        "en": "weight {value} kg is {percent} % from the last weight ({previous} kg): confirm",
        "zh_CN": "体重 {value} kg 较上次（{previous} kg）变化 {percent}%，请确认",
    },
    # --- CRS reasons ---------------------------------------------------------------
    "crs.reason.fever": {"en": "fever {temp_c:.1f} °C", "zh_CN": "发热 {temp_c:.1f} °C"},
    "crs.reason.fever_masked": {
        "en": "fever no longer required: antipyretic or anti-cytokine therapy given in this "
        "CRS episode",
        "zh_CN": "本次 CRS 发作中已用退热或抗细胞因子治疗，不再要求发热",
    },
    "crs.reason.hypotension_no_pressor": {
        "en": "hypotension without vasopressor (SBP {sbp} < {threshold})",
        "zh_CN": "不需要升压药的低血压（收缩压 {sbp} < {threshold}）",
    },
    "crs.reason.fluid_bolus": {
        "en": "hypotension treated with a fluid bolus, no vasopressor",
        "zh_CN": "低血压经补液纠正，未用升压药",
    },
    "crs.reason.pressor_one": {
        "en": "one vasopressor running: {drugs}",
        "zh_CN": "使用一种升压药：{drugs}",
    },
    "crs.reason.vasopressin_alone": {
        "en": "vasopressin alone (graded as one vasopressor: the app's reading, ASTCT is silent)",
        "zh_CN": "仅用血管加压素（按一种升压药分级：本应用的解读，ASTCT 未规定）",
    },
    "crs.reason.pressors_multiple": {
        "en": "{count} vasopressors running (vasopressin not counted): {drugs}",
        "zh_CN": "使用 {count} 种升压药（血管加压素不计）：{drugs}",
    },
    "crs.reason.low_flow": {
        "en": "low-flow oxygen {flow} L/min",
        "zh_CN": "低流量吸氧 {flow} L/min",
    },
    "crs.reason.nasal_high_flow": {
        "en": "nasal cannula {flow} L/min (> 6 L/min)",
        "zh_CN": "鼻导管吸氧 {flow} L/min（> 6 L/min）",
    },
    "crs.reason.o2_grade2": {"en": "low-flow oxygen: {device}", "zh_CN": "低流量吸氧：{device}"},
    "crs.reason.o2_grade3": {
        "en": "high-flow or mask oxygen: {device}",
        "zh_CN": "高流量或面罩吸氧：{device}",
    },
    "crs.reason.o2_grade4": {
        "en": "positive-pressure ventilation: {device}",
        "zh_CN": "正压通气：{device}",
    },
    # --- ICANS reasons -------------------------------------------------------------
    "icans.reason.ice_grade1": {"en": "ICE {score} (7–9)", "zh_CN": "ICE {score} 分（7–9）"},
    "icans.reason.ice_grade2": {"en": "ICE {score} (3–6)", "zh_CN": "ICE {score} 分（3–6）"},
    "icans.reason.ice_grade3": {"en": "ICE {score} (0–2)", "zh_CN": "ICE {score} 分（0–2）"},
    "icans.reason.ice_unable": {
        "en": "unarousable, unable to perform ICE",
        "zh_CN": "无法唤醒，无法完成 ICE",
    },
    "icans.reason.ice_unable_awake": {
        "en": "awake but unable to perform ICE (scored as ICE 0)",
        "zh_CN": "清醒但无法完成 ICE（按 ICE 0 分计）",
    },
    "icans.warning.ice_unable_but_awake": {
        "en": "ICE marked unable while consciousness is '{consciousness}': graded as ICE 0 in an "
        "awake patient (grade 3); grade 4 needs the patient unarousable",
        "zh_CN": "ICE 标记为无法完成，但意识为“{consciousness}”：按清醒患者 ICE 0 分评为 3 级；"
        "4 级需患者无法唤醒",
    },
    "icans.reason.capd_grade1": {
        "en": "CAPD {score} (1–8)",
        "zh_CN": "CAPD {score} 分（1–8）",
    },
    "icans.reason.capd_grade3": {"en": "CAPD {score} (≥ 9)", "zh_CN": "CAPD {score} 分（≥9）"},
    "icans.reason.capd_unable": {
        "en": "unable to perform CAPD",
        "zh_CN": "无法完成 CAPD",
    },
    "icans.reason.consciousness": {
        "en": "consciousness: {level} (grade {grade})",
        "zh_CN": "意识：{level}（{grade} 级）",
    },
    "icans.reason.seizure_rapidly_resolving": {
        "en": "seizure that resolved rapidly (or non-convulsive, resolved with intervention)",
        "zh_CN": "癫痫发作迅速缓解（或脑电图非惊厥性发作经干预缓解）",
    },
    "icans.reason.seizure_prolonged_or_repetitive": {
        "en": "prolonged (> 5 min) or repetitive seizures without return to baseline",
        "zh_CN": "癫痫持续（> 5 分钟）或反复发作，间期未恢复至基线",
    },
    "icans.reason.motor_weakness": {
        "en": "deep focal motor weakness (hemiparesis or paraparesis)",
        "zh_CN": "深部局灶性运动无力（偏瘫或截瘫）",
    },
    "icans.reason.edema_focal": {
        "en": "focal/local oedema on neuroimaging",
        "zh_CN": "神经影像示局灶性脑水肿",
    },
    "icans.reason.edema_diffuse": {
        "en": "diffuse cerebral oedema, posturing, CN VI palsy, papilloedema or Cushing's triad",
        "zh_CN": "弥漫性脑水肿、去脑/去皮质强直、第 VI 对脑神经麻痹、视乳头水肿或库欣三联征",
    },
    "icans.excluded": {
        "en": "not graded, attributable to another cause: {finding}",
        "zh_CN": "不计入分级（可归因于其他原因）：{finding}",
    },
    "icans.note.tremor": {"en": "tremor (CTCAE)", "zh_CN": "震颤（按 CTCAE）"},
    "icans.note.myoclonus": {"en": "myoclonus (CTCAE)", "zh_CN": "肌阵挛（按 CTCAE）"},
    "icans.note.headache": {"en": "headache (CTCAE)", "zh_CN": "头痛（按 CTCAE）"},
    "icans.note.intracranial_haemorrhage": {
        "en": "intracranial haemorrhage (CTCAE)",
        "zh_CN": "颅内出血（按 CTCAE）",
    },
    # --- tocilizumab ---------------------------------------------------------------
    "tocilizumab.no_weight": {
        "en": "no weight recorded: the dose cannot be computed",
        "zh_CN": "未记录体重，无法计算剂量",
    },
    "tocilizumab.weight_stale": {
        "en": "the weight used is {days} days old: weigh the patient",
        "zh_CN": "所用体重已是 {days} 天前的数据，请重新称重",
    },
    "tocilizumab.limit.interval": {
        "en": "less than {hours} h since the last dose",
        "zh_CN": "距上次给药不足 {hours} 小时",
    },
    "tocilizumab.limit.per_24h": {
        "en": "{count} doses in 24 h already",
        "zh_CN": "24 小时内已用 {count} 次",
    },
    "tocilizumab.limit.total": {
        "en": "{count} doses in total already",
        "zh_CN": "已累计使用 {count} 次",
    },
    # --- acute alerts ---------------------------------------------------------------
    "sign.fever": {"en": "temperature {temp_c:.1f} °C", "zh_CN": "体温 {temp_c:.1f} °C"},
    "sign.low_sbp": {"en": "systolic BP {sbp} mmHg", "zh_CN": "收缩压 {sbp} mmHg"},
    "sign.low_spo2": {"en": "SpO2 {spo2} %", "zh_CN": "血氧饱和度 {spo2}%"},
    "sign.crs_grade": {"en": "CRS grade {grade}", "zh_CN": "CRS {grade} 级"},
    "alert.crs_suspected": {
        "en": "CRS suspected ({signs}): exclude infection, tumour lysis and allergic reaction",
        "zh_CN": "疑似 CRS（{signs}）：需排除感染、肿瘤溶解综合征及过敏反应",
    },
    "alert.late_crs_possible": {
        "en": "D+{day}: late CRS possible (CRS can start 4 weeks after infusion)",
        "zh_CN": "D+{day}：可能为迟发性 CRS（CRS 可迟至回输后 4 周发生）",
    },
    "alert.infection_workup_suggested": {
        "en": "fever with rising CRP: guideline suggests blood culture and pathogen NGS",
        "zh_CN": "发热伴 CRP 升高：指南建议血培养及病原学 NGS",
    },
    "alert.hypotension_or_hypoxia_without_fever": {
        "en": "hypotension/hypoxia without fever: not graded as CRS — evaluate other causes",
        "zh_CN": "低血压/低氧但无发热：不按 CRS 分级，请评估其他原因",
    },
    "alert.hypoxia_on_room_air": {
        "en": "SpO2 {spo2} % on room air: hypoxia — start and record oxygen support",
        "zh_CN": "未吸氧时血氧饱和度 {spo2}%：低氧，请给氧并记录给氧方式",
    },
    "hlh.reason.ferritin": {
        "en": "ferritin {value} µg/L > 10 000",
        "zh_CN": "铁蛋白 {value} µg/L > 10000",
    },
    "hlh.reason.no_improvement": {
        "en": "no improvement 12 h after {drug}: CRS grade {grade_before} → {grade_after}",
        "zh_CN": "{drug} 使用 12 小时后无改善：CRS {grade_before} 级 → {grade_after} 级",
    },
    "alert.hlh_mas_suspected": {
        "en": "HLH/MAS suspected ({reasons}): check the confirmation criteria",
        "zh_CN": "疑似 HLH/MAS（{reasons}）：请核对确诊标准",
    },
    "alert.tocilizumab_limit": {
        "en": "tocilizumab limit: {limits} ({total} in total, {last_24h} in 24 h); a further dose "
        "only after a physician records the reason for exceeding it",
        "zh_CN": "托珠单抗已达限制：{limits}（累计 {total} 次，24 小时内 {last_24h} 次）；"
        "须由医生填写理由后方可超限给药",
    },
    "alert.tocilizumab_limit_broken_many": {
        "en": "{count} recorded tocilizumab doses broke a limit; the latest, {time}: {limits}",
        "zh_CN": "已记录的托珠单抗给药中有 {count} 次违反限制；最近一次 {time}：{limits}",
    },
    "alert.tocilizumab_limit_broken": {
        "en": "the tocilizumab dose of {time} broke a limit: {limits}",
        "zh_CN": "{time} 的托珠单抗给药违反限制：{limits}",
    },
    "alert.icu_transfer_suggested": {
        "en": "ICU: {reasons}",
        "zh_CN": "重症监护（ICU）：{reasons}",
    },
    "icu.two": {"en": "{first}; also {second}", "zh_CN": "{first}；同时 {second}"},
    "icu.crs3.tci": {
        "en": "CRS grade 3 — ICU admission if needed",
        "zh_CN": "CRS 3 级——必要时入住 ICU",
    },
    "icu.crs4.tci": {
        "en": "CRS grade 4 — ICU admission with advanced life support",
        "zh_CN": "CRS 4 级——入住 ICU 并予高级生命支持",
    },
    "icu.crs.review": {"en": "CRS grade {crs} — ICU care", "zh_CN": "CRS {crs} 级——ICU 管理"},
    "icu.icans3.mm": {
        "en": "ICANS grade 3 — transfer to ICU advised",
        "zh_CN": "ICANS 3 级——建议转入 ICU",
    },
    "icu.icans4.mm": {
        "en": "ICANS grade 4 — ICU monitoring; mechanical ventilation advised",
        "zh_CN": "ICANS 4 级——ICU 监护，建议机械通气",
    },
    "icu.icans3.tci": {
        "en": "ICANS grade 3 — transfer to ICU if needed",
        "zh_CN": "ICANS 3 级——必要时转入 ICU",
    },
    "icu.icans4.tci": {
        "en": "ICANS grade 4 — ICU monitoring and mechanical ventilation",
        "zh_CN": "ICANS 4 级——ICU 监护，机械通气",
    },
    "icu.icans.review": {
        "en": "ICANS grade {icans} — should be managed in ICU; intubation and mechanical "
        "ventilation to protect the airway if needed",
        "zh_CN": "ICANS {icans} 级——应在 ICU 管理，必要时插管、机械通气保护气道",
    },
    "icu.icans2_crs2.mm": {
        "en": "ICANS grade 2 with CRS grade {crs} — consider transfer to ICU",
        "zh_CN": "ICANS 2 级合并 CRS {crs} 级——考虑转入 ICU",
    },
    "icu.icans2_crs2.tci": {
        "en": "ICANS grade 2 with CRS grade {crs} — assess whether ICU care is needed",
        "zh_CN": "ICANS 2 级合并 CRS {crs} 级——评估是否需要入住 ICU",
    },
    "alert.tocilizumab_may_worsen_icans": {
        "en": "ICANS grade {icans}: tocilizumab may raise CSF IL-6 and worsen ICANS; siltuximab "
        "does not carry that risk",
        "zh_CN": "ICANS {icans} 级：托珠单抗可能升高脑脊液 IL-6、加重 ICANS；司妥昔单抗无此风险",
    },
    "alert.seizure_prophylaxis": {
        "en": "prior CNS disease: guideline suggests levetiracetam 750 mg every 12 h for "
        "seizure prophylaxis",
        "zh_CN": "既往中枢神经系统疾病：指南建议左乙拉西坦 750 mg，每 12 小时一次，预防癫痫",
    },
    "alert.seizure_prophylaxis.review": {
        "en": "prior neurological disease: guideline suggests antiepileptic prophylaxis "
        "(e.g. levetiracetam) as appropriate",
        "zh_CN": "既往有神经系统疾病：指南建议酌情使用抗癫痫药（如左乙拉西坦）预防癫痫",
    },
    "alert.seizure_prophylaxis.child": {
        "en": "{line}; paediatric levetiracetam dose: {text}",
        "zh_CN": "{line}；儿童左乙拉西坦剂量：{text}",
    },
}

"""Message texts: trend figures and handover sheets (issue 6)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- trend figures: panels (y-axis labels, short; "\n" breaks the line) -------------
    "trend.panel.crs": {"zh_CN": "CRS\n分级", "en": "CRS\ngrade"},
    "trend.panel.grades": {"zh_CN": "分级", "en": "Grades"},
    "trend.panel.vaso": {"zh_CN": "升压药", "en": "Vaso-\npressors"},
    "trend.panel.temp": {"zh_CN": "体温\n°C", "en": "Temp\n°C"},
    "trend.panel.hr": {"zh_CN": "心率\n次/分", "en": "HR\n/min"},
    "trend.panel.bp": {"zh_CN": "血压\nmmHg", "en": "BP\nmmHg"},
    "trend.panel.spo2": {"zh_CN": "血氧\nSpO₂ %", "en": "SpO₂\n%"},
    "trend.panel.ice": {"zh_CN": "ICE\n评分", "en": "ICE\nscore"},
    "trend.panel.capd": {"zh_CN": "CAPD\n评分", "en": "CAPD\nscore"},
    "trend.panel.icans": {"zh_CN": "ICANS\n分级", "en": "ICANS\ngrade"},
    "trend.panel.fluids": {"zh_CN": "出入量\nmL/班", "en": "In/out\nmL/shift"},
    "trend.panel.fluid_cumulative": {"zh_CN": "累计\nmL", "en": "Cumul.\nmL"},
    "trend.panel.weight": {"zh_CN": "体重\nkg", "en": "Weight\nkg"},
    "trend.panel.crp": {"zh_CN": "C 反应蛋白\nmg/L", "en": "CRP\nmg/L"},
    "trend.panel.il6": {"zh_CN": "白介素-6\npg/mL", "en": "IL-6\npg/mL"},
    "trend.panel.ferritin": {"zh_CN": "铁蛋白\nµg/L（对数）", "en": "Ferritin\nµg/L (log)"},
    # --- trend figures: series (legend and tap text) -------------------------------------
    "trend.series.crs": {"zh_CN": "CRS 分级", "en": "CRS grade"},
    "trend.series.icans": {"zh_CN": "ICANS 分级", "en": "ICANS grade"},
    "trend.series.temp": {"zh_CN": "体温", "en": "temperature"},
    "trend.series.hr": {"zh_CN": "心率", "en": "heart rate"},
    "trend.series.sbp": {"zh_CN": "收缩压", "en": "SBP"},
    "trend.series.map": {"zh_CN": "平均动脉压", "en": "MAP"},
    "trend.series.spo2": {"zh_CN": "血氧饱和度", "en": "SpO₂"},
    "trend.series.o2": {"zh_CN": "氧疗", "en": "oxygen"},
    "trend.series.ice": {"zh_CN": "ICE 评分", "en": "ICE score"},
    "trend.series.capd": {"zh_CN": "CAPD 评分", "en": "CAPD score"},
    "trend.series.fluid_in": {"zh_CN": "入量", "en": "in"},
    "trend.series.fluid_out": {"zh_CN": "出量", "en": "out"},
    "trend.series.fluid_net": {"zh_CN": "本班净平衡", "en": "net per shift"},
    "trend.series.fluid_cumulative": {"zh_CN": "累计净平衡", "en": "cumulative net"},
    "trend.series.weight": {"zh_CN": "体重", "en": "weight"},
    # --- trend figures: reference lines, bands, ranges ----------------------------------
    "trend.ref.fever": {"zh_CN": "发热 38.0", "en": "fever 38.0"},
    "trend.ref.sbp90": {"zh_CN": "收缩压 90", "en": "SBP 90"},
    "trend.ref.sbp_age": {"zh_CN": "年龄界值 {sbp}", "en": "age limit {sbp}"},
    "trend.ref.weight_baseline": {"zh_CN": "基线 {kg}", "en": "baseline {kg}"},
    "trend.o2.grade2": {"zh_CN": "低流量吸氧", "en": "low-flow O₂"},
    "trend.o2.grade3": {"zh_CN": "高流量/面罩", "en": "high flow/mask"},
    "trend.o2.grade4": {"zh_CN": "正压通气", "en": "CPAP/BiPAP/vent."},
    "trend.dose.steroid": {"zh_CN": "糖皮质激素（{drugs}）", "en": "steroids ({drugs})"},
    "trend.dose.other": {
        "zh_CN": "其他抗细胞因子药（{drugs}）",
        "en": "other anti-cytokine ({drugs})",
    },
    "trend.pdf.title": {"zh_CN": "生命体征趋势图", "en": "Trends"},
    "trend.pdf.patient": {
        "zh_CN": "{bed} 床  {name}  病案号 {mrn}  {age} 岁",
        "en": "Bed {bed}  {name}  MRN {mrn}  {age} y",
    },
    "trend.vaso.none": {"zh_CN": "未用升压药", "en": "no vasopressor"},
    "trend.vaso.stopped": {
        "zh_CN": "{start} 开始，{stop} 停用",
        "en": "started {start}, stopped {stop}",
    },
    "trend.vaso.running": {
        "zh_CN": "{start} 开始，最后记录 {last} 仍在用",
        "en": "started {start}, still running at the last record {last}",
    },
    "trend.range.24h": {"zh_CN": "近 24 小时", "en": "last 24 h"},
    "trend.range.72h": {"zh_CN": "近 72 小时", "en": "last 72 h"},
    "trend.range.since_infusion": {"zh_CN": "回输以来", "en": "since infusion"},
    "trend.no_data": {"zh_CN": "此时段无记录", "en": "no records in this range"},
    # --- trend figures: a tapped point ---------------------------------------------------
    "trend.point": {
        "zh_CN": "{series}：{value}（{time}，记录人 {user}）",
        "en": "{series}: {value} ({time}, recorded by {user})",
    },
    "trend.point.late": {
        "zh_CN": "{series}：{value}（{time}，记录人 {user}，补录于 {saved}）",
        "en": "{series}: {value} ({time}, recorded by {user}, late entry saved {saved})",
    },
    "trend.point.plain": {
        "zh_CN": "{series}：{value}（时间 {time}）",
        "en": "{series}: {value} ({time})",
    },
    # --- handover sheet: page furniture ---------------------------------------------------
    "handover.title": {"zh_CN": "交接班记录", "en": "Handover sheet"},
    "handover.ward_unnamed": {"zh_CN": "（未设置病区名称）", "en": "(ward name not set)"},
    "handover.header.shift": {
        "zh_CN": "{date} {shift}（{start}至{end}）",
        "en": "{shift} {date} {start}–{end}",
    },
    "handover.header.printed": {
        "zh_CN": "打印：{user}，{date} {time}",
        "en": "printed by {user}, {date} {time}",
    },
    "handover.header.data_as_of": {
        "zh_CN": "数据截至同步 {when}",
        "en": "data as of sync {when}",
    },
    "handover.header.never_synced": {
        "zh_CN": "本机尚未同步",
        "en": "never synced here",
    },
    "handover.footer.page": {
        "zh_CN": "第 {page} 页 / 共 {total} 页",
        "en": "page {page} of {total}",
    },
    "handover.footer.confidential": {
        "zh_CN": "含患者信息，用后按规定销毁",
        "en": "contains patient data: dispose of securely",
    },
    "handover.sign.handed_over": {"zh_CN": "交班人", "en": "handed over by"},
    "handover.sign.received": {"zh_CN": "接班人", "en": "received by"},
    "handover.sign.physician": {"zh_CN": "值班医生", "en": "physician"},
    "handover.sign.time": {"zh_CN": "时间", "en": "time"},
    "handover.no_patients": {"zh_CN": "病区当前无在床患者", "en": "no occupied beds"},
    "handover.error.unknown_bed": {
        "zh_CN": "{bed} 床无在床患者（在床：{beds}）",
        "en": "bed {bed} is not occupied (occupied: {beds})",
    },
    "handover.error.unknown_shift": {
        "zh_CN": "本病区没有“{shift}”班次（{detail}）",
        "en": "the ward has no {shift} shift ({detail})",
    },
    "handover.error.db_and_demo": {
        "zh_CN": "--db 与 --demo 只能选一个",
        "en": "use --db or --demo, not both",
    },
    "handover.error.write": {
        "zh_CN": "无法写入 {path}：{detail}",
        "en": "cannot write {path}: {detail}",
    },
    "handover.error.pin_needed": {
        "zh_CN": "--user {user} 须输入该用户的 PIN：请在终端运行本命令按提示输入，"
        "或用 --pin-file 文件 或 --pin-stdin 提供",
        "en": "--user {user} needs that user's PIN: run the command at a terminal to be "
        "asked for it, or give --pin-file FILE or --pin-stdin",
    },
    "handover.error.pin_without_user": {
        "zh_CN": "--pin-file 和 --pin-stdin 须与 --user 用户名 一起使用",
        "en": "--pin-file and --pin-stdin need --user NAME",
    },
    "handover.error.pin_file_open": {
        "zh_CN": "无法读取 PIN 文件 {path}：{detail}",
        "en": "cannot read the PIN file {path}: {detail}",
    },
    "handover.error.pin_file_private": {
        "zh_CN": "PIN 文件 {path} 须属于当前用户且仅本人可读（chmod 600 {path}）",
        "en": "the PIN file {path} must belong to you and be readable by you only "
        "(chmod 600 {path})",
    },
    "handover.cli.pin_prompt": {"zh_CN": "{user} 的 PIN：", "en": "PIN for {user}: "},
    "handover.cli.done": {
        "zh_CN": "已写入交接班记录 {path}（{beds} 床，{pages} 页），已记入审计日志",
        "en": "wrote the handover sheet {path}: {beds} bed(s), {pages} page(s); "
        "the print is in the audit log",
    },
    # --- handover sheet: the ward summary -----------------------------------------------
    "handover.summary.title": {
        "zh_CN": "病区汇总（{beds} 床）",
        "en": "Ward summary ({beds} beds)",
    },
    "handover.summary.running": {
        "zh_CN": "病区汇总（{beds} 床）",
        "en": "ward summary ({beds} beds)",
    },
    "handover.summary.balance": {
        "zh_CN": "本班 {shift}\n累计 {cumulative}",
        "en": "shift {shift}\ncum. {cumulative}",
    },
    "handover.summary.legend": {
        "zh_CN": "分级颜色：0 级浅绿、1 级黄、2 级橙、3 级红（粗框）、4 级深紫（粗框）。"
        "出入量单位 mL，正值为入量多于出量；累计自回输起算。ICE 满分 10 分（越低越重），"
        "CAPD ≥ 9 分提示谵妄。",
        "en": "Grade colours: 0 pale green, 1 yellow, 2 orange, 3 red (heavy border), "
        "4 dark purple (heavy border). Balance in mL, positive = more in than out; "
        "cumulative since infusion. ICE out of 10 (lower is worse); CAPD ≥ 9 suggests "
        "delirium.",
    },
    "handover.col.bed": {"zh_CN": "床号", "en": "Bed"},
    "handover.col.name": {"zh_CN": "姓名", "en": "Name"},
    "handover.col.day": {"zh_CN": "回输天数", "en": "Day"},
    "handover.col.crs": {"zh_CN": "CRS 分级", "en": "CRS"},
    "handover.col.icans": {"zh_CN": "ICANS 分级", "en": "ICANS"},
    "handover.col.neuro": {"zh_CN": "ICE/CAPD 评分", "en": "ICE/CAPD"},
    "handover.col.risk": {"zh_CN": "风险分层", "en": "Risk"},
    "handover.col.balance": {"zh_CN": "出入量 mL", "en": "Balance mL"},
    "handover.col.overdue": {"zh_CN": "超时任务", "en": "Overdue tasks"},
    "handover.col.alerts": {"zh_CN": "警示", "en": "Alerts"},
    # --- handover sheet: one patient ---------------------------------------------------
    "handover.patient.running": {
        "zh_CN": "{bed} 床 {name} · {day}",
        "en": "bed {bed} {name} · {day}",
    },
    "handover.bed": {"zh_CN": "{bed} 床", "en": "Bed {bed}"},
    "handover.age_sex": {"zh_CN": "{age} 岁 {sex}", "en": "{age} y {sex}"},
    "handover.sex.m": {"zh_CN": "男", "en": "M"},
    "handover.sex.f": {"zh_CN": "女", "en": "F"},
    "handover.grade": {"zh_CN": "{grade} 级", "en": "grade {grade}"},
    "handover.reasons": {"zh_CN": "（依据：{reasons}）", "en": " ({reasons})"},
    "handover.confirmed": {
        "zh_CN": "；已由 {user} 确认（{time}）",
        "en": "; confirmed by {user} ({time})",
    },
    "handover.not_confirmed": {"zh_CN": "；医生未确认", "en": "; not confirmed by a physician"},
    "handover.sbar.s": {"zh_CN": "现状", "en": "Situation"},
    "handover.sbar.b": {"zh_CN": "背景", "en": "Background"},
    "handover.sbar.a": {"zh_CN": "评估", "en": "Assessment"},
    "handover.sbar.r": {"zh_CN": "建议", "en": "Recommendation"},
    "handover.field.diagnosis": {"zh_CN": "诊断与产品", "en": "Diagnosis, product"},
    "handover.field.crs": {"zh_CN": "当前 CRS", "en": "CRS now"},
    "handover.field.icans": {"zh_CN": "当前 ICANS", "en": "ICANS now"},
    "handover.field.risk": {"zh_CN": "风险分层", "en": "Risk group"},
    "handover.field.infusion": {"zh_CN": "回输", "en": "Infusion"},
    "handover.field.highest": {"zh_CN": "最高分级", "en": "Highest grades"},
    "handover.field.doses": {"zh_CN": "CRS/ICANS 用药", "en": "CRS/ICANS drugs"},
    "handover.field.toci": {"zh_CN": "托珠单抗", "en": "Tocilizumab"},
    "handover.field.steroids": {"zh_CN": "糖皮质激素", "en": "Steroids"},
    "handover.field.other_meds": {"zh_CN": "24 小时内其他用药", "en": "Other drugs, 24 h"},
    "handover.field.vitals": {"zh_CN": "最近生命体征", "en": "Last vital signs"},
    "handover.field.neuro": {"zh_CN": "最近 ICE/CAPD", "en": "Last ICE/CAPD"},
    "handover.field.balance": {"zh_CN": "出入量", "en": "Fluid balance"},
    "handover.field.weight": {"zh_CN": "体重", "en": "Weight"},
    "handover.field.alerts": {"zh_CN": "警示", "en": "Alerts"},
    "handover.field.overdue": {"zh_CN": "超时任务", "en": "Overdue tasks"},
    "handover.field.plan_crs": {"zh_CN": "CRS 处理", "en": "CRS step"},
    "handover.field.plan_icans": {"zh_CN": "ICANS 处理", "en": "ICANS step"},
    "handover.field.sources": {"zh_CN": "依据", "en": "Source"},
    "handover.field.due_next": {"zh_CN": "下一班待办", "en": "Due next shift"},
    "handover.diagnosis_product": {
        "zh_CN": "{diagnosis}；{product}（靶点 {target}，共刺激域 {costim}）",
        "en": "{diagnosis}; {product} (target {target}, costimulatory domain {costim})",
    },
    "handover.diagnosis.b_all": {
        "zh_CN": "B 细胞急性淋巴细胞白血病（B-ALL）",
        "en": "B-cell acute lymphoblastic leukaemia (B-ALL)",
    },
    "handover.diagnosis.b_nhl": {
        "zh_CN": "B 细胞非霍奇金淋巴瘤（B-NHL）",
        "en": "B-cell non-Hodgkin lymphoma (B-NHL)",
    },
    "handover.diagnosis.mm": {"zh_CN": "多发性骨髓瘤", "en": "multiple myeloma"},
    "handover.diagnosis.neuro_autoimmune": {
        "zh_CN": "神经系统自身免疫病",
        "en": "neurological autoimmune disease",
    },
    "handover.diagnosis.other": {"zh_CN": "其他", "en": "other"},
    "handover.infusion": {
        "zh_CN": "回输 {infusion}（入院 {admitted}）",
        "en": "infused {infusion} (admitted {admitted})",
    },
    "handover.highest.grade": {
        "zh_CN": "{name} 最高 {grade} 级（{at} 起）",
        "en": "{name} up to grade {grade} (from {at})",
    },
    "handover.highest.none": {"zh_CN": "未出现 {name}", "en": "no {name} so far"},
    "handover.highest.fever": {"zh_CN": "首次发热 {at}", "en": "first fever {at}"},
    "handover.dose_line": {
        "zh_CN": "{drug}（{count} 次）：{doses}",
        "en": "{drug} ({count}): {doses}",
    },
    "handover.toci.ledger": {
        "zh_CN": "已用 {given}/{total} 次，剩余 {left} 次；下次最早 {next}",
        "en": "{given} of {total} doses given, {left} left; next allowed {next}",
    },
    "handover.toci.no_dose_yet": {"zh_CN": "随时（尚未使用）", "en": "any time (none given yet)"},
    "handover.toci.blocked": {"zh_CN": "；现在不可用：{why}", "en": "; not allowed now: {why}"},
    "handover.ice_score": {"zh_CN": "ICE {score}/10 分", "en": "ICE {score}/10"},
    "handover.capd_score": {"zh_CN": "CAPD {score} 分", "en": "CAPD {score}"},
    "handover.ice_short": {"zh_CN": "ICE {score} 分", "en": "ICE {score}"},
    "handover.capd_short": {"zh_CN": "CAPD {score} 分", "en": "CAPD {score}"},
    "handover.neuro_unable": {"zh_CN": "无法评估", "en": "unable to assess"},
    "handover.balance.shift": {"zh_CN": "{shift}出入量：{text}", "en": "{shift}: {text}"},
    "handover.balance.fluid_day": {
        "zh_CN": "本日 24 小时出入量（{start} 起，截至目前）：{text}",
        "en": "fluid day from {start} (so far): {text}",
    },
    "handover.balance.previous_day": {
        "zh_CN": "前一日 24 小时出入量（{start} 起）：{text}",
        "en": "previous fluid day from {start}: {text}",
    },
    "handover.balance.cumulative": {"zh_CN": "回输后累计：{text}", "en": "since infusion: {text}"},
    "handover.balance.since_admission": {
        "zh_CN": "入院后累计：{text}",
        "en": "since admission: {text}",
    },
    "handover.balance.none": {"zh_CN": "无出入量记录", "en": "no intake/output recorded"},
    "handover.alert.critical": {"zh_CN": "【紧急】{text}", "en": "[URGENT] {text}"},
    "handover.alert.acknowledged": {
        "zh_CN": "（{user} 已确认，{time}）",
        "en": " (acknowledged by {user}, {time})",
    },
    "handover.task_line": {"zh_CN": "{task}，截止 {due}", "en": "{task}, due {due}"},
    # a task with a window of days (a follow-up visit): its target and its latest time
    "handover.task_line_window": {
        "zh_CN": "{task}，应于 {due}，最迟 {latest}",
        "en": "{task}, due {due}, at the latest {latest}",
    },
    "handover.task_lines": {
        "zh_CN": "{task}：{count} 次，截止 {first} 至 {last}",
        "en": "{task}: {count} times, due {first} to {last}",
    },
    "handover.ward_task": {
        "zh_CN": "病区任务：{kind}（{note}）",
        "en": "ward task: {kind} ({note})",
    },
    "handover.task_kind.vitals": {"zh_CN": "生命体征", "en": "vital signs"},
    "handover.task_kind.neuro": {"zh_CN": "神经系统评估", "en": "neuro check"},
    "handover.task_kind.labs": {"zh_CN": "检验", "en": "labs"},
    "handover.task_kind.weight": {"zh_CN": "称体重", "en": "weight"},
    "handover.task_kind.other": {"zh_CN": "其他（{kind}）", "en": "{kind}"},
    "handover.drug.acyclovir": {"zh_CN": "阿昔洛韦", "en": "acyclovir"},
    "handover.trend_caption": {
        "zh_CN": "近 72 小时趋势（竖线：托珠单抗及糖皮质激素给药时间）",
        "en": "Last 72 h (vertical lines: tocilizumab and steroid doses)",
    },
    # --- handover sheet: alert titles for the ward summary (by alert code) -------------
    "handover.alert_title.crs_suspected": {"zh_CN": "疑似 CRS", "en": "CRS suspected"},
    "handover.alert_title.late_crs_possible": {
        "zh_CN": "可能为迟发 CRS",
        "en": "late CRS possible",
    },
    "handover.alert_title.infection_workup_suggested": {
        "zh_CN": "建议感染筛查",
        "en": "infection work-up suggested",
    },
    "handover.alert_title.hypotension_or_hypoxia_without_fever": {
        "zh_CN": "无发热的低血压或低氧",
        "en": "hypotension/hypoxia without fever",
    },
    "handover.alert_title.hypoxia_on_room_air": {
        "zh_CN": "未吸氧时低氧",
        "en": "hypoxia on room air",
    },
    "handover.alert_title.hlh_mas_suspected": {"zh_CN": "疑似 HLH/MAS", "en": "HLH/MAS suspected"},
    "handover.alert_title.tocilizumab_limit": {
        "zh_CN": "托珠单抗用量限制",
        "en": "tocilizumab limit",
    },
    "handover.alert_title.icu_transfer_suggested": {
        "zh_CN": "建议转入 ICU",
        "en": "ICU transfer suggested",
    },
    "handover.alert_title.tocilizumab_may_worsen_icans": {
        "zh_CN": "托珠单抗可能加重 ICANS",
        "en": "tocilizumab may worsen ICANS",
    },
    "handover.alert_title.seizure_prophylaxis": {
        "zh_CN": "建议抗癫痫预防",
        "en": "seizure prophylaxis suggested",
    },
    "handover.alert_title.severe_neutropenia": {
        "zh_CN": "重度中性粒细胞减少",
        "en": "severe neutropenia",
    },
    "handover.alert_title.severe_neurotoxicity_risk": {
        "zh_CN": "重度神经毒性高风险",
        "en": "high risk of severe neurotoxicity",
    },
    "handover.alert_title.ivig_suggested": {"zh_CN": "建议补充 IVIG", "en": "IVIG suggested"},
    "handover.alert_title.immunoglobulin_workup_suggested": {
        "zh_CN": "建议复查免疫球蛋白",
        "en": "immunoglobulin work-up suggested",
    },
    "handover.alert_title.hbv_reactivation": {"zh_CN": "HBV 再激活", "en": "HBV reactivation"},
    "handover.alert_title.avoid_quinolones_sulfonamides": {
        "zh_CN": "避免喹诺酮及磺胺类",
        "en": "avoid quinolones and sulfonamides",
    },
    "handover.alert_title.contraindicated_antibiotic_recorded": {
        "zh_CN": "记录了禁用抗菌药",
        "en": "contraindicated antibiotic recorded",
    },
}

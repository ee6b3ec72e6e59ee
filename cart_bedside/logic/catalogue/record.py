"""Message texts: the patient record and ward administration services (issue 5)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- admission -------------------------------------------------------------------
    "record.error.bed_occupied": {
        "en": "bed {bed} is occupied ({name}, {day}): choose a free bed, or transfer or "
        "discharge that patient first",
        "zh_CN": "{bed} 床已有患者（{name}，{day}）：请选择空床，或先为该患者转床或出院",
    },
    "record.error.same_bed": {
        "en": "the patient is already in bed {bed}",
        "zh_CN": "患者已在 {bed} 床",
    },
    "record.error.discharged": {
        "en": "this admission was closed at {at} (discharged)",
        "zh_CN": "该次住院已于 {at} 出院结束",
    },
    "record.error.already_admitted": {
        "en": "the patient with MRN {mrn} is still admitted (bed {bed})",
        "zh_CN": "病历号 {mrn} 的患者仍在院（{bed} 床）",
    },
    "record.eligibility.kps": {"en": "KPS", "zh_CN": "KPS 评分"},
    "record.eligibility.ecog": {"en": "ECOG", "zh_CN": "ECOG 评分"},
    "record.eligibility.lvef_percent": {"en": "LVEF", "zh_CN": "左室射血分数"},
    "record.eligibility.alt_u_l": {"en": "ALT (eligibility)", "zh_CN": "ALT（入组评估）"},
    "record.eligibility.alt_uln_u_l": {
        "en": "ALT upper limit of normal",
        "zh_CN": "ALT 正常值上限",
    },
    "record.eligibility.ast_u_l": {"en": "AST (eligibility)", "zh_CN": "AST（入组评估）"},
    "record.eligibility.ast_uln_u_l": {
        "en": "AST upper limit of normal",
        "zh_CN": "AST 正常值上限",
    },
    "record.eligibility.spo2_room_air": {"en": "SpO2 on room air", "zh_CN": "未吸氧 SpO2"},
    "record.eligibility.active_infection": {"en": "active infection", "zh_CN": "活动性感染"},
    "record.eligibility.life_expectancy_weeks": {"en": "life expectancy", "zh_CN": "预计生存期"},
    # --- medications -----------------------------------------------------------------
    "record.error.dose_limit": {
        "en": "tocilizumab limit: {limits}; next dose allowed {next}. A physician may "
        "override with a reason",
        "zh_CN": "托珠单抗用药限制：{limits}；下次可用时间 {next}。如需越过限制，须由医生注明理由",
    },
    "record.error.dose_limit_later": {
        "en": "tocilizumab limit: {limits}: a dose at {recorded} is already recorded, later "
        "than this one at {time} (given on another tablet or charted since). Check both times "
        "with the physician; a physician may override with a reason",
        "zh_CN": "托珠单抗用药限制：{limits}：{recorded} 已记录一剂，晚于本剂的 {time}"
        "（可能是其他平板记录或后来补录的）。请与医生核对这两次给药时间；如需越过限制，"
        "须由医生注明理由",
    },
    "record.error.dose_limit_total": {
        "en": "tocilizumab limit: {limits}; no further dose is allowed under the ward's "
        "limits. Ask the physician; a physician may override with a reason",
        "zh_CN": "托珠单抗用药限制：{limits}；按本病区规定不能再用药。请告知医生；如需越过限制，"
        "须由医生注明理由",
    },
    "record.sync.stale": {
        "en": "not synced for {minutes} min — doses given on other tablets may be missing",
        "zh_CN": "未同步 {minutes} 分钟——其他平板上给的药可能未显示",
    },
    "record.sync.never": {
        "en": "never synced with the ward server — doses given on other tablets may be missing",
        "zh_CN": "从未与病区服务器同步——其他平板上给的药可能未显示",
    },
    "record.error.sync_stale": {
        "en": "{stale}. Sync now (tap the sync status at the top), or a physician may "
        "override with a reason",
        "zh_CN": "{stale}。请先同步（点击顶部的同步状态），或由医生注明理由后越过",
    },
    "record.limit.interval": {
        "en": "within {hours} h of another dose",
        "zh_CN": "与其他剂次间隔不足 {hours} 小时",
    },
    "record.limit.per_24h": {
        "en": "already {max} doses within 24 h",
        "zh_CN": "24 小时内已用 {max} 次",
    },
    "record.limit.total": {
        "en": "already {max} doses in total",
        "zh_CN": "已累计使用 {max} 次",
    },
    "record.error.tocilizumab_rewrite": {
        "en": "only a physician may change the drug or time of a tocilizumab dose, or mark it "
        "entered in error: the dose limits count it",
        "zh_CN": "托珠单抗给药记录计入剂量限制，更改药名、给药时间或标记误录须由医生操作",
    },
    "record.error.tocilizumab_max": {
        "en": "{value} mg is above the {max} mg maximum single dose of tocilizumab",
        "zh_CN": "{value} mg 超过托珠单抗单次最大剂量 {max} mg",
    },
    "record.warning.dose_differs": {
        "en": "{value} mg differs by more than 10 % from the weight-based dose {suggested} mg",
        "zh_CN": "{value} mg 与按体重计算的剂量 {suggested} mg 相差超过 10 %",
    },
    "record.warning.avoid_in_myasthenia": {
        "en": "{drug}: quinolones and sulfonamides are to be avoided in myasthenia gravis",
        "zh_CN": "{drug}：重症肌无力患者应避免使用喹诺酮类和磺胺类药物",
    },
    "record.toci.weight_used": {
        "en": "weight used: {weight} kg, measured {date}",
        "zh_CN": "所用体重：{weight} kg（测量于 {date}）",
    },
    "record.toci.next_allowed": {
        "en": "next dose allowed from {time}",
        "zh_CN": "下次最早可用时间：{time}",
    },
    "record.toci.allowed_now": {"en": "a dose is allowed now", "zh_CN": "现在可以给药"},
    "record.toci.doses_remaining": {
        "en": "{count} doses remaining",
        "zh_CN": "剩余可用 {count} 次",
    },
    "record.drug_class.tocilizumab": {"en": "tocilizumab", "zh_CN": "托珠单抗"},
    "record.drug_class.steroid": {"en": "corticosteroid", "zh_CN": "糖皮质激素"},
    "record.drug_class.antipyretic": {"en": "antipyretic", "zh_CN": "退热药"},
    "record.drug_class.antiepileptic": {"en": "antiepileptic", "zh_CN": "抗癫痫药"},
    "record.drug_class.anti_cytokine": {"en": "anti-cytokine", "zh_CN": "抗细胞因子药物"},
    "record.drug_class.other": {"en": "other", "zh_CN": "其他"},
    # --- labs ------------------------------------------------------------------------
    "record.lab.other": {"en": "{name}", "zh_CN": "{name}（其他检验）"},
    "record.error.reserved_lab": {
        "en": "{name} is an eligibility item: enter it in the admission checklist",
        "zh_CN": "{name} 属于入组评估项目，请在入院评估清单中录入",
    },
    # --- history ---------------------------------------------------------------------
    "record.kind.vitals": {"en": "vital signs", "zh_CN": "生命体征"},
    "record.kind.neuro": {"en": "neuro check", "zh_CN": "神经评估"},
    "record.kind.fluid": {"en": "fluid", "zh_CN": "出入量"},
    "record.kind.medication": {"en": "medication", "zh_CN": "用药"},
    "record.kind.lab": {"en": "lab", "zh_CN": "检验"},
    "record.kind.weight": {"en": "weight", "zh_CN": "体重"},
    "record.kind.physician_grade": {"en": "physician's grade", "zh_CN": "医生判定分级"},
    "record.kind.not_done": {"en": "check not done", "zh_CN": "未做的评估"},
    "record.history.grade_confirmed": {
        "en": "{syndrome} grade {grade}, computed grade confirmed",
        "zh_CN": "{syndrome} {grade} 级，确认系统计算分级",
    },
    "record.history.grade_corrected": {
        "en": "{syndrome} grade {grade} (computed {computed}); reason: {reason}",
        "zh_CN": "{syndrome} {grade} 级（系统计算 {computed} 级）；理由：{reason}",
    },
    "record.history.not_done": {"en": "{task} due: {why}", "zh_CN": "应做的{task}：{why}"},
    "record.mark.late_entry": {"en": "late entry", "zh_CN": "补录"},
    "record.mark.amended": {"en": "amended", "zh_CN": "已更正"},
    "record.mark.entered_in_error": {"en": "entered in error", "zh_CN": "录入错误（已作废）"},
    "record.unreadable": {
        "en": "unreadable record: {field} = {value}",
        "zh_CN": "无法读取的记录：{field} = {value}",
    },
    "alert.unreadable_record": {
        "en": "unreadable record ({count}): {kind} {time}, {field} = {value}; not graded: "
        "check it in History and mark it entered in error",
        "zh_CN": "无法读取的记录（{count} 条）：{kind} {time}，{field} = {value}；未参与分级，"
        "请在“历史记录”中核对并标记为录入错误",
    },
    "record.error.not_in_episode": {
        "en": "record {id} does not belong to this admission",
        "zh_CN": "记录 {id} 不属于本次住院",
    },
    # --- alerts ----------------------------------------------------------------------
    "record.error.no_such_alert": {
        "en": "there is no alert {alert} for this patient now",
        "zh_CN": "该患者当前没有警示 {alert}",
    },
    "record.alert.acknowledged": {
        "en": "acknowledged by {user}, {time}",
        "zh_CN": "{user} 已确认，{time}",
    },
    "record.alert.returned": {
        "en": "worse since it was acknowledged by {user}, {time}",
        "zh_CN": "{user} 于 {time} 确认后病情加重，再次提示",
    },
    # --- co-sign ---------------------------------------------------------------------
    "record.cosign.meaning": {
        "en": "grades confirmed: CRS {crs}, ICANS {icans}; step acknowledged ({protocol})",
        "zh_CN": "已确认分级：CRS {crs} 级，ICANS {icans} 级；已知晓处理建议（{protocol}）",
    },
    "record.cosign.confirmed": {
        "en": "confirmed by {user}, {time}",
        "zh_CN": "{user} 已确认，{time}",
    },
    "record.cosign.not_confirmed": {
        "en": "not confirmed by a physician",
        "zh_CN": "尚未经医生确认",
    },
    "record.error.cosign_pin": {
        "en": "Wrong PIN: the grades were not co-signed",
        "zh_CN": "PIN 错误：未完成分级确认签名",
    },
    "record.error.resolve_pin": {
        "en": "Wrong PIN: the conflicting corrections were not resolved",
        "zh_CN": "PIN 错误：修改冲突未处理",
    },
    "record.error.nothing_to_cosign": {
        "en": "no vital signs or neuro check recorded yet: there is no grade to confirm",
        "zh_CN": "尚无生命体征或神经评估记录，无分级可确认",
    },
    # --- administration --------------------------------------------------------------
    "admin.error.hhmm": {
        "en": "{value} is not a time of day as HH:MM (e.g. 08:00)",
        "zh_CN": "{value} 不是 HH:MM 格式的时间（例如 08:00）",
    },
    "admin.error.hhmm_required": {
        "en": "is empty; enter a time of day as HH:MM (e.g. 08:00)",
        "zh_CN": "未填写，请按 HH:MM 格式填写时间（例如 08:00）",
    },
    "admin.error.shifts_empty": {
        "en": "at least one shift is needed",
        "zh_CN": "至少需要设置一个班次",
    },
    "admin.error.shift_names_unique": {
        "en": "shift names must differ",
        "zh_CN": "班次名称不能重复",
    },
    "admin.error.shift_starts_distinct": {
        "en": "shift start times must differ",
        "zh_CN": "班次开始时间不能重复",
    },
    "admin.error.shift_order": {
        "en": "list the shifts in the order of the day (e.g. 08:00, 16:00, 00:00)",
        "zh_CN": "请按一天中的先后顺序列出班次（例如 08:00、16:00、00:00）",
    },
    "admin.error.bed_duplicate": {"en": "bed {bed} is listed twice", "zh_CN": "{bed} 床重复列出"},
    "admin.error.bed_in_use": {
        "en": "bed {bed} is occupied: transfer or discharge the patient before removing it",
        "zh_CN": "{bed} 床有患者：请先转床或出院后再删除该床位",
    },
    "admin.error.escalation_order": {
        "en": "checks while grade ≥ 2 must be at least as frequent as while grade ≥ 1",
        "zh_CN": "≥2 级时的监测频率不得低于 ≥1 级时",
    },
    "admin.error.toci_per_24h_above_total": {
        "en": "the doses allowed in 24 h cannot exceed the total allowed",
        "zh_CN": "24 小时内允许次数不能超过累计允许次数",
    },
    "admin.error.own_account": {
        "en": "you cannot deactivate or demote your own account",
        "zh_CN": "不能停用或降级自己的账户",
    },
    "admin.error.last_admin": {
        "en": "this is the last active administrator: create another one first",
        "zh_CN": "这是最后一个在用的管理员账户：请先创建另一个管理员",
    },
}

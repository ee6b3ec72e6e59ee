"""Message texts: storage errors, backup/restore/demo results, audit-log words."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- errors ----------------------------------------------------------------------
    "storage.error.corrupt": {
        "en": "the database {path} is damaged ({detail}); the latest backup is {backup}: "
        "restore it with: cart-bedside restore {backup}",
        "zh_CN": "数据库 {path} 已损坏（{detail}）；最近的备份为 {backup}，"
        "可用以下命令恢复：cart-bedside restore {backup}",
    },
    "storage.error.corrupt_no_backup": {
        "en": "the database {path} is damaged ({detail}) and no backup was found; "
        "do not delete it, call IT support",
        "zh_CN": "数据库 {path} 已损坏（{detail}），且未找到备份；请勿删除该文件，并联系信息科",
    },
    "storage.error.schema_too_new": {
        "en": "the database has schema version {found}, this app knows up to {supported}: "
        "update the app",
        "zh_CN": "数据库结构版本为 {found}，本程序仅支持到 {supported}：请升级程序",
    },
    "storage.error.unknown_user": {
        "en": "unknown user {user}",
        "zh_CN": "未知用户 {user}",
    },
    "storage.error.inactive_user": {
        "en": "user {user} is deactivated",
        "zh_CN": "用户 {user} 已停用",
    },
    "storage.error.user_exists": {
        "en": "user {user} already exists",
        "zh_CN": "用户 {user} 已存在",
    },
    "storage.error.directory_payload": {
        "en": "the ward server's directory is not usable ({field}); nothing was changed",
        "zh_CN": "病区服务器的用户与设置目录无法使用（{field}）；未做任何更改",
    },
    "storage.error.pin_format": {
        "en": "the PIN must be 4 to 8 digits",
        "zh_CN": "PIN 须为 4–8 位数字",
    },
    "storage.error.record_not_found": {
        "en": "no record with id {id}",
        "zh_CN": "找不到编号为 {id} 的记录",
    },
    "storage.error.unknown_episode": {
        "en": "no admission with id {id}",
        "zh_CN": "找不到编号为 {id} 的住院记录",
    },
    "storage.error.future_time": {
        "en": "{time} is in the future (now {now}): check the date and time",
        "zh_CN": "{time} 晚于当前时间（{now}）：请核对日期和时间",
    },
    "storage.error.wrong_kind": {
        "en": "record {id} is a {found} record, not {kind}",
        "zh_CN": "记录 {id} 属于 {found}，不是 {kind}",
    },
    "storage.error.already_amended": {
        "en": "record {id} was already corrected; correct the current version {current}",
        "zh_CN": "记录 {id} 已被更正；请更正其当前版本 {current}",
    },
    "storage.error.not_a_conflict": {
        "en": "records {ids} are not conflicting corrections of one record",
        "zh_CN": "记录 {ids} 不是同一记录的冲突更正",
    },
    "storage.error.received_conflict": {
        "en": "{table} {id} received with other content than the row held here: refused",
        "zh_CN": "收到的 {table} {id} 与本机已有的同一记录内容不同：已拒收",
    },
    "storage.error.unknown_table": {
        "en": "{table} is not a table of the ward's records",
        "zh_CN": "{table} 不是病区记录的数据表",
    },
    "storage.error.device_local_table": {
        "en": "{table} stays on each tablet and is never received",
        "zh_CN": "{table} 只保存在本机，不接收其他设备的数据",
    },
    "storage.error.entered_in_error_final": {
        "en": "record {id} was marked entered in error and cannot be changed",
        "zh_CN": "记录 {id} 已标记为误录，不能再修改",
    },
    "storage.error.bed_occupied": {
        "en": "bed {bed} is occupied",
        "zh_CN": "{bed} 床已有患者",
    },
    "storage.error.no_such_file": {
        "en": "file not found: {path}",
        "zh_CN": "找不到文件：{path}",
    },
    "storage.error.file_exists": {
        "en": "{path} already exists; choose another file name",
        "zh_CN": "{path} 已存在；请换一个文件名",
    },
    "storage.error.backup_invalid": {
        "en": "backup {path} failed its check ({detail})",
        "zh_CN": "备份 {path} 校验失败（{detail}）",
    },
    "storage.error.not_our_database": {
        "en": "{path} is not a cart-bedside database",
        "zh_CN": "{path} 不是本程序的数据库",
    },
    "storage.error.not_our_database_detail": {
        "en": "{path} is not a cart-bedside database ({detail})",
        "zh_CN": "{path} 不是本程序的数据库（{detail}）",
    },
    "storage.error.restore_onto_itself": {
        "en": "{path} is the database itself; choose a backup file",
        "zh_CN": "{path} 就是当前数据库；请选择一个备份文件",
    },
    "storage.error.database_in_use": {
        "en": "{path} is open in another program ({who}): close it first",
        "zh_CN": "{path} 正被其他程序使用（{who}）：请先关闭",
    },
    "storage.error.restore_under_way": {
        "en": "a restore of {path} is under way: try again in a minute",
        "zh_CN": "{path} 正在恢复中：请稍后再试",
    },
    "storage.error.backup_tampered": {
        "en": "backup {path} failed its check: {detail}",
        "zh_CN": "备份 {path} 校验失败：{detail}",
    },
    "storage.error.backup_folder": {
        "en": "{path} is not a folder this tablet can write to",
        "zh_CN": "{path} 不是本平板可写入的文件夹",
    },
    "storage.error.os": {
        "en": "{path}: {detail}",
        "zh_CN": "{path}：操作失败（{detail}）",
    },
    "storage.error.disk_full": {
        "en": "{path}: the disk is full; free some space and try again",
        "zh_CN": "{path}：磁盘已满；请清理空间后重试",
    },
    "storage.error.unwritable": {
        "en": "{path}: cannot write there (permission denied)",
        "zh_CN": "{path}：无写入权限",
    },
    "storage.error.locked": {
        "en": "{path}: the database is locked by another program; try again",
        "zh_CN": "{path}：数据库被其他程序锁定；请重试",
    },
    "storage.error.not_a_database": {
        "en": "{path} is not a database file",
        "zh_CN": "{path} 不是数据库文件",
    },
    # --- verify findings (one line each) ---------------------------------------------
    "verify.clean": {
        "en": "clean: {entries} audit entries, {records} records, {signatures} signatures, "
        "{users} users, {settings} settings checked",
        "zh_CN": "未发现问题：已核对 {entries} 条审计记录、{records} 条记录、{signatures} 个签名、"
        "{users} 个用户、{settings} 项设置",
    },
    "verify.bad_anchor": {
        "en": "{anchor} is not an anchor: write it as on the handover sheet, "
        "e.g. 1042:3fa9c2d17b80",
        "zh_CN": "{anchor} 不是有效的锚点：请按交班单上的格式填写，例如 1042:3fa9c2d17b80",
    },
    "verify.integrity": {
        "en": "integrity check: {detail}",
        "zh_CN": "完整性检查：{detail}",
    },
    "verify.not_ours": {
        "en": "not a cart-bedside database (no schema version)",
        "zh_CN": "不是本程序的数据库（无结构版本）",
    },
    "verify.missing_tables": {
        "en": "tables missing: {tables}",
        "zh_CN": "缺少数据表：{tables}",
    },
    "verify.chain": {
        "en": "audit log altered at entry {seq}: {problem}",
        "zh_CN": "审计日志在第 {seq} 条处被改动：{problem}",
    },
    "verify.unkeyed": {
        "en": "audit log not keyed up to its newest entry {seq}: its plain hashes can be "
        "recomputed by anyone (re-hashed, or written before this version)",
        "zh_CN": "审计日志直到最新的第 {seq} 条都未用密钥签名：其普通哈希任何人都能重算"
        "（被重新计算过，或由旧版本写入）",
    },
    "verify.anchor_missing": {
        "en": "audit log cut short: it ends at entry {head}, but entry {seq} was seen {at}",
        "zh_CN": "审计日志被截短：只到第 {head} 条，但 {at} 时已有第 {seq} 条",
    },
    "verify.anchor_changed": {
        "en": "audit entry {seq} differs from the one seen {at}",
        "zh_CN": "第 {seq} 条审计记录与 {at} 时所见不同",
    },
    "verify.row_changed": {
        "en": "{table} row {id} was changed after it was recorded (audit entry {seq})",
        "zh_CN": "{table} 记录 {id} 在录入后被改动（审计第 {seq} 条）",
    },
    "verify.row_unaudited": {
        "en": "{table} row {id} has no audit entry",
        "zh_CN": "{table} 记录 {id} 无审计记录",
    },
    "verify.row_missing": {
        "en": "{table} row {id} (audit entry {seq}) is missing",
        "zh_CN": "{table} 记录 {id}（审计第 {seq} 条）已不存在",
    },
    "verify.signature": {
        "en": "signature {id} by {signer}: the signed records were changed",
        "zh_CN": "{signer} 的签名 {id}：所签记录已被改动",
    },
    "verify.user_changed": {
        "en": "user {user}: name, role, PIN or status changed outside the app",
        "zh_CN": "用户 {user}：姓名、角色、PIN 或状态在程序之外被改动",
    },
    "verify.setting_changed": {
        "en": "ward setting {key} changed outside the app",
        "zh_CN": "病区设置 {key} 在程序之外被改动",
    },
    # --- command results -------------------------------------------------------------
    "storage.backup.done": {
        "en": "backup written and verified: {path} ({rows} rows in {tables} tables)",
        "zh_CN": "备份已写入并校验：{path}（{tables} 个表，共 {rows} 行）",
    },
    "storage.restore.done": {
        "en": "restored {file} into {db}; the replaced database was kept as {aside}",
        "zh_CN": "已将 {file} 恢复为 {db}；被替换的数据库保留为 {aside}",
    },
    "storage.restore.done_new": {
        "en": "restored {file} into {db}",
        "zh_CN": "已将 {file} 恢复为 {db}",
    },
    "storage.demo.done": {
        "en": "demo ward written to {path}: {beds} occupied beds, {records} records "
        "(demo users and PINs: see docs/storage.md)",
        "zh_CN": "演示病区已写入 {path}：{beds} 张在床，{records} 条记录"
        "（演示账号和 PIN 见 docs/storage.md）",
    },
    "storage.demo.scale_done": {
        "en": "benchmark ward written to {path}: {years} years, {beds} beds, "
        "{vitals} vital-sign rows in {seconds} s",
        "zh_CN": "基准测试病区已写入 {path}：{years} 年，{beds} 张床，"
        "{vitals} 行生命体征，用时 {seconds} 秒",
    },
    "storage.demo.file_exists": {
        "en": "{path} already exists; remove it or choose another file",
        "zh_CN": "{path} 已存在；请删除或另选文件",
    },
    # --- record kinds (history view, audit viewer) -----------------------------------
    "storage.kind.vitals": {"en": "vital signs", "zh_CN": "生命体征"},
    "storage.kind.neuro": {"en": "neuro assessment", "zh_CN": "神经评估"},
    "storage.kind.fluid": {"en": "fluid entry", "zh_CN": "出入量"},
    "storage.kind.medication": {"en": "medication dose", "zh_CN": "用药"},
    "storage.kind.lab": {"en": "lab result", "zh_CN": "检验结果"},
    "storage.kind.weight": {"en": "weight", "zh_CN": "体重"},
    "storage.late_entry": {"en": "late entry", "zh_CN": "补录"},
    "storage.amended": {"en": "amended: {reason}", "zh_CN": "已更正：{reason}"},
    "storage.entered_in_error": {"en": "entered in error: {reason}", "zh_CN": "误录：{reason}"},
    # --- audit-log actions -----------------------------------------------------------
    # the reasons the app writes by itself (logic/audit_reasons.py), as the audit screen shows them
    "audit.reason.backup_by_admin": {
        "en": "backup by the administrator",
        "zh_CN": "管理员手动备份",
    },
    "audit.reason.backup_failed": {"en": "backup failed", "zh_CN": "备份失败"},
    "audit.reason.backup_works_again": {"en": "backup works again", "zh_CN": "备份已恢复正常"},
    "audit.reason.startup_check_failed": {
        "en": "integrity check after start-up failed",
        "zh_CN": "启动后完整性检查未通过",
    },
    "audit.reason.account_changed": {"en": "account changed", "zh_CN": "账户已变更"},
    "audit.reason.display_name": {"en": "display name changed", "zh_CN": "修改显示姓名"},
    "audit.reason.pin_reset": {"en": "PIN reset", "zh_CN": "重置 PIN 码"},
    "audit.reason.server_restored": {
        "en": "ward server restored from an older backup",
        "zh_CN": "病区服务器已从较早的备份恢复",
    },
    "audit.action.insert": {"en": "recorded", "zh_CN": "录入"},
    "audit.action.amend": {"en": "amended", "zh_CN": "更正"},
    "audit.action.entered_in_error": {"en": "marked entered in error", "zh_CN": "标记误录"},
    "audit.action.sign": {"en": "signed", "zh_CN": "签名"},
    "audit.action.sign_in": {"en": "signed in", "zh_CN": "登录"},
    "audit.action.sign_out": {"en": "signed out", "zh_CN": "退出登录"},
    "audit.action.sign_in_failed": {"en": "failed sign-in", "zh_CN": "登录失败"},
    "audit.action.lock": {"en": "locked", "zh_CN": "锁屏"},
    "audit.action.unlock": {"en": "unlocked", "zh_CN": "解锁"},
    "audit.action.print": {"en": "printed", "zh_CN": "打印"},
    "audit.action.export": {"en": "exported", "zh_CN": "导出"},
    "audit.action.backup": {"en": "backup", "zh_CN": "备份"},
    "audit.action.restore": {"en": "restore", "zh_CN": "恢复"},
    "audit.action.migrate": {"en": "database upgraded", "zh_CN": "数据库升级"},
    "audit.action.user_create": {"en": "user created", "zh_CN": "创建用户"},
    "audit.action.user_update": {"en": "user changed", "zh_CN": "修改用户"},
    "audit.action.setting_change": {"en": "setting changed", "zh_CN": "修改设置"},
    "audit.action.bulk_import": {"en": "bulk import", "zh_CN": "批量导入"},
    "audit.action.verify": {"en": "database check", "zh_CN": "数据库核查"},
    "audit.chain_ok": {
        "en": "audit log intact ({entries} entries)",
        "zh_CN": "审计日志完整（{entries} 条）",
    },
    "audit.verified": {
        "en": "audit log, records, signatures, users and settings verified up to entry {seq} "
        "(anchor {anchor})",
        "zh_CN": "审计日志、记录、签名、用户和设置已核对至第 {seq} 条（锚点 {anchor}）",
    },
    "audit.anchor": {"en": "audit anchor {anchor}", "zh_CN": "审计锚点 {anchor}"},
    "audit.chain_broken": {
        "en": "audit log altered at entry {seq}: {problem}",
        "zh_CN": "审计日志在第 {seq} 条处被改动：{problem}",
    },
}

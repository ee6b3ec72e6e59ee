"""Message texts: the tablet's sync with the ward server (enroll, sync, its errors)."""

MESSAGES: dict[str, dict[str, str]] = {
    "sync.done": {
        "en": "pushed {pushed}, pulled {pulled}, conflicts {conflicts}",
        "zh_CN": "已上传 {pushed} 条，已下载 {pulled} 条，冲突 {conflicts} 处",
    },
    "sync.refused_rows": {
        "en": "{count} row(s) refused: the server holds the same id with other content "
        "(kept here, not overwritten): {rows}",
        "zh_CN": "{count} 条记录被拒收：服务器上已有相同编号但内容不同的记录"
        "（本机保留，未覆盖）：{rows}",
    },
    "sync.enroll.done": {
        "en": "enrolled with {server} as {role}, device {device}; sync with: "
        "cart-bedside sync --db {db}",
        "zh_CN": "已注册到 {server}（{role}），设备编号 {device}；"
        "同步：cart-bedside sync --db {db}",
    },
    "sync.error.not_enrolled": {
        "en": "this database is not enrolled with a ward server: "
        "cart-bedside enroll --db PATH --server URL --code CODE",
        "zh_CN": "此数据库尚未注册到病区服务器："
        "cart-bedside enroll --db PATH --server URL --code CODE",
    },
    "sync.error.already_enrolled": {
        "en": "this database is already enrolled with {server}",
        "zh_CN": "此数据库已注册到 {server}",
    },
    "sync.error.no_database": {
        "en": "no database at {path}",
        "zh_CN": "{path} 处没有数据库",
    },
    "sync.error.bad_url": {
        "en": "--server must be an http:// or https:// address, e.g. https://ward-server:8443 "
        "(got {url})",
        "zh_CN": "--server 须为 http:// 或 https:// 地址，"
        "例如 https://ward-server:8443（收到 {url}）",
    },
    "sync.error.plain_http": {
        "en": "plain http is only for a server on this machine (127.0.0.1, localhost): "
        "use https:// for {url}",
        "zh_CN": "明文 http 仅可用于本机服务器（127.0.0.1、localhost）：{url} 请使用 https://",
    },
    "sync.error.no_ca_file": {
        "en": "--ca-file: no such file {path}",
        "zh_CN": "--ca-file：文件 {path} 不存在",
    },
    "storage.error.unknown_column": {
        "en": "received row of {table} has a column this tablet does not know: {column}",
        "zh_CN": "收到的 {table} 记录含有本平板不认识的列：{column}",
    },
    "sync.error.busy": {
        "en": "sync already running on this database (the app or another terminal): "
        "try again in a moment",
        "zh_CN": "此数据库正在同步（程序或另一个终端）：请稍后再试",
    },
    "sync.error.bad_ca_file": {
        "en": "the ward server's certificate authority file {path} cannot be used ({detail}): "
        "enroll again with --ca-file",
        "zh_CN": "病区服务器的证书颁发机构文件 {path} 无法使用（{detail}）："
        "请用 --ca-file 重新注册",
    },
    "sync.error.unreachable": {
        "en": "the ward server {server} cannot be reached ({detail})",
        "zh_CN": "无法连接病区服务器 {server}（{detail}）",
    },
    "sync.error.timeout": {
        "en": "the ward server {server} did not answer in time ({detail})",
        "zh_CN": "病区服务器 {server} 未及时响应（{detail}）",
    },
    "sync.error.tls": {
        "en": "the ward server {server} failed the TLS check ({detail}); "
        "give its certificate authority with --ca-file",
        "zh_CN": "病区服务器 {server} 的 TLS 证书校验失败（{detail}）；"
        "请用 --ca-file 指定其证书颁发机构",
    },
    "sync.error.refused": {
        "en": "the ward server refused the request ({status} {error}): {detail}",
        "zh_CN": "病区服务器拒绝了请求（{status} {error}）：{detail}",
    },
    "sync.error.revoked": {
        "en": "this device was revoked by the ward admin: ask for a new enrolment code",
        "zh_CN": "本设备已被病区管理员吊销：请索取新的注册码重新注册",
    },
    "sync.error.unknown_token": {
        "en": "the ward server does not know this device: enroll it again",
        "zh_CN": "病区服务器不认识本设备：请重新注册",
    },
    "sync.error.rate_limited": {
        "en": "too many failed attempts from this device's address: try again later",
        "zh_CN": "本设备地址的失败尝试过多：请稍后再试",
    },
    "sync.error.bad_code": {
        "en": "unknown, used or expired enrolment code: ask the admin for a new one",
        "zh_CN": "注册码无效、已使用或已过期：请向管理员索取新的注册码",
    },
    "sync.error.no_token": {
        "en": "this database is enrolled but its device token is missing from this computer's "
        "key folder: enroll it again",
        "zh_CN": "此数据库已注册，但本机密钥文件夹中缺少其设备令牌：请重新注册",
    },
    "sync.error.receive": {
        "en": "rows pulled from the ward server could not be stored: {detail}",
        "zh_CN": "从病区服务器下载的记录无法保存：{detail}",
    },
    "audit.action.sync_lineage": {"en": "sync: new audit lineage", "zh_CN": "同步：审计链新分支"},
    "audit.action.sync_server_restored": {
        "en": "sync: ward server restored from an older backup, rows sent again",
        "zh_CN": "同步：病区服务器已从较早的备份恢复，记录已重新上传",
    },
    "sync.server_restored": {
        "en": "ward server was restored from an older backup: {rows} rows sent again",
        "zh_CN": "病区服务器已从较早的备份恢复：已重新上传 {rows} 条记录",
    },
    "audit.action.receive": {
        "en": "sync: page of records received",
        "zh_CN": "同步：收到一批记录",
    },
    "verify.received_page": {
        "en": "received page (audit entry {seq}): its records do not match the entry",
        "zh_CN": "收到的一批记录（审计第 {seq} 条）与审计记录不符",
    },
    "sync.verify.anchor_missing": {
        "en": "audit log cut short: the ward server holds anchor {anchor}, this file ends at "
        "entry {head}",
        "zh_CN": "审计日志被截短：病区服务器保存有锚点 {anchor}，此文件只到第 {head} 条",
    },
    "sync.verify.anchor_changed": {
        "en": "audit entry {anchor} differs from the anchor the ward server holds",
        "zh_CN": "第 {anchor} 条审计记录与病区服务器保存的锚点不同",
    },
    "sync.verify.not_checked": {
        "en": "the ward server's anchors were not checked: {reason}",
        "zh_CN": "未核对病区服务器上的锚点：{reason}",
    },
    "sync.error.other": {
        "en": "sync failed: {detail}",
        "zh_CN": "同步失败：{detail}",
    },
}

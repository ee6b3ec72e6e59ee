"""Message texts: the ward server's administration commands (``cart-bedside server …``)."""

MESSAGES: dict[str, dict[str, str]] = {
    "server.init.done": {
        "en": "ward server database ready: schema version {version} ({applied}); "
        "ward {ward} {state}",
        "zh_CN": "病区服务器数据库已就绪：结构版本 {version}（{applied}）；病区 {ward} {state}",
    },
    "server.init.applied": {"en": "migrations applied: {versions}", "zh_CN": "已升级：{versions}"},
    "server.init.up_to_date": {"en": "already up to date", "zh_CN": "无需升级"},
    "server.init.created": {"en": "created", "zh_CN": "已创建"},
    "server.init.exists": {"en": "already exists", "zh_CN": "已存在"},
    "server.enroll_code.done": {
        "en": "enrolment code for ward {ward} ({role}): {enroll_code}  "
        "(one use, valid until {until})",
        "zh_CN": "病区 {ward} 的设备注册码（{role}）：{enroll_code}"
        "（仅可使用一次，有效期至 {until}）",
    },
    "server.admin_token.done": {
        "en": "admin token (shown once, keep it safe): {token}",
        "zh_CN": "管理员令牌（仅显示一次，请妥善保管）：{token}",
    },
    "server.revoke.done": {"en": "device {device} revoked", "zh_CN": "设备 {device} 已吊销"},
    "server.devices.none": {"en": "no devices enrolled", "zh_CN": "尚无已注册设备"},
    "server.devices.line": {
        "en": "{device}  ward {ward}  {role}  {name}  last seen {seen}  clock {skew}  "
        "audit chain {audit}  {state}",
        "zh_CN": "{device}  病区 {ward}  {role}  {name}  最近同步 {seen}  时钟偏差 {skew}  "
        "审计链 {audit}  {state}",
    },
    "server.devices.audit_none": {"en": "not received yet", "zh_CN": "尚未收到"},
    "server.devices.audit_to": {"en": "intact to {seq}", "zh_CN": "连续完整至 {seq}"},
    "server.devices.audit_breaks": {
        "en": "{count} break(s) — check this device (cart-bedside verify)",
        "zh_CN": "{count} 处断裂——请检查该设备（cart-bedside verify）",
    },
    # --- the directory on an enrolled tablet (service/directory.py) ---------------------
    "directory.error.offline": {
        "en": "not saved: users and ward settings are the ward server's and it cannot be "
        "reached ({detail}); try again when the tablet is online",
        "zh_CN": "未保存：用户与病区设置由病区服务器统一管理，当前无法连接（{detail}）；"
        "请在平板联网后重试",
    },
    "directory.error.not_enrolled": {
        "en": "this tablet is not enrolled with a ward server",
        "zh_CN": "本平板尚未注册到病区服务器",
    },
    "directory.error.bad_pin": {
        "en": "not saved: the ward server did not accept your admin PIN",
        "zh_CN": "未保存：病区服务器未接受您的管理员 PIN",
    },
    "directory.error.pin_needed": {
        "en": "enter your PIN: the ward server checks it for every change of users or settings",
        "zh_CN": "请输入您的 PIN：病区服务器会为每次用户或设置的更改核对 PIN",
    },
    "directory.error.wrong_pin": {
        "en": "Wrong PIN: users and settings cannot be changed until it is entered",
        "zh_CN": "PIN 错误：输入正确 PIN 之前不能更改用户与设置",
    },
    "directory.error.account_locked": {
        "en": "not saved: too many wrong PINs for this admin on the ward server; wait a few "
        "minutes",
        "zh_CN": "未保存：该管理员在病区服务器上 PIN 错误次数过多；请稍候几分钟再试",
    },
    "directory.error.refused": {
        "en": "not saved: the ward server refused the change ({error}: {detail})",
        "zh_CN": "未保存：病区服务器拒绝了此更改（{error}：{detail}）",
    },
    "server.admin_user.done": {
        "en": "{user} is an active admin of ward {ward} with the PIN given (directory "
        "version {version})",
        "zh_CN": "{user} 已成为病区 {ward} 的在用管理员，PIN 已设置（目录版本 {version}）",
    },
    "server.error.admin_user": {
        "en": "{field}: {detail}; the directory was not changed",
        "zh_CN": "{field}：{detail}；目录未做更改",
    },
    "server.role.tablet": {"en": "tablet", "zh_CN": "平板"},
    "server.role.workstation": {"en": "workstation", "zh_CN": "工作站"},
    "server.devices.revoked": {"en": "revoked", "zh_CN": "已吊销"},
    "server.devices.active": {"en": "active", "zh_CN": "正常"},
    "server.devices.skew_warning": {
        "en": "(clock off by more than 2 min)",
        "zh_CN": "（时钟偏差超过 2 分钟）",
    },
    "server.error.no_such_ward": {
        "en": "there is no ward {ward} on this server; create it with: "
        "cart-bedside server init --database-url URL --ward {ward}",
        "zh_CN": "服务器上没有病区 {ward}；请先创建：cart-bedside server init "
        "--database-url URL --ward {ward}",
    },
    "server.error.no_such_device": {
        "en": "no enrolled, unrevoked device {device}",
        "zh_CN": "没有未吊销的已注册设备 {device}",
    },
    "server.error.no_database_url": {
        "en": "--database-url is required (or set CART_BEDSIDE_DATABASE_URL)",
        "zh_CN": "需要 --database-url（或设置环境变量 CART_BEDSIDE_DATABASE_URL）",
    },
    "server.error.database": {
        "en": "cannot use the ward database: {detail}",
        "zh_CN": "无法使用病区数据库：{detail}",
    },
    "server.error.needs_tls": {
        "en": "--host {host} is not loopback: give --certfile and --keyfile (HTTPS), "
        "or serve on 127.0.0.1 behind a TLS proxy",
        "zh_CN": "--host {host} 不是本机回环地址：请提供 --certfile 和 --keyfile（HTTPS），"
        "或在 127.0.0.1 上运行并由 TLS 代理转发",
    },
    "server.error.tls_pair": {
        "en": "--certfile and --keyfile go together",
        "zh_CN": "--certfile 和 --keyfile 须同时提供",
    },
    "server.error.empty_ward": {
        "en": "--ward must not be empty",
        "zh_CN": "--ward 不能为空",
    },
}

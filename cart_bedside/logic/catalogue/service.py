"""Message texts: sign-in, roles and other service-layer refusals."""

MESSAGES: dict[str, dict[str, str]] = {
    "service.error.unknown_user": {
        "en": "Unknown user or wrong PIN",
        "zh_CN": "用户名或 PIN 错误",
    },
    "service.error.inactive": {
        "en": "This account is deactivated; ask the ward administrator",
        "zh_CN": "该账户已停用，请联系病区管理员",
    },
    "service.error.locked": {
        "en": "Too many wrong PINs: locked until {until}, or ask the administrator",
        "zh_CN": "PIN 错误次数过多：已锁定至 {until}，或请管理员解锁",
    },
    "service.error.locked_now": {
        "en": "5 wrong PINs: this account is locked for {minutes} min",
        "zh_CN": "PIN 连续错误 5 次：账户锁定 {minutes} 分钟",
    },
    "service.error.wrong_pin": {
        "en": "Wrong PIN: {left} tries left before the account locks",
        "zh_CN": "PIN 错误：再错 {left} 次账户将被锁定",
    },
    "service.error.signature_pin": {
        "en": "Wrong PIN: the entry was not saved",
        "zh_CN": "PIN 错误：记录未保存",
    },
    "service.error.permission": {
        "en": "Your role may not {action}",
        "zh_CN": "您的角色无权{action}",
    },
    "service.action.view": {"en": "view patients", "zh_CN": "查看患者"},
    "service.action.chart": {"en": "chart", "zh_CN": "录入护理记录"},
    "service.action.acknowledge": {"en": "acknowledge alerts", "zh_CN": "确认警示"},
    "service.action.cosign": {"en": "co-sign grades", "zh_CN": "医生确认分级"},
    "service.action.override_dose": {
        "en": "override a dose limit",
        "zh_CN": "越过剂量限制",
    },
    "service.action.settings": {"en": "change ward settings", "zh_CN": "修改病区设置"},
    "service.action.users": {"en": "manage users", "zh_CN": "管理用户"},
    "service.action.backup": {"en": "back up or restore", "zh_CN": "备份或恢复"},
}

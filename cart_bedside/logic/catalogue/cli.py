"""Message texts of the command line and the app's start and stop (cli.py, ui/app.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    "cli.error.option_not_used": {
        "en": "{command} does not use {option}",
        "zh_CN": "{command} 命令不使用 {option} 选项",
    },
    "cli.error.option_twice": {
        "en": "{option} given twice with different values",
        "zh_CN": "{option} 给了两次且取值不同",
    },
    "cli.error.db_and_demo": {
        "en": "--db and --demo: choose one",
        "zh_CN": "--db 与 --demo 只能选一个",
    },
    "cli.error.no_display": {
        "en": "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): "
        "start it from the tablet's desktop session, or add --offscreen to run "
        "without a screen (kiosks, scripts)",
        "zh_CN": "没有可显示窗口的屏幕（未设置 DISPLAY 和 WAYLAND_DISPLAY）：请在平板的桌面里启动，"
        "或加 --offscreen 在无屏幕时运行（自助终端、脚本）",
    },
    "cli.error.display_libraries": {
        "en": "cannot open the display {display}: Qt's X11 libraries are missing; install "
        "them with: apt-get install -y {packages}",
        "zh_CN": "无法打开显示 {display}：缺少 Qt 的 X11 库，请安装：apt-get install -y {packages}",
    },
    "cli.error.display_refused": {
        "en": "cannot open the display {display} ({detail}): check the desktop session is "
        "running and this user may use it, or add --offscreen to run without a screen",
        "zh_CN": "无法打开显示 {display}（{detail}）：请确认桌面会话正在运行且本用户可以使用，"
        "或加 --offscreen 在无屏幕时运行",
    },
}

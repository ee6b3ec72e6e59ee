"""Screenshots of the laboratory's upper limits of normal for the HLH/MAS checklist
(clinical-decisions H-01) under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_lab_uln_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_lab_uln_screenshots.py --lang en --size 1920x1080

The real window on a throw-away demo ward (``ui.app.build_window``). The demo admin opens
Settings → Ward, scrolled to the group "检验正常值上限（HLH/MAS 核对用）": the app's
defaults, locked (``admin_lab_uln``); the switch on and a women's ALT of 300 U/L refused
with the field and its range (``admin_lab_uln_refused``); the laboratory's values saved
(``admin_lab_uln_saved``, scrolled to the group's end). Then the demo physician opens
bed 06's HLH/MAS panel (CRS 4, ``hlh_mas_suspected``), scrolled to its end, where the
limits line says they are the ward laboratory's (``record_hlh_panel_lab_uln``). Files:
docs/screenshots/<name>_<lang>.png at 1280×800, <name>_1920_<lang>.png at 1920×1080 (the
settings shots only).
"""

from __future__ import annotations

import shutil
import sys

from shots import demo_window, episode_of, options, shooter, wait_until, ward_settings_panel

#: A laboratory's values saved in the shots (older, sex-independent ALT/AST ranges, a
#: Jaffe creatinine): bed 06's ALT 222 U/L is then above 5 × ULN too.
SAVED = {
    ("F", "alt"): 40,  # the refused 300 corrected
    ("M", "alt"): 40,
    ("M", "bilirubin"): 20.5,
    ("M", "creatinine"): 111,
    ("F", "ast"): 40,
    ("F", "bilirubin"): 20.5,
    ("F", "creatinine"): 81,
}


def main() -> int:
    args = options()
    _app, window, database, path = demo_window(args)
    grab = shooter("", args.suffix)
    session = window.session

    panel = ward_settings_panel(window)
    editor = panel.lab_uln

    def scroll_to_group() -> None:
        bar = panel.scroll_area.verticalScrollBar()
        top = editor.mapTo(panel.scroll_area.widget(), editor.rect().topLeft()).y()
        bar.setValue(top - 8)

    wait_until("the ward settings", lambda: panel.isVisible())
    scroll_to_group()
    grab("admin_lab_uln")
    editor.own.click()
    editor.field("F", "alt").set_value(300)
    panel.reason.setText("检验科 2026 年参考区间" if args.lang == "zh_CN" else "Lab 2026 ranges")
    panel.save()
    scroll_to_group()
    grab("admin_lab_uln_refused")
    for (sex, name), value in SAVED.items():
        editor.field(sex, name).set_value(value)
    panel.save()
    panel.scroll_area.ensureWidgetVisible(editor.field("F", "creatinine"), 0, 8)
    grab("admin_lab_uln_saved")

    if args.size == "1280x800":
        session.sign_in("doctor", "3333")
        window.open_patient(episode_of(session, "06"))
        alerts = window.patient.show_tab("alerts")
        dialog = alerts.open_details("hlh_mas_suspected")
        assert dialog is not None
        wait_until("the HLH/MAS panel", dialog.isVisible)
        bar = dialog.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        grab("record_hlh_panel_lab_uln")
        dialog.accept()
    database.conn.close()
    shutil.rmtree(path.parent, ignore_errors=True)  # the throw-away demo ward
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the History tab's judgements, the second backup location and the
integrity banner (issues 12 and 15), in the real window under Xvfb.

    xvfb-run -n 98 -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_history_backup_screenshots.py --lang zh_CN
    xvfb-run -n 98 -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_history_backup_screenshots.py --lang en --size 1920x1080

Builds the window as the app does (``ui.app.build_window`` on a demo ward) and
grabs the X screen into docs/screenshots/<what>_<lang>.png:

- ``history_judgements``: the History of a patient with an overdue check, after a
  physician corrected the CRS
  grade and a nurse recorded a check as not done (the grade row selected);
- ``backup_second_location``: Settings → Backup and restore with a second
  location set (a folder in /tmp standing for the USB stick), and its folder chooser;
- ``integrity_banner``: the board after the background integrity check found a
  damaged page (one page in the middle of the demo ward's file overwritten).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from shots import demo_window, options, shooter


def main() -> int:
    args = options()
    zh = args.lang == "zh_CN"

    from PySide6.QtTest import QTest

    from cart_bedside.service import RecordService
    from cart_bedside.ui.integrity_watch import IntegrityWatch

    _app, window, database, path = demo_window(args)
    session = window.session
    service = session.service

    shot = shooter("", args.suffix, wait_ms=600)

    record = RecordService(service)
    session.sign_in("nurse", "1111")
    cards = service.board()
    bed = next((c for c in cards if c.overdue and c.crs_grade), None) or next(
        (c for c in cards if c.overdue), cards[0]
    )
    eid = bed.episode_id
    task = next(iter(record.tasks.task_summary(eid).overdue), None)
    if task is not None:
        note = "患者外出做 CT" if zh else "patient away for a CT scan"
        record.not_done.record_not_done(eid, task.kind, task.due_at, "other", note)
    session.sign_in("doctor", "3333")
    computed = service.assessment(eid).crs.grade
    icans = service.assessment(eid).icans.grade
    reason = "低血压系消化道出血所致，非 CRS" if zh else "hypotension from GI bleeding, not CRS"
    record.cosigning.judge_grades(eid, "3333", max(0, computed - 1), icans, reason)
    session.sign_in("nurse", "1111")
    window.open_patient(eid)
    history = window.patient.show_tab("history")
    QTest.qWait(300)
    rows = history.model.rows()
    row = next(
        (
            i
            for i, r in enumerate(rows)
            if r.payload.kind == "physician_grade" and r.payload.original.syndrome == "crs"
        ),
        0,
    )
    history.table.selectRow(row)
    shot("history_judgements")

    session.sign_in("admin", "9000")
    window.show_settings()
    screen = window.settings_screen
    screen.refresh()
    usb = Path(tempfile.mkdtemp(prefix="USB-")) / "cart-bedside-backups"
    usb.mkdir()
    screen.tabs.setCurrentWidget(screen.backup)
    screen.backup.second.set_folder(str(usb))
    screen.backup.refresh()
    shot("backup_second_location")
    chooser = screen.backup.second.choose()
    shot("backup_folder_chooser")
    chooser.reject()

    session.sign_in("nurse", "1111")
    window.show_board()
    size = 4096
    pages = path.stat().st_size // size
    with open(path, "r+b") as f:  # one page in the middle: not the schema, not the audit tail
        f.seek((pages // 2) * size + 200)
        f.write(b"\xa5" * 64)
    watch = IntegrityWatch(window, path)
    watch.start()
    for _ in range(100):
        QTest.qWait(100)
        if not watch.running:
            break
    shot("integrity_banner")
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of a stored row this version cannot read (issue 13 item 6): the board names it,
History shows it and offers only "entered in error".

    .venv/bin/python docs/screenshots/take_unreadable_screenshots.py --lang zh_CN --size 1280x800

Runs offscreen on a throw-away demo ward; a vital-sign row with ``o2_device = 'banana'``
is inserted with SQL into bed 08's admission, as another version of the app could have.
Writes docs/screenshots/unreadable_{board,history}_<size>_<lang>.png.
"""

from __future__ import annotations

import os
from datetime import timedelta

from shots import OUT, ROOT, options


def main() -> int:
    args = options()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtTest import QTest

    from cart_bedside.ui.app import build_window

    _app, window, database, _path, _ = build_window(demo=True, lang=args.lang)
    window.resize(args.width, args.height)
    window.show()
    service = window.session.service
    window.session.sign_in("nurse", "1111")
    eid = next(e.episode_id for _, e in service.occupied() if e.bed == "08")
    stamp = (service.clock() - timedelta(minutes=40)).isoformat(timespec="seconds")
    database.conn.execute(
        "INSERT INTO vital_signs (id, episode_id, observed_at, recorded_at, recorded_by, "
        "device_id, save_id, entered_in_error, temp_c, hr, sbp, dbp, rr, spo2, o2_device) "
        "VALUES ('unreadable-1', ?, ?, ?, 'nurse', 'old-tablet', 'old-save', 0, "
        "37.2, 88, 118, 70, 18, 97, 'banana')",
        (eid, stamp, stamp),
    )
    database.conn.commit()
    service.invalidate()
    window.board.refresh()

    def shot(name: str) -> None:
        QTest.qWait(300)
        target = OUT / f"unreadable_{name}_{args.width}_{args.lang}.png"
        window.grab().save(str(target))
        print(target.relative_to(ROOT))

    shot("board")
    window.open_patient(eid)
    tab = window.patient.show_tab("history")
    tab.kind_buttons["vitals"].click()
    tab.select_record("unreadable-1")
    shot("history")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

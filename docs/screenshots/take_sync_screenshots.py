"""Screenshots of a ward of devices on the screens (issue 14 items 4-5) under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_sync_screenshots.py --lang zh_CN --size 1280x800

The real window on a demo ward (``ui.app.build_window``). Bed 02's latest vital signs are
corrected here and, apart, on another tablet (rows stored through the real
``storage.receive.receive_rows``, as the sync client stores a pull); bed 05 gets vital
signs charted on the other tablet a moment ago. Then: the board's marks, History as the
nurse sees it, the conflict side by side (nurse: read only; physician: keep one, sign),
History after the physician resolved it; then enrolled: the bar (synced, 6 min behind,
never), its details, the stale warning on the tocilizumab panel, the held dose (nurse,
physician), a workstation's board and patient. Grabs the X screen (``import -window root``) into
docs/screenshots/sync_<step>_<width>_<lang>.png.
"""

from __future__ import annotations

import sys

from shots import demo_window, options, shooter


def main() -> int:
    args = options()

    from PySide6.QtTest import QTest

    from tests.ui.sync_helpers import make_conflict, receive_vitals

    _app, window, database, _path = demo_window(args)
    session = window.session
    service = session.service

    grab = shooter("sync", f"{args.width}_{args.lang}")

    def shot(name: str) -> None:
        window.resize(args.width, args.height)  # a wider screen before must not leave it wide
        grab(name)

    session.sign_in("nurse", "1111")
    beds = {c.bed: c.episode_id for c in service.board()}
    make_conflict(service, beds["02"])
    receive_vitals(service, beds["05"], hr=96, temp_c=37.9)
    window.show_board()
    shot("board")

    window.open_patient(beds["02"])
    history = window.patient.show_tab("history")
    history.set_kind("vitals")
    history.select_record(history.conflicts[0].root_id)
    shot("history_nurse")
    history.open_conflict()
    shot("conflict_nurse")
    history.dialog.reject()

    session.sign_in("doctor", "3333")
    window.open_patient(beds["02"])
    history = window.patient.show_tab("history")
    dialog = history.open_conflict()
    dialog.keep(2)
    dialog.fields["hr"].set_value(80)
    dialog.reasons.choose(0)
    shot("conflict_keep")
    dialog.go_sign()
    shot("conflict_sign")
    dialog.submit("3333")
    history.set_kind("vitals")
    history.table.selectRow(0)
    shot("history_resolved")

    # An enrolled tablet 6 min behind (the keys the sync client writes), then a workstation.
    from datetime import timedelta

    from cart_bedside.storage import sync_state

    def enroll(role: str, minutes_ago: float | None) -> None:
        now = service.clock().astimezone()
        last = None if minutes_ago is None else now - timedelta(minutes=minutes_ago)
        sync_state.save(
            service.repo.store,
            {
                "server_url": "https://ward-7b.example:8443",
                "device_id": "0b7d4c1e-5a2f-4e7b-9c1d-2f3e4a5b6c7d",
                "role": role,
                "last_ok_at": last.isoformat(timespec="seconds") if last else None,
                "last_error": '{"code": "sync.error.timeout", "params": {"server": '
                '"https://ward-7b.example:8443", "detail": "timed out after 10 s"}}',
                "last_error_at": now.isoformat(timespec="seconds"),
            },
        )
        window.sync_status.refresh()

    session.sign_in("nurse", "1111")
    enroll("tablet", 1)
    window.show_board()
    shot("bar_ok")
    enroll("tablet", 6)
    window.show_board()
    shot("bar_amber")
    window.show_sync_details()
    shot("details")
    window.sync_details.accept()
    window.open_patient(beds["06"])
    meds = window.patient.show_tab("medications")
    shot("medications_stale")
    dialog = meds.open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    dialog.save()
    shot("dose_held_nurse")
    dialog.reject()
    session.sign_in("doctor", "3333")
    window.open_patient(beds["01"])  # CRS 2, no tocilizumab yet: only the sync holds it
    dialog = window.patient.show_tab("medications").open_dose_dialog()
    dialog.drug.button("tocilizumab").click()
    dialog.ordered_by.button("doctor").click()
    dialog.save()
    shot("dose_held_physician")
    dialog.reject()
    enroll("workstation", 15)
    window.show_board()
    shot("workstation_board")
    window.open_patient(beds["06"])
    trends = window.patient.trends
    for _ in range(100):  # the figure is drawn off the UI thread
        if trends.figure is not None:
            break
        QTest.qWait(200)
    shot("workstation_patient")
    enroll("tablet", None)
    window.show_board()
    shot("bar_never")
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

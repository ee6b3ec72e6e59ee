"""Screenshots of the real app (the same window `cart-bedside --demo` opens) under Xvfb.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_app_screenshots.py \
        --lang zh_CN

It builds the window exactly as the app does (`ui.app.build_window` on a demo
ward), signs the demo nurse in, walks through a shift entry for an adult and
the neuro step of the child, and grabs the whole X screen (`import -window
root`) at each step into docs/screenshots/app_<step>_<lang>.png.
"""

from __future__ import annotations

import sys

from shots import demo_window, options, shooter


def main() -> int:
    args = options()

    _app, window, database, _path = demo_window(args)
    shot = shooter("app", args.suffix)

    shot("signin")
    window.session.sign_in("nurse", "1111")
    shot("board")
    service = window.session.service
    cards = service.board()
    adult = next(c for c in cards if c.bed == "09")
    child = next(c for c in cards if c.uses_capd)
    window.open_patient(adult.episode_id)
    entry = window.patient.entry
    state = entry.state()
    state["vitals"].update(temp_c=38.6, hr=112, sbp=86, dbp=52, rr=22, spo2=95)
    state["o2_device"], state["o2_flow_l_min"] = "nasal_cannula", 2
    state["neuro"].update(ice_items=[True] * 8 + [False, False], consciousness="alert")
    state["fluids"] = [["iv_fluids", 500], ["urine", 300]]
    state["support_answered"] = True  # the nurse's answer on step 2 (issue 11)
    entry.set_state(state)
    for step, name in enumerate(("vitals", "oxygen", "neuro", "fluids")):
        entry.go_to(step)
        shot(f"entry_{name}")
    entry.go_to(4)
    entry.refresh_review()
    shot("entry_review")
    window.show_board()
    window.open_patient(child.episode_id)
    window.patient.entry.go_to(2)
    shot("entry_neuro_child")
    window.session.lock()
    shot("locked")
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the follow-up pages (issue 13 item 8) in the real window under Xvfb.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_followup_screenshots.py --lang zh_CN
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_followup_screenshots.py --lang en --size 1920x1080

On the demo ward: the Medications tab's "Infection prophylaxis" page for bed 04
(neutropenic, co-trimoxazole not charted) and bed 05 (myasthenia gravis), and
the Labs tab's "IgG · IVIG · HBV" page for bed 09 (IgG < 4 g/L) and bed 11
(neutrophils recovered, past HBV infection on entecavir). Each is grabbed into
docs/screenshots/followup_<what>_<lang>.png (``_1920_`` at 1920 × 1080).
"""

from __future__ import annotations

from shots import demo_window, episode_of, options, shooter


def main() -> int:
    args = options()

    _app, window, _database, _path = demo_window(args)
    session = window.session

    shot = shooter("followup", args.suffix)

    def open_tab(bed: str, name: str):
        window.open_patient(episode_of(session, bed))
        window.patient.show_tab(name)
        return window.patient.tab(name)

    session.sign_in("nurse", "1111")
    for bed in ("04", "05"):
        tab = open_tab(bed, "medications")
        tab.pages.show_page("prophylaxis")
        shot(f"prophylaxis_{bed}")
    for bed in ("09", "11"):
        tab = open_tab(bed, "labs")
        tab.pages.show_page("followup")
        shot(f"immunology_{bed}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

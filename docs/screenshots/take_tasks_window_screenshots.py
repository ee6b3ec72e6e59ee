"""The Tasks list of a patient with a follow-up visit in its window of days (the Due cell says
"by …" / "最迟 …"), in the real window under Xvfb:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \
        docs/screenshots/take_tasks_window_screenshots.py --lang zh_CN

Signs the demo nurse in, opens the first bed whose Tasks list holds such a visit, and takes
record_tasks_window_<lang>.png (the list as it opens) and record_tasks_window_row_<lang>.png
(scrolled to the visit).
"""

from __future__ import annotations

import sys

from shots import demo_window, episode_of, options, shooter, wait


def main() -> int:
    args = options()
    _app, window, _database, _path = demo_window(args)
    session = window.session
    shot = shooter("record", args.suffix)
    session.sign_in("nurse", "1111")
    for bed in [f"{i:02d}" for i in range(1, 13)]:
        try:
            episode = episode_of(session, bed)
        except (LookupError, StopIteration):  # an empty bed
            continue
        window.open_patient(episode)
        window.patient.show_tab("alerts")
        wait(300)
        tab = window.patient.tab("alerts")
        rows = [
            r for r in range(tab.tasks.rowCount()) if getattr(tab.tasks.payload(r), "latest", None)
        ]
        if rows:
            shot("tasks_window")
            tab.task_table.scrollTo(tab.tasks.index(rows[0], 0))
            shot("tasks_window_row")
            return 0
    print("no bed has a task with a window of days", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of a tocilizumab dose corrected on two tablets and resolved (issue 14).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_conflict_dose_screenshots.py --lang zh_CN --size 1280x800

The real window on a demo ward (``ui.app.build_window``). On bed 05 a tocilizumab dose
at −10 h is moved here to −9 h and, apart, on another tablet to −11 h; that tablet also
gave a dose at −1.5 h (rows stored through the real ``storage.receive.receive_rows``, as
the sync client stores a pull). The physician keeps this tablet's time, 7.5 h before the
other tablet's dose: the conflict dialog shows the refusal and the override (as recording
a dose does), then the PIN page with the override reason. Grabs the X screen into
docs/screenshots/sync_conflict_dose_<step>_<width>_<lang>.png.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
H = timedelta(hours=1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtTest import QTest

    from cart_bedside.logic.models import MedicationDose
    from cart_bedside.storage.receive import receive_rows
    from cart_bedside.ui.app import build_window
    from tests.ui.sync_helpers import OTHER_TABLET

    _app, window, database, _path, _ = build_window(demo=True, lang=args.lang)
    window.resize(width, height)
    window.move(0, 0)
    window.show()
    session = window.session
    service = session.service
    repo = service.repo

    def shot(name: str) -> None:
        QTest.qWait(400)
        target = OUT / f"sync_conflict_dose_{name}_{width}_{args.lang}.png"
        subprocess.run(["import", "-window", "root", str(target)], check=True)
        print(target.relative_to(ROOT))

    def theirs(record_id: str, **changes: object) -> dict:
        row = dict(repo.store.one("SELECT * FROM medication_doses WHERE id = ?", (record_id,)))
        return row | {"id": repo.store.new_id(), "device_id": OTHER_TABLET} | changes

    session.sign_in("doctor", "3333")
    now = service.clock()
    episode = next(c.episode_id for c in service.board() if c.bed == "05")
    dose = MedicationDose(now - 10 * H, "tocilizumab", 480.0, "IV", "doctor", "nurse")
    first = repo.charting.save_record(episode, dose, "nurse").ids["medication"]
    mine = repo.charting.amend(first, replace(dose, time=now - 9 * H), "doctor", "charted late")
    moved = theirs(
        mine.ids["medication"],
        supersedes=first,
        observed_at=(now - 11 * H).isoformat(timespec="seconds"),
        amend_reason="given earlier",
    )
    later = theirs(
        first,
        supersedes=None,
        amend_reason=None,
        observed_at=(now - 1.5 * H).isoformat(timespec="seconds"),
    )
    receive_rows(repo.store, [("medication_doses", moved), ("medication_doses", later)])
    service.invalidate(episode)

    window.open_patient(episode)
    history = window.patient.show_tab("history")
    history.set_kind("medication")
    dialog = history.open_conflict()
    keep = next(i for i, c in enumerate(dialog.cards, 1) if c.version.time == now - 9 * H)
    dialog.keep(keep)
    dialog.reasons.choose(0)
    shot("keep")
    dialog.go_sign()  # 7.5 h before the other tablet's dose: refused, the override page
    shot("override")
    dialog.override.reasons.choose(0)
    dialog.override.override_button.click()
    shot("sign")
    dialog.reject()
    database.conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of every shift-entry step on a demo ward (not a test).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python \\
        docs/screenshots/take_entry_screenshots.py --lang zh_CN [--out docs/screenshots]

Fills a demo patient's entry (CRS 2 and ICANS 1), grabs the screen at each
step, with the confirmation and PIN dialogs and a refused value, and saves
``entry_<step>_<lang>.png``. The handwriting samples are the tests' synthetic
ones (``tests/ui/handwriting_samples.py``).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cart_bedside.ui import i18n  # noqa: E402
from tests.ui.handwriting_samples import scribble  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
DEMO_NOW = datetime(2026, 11, 23, 10, 0)


def _shot(app: QApplication, path: Path) -> None:
    for _ in range(5):
        app.processEvents()
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=i18n.LANGUAGES, default="zh_CN")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.split("x"))

    from cart_bedside.logic.models import ICE_ITEMS, FluidCategory, NeuroAssessment, O2Device
    from cart_bedside.service import WardService
    from cart_bedside.storage import Repository, open_database
    from cart_bedside.storage.demo import write_demo_db
    from cart_bedside.ui import prepare_application
    from cart_bedside.ui.session import Session
    from cart_bedside.ui.shift_entry.flow import ShiftEntryWidget

    app = QApplication.instance() or QApplication(sys.argv)
    prepare_application(app, args.lang)  # fonts, theme and translators
    db_path = Path(tempfile.mkdtemp()) / "ward.db"
    write_demo_db(db_path, now=DEMO_NOW)
    db = open_database(db_path)
    service = WardService(Repository(db, clock=lambda: DEMO_NOW), clock=lambda: DEMO_NOW)
    session = Session(service, args.lang)
    session.sign_in("nurse", "1111")
    beds = {episode.bed: episode.episode_id for _p, episode in service.occupied()}
    adult, child = beds["09"], beds["03"]
    # The patient's first handwriting sample, two days ago: the baseline.
    baseline = NeuroAssessment(
        DEMO_NOW - timedelta(days=2), ice_items=(True,) * 10, handwriting_png=scribble(0.0)
    )
    service.save_shift_entry(adult, "1111", neuro=baseline)
    args.out.mkdir(parents=True, exist_ok=True)

    def show(widget: QWidget) -> None:
        widget.setWindowTitle("cart_bedside")
        widget.setGeometry(0, 0, width, height)
        widget.show()
        widget.raise_()

    entry = ShiftEntryWidget(session, adult)
    show(entry)
    keypad = entry.vitals.keypad
    for value in ("38.6", "112", "86", "52", "22"):
        for key in value:
            keypad.press(key)
        keypad.press("ok")
    keypad.press("9")
    keypad.press("5")  # SpO2 still being typed: the keypad shows it
    entry.vitals.step_back(15)
    _shot(app, args.out / f"entry_vitals_{args.lang}.png")
    keypad.press("ok")

    entry.next()
    entry.oxygen.o2.button(O2Device.NASAL_CANNULA).click()
    entry.oxygen.o2.flow_field().set_value(2)
    _shot(app, args.out / f"entry_oxygen_{args.lang}.png")

    entry.next()
    for key in ICE_ITEMS[:8]:
        entry.neuro.ice.item_button(key).click()
    entry.neuro.consciousness.button("alert").click()
    entry.neuro.set_handwriting_png(scribble(1.6))
    _shot(app, args.out / f"entry_neuro_{args.lang}.png")
    bar = entry.neuro.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    _shot(app, args.out / f"entry_neuro_more_{args.lang}.png")

    entry.next()
    fluids = entry.fluids.lines
    for category, volume in (
        (FluidCategory.ORAL, 250),
        (FluidCategory.IV_FLUIDS, 500),
        (FluidCategory.URINE, 250),
        (FluidCategory.URINE, 50),
    ):
        fluids.category_button(category).click()
        fluids.quick_button(volume).click()
    _shot(app, args.out / f"entry_fluids_{args.lang}.png")

    entry.next()
    _shot(app, args.out / f"entry_review_{args.lang}.png")
    bar = entry.review.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    _shot(app, args.out / f"entry_review_more_{args.lang}.png")

    entry.next()  # Sign and save: SBP 86 is unusual and asks for a reason first
    confirm = entry.confirm_dialog()
    app.processEvents()
    confirm.move(width // 2 - confirm.width() // 2, 120)
    confirm.reason_button(0).click()
    _shot(app, args.out / f"entry_confirm_{args.lang}.png")
    confirm.ok_button().click()
    pin = entry.pin_dialog()
    app.processEvents()
    pin.move(width // 2 - pin.width() // 2, 40)
    for key in "1112":
        pin.press(key)
    pin.press("ok")  # wrong PIN: refused, nothing saved
    _shot(app, args.out / f"entry_pin_{args.lang}.png")
    pin.reject()

    # A hard-limit value is refused on the keypad, with the range.
    entry.go_to(0)
    entry.vitals.fields["temp_c"].activate()
    for key in "46":
        keypad.press(key)
    keypad.press("ok")
    _shot(app, args.out / f"entry_refused_{args.lang}.png")
    keypad.cancel()
    entry.flush_draft()
    entry.close()

    child_entry = ShiftEntryWidget(session, child)
    show(child_entry)
    child_entry.go_to(2)
    for item, answer in enumerate((3, 3, 2, 3, 1, 0, 1, 1)):
        child_entry.neuro.capd.answer_button(item, answer).click()
    _shot(app, args.out / f"entry_neuro_capd_{args.lang}.png")
    child_entry.close()
    db.conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

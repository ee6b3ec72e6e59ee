"""No text cut off on any screen, in either language, at 1280×800 or 1920×1080 (issue 11
item 8): the real main window, walked screen by screen as the nurse, the physician and the
administrator see it; ``label_fit.cut_offs`` measures every label, button and tab."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from cart_bedside.ui import i18n
from cart_bedside.ui.main_window import MainWindow
from tests.demo_ward import PINS
from tests.ui.label_fit import cut_offs

SIZES = ((1280, 800), (1920, 1080))
LANGS = ("zh_CN", "en")


def _bed(window, bed: str) -> str:
    return next(c.episode_id() for c in window.board.cards() if c.card().bed == bed)


class Walk:
    """Visit screens and collect what does not fit on each."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.problems: list[str] = []

    def check(self, screen: str) -> None:
        QApplication.processEvents()
        QApplication.processEvents()
        roots = [self.window] + [
            w
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
            and w is not self.window
            and w.isWindow()
            and w.windowType() != 0
            and w.parentWidget() is not None
        ]
        for root in roots:
            self.problems += [f"[{screen}] {p}" for p in cut_offs(root)]

    def patient(self, bed: str, who: str) -> None:
        window = self.window
        window.open_patient(_bed(window, bed))
        screen = window.patient
        entry = screen.entry
        for step in range(5):
            entry.go_to(step)
            self.check(f"{who} bed {bed} entry step {step + 1}")
        entry.go_to(0)
        for name in ("trends", "medications", "labs", "history", "alerts"):
            tab = screen.show_tab(name)
            if name == "trends":
                self.qtbot.waitUntil(lambda t=tab: t.figure is not None, timeout=20_000)
            self.check(f"{who} bed {bed} {name}")
        dialog = screen.medications.open_dose_dialog()
        dialog.drug.button("tocilizumab").click()
        self.check(f"{who} bed {bed} dose form")
        dialog.reject()
        window.show_board()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_cut_off_on_any_screen(qtbot, qapp, session, lang, size):
    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    walk = Walk(qtbot, window)
    walk.check("sign-in")

    session.sign_in("nurse", PINS["nurse"])
    walk.check("nurse board")
    walk.patient("01", "nurse")  # adult, CRS 2, oxygen
    window.open_patient(_bed(window, "03"))  # the child: CAPD on the neuro page
    window.patient.entry.go_to(2)
    walk.check("nurse child neuro")
    window.show_board()
    window.show_admission()
    walk.check("nurse admission")
    window.show_handover()
    walk.check("nurse handover")

    session.sign_in("doctor", PINS["doctor"])
    window.show_board()
    walk.check("physician board")
    walk.patient("06", "physician")  # CRS 4, doses, co-sign

    session.sign_in("admin", PINS["admin"])
    window.show_settings()
    settings = window.settings_screen
    for index in range(settings.tabs.count()):
        settings.show_tab(index)
        walk.check(f"admin settings tab {index}")
    i18n.remove_translators(qapp)
    assert walk.problems == [], "\n".join(walk.problems)

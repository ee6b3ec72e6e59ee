"""The Trends tab: the figure carries the recorded values, ranges, taps, redraws, lazy import."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from cart_bedside.logic.models import VitalSigns
from cart_bedside.ui import i18n
from cart_bedside.ui.trends_tab import TrendsTab

from .board_translations import set_language
from .conftest import DEMO_NOW, PINS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def signed_in(session):
    session.sign_in("nurse", PINS["nurse"])
    return session


def episode_of(session, bed: str) -> str:
    return next(e.episode_id for _, e in session.service.occupied() if e.bed == bed)


def show_tab(qtbot, session, bed: str = "01") -> TrendsTab:
    tab = TrendsTab(session, episode_of(session, bed))
    qtbot.addWidget(tab)
    tab.resize(1260, 520)
    with qtbot.waitSignal(tab.drawn, timeout=20_000):
        tab.show()
    return tab


@pytest.fixture
def tab(qtbot, signed_in) -> TrendsTab:
    return show_tab(qtbot, signed_in)


def line(tab: TrendsTab, gid: str):
    from matplotlib.lines import Line2D

    from cart_bedside.plots import artists_by_gid

    lines = [a for a in artists_by_gid(tab.figure, gid) if isinstance(a, Line2D)]
    assert len(lines) == 1, gid
    return lines[0]


def points(artist) -> set[tuple[float, float]]:
    return {
        (round(float(x), 6), round(float(y), 3))
        for x, y in artist.get_xydata()
        if not (math.isnan(x) or math.isnan(y))
    }


def tap(qtbot, tab: TrendsTab, artist, index: int) -> None:
    """A real click on the canvas where the point is drawn (matplotlib's y axis points up)."""
    x, y = artist.get_transform().transform(artist.get_xydata()[index])
    ratio = tab.canvas.device_pixel_ratio
    pos = QPoint(round(x / ratio), round(tab.canvas.height() - y / ratio))
    qtbot.mouseClick(tab.canvas, Qt.MouseButton.LeftButton, pos=pos)


def test_the_figure_carries_the_recorded_values(tab, signed_in):
    from cart_bedside.plots import load_trend_data

    data = load_trend_data(signed_in.service.repo, tab.episode_id, now=DEMO_NOW)
    start, end = tab.figure.window
    shown = [v for v in data.vitals if start <= v.time <= end]
    assert len(shown) > 10
    for gid, value in (
        ("temp_c", lambda v: v.temp_c),
        ("hr", lambda v: v.hr),
        ("sbp", lambda v: v.sbp),
        ("spo2", lambda v: v.spo2),
    ):
        drawn = points(line(tab, gid))
        expected = {
            (round(data.x(v.time), 6), round(float(value(v)), 3))
            for v in shown
            if value(v) is not None
        }
        assert expected <= drawn, gid
    assert tab.canvas.figure is tab.figure and tab.figure.canvas is tab.canvas
    assert tab.canvas.height() == round(tab.figure.get_figheight() * 100)  # scrolls, not squeezed
    assert tab.canvas.height() > tab.scroll_area.viewport().height()
    assert abs(tab.canvas.width() - tab.scroll_area.viewport().width()) <= 1  # as wide as the tab


def test_range_buttons_change_the_time_axis(qtbot, tab):
    assert tab.time_range() == "72h" and tab.range_button("72h").isChecked()
    for name, days in (("24h", 1.0), ("72h", 3.0)):
        with qtbot.waitSignal(tab.drawn, timeout=10_000):
            qtbot.mouseClick(tab.range_button(name), Qt.MouseButton.LeftButton)
        assert tab.range_button(name).isChecked()
        lo, hi = tab.figure.axes[0].get_xlim()
        assert hi - lo == pytest.approx(days * 1.02, rel=1e-3)  # the window and a 1 % pad
    with qtbot.waitSignal(tab.drawn, timeout=10_000):
        qtbot.mouseClick(tab.range_button("since_infusion"), Qt.MouseButton.LeftButton)
    lo, hi = tab.figure.axes[0].get_xlim()
    start, end = tab.figure.window
    assert end == DEMO_NOW and start <= tab._data.infusion_time
    assert hi - lo == pytest.approx((end - start) / timedelta(days=1) * 1.02, rel=1e-3)
    assert tab.last_draw_s < 5


def test_switching_range_recycles_the_figure_and_its_canvas(qtbot, tab):
    figure, canvas = tab.figure, tab.canvas
    with qtbot.waitSignal(tab.drawn, timeout=10_000):
        tab.set_range("24h")
    assert tab.figure is figure and tab.canvas is canvas


def test_tapping_a_point_shows_value_time_and_who_recorded_it(qtbot, tab):
    temp = line(tab, "temp_c")
    infos = tab.figure.points["temp_c"]
    index = max(i for i, info in enumerate(infos) if info is not None)
    with qtbot.waitSignal(tab.point_shown) as shown:
        tap(qtbot, tab, temp, index)
    info = shown.args[0]
    assert info is tab.point_info() and info.gid == "temp_c"
    assert info.number == pytest.approx(temp.get_ydata()[index])
    text = tab.info_text()
    assert info.value in text and info.time.strftime("%H:%M") in text
    user = tab.session.service.repo.people.get_user(info.recorded_by)
    assert f"记录人 {user.display_name}" in text  # the name, not the username
    marker = tab.canvas.marker()
    assert marker is not None and marker.axes is temp.axes  # the tapped point is ringed


def test_a_late_entry_is_marked(qtbot, signed_in):
    tab = show_tab(qtbot, signed_in, "02")  # the demo's late entry is on bed 02
    with qtbot.waitSignal(tab.drawn, timeout=10_000):
        tab.set_range("since_infusion")
    late = [
        (gid, i)
        for gid, infos in tab.figure.points.items()
        for i, info in enumerate(infos)
        if info is not None and info.late and gid in ("temp_c", "hr", "sbp", "spo2")
    ]
    assert late
    gid, index = late[0]
    with qtbot.waitSignal(tab.point_shown):
        tap(qtbot, tab, line(tab, gid), index)
    assert tab.point_info().late
    assert "补录" in tab.info_text()
    assert tab._late.isVisible() and tab._info_label.property("late") == "true"


def test_a_saved_record_redraws_with_the_new_value(qtbot, tab, signed_in):
    assert not any(v == pytest.approx(39.7) for v in line(tab, "temp_c").get_ydata())
    signed_in.service.save_shift_entry(
        tab.episode_id,
        PINS["nurse"],
        vitals=VitalSigns(
            time=DEMO_NOW - timedelta(minutes=5),
            temp_c=39.7,
            hr=121,
            sbp=95,
            dbp=55,
            rr=20,
            spo2=96.0,
        ),
    )
    with qtbot.waitSignal(tab.drawn, timeout=10_000):
        signed_in.notify_saved(tab.episode_id)
    ys = line(tab, "temp_c").get_ydata()
    assert ys[~np.isnan(ys)][-1] == pytest.approx(39.7)
    other = episode_of(signed_in, "05")
    signed_in.notify_saved(other)  # another patient's save does not redraw this tab
    assert not tab._stale


def test_a_hidden_tab_redraws_only_when_shown_again(qtbot, tab, signed_in):
    tab.hide()
    draws = []
    tab.drawn.connect(lambda: draws.append(1))
    signed_in.notify_saved(tab.episode_id)
    qtbot.wait(50)
    assert not draws and tab._stale
    with qtbot.waitSignal(tab.drawn, timeout=10_000):
        tab.show()


def test_language_change_redraws_the_figure_and_retranslates(qtbot, qapp, tab, signed_in):
    def texts():
        return {t.get_text() for t in tab.figure.findobj(lambda a: hasattr(a, "get_text"))}

    assert "体温" in " ".join(texts())
    assert tab.range_button("since_infusion").text() == "回输以来"
    try:
        with qtbot.waitSignal(tab.drawn, timeout=10_000):
            set_language(qapp, signed_in, "en")
        assert "Temp" in " ".join(texts()) and "体温" not in " ".join(texts())
        assert tab.range_button("since_infusion").text() == "Since infusion"
        assert tab.range_button("24h").text() == "24 h"
    finally:
        i18n.remove_translators()
        signed_in.set_language("zh_CN")


def test_each_tab_draws_on_its_own_figure(qtbot, tab, signed_in):
    """No figure is shared between patients: another patient's tab leaves this one as drawn."""
    temp_before = line(tab, "temp_c").get_ydata().copy()
    other = show_tab(qtbot, signed_in, "03")
    assert other.figure is not tab.figure and other.canvas is not tab.canvas
    assert tab.figure.canvas is tab.canvas
    np.testing.assert_array_equal(line(tab, "temp_c").get_ydata(), temp_before)
    temp = line(tab, "temp_c")
    index = max(i for i, info in enumerate(tab.figure.points["temp_c"]) if info)
    with qtbot.waitSignal(tab.point_shown) as shown:
        tap(qtbot, tab, temp, index)
    assert shown.args[0].record.meta.id in {
        v.meta.id
        for v in signed_in.service.repo.queries.timeline(tab.episode_id, None, None).vitals
    }


def test_touch_targets_and_no_keyboard_focus(tab):
    for name in ("24h", "72h", "since_infusion"):
        button = tab.range_button(name)
        assert button.height() >= 64 and button.width() >= 64
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_without_permission_the_tab_says_so(qtbot, session):
    session.sign_in("nurse", PINS["nurse"])
    tab = TrendsTab(session, episode_of(session, "01"))
    qtbot.addWidget(tab)
    session.sign_out()
    tab.show()
    qtbot.waitUntil(lambda: tab._status.isVisible() and tab._status.property("role") == "error")
    assert tab.figure is None


@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
def test_matplotlib_stays_out_of_start_up_until_the_tab_is_shown(tmp_path, demo_template):
    """In a fresh process: main window, patient screen, the Trends tab and the Handover
    screen built (not shown) import neither matplotlib nor reportlab."""
    script = textwrap.dedent(f"""
        import os, shutil, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from PySide6.QtWidgets import QApplication
        from cart_bedside.service import WardService
        from cart_bedside.storage import Repository, open_database
        from cart_bedside.ui import prepare_application
        from cart_bedside.ui.handover_screen import HandoverScreen
        from cart_bedside.ui.main_window import MainWindow
        from cart_bedside.ui.session import Session
        from cart_bedside.ui.trends_tab import TrendsTab
        from tests.demo_ward import Clock
        app = QApplication([])
        prepare_application(app, "zh_CN")
        shutil.copy({str(demo_template)!r}, {str(tmp_path / "ward.db")!r})
        clock = Clock()
        service = WardService(Repository(open_database({str(tmp_path / "ward.db")!r}),
                                         clock=clock), clock=clock)
        session = Session(service, "zh_CN")
        window = MainWindow(session)
        window.resize(1280, 800)
        window.show()
        session.sign_in("nurse", "1111")
        episode = service.board()[0].episode_id
        window.open_patient(episode)
        tab = TrendsTab(session, episode)
        window.patient.tabs.addTab(tab, "Trends")
        handover = HandoverScreen(session)
        window.stack.addWidget(handover)
        app.processEvents()
        print("before", "matplotlib" in sys.modules, "reportlab" in sys.modules)
        window.patient.tabs.setCurrentWidget(tab)
        while tab.figure is None:
            app.processEvents()
        print("after", "matplotlib" in sys.modules)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "before False False" in done.stdout
    assert "after True" in done.stdout


def test_one_draw_per_change(qtbot, monkeypatch, signed_in):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    draws = []
    original = FigureCanvasAgg.draw
    monkeypatch.setattr(
        FigureCanvasAgg, "draw", lambda self, *a, **k: (draws.append(1), original(self, *a, **k))[1]
    )
    tab = show_tab(qtbot, signed_in)
    qtbot.wait(200)  # a resize or a scroll bar appearing would draw again by now
    assert len(draws) == 1
    with qtbot.waitSignal(tab.drawn, timeout=10_000):
        tab.set_range("24h")
    qtbot.wait(200)
    assert len(draws) == 2


def test_a_drag_is_not_a_tap(qtbot, tab):
    temp = line(tab, "temp_c")
    index = max(i for i, info in enumerate(tab.figure.points["temp_c"]) if info)
    x, y = temp.get_transform().transform(temp.get_xydata()[index])
    start = QPoint(round(x), round(tab.canvas.height() - y))
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(0, -80))
    assert tab.point_info() is None
    assert "点击数据点" in tab.info_text()


def test_the_mouse_wheel_scrolls_the_tab(qtbot, qapp, tab):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    bar = tab.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    pos = QPointF(200, 200)
    event = QWheelEvent(
        pos,
        tab.canvas.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    qapp.sendEvent(tab.canvas, event)
    assert bar.value() > 0

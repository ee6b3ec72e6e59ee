"""The ward board and its bed cards, driven through the real widgets (issue 4)."""

from __future__ import annotations

import dataclasses
import statistics
import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from cart_bedside.logic.models import VitalSigns
from cart_bedside.service import WardService, masked_name
from cart_bedside.storage import Repository, open_database
from cart_bedside.ui import i18n, theme
from cart_bedside.ui.bed_card import BedCardWidget, most_severe, short_alert_text
from cart_bedside.ui.ward_board import WardBoardWidget, columns_for

from .board_translations import set_language
from .conftest import DEMO_NOW, PINS


@pytest.fixture
def zh(qapp, session):
    set_language(qapp, session, "zh_CN")
    yield session
    i18n.remove_translators(qapp)


@pytest.fixture
def signed_in(zh):
    zh.sign_in("nurse", PINS["nurse"])
    return zh


@pytest.fixture
def board(qtbot, signed_in):
    widget = WardBoardWidget(signed_in)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def tap(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def card_by_bed(board, bed: str) -> BedCardWidget:
    return next(c for c in board.cards() if c.card().bed == bed)


# -- what the cards show ----------------------------------------------------------------
def test_one_card_per_occupied_bed_with_the_right_badges(board, signed_in):
    expected = signed_in.service.board()
    assert len(expected) == len(signed_in.service.occupied()) == 12
    shown = board.cards()
    assert [c.card().bed for c in shown] == [c.bed for c in expected]
    for widget, card in zip(shown, expected, strict=True):
        texts = widget.texts()
        assert texts["bed"] == card.bed
        assert texts["name"] == card.name
        assert texts["day"] == card.day_label
        assert widget.crs_badge().grade() == card.crs_grade
        assert widget.icans_badge().grade() == card.icans_grade
        assert texts["due"] == f"本班待办 {card.due}"
        assert texts["overdue"].startswith(
            f"超时 {card.overdue} 项：" if card.overdue else "无超时"
        )
        if card.overdue:  # says what is overdue, not only how many
            assert texts["overdue"].split("：")[1]
        assert texts["vitals"].startswith("末次生命体征 ")
        if card.alerts:
            assert texts["alert_count"].endswith(f"警示 {len(card.alerts)} 条：")
            top = most_severe(card.alerts)
            assert texts["alert"] == short_alert_text(top.render("zh_CN"))
        else:
            assert texts["alert"] == "无未处理警示"
        assert texts["risk"] == ("高危组" if card.risk_high else "标危组")
    # Bed 03 is a child of 7: CAPD, not ICE.
    assert card_by_bed(board, "03").texts()["neuro"] == "CAPD 6 分"
    assert card_by_bed(board, "01").texts()["neuro"] == "ICE 10/10"
    assert card_by_bed(board, "01").texts()["news2"] == "NEWS2 9‼"  # §12
    assert card_by_bed(board, "06").crs_badge().text() == "CRS 4"


def test_overdue_is_red_and_high_risk_marked(board):
    overdue = card_by_bed(board, "04")
    assert overdue.card().overdue == 1
    red = overdue.findChild(QLabel, "overdue")
    assert red.palette().color(red.foregroundRole()).name() == theme.ERROR
    calm = card_by_bed(board, "01").findChild(QLabel, "overdue")
    assert calm.palette().color(calm.foregroundRole()).name() != theme.ERROR
    high = card_by_bed(board, "01").findChild(QLabel, "risk")
    assert high.property("high") is True
    assert card_by_bed(board, "02").findChild(QLabel, "risk").property("high") is False


def test_short_alert_text_drops_the_details():
    text = "疑似 HLH/MAS（托珠单抗 使用 12 小时后无改善：CRS 2 级 → 2 级）：请核对确诊标准"
    assert short_alert_text(text) == "疑似 HLH/MAS：请核对确诊标准"
    assert (
        short_alert_text("HLH/MAS suspected (no improvement (x)): check")
        == "HLH/MAS suspected: check"
    )


def test_touch_targets(board):
    for button in board.findChildren(QPushButton):
        assert button.height() >= theme.TOUCH_MIN_PX, button.objectName()
        assert button.width() >= theme.TOUCH_MIN_PX, button.objectName()
    for card in board.cards():
        assert card.height() >= 200 and card.width() >= 280


# -- touch ----------------------------------------------------------------------------------
def test_tapping_a_card_anywhere_requests_the_patient(qtbot, board):
    card = card_by_bed(board, "02")
    with qtbot.waitSignal(board.patient_requested) as signal:
        tap(qtbot, card)
    assert signal.args == [card.episode_id()]
    # A tap on the badge goes through the window like a finger: still the card.
    board.scroll_area().ensureWidgetVisible(card)
    badge = card.crs_badge()
    window = board.window().windowHandle()
    point = badge.mapTo(board.window(), badge.rect().center())
    with qtbot.waitSignal(board.patient_requested, timeout=2000) as signal:
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert signal.args == [card.episode_id()]


def test_a_drag_scrolls_and_does_not_open(qtbot, board):
    card = card_by_bed(board, "05")
    with qtbot.assertNotEmitted(board.patient_requested):
        QTest.mousePress(
            card, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(150, 200)
        )
        QTest.mouseMove(card, QPoint(150, 120))
        QTest.mouseRelease(
            card, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(150, 40)
        )


# -- toolbar -------------------------------------------------------------------------------
def test_sort_by_severity_puts_the_highest_grade_first(qtbot, board, signed_in):
    tap(qtbot, board.sort_button("severity"))
    assert board.sort() == "severity"
    cards = [w.card() for w in board.cards()]
    assert [c.episode_id for c in cards] == [
        c.episode_id for c in signed_in.service.board(sort="severity")
    ]
    worst = max(max(c.crs_grade, c.icans_grade) for c in cards)
    assert max(cards[0].crs_grade, cards[0].icans_grade) == worst == 4
    assert cards[0].bed == "06"
    grades = [max(c.crs_grade, c.icans_grade) for c in cards]
    assert grades == sorted(grades, reverse=True)
    tap(qtbot, board.sort_button("bed"))
    assert [w.card().bed for w in board.cards()] == [f"{i:02d}" for i in range(1, 13)]


def test_masking_hides_names(qtbot, board, signed_in):
    with qtbot.waitSignal(signed_in.names_masked_changed):
        tap(qtbot, board.mask_button())
    assert signed_in.names_masked
    for widget in board.cards():
        name = widget.card().name
        assert widget.shown_name() == masked_name(name) != name
        assert widget.shown_name()[0] == name[0] and "*" in widget.shown_name()
        assert name not in widget.accessibleName()
    signed_in.set_names_masked(False)  # from elsewhere (e.g. the main window)
    assert not board.mask_button().isChecked()
    assert [w.shown_name() for w in board.cards()] == [w.card().name for w in board.cards()]


def test_a_saved_record_updates_the_card(qtbot, board, signed_in):
    card = card_by_bed(board, "05")
    assert card.crs_badge().grade() == 0
    episode = card.episode_id()
    signed_in.service.save_shift_entry(
        episode,
        PINS["nurse"],
        vitals=VitalSigns(
            time=DEMO_NOW - timedelta(minutes=5),
            temp_c=39.0,
            hr=118,
            sbp=82,
            dbp=48,
            rr=22,
            spo2=97.0,
        ),
    )
    with qtbot.waitSignal(signed_in.record_saved):
        signed_in.notify_saved(episode)
    fresh = next(c for c in signed_in.service.board() if c.episode_id == episode)
    assert fresh.crs_grade == 2
    assert board.card(episode) is card  # updated in place, not rebuilt
    assert card.crs_badge().grade() == 2
    assert card.crs_badge().text() == "CRS 2"


def test_language_switch_changes_the_labels(qapp, board, signed_in):
    card = card_by_bed(board, "01")
    assert board.sort_button("bed").text() == "按床号"
    assert card.texts()["due"].startswith("本班待办")
    set_language(qapp, signed_in, "en")
    assert board.sort_button("bed").text() == "By bed"
    assert board.mask_button().text() == "Hide names"
    assert card.texts()["due"] == f"{card.card().due} due"
    assert card.texts()["risk"] == "high risk"
    top = most_severe(card.card().alerts)
    assert card.texts()["alert"] == short_alert_text(top.render("en"))
    assert card.texts()["alert"].isascii()
    set_language(qapp, signed_in, "zh_CN")
    assert board.sort_button("bed").text() == "按床号"
    assert card.texts()["risk"] == "高危组"


def test_columns_follow_the_width(qtbot, board):
    assert board.columns() == 4 == columns_for(1280 - 2 * 12 - 20)
    board.resize(1920, 1080)
    qtbot.waitUntil(lambda: board.columns() == 6)
    board.resize(700, 800)
    qtbot.waitUntil(lambda: board.columns() == 2)
    xs = sorted({c.x() for c in board.cards()})
    assert len(xs) == 2


def test_the_board_empties_when_the_tablet_locks(qtbot, board, signed_in):
    assert len(board.cards()) == 12
    signed_in.lock()
    assert board.cards() == []
    with qtbot.waitSignal(signed_in.signed_in):
        signed_in.sign_in("nurse2", PINS["nurse2"])
    assert len(board.cards()) == 12


# -- speed ---------------------------------------------------------------------------------
def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


#: The 100 ms budget is measured, side by side with its floor, by benchmarks/bench_ui.py.
#: These tests print their medians and fail only on an order-of-magnitude regression,
#: so a loaded machine cannot turn them red.
_CEILING_MS = 400


def synthetic_cards(service, n: int = 40):
    """``n`` cards built from the demo ward's (all kinds of grades and alerts)."""
    demo = service.board()
    return [
        dataclasses.replace(demo[i % len(demo)], episode_id=f"ep{i:03d}", bed=f"{i + 1:02d}")
        for i in range(n)
    ]


def test_board_refresh_40_beds_benchmark(qtbot, board, signed_in, monkeypatch):
    """A save changes one card; refresh() redraws it (grading is cached by the service)."""
    cards = synthetic_cards(signed_in.service)
    monkeypatch.setattr(signed_in.service, "board", lambda sort="bed": list(cards))
    started = time.perf_counter()
    board.refresh()
    first = time.perf_counter() - started
    assert len(board.cards()) == 40
    after_save, unchanged, redraw_all, painted = [], [], [], []
    for i in range(30):
        k = i % 40
        cards[k] = dataclasses.replace(
            cards[k], crs_grade=(cards[k].crs_grade + 1) % 5, due=cards[k].due + 1
        )
        started = time.perf_counter()
        board.refresh()
        after_save.append(time.perf_counter() - started)
        assert board.cards()[k].crs_badge().grade() == cards[k].crs_grade
        started = time.perf_counter()
        board.refresh()
        unchanged.append(time.perf_counter() - started)
        cards[k] = dataclasses.replace(cards[k], overdue=cards[k].overdue + 1)
        started = time.perf_counter()
        board.refresh()
        board.repaint()  # and paint what is on screen, synchronously
        painted.append(time.perf_counter() - started)
    for masked in (True, False) * 5:
        started = time.perf_counter()
        signed_in.set_names_masked(masked)
        redraw_all.append(time.perf_counter() - started)
    print(
        f"\nboard refresh, 40 synthetic beds: first build {first * 1000:.1f} ms;"
        f" after a save median {_median_ms(after_save):.2f} ms"
        f" (max {max(after_save) * 1000:.2f}); nothing changed median"
        f" {_median_ms(unchanged):.2f} ms; after a save incl. repainting the screen"
        f" median {_median_ms(painted):.1f} ms; redraw of every card (mask/language) median"
        f" {_median_ms(redraw_all):.2f} ms"
    )
    assert _median_ms(after_save) < _CEILING_MS
    assert _median_ms(painted) < _CEILING_MS
    assert _median_ms(redraw_all) < _CEILING_MS


def test_board_refresh_after_save_demo_ward_benchmark(qtbot, board, signed_in):
    """The real demo ward: notify_saved re-grades the one episode, then the board redraws."""
    episodes = [c.episode_id() for c in board.cards()]
    samples = []
    for i in range(20):
        started = time.perf_counter()
        signed_in.notify_saved(episodes[i % len(episodes)])
        samples.append(time.perf_counter() - started)
    print(
        f"\nboard refresh after a save, demo ward ({len(episodes)} beds, one re-graded):"
        f" median {_median_ms(samples):.1f} ms"
    )
    assert _median_ms(samples) < _CEILING_MS


@pytest.fixture(scope="module")
def scale_ward(tmp_path_factory):
    from cart_bedside.storage.demo_scale import create_scale_db

    path = tmp_path_factory.mktemp("scale") / "ward40.db"
    summary = create_scale_db(path, years=0.1, beds=40, now=DEMO_NOW)
    return path, summary.now


def test_board_refresh_after_save_40_real_beds_benchmark(qtbot, qapp, scale_ward, zh):
    """40 occupied beds of real (generated) charting; each save re-grades one episode."""
    from cart_bedside.ui.session import Session

    path, now = scale_ward
    db = open_database(path)
    try:
        service = WardService(Repository(db, clock=lambda: now), clock=lambda: now)
        session = Session(service, "zh_CN")
        session.sign_in("nurse", PINS["nurse"])
        widget = WardBoardWidget(session)  # grades all 40 once (cold cache)
        qtbot.addWidget(widget)
        widget.resize(1280, 800)
        widget.show()
        assert len(widget.cards()) == 40
        episodes = [c.episode_id() for c in widget.cards()]
        samples, boards = [], []
        for i in range(20):
            started = time.perf_counter()
            session.notify_saved(episodes[(7 * i) % 40])
            samples.append(time.perf_counter() - started)
            started = time.perf_counter()
            service.board()
            boards.append(time.perf_counter() - started)
        print(
            f"\nboard refresh after a save, 40 real beds (one re-graded): median"
            f" {_median_ms(samples):.1f} ms, max {max(samples) * 1000:.1f} ms"
            f" (service.board() with a warm cache alone: {_median_ms(boards):.1f} ms)"
        )
        assert _median_ms(samples) < _CEILING_MS
    finally:
        db.conn.close()


def test_a_closed_board_no_longer_listens(qtbot, signed_in):
    from PySide6.QtCore import QCoreApplication, QEvent

    widget = WardBoardWidget(signed_in)
    episode = widget.cards()[0].episode_id()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    signed_in.notify_saved(episode)
    signed_in.set_names_masked(True)
    signed_in.set_language("en")
    signed_in.lock()
    signed_in.sign_in("nurse", PINS["nurse"])


def test_the_board_redraws_itself_every_minute(board, clock):
    """Issue 11: overdue changes with time, so the board refreshes on a timer."""
    from cart_bedside.ui.ward_board import REFRESH_MS

    assert board._tick.isActive() and board._tick.interval() == REFRESH_MS == 60_000
    card = card_by_bed(board, "01")
    before = card.texts()["vitals"]
    overdue = card.card().overdue
    clock.t = DEMO_NOW + timedelta(hours=5)  # nobody charts for five hours
    board._tick.timeout.emit()
    after = card_by_bed(board, "01")
    assert after.texts()["vitals"] != before and "小时前" in after.texts()["vitals"]
    assert after.card().overdue > overdue
    assert "生命体征" in after.texts()["overdue"]  # says what is overdue
    assert "10:00" not in board._summary.text() and "15:00 更新" in board._summary.text()


def test_a_draft_shows_on_the_card(board, signed_in):
    card = card_by_bed(board, "05")
    assert card.texts()["draft"] == ""
    signed_in.service.save_draft("shift_entry", card.episode_id(), {"vitals": {"hr": 90}})
    board.refresh()
    assert card_by_bed(board, "05").texts()["draft"] == "✎ 有未签名草稿"

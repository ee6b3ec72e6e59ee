"""Conflicting corrections and rows from another tablet on the screens (issue 14 item 4),
through the real main window: the board marks the bed, History marks the record, a nurse
sees both versions but cannot resolve, a physician keeps one, changes it and signs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from cart_bedside.ui.record.history_table_model import MARKS
from tests.demo_ward import PINS
from tests.ui.label_fit import cut_offs
from tests.ui.sync_helpers import make_conflict, receive_vitals

from .test_shift_entry_support import Tapper


def _episode(window, bed: str) -> str:
    return next(c.episode_id() for c in window.board.cards() if c.card().bed == bed)


def test_a_conflict_is_marked_until_a_physician_resolves_it(qtbot, nurse_window_zh, session):
    window, tapper = nurse_window_zh, Tapper(qtbot)
    service = session.service
    episode = _episode(window, "02")
    original, mine, theirs = make_conflict(service, episode)
    window.board.refresh()
    card = window.board.card(episode)
    assert card.texts()["sync"] == "⚠ 修改冲突"
    assert all(c.texts()["sync"] == "" for c in window.board.cards() if c is not card)

    # the nurse: History marks the record, shows both versions, cannot resolve or amend it
    window.open_patient(episode)
    history = window.patient.show_tab("history")
    assert history.conflict_banner.isVisible()
    assert "医生" in history.conflict_banner.text()
    assert history.conflict_banner.button.text() == "查看两个版本…"
    row = next(
        i for i, r in enumerate(history.model.rows()) if r.payload.original.meta.id == original
    )
    assert "修改冲突" in history.model.text(row, MARKS)
    history.table.selectRow(row)
    assert not history.amend_button.isEnabled()
    assert not history.withdraw_button.isEnabled()
    assert "HR 101" in history.versions_text() or "101" in history.versions_text()
    tapper.tap(history.conflict_banner.button)
    dialog = history.dialog
    assert dialog is not None and not dialog.allowed
    assert [c.texts()["where"] for c in dialog.cards] == ["本平板", "平板 7f3a9c12"]
    assert not dialog.next_button.isVisible()
    assert not dialog.cards[0].keep_button.isVisible()
    dialog.reject()

    # the physician keeps the other tablet's version with HR corrected to 80, and signs
    session.sign_in("doctor", PINS["doctor"])
    window.open_patient(episode)
    history = window.patient.show_tab("history")
    assert history.conflict_banner.button.text() == "处理…"
    tapper.tap(history.conflict_banner.button)
    dialog = history.dialog
    assert not dialog.next_button.isEnabled()
    tapper.tap(dialog.cards[1].keep_button)
    assert dialog.fields["hr"].value() == 77
    dialog.fields["hr"].set_value(80)
    tapper.tap(dialog.reasons.quick_button(0))
    tapper.tap(dialog.next_button)
    assert dialog.on_page() == "sign"
    tapper.keys(dialog.keypad, "0000")  # a wrong PIN stores nothing
    assert dialog.isVisible() and "PIN" in dialog.error_text()
    assert len(session.sync.conflicts(episode)) == 1
    tapper.keys(dialog.keypad, PINS["doctor"])
    assert not dialog.isVisible()
    assert session.sync.conflicts(episode) == []
    assert not history.conflict_banner.isVisible()
    now = service.repo.queries.vitals(episode)[-1]
    assert now.hr == 80 and now.meta.supersedes == mine
    # History: the resolution is the record's current version, both sides kept beside it
    (entry,) = [r.payload for r in history.model.rows() if r.payload.original.meta.id == original]
    assert entry.latest.hr == 80
    assert [v.meta.id for v in entry.versions][1:3] == sorted(
        [mine, theirs], key=lambda i: i != theirs
    )
    assert "修改冲突" not in history.model.text(history.model.find(original), MARKS)
    window.show_board()  # the other tablet's row came in this minute: that mark stays
    assert window.board.card(episode).texts()["sync"] == "⇩ 其他平板"


def test_a_bed_charted_on_another_tablet_is_marked_for_a_minute(
    qtbot, nurse_window_zh, session, clock
):
    window = nurse_window_zh
    episode = _episode(window, "05")
    receive_vitals(session.service, episode, hr=99)
    window.board.refresh()
    card = window.board.card(episode)
    assert card.texts()["sync"] == "⇩ 其他平板"
    assert card.texts()["vitals"]  # the received vitals are the card's latest
    assert window.board._expiry.isActive()  # redraws when the minute is up
    clock.t += timedelta(seconds=61)
    window.board.refresh()
    assert card.texts()["sync"] == ""


def test_the_marks_follow_the_language(qtbot, nurse_window_zh, session, qapp):
    from cart_bedside.ui import i18n

    window = nurse_window_zh
    episode = _episode(window, "02")
    make_conflict(session.service, episode)
    window.board.refresh()
    i18n.install_translators(qapp, "en")
    session.set_language("en")
    assert window.board.card(episode).texts()["sync"] == "⚠ Conflict"


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280", "1920"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_marked_card_shows_the_whole_age_and_the_marks_words(qtbot, qapp, session, lang, size):
    """A conflict (bed 02) and rows from another tablet (bed 05) on the board: every card
    still shows the whole age beside the mark ("3…" was all that was left of "38 y"), the
    mark's words, no text cut; the cards keep their size."""
    from cart_bedside.ui import i18n, theme
    from cart_bedside.ui.bed_card_style import CARD_HEIGHT
    from cart_bedside.ui.main_window import MainWindow

    i18n.install_translators(qapp, lang)
    session.set_language(lang)
    window = MainWindow(session, auto_lock_minutes=30)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    session.sign_in("nurse", PINS["nurse"])
    make_conflict(session.service, _episode(window, "02"))
    receive_vitals(session.service, _episode(window, "05"), hr=99)
    window.board.refresh()
    qapp.processEvents()
    words = {"zh_CN": ("⚠ 修改冲突", "⇩ 其他平板"), "en": ("⚠ Conflict", "⇩ Other tablet")}[lang]
    for card in window.board.cards():
        age = card.findChild(QLabel, "age").text()
        assert card.age_text(card.card().age_years) in age, (card.card().bed, age)  # not "3…"
        assert card.height() == CARD_HEIGHT and card.height() >= theme.TOUCH_MIN_PX
        assert cut_offs(card) == [], card.card().bed
    for bed, mark in zip(("02", "05"), words, strict=True):
        card = window.board.card(_episode(window, bed))
        shown = card.findChild(QLabel, "syncMark")
        assert shown.isVisible() and shown.text() == mark == card.texts()["sync"]
    i18n.remove_translators(qapp)


def test_a_line_too_narrow_for_the_marks_words_keeps_the_age_and_shows_its_sign(qtbot, qapp):
    """An infant's "11 months" beside "⇩ Other tablet" on a narrow card: the age stays whole,
    the mark shows its sign alone (its words in the tooltip), nothing is cut."""
    from cart_bedside.ui.bed_card_parts import AgeLine
    from cart_bedside.ui.bed_card_style import CARD_STYLESHEET

    holder = QWidget()
    holder.setStyleSheet(CARD_STYLESHEET)
    line = AgeLine(holder)
    qtbot.addWidget(holder)
    line.set_texts("11 months", "T/CI 1203—2025", "⇩ Other tablet", "⇩")
    holder.show()
    for width, shown in ((400, "⇩ Other tablet"), (150, "⇩")):
        holder.resize(width, 40)
        line.resize(width, 24)
        qapp.processEvents()
        assert line.age.text() == "11 months" and line.mark.text() == shown
        assert line.mark_text() == "⇩ Other tablet"
        assert cut_offs(holder) == [], width

"""Issue 11 item 9 through the real main window at 1280×800: the first screen tells the story
(grades, temperature, BP, SpO2 with oxygen, vasopressors), a tap says why the grade was what it
was, and "Print trends" writes the patient's PDF, audited."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QPoint, Qt

from cart_bedside.logic.messages import render, term
from cart_bedside.ui.worker import wait_for_background

from .test_trends_tab import line, tap


def pressor_bed(service) -> tuple[str, str]:
    """(episode, drug) of a demo patient who had a vasopressor since infusion."""
    for _, episode in service.occupied():
        vitals = service.repo.queries.timeline(episode.episode_id, None, None).vitals
        drugs = sorted({d for v in vitals for d in v.vasopressors})
        if drugs:
            return episode.episode_id, drugs[0]
    raise AssertionError("the demo ward has nobody on a vasopressor")


@pytest.fixture
def trends(qtbot, nurse_window_zh, session):
    episode, drug = pressor_bed(session.service)
    nurse_window_zh.open_patient(episode)
    tab = nurse_window_zh.patient.trends
    with qtbot.waitSignal(tab.drawn, timeout=30_000):
        nurse_window_zh.patient.show_tab("trends")
    with qtbot.waitSignal(tab.drawn, timeout=30_000):
        tab.set_range("since_infusion")
    return tab, drug


def test_the_first_screen_shows_grades_vitals_oxygen_and_vasopressors(trends):
    tab, drug = trends
    fig = tab.figure
    bars = [a for a in fig.findobj() if a.get_gid() == f"vaso:{drug}"]
    assert bars
    names = [a.get_text() for a in fig.findobj() if a.get_gid() == f"vaso_name:{drug}"]
    assert names == [render(term(f"drug.{drug}"), "zh_CN")]
    assert names[0] in ("去甲肾上腺素", "肾上腺素", "多巴胺", "去氧肾上腺素", "血管加压素")
    # grades, temperature, BP, SpO2 (with its oxygen band) and the vasopressor band are all
    # above the bottom of the scroll area's viewport when it is not scrolled
    viewport = tab.scroll_area.viewport().height()
    assert tab.scroll_area.verticalScrollBar().value() == 0
    fifth = bars[0].axes
    bottom_px = (1 - fifth.get_position().y0) * fig.get_figheight() * fig.dpi
    assert bottom_px <= viewport
    for gid in ("crs_grade", "icans_grade", "temp_c", "sbp", "map", "spo2"):
        (artist,) = [a for a in fig.findobj() if a.get_gid() == gid]
        assert fig.axes.index(artist.axes) < 5, gid
    # the rest scrolls
    assert tab.canvas.height() > viewport


def test_tapping_a_point_shows_the_grades_reasons_at_that_time(qtbot, trends):
    tab, _ = trends
    crs = line(tab, "crs_grade")
    infos = tab.figure.points["crs_grade"]
    index = max(i for i, info in enumerate(infos) if info is not None and info.number >= 1)
    with qtbot.waitSignal(tab.point_shown) as shown:
        tap(qtbot, tab, crs, index)
    at = shown.args[0].time
    panel = tab.reasons
    assert panel.isVisible()
    a = tab._data.assessment
    point = [p for p in a.crs.points if p.time <= at][-1]
    text = panel.text()
    assert f"CRS {point.grade} 级" in text
    for reason in point.reasons:  # the review's words, from the logic catalogue
        assert render(reason, "zh_CN") in text
    assert at.strftime("%m-%d %H:%M") in text
    # readable and closable with a finger
    assert panel.close_button.height() >= 48 and panel.close_button.width() >= 48
    assert panel.geometry().right() <= tab.width()
    # away from the finger: the latest high grade is on the right half, the panel on the left
    tapped_x = tab.canvas.mapTo(tab, QPoint(round(tab.canvas.last_tap_px), 0)).x()
    assert tapped_x > tab.width() / 2 and panel.geometry().right() < tapped_x
    assert panel.geometry().top() >= tab.range_button("24h").geometry().bottom()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()


def test_print_trends_writes_the_patients_pdf_and_audits_it(qtbot, trends, session):
    tab, _ = trends
    button = tab.print_button
    assert button.height() >= 48 and button.text() == "打印趋势图"
    with qtbot.waitSignal(button.printed, timeout=60_000) as printed:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # busy while the worker makes it
        wait_for_background(60_000)
    path = Path(printed.args[0])
    assert path.exists() and stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert "since_infusion" in path.name
    patient = tab._data.patient
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        assert len(doc) == 2
        for index in range(2):
            text = doc[index].get_textpage().get_text_range()
            assert patient.name in text and "回输以来" in text
    finally:
        doc.close()
    entry = session.service.repo.audit_log.audit_entries(action="export", limit=1)[0]
    assert entry.details["what"] == "trends_pdf" and entry.details["file"] == str(path)
    assert entry.details["episode"] == tab.episode_id and entry.actor == "nurse"
    assert button.isEnabled() and tab.print_button.box is not None
    assert str(path) in tab.print_button.box.text()


def test_a_failed_print_says_so_and_the_button_comes_back(qtbot, trends, tmp_path):
    tab, _ = trends
    blocked = tmp_path / "file"
    blocked.write_text("")
    tab.print_button.target = lambda data, rng: blocked / "trends.pdf"  # a file, not a folder
    with qtbot.waitSignal(tab.print_button.failed, timeout=60_000) as failed:
        tab.print_button.click()
        wait_for_background(60_000)
    assert "趋势图 PDF 生成失败" in failed.args[0]
    assert tab.print_button.isEnabled() and tab.print_button.text() == "打印趋势图"


def test_a_drag_on_the_figure_still_scrolls_without_a_reasons_panel(qtbot, trends):
    tab, _ = trends
    qtbot.mousePress(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseRelease(tab.canvas, Qt.MouseButton.LeftButton, pos=QPoint(300, 100))
    assert not tab.reasons.isVisible()

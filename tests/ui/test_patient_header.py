"""The patient header (issue 4, screen 3)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from cart_bedside.logic.models import VitalSigns, WeightMeasurement
from cart_bedside.ui import i18n
from cart_bedside.ui.patient_header import PatientHeader

from .board_translations import set_language
from .conftest import DEMO_NOW, PINS


@pytest.fixture
def signed_in(qapp, session):
    set_language(qapp, session, "zh_CN")
    session.sign_in("nurse", PINS["nurse"])
    yield session
    i18n.remove_translators(qapp)


def episode_of(session, bed: str) -> str:
    return next(c.episode_id for c in session.service.board() if c.bed == bed)


@pytest.fixture
def header(qtbot, signed_in):
    widget = PatientHeader(signed_in, episode_of(signed_in, "01"))
    qtbot.addWidget(widget)
    widget.resize(1280, 110)
    widget.show()
    return widget


def test_the_header_shows_the_patient(header, signed_in):
    patient = signed_in.service.repo.patients.get_patient(header.episode_id())
    a = signed_in.service.assessment(header.episode_id())
    texts = header.texts()
    assert texts["bed"] == "01"
    assert texts["name"] == patient.name == "张建国"
    assert texts["person"] == "男  ·  54 岁  ·  72.5 kg（11-23 06:05）"
    assert texts["diagnosis"] == "B 细胞淋巴瘤 · T/CI 1203—2025 团体标准"  # and its protocol
    assert texts["product"] == "阿基仑赛注射液 axicabtagene ciloleucel · CD19 (CD28)"
    assert texts["day"] == "D+2"
    assert texts["risk"] == "高危组" and a.risk.is_high
    assert header.crs_badge().grade() == a.crs.grade == 2
    assert header.icans_badge().grade() == a.icans.grade == 0
    assert header.height() >= 64


def test_a_child_and_another_diagnosis(qtbot, signed_in):
    widget = PatientHeader(signed_in, episode_of(signed_in, "03"))
    qtbot.addWidget(widget)
    texts = widget.texts()
    assert texts["person"].startswith("女  ·  7 岁  ·  ")
    assert texts["diagnosis"].startswith("B 细胞急性淋巴细胞白血病 · ")
    assert texts["risk"] == "标危组"
    assert (widget.crs_badge().grade(), widget.icans_badge().grade()) == (3, 2)
    widget.set_episode(episode_of(signed_in, "07"))
    assert widget.texts()["day"] == "D−3"


def test_masking_hides_the_name(header, signed_in):
    signed_in.set_names_masked(True)
    assert header.texts()["name"] == "张**"
    signed_in.set_names_masked(False)
    assert header.texts()["name"] == "张建国"


def test_a_saved_record_updates_the_badges(qtbot, signed_in):
    episode = episode_of(signed_in, "05")
    widget = PatientHeader(signed_in, episode)
    qtbot.addWidget(widget)
    assert widget.crs_badge().grade() == 0
    other = PatientHeader(signed_in, episode_of(signed_in, "02"))
    qtbot.addWidget(other)
    reads = []
    other.refresh = lambda: reads.append(1)  # must not re-read for another episode
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
    signed_in.notify_saved(episode)
    assert widget.crs_badge().grade() == 2
    assert reads == []


def test_update_rereads_and_lock_hides(header, signed_in):
    signed_in.service.save_shift_entry(
        header.episode_id(),
        PINS["nurse"],
        weight=WeightMeasurement(time=DEMO_NOW - timedelta(minutes=10), weight_kg=73.4),
    )
    assert "72.5 kg" in header.texts()["person"]  # nobody told the header yet
    header.update()
    assert header.texts()["person"].endswith("73.4 kg（11-23 09:50）")
    signed_in.lock()
    assert header.texts()["name"] == "" and header.crs_badge().grade() is None
    signed_in.sign_in("nurse", PINS["nurse"])
    assert header.texts()["name"] == "张建国"


def test_language_switch_changes_the_labels(qapp, header, signed_in):
    set_language(qapp, signed_in, "en")
    texts = header.texts()
    assert texts["person"] == "male  ·  54 y  ·  72.5 kg (11-23 06:05)"
    assert texts["diagnosis"] == "B-cell lymphoma · T/CI 1203—2025"
    assert texts["risk"] == "high risk"
    assert texts["day_caption"] == "since infusion"
    set_language(qapp, signed_in, "zh_CN")
    assert header.texts()["risk"] == "高危组"
    assert header.texts()["day_caption"] == "回输后"


def test_a_closed_header_no_longer_listens(qtbot, signed_in):
    """Screens come and go while the session lives: nothing may call into a deleted one."""
    from PySide6.QtCore import QCoreApplication, QEvent

    episode = episode_of(signed_in, "01")
    widget = PatientHeader(signed_in, episode)
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    signed_in.notify_saved(episode)
    signed_in.set_names_masked(True)
    signed_in.set_language("en")
    signed_in.lock()
    signed_in.sign_in("nurse", PINS["nurse"])

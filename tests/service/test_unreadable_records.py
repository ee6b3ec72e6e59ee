"""The service refuses what the rules would refuse; rows it cannot read never break the board.

Real SQLite (a copy of the demo ward). A bad row is inserted with SQL, as an
older or newer version of the app could have stored it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta

import pytest

from cart_bedside.logic.models import Consciousness, NeuroAssessment, O2Device
from cart_bedside.logic.record_check import UnreadableRecord
from cart_bedside.logic.validation import ValidationError
from cart_bedside.service import AlertService, RecordService
from tests.demo_ward import DEMO_NOW, PINS
from tests.service.test_record_service import admit, vitals


@pytest.fixture
def record(service):
    return RecordService(service)


def count(service, table: str) -> int:
    return service.repo.db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def save(service, eid, **kw):
    return service.save_shift_entry(eid, PINS["nurse"], **kw)


T = DEMO_NOW - timedelta(minutes=5)


@pytest.mark.parametrize(
    ("entry", "field", "says"),
    [
        ({"vitals": replace(vitals(T), o2_device="banana")}, "vitals.o2_device", "room_air"),
        (
            {"neuro": NeuroAssessment(T, consciousness="sleepy")},
            "neuro.consciousness",
            "awakens_to_voice",
        ),
        ({"neuro": NeuroAssessment(T, seizure="fits")}, "neuro.seizure", "rapidly_resolving"),
        ({"vitals": replace(vitals(T), hr="90")}, "vitals.hr", "'90'"),
        ({"vitals": replace(vitals(T), temp_c=float("nan"))}, "vitals.temp_c", "nan"),
        ({"vitals": replace(vitals(T), vasopressors="norepinephrine")}, "vitals.vasopressors", ""),
        ({"vitals": replace(vitals(T), vasopressors=(3,))}, "vitals.vasopressors[0]", "3"),
        (
            {"neuro": NeuroAssessment(T, consciousness=Consciousness.ALERT, motor_weakness=1)},
            "neuro.motor_weakness",
            "1",
        ),
        ({"vitals": vitals(T.replace(tzinfo=UTC))}, "vitals.time", ""),
        (
            {"neuro": NeuroAssessment(T.replace(tzinfo=UTC), consciousness=Consciousness.ALERT)},
            "neuro.time",
            "",
        ),
    ],
)
def test_the_service_refuses_what_the_rules_could_not_read(service, record, entry, field, says):
    eid = admit(service, record)
    before = {t: count(service, t) for t in ("vital_signs", "neuro_assessments", "audit_log")}
    with pytest.raises(ValidationError) as caught:
        save(service, eid, **entry)
    assert caught.value.field == field
    assert says in caught.value.render("en")
    with pytest.raises(ValidationError):
        service.preview(eid, **entry)
    after = {t: count(service, t) for t in before}
    assert after == before  # nothing stored, not even an audit row


def test_an_enum_given_as_its_text_is_accepted(service, record):
    eid = admit(service, record)
    save(service, eid, vitals=replace(vitals(T), o2_device="nasal_cannula", o2_flow_l_min=2.0))
    assert service.repo.queries.vitals(eid)[-1].o2_device is O2Device.NASAL_CANNULA


def insert_bad_vitals(service, eid, o2_device="banana") -> str:
    """A vital-sign row as another version of the app could have written it."""
    conn = service.repo.db.conn
    stamp = (DEMO_NOW - timedelta(minutes=30)).isoformat(timespec="seconds")
    conn.execute(
        "INSERT INTO vital_signs (id, episode_id, observed_at, recorded_at, recorded_by, "
        "device_id, save_id, entered_in_error, temp_c, hr, sbp, dbp, rr, spo2, o2_device) "
        "VALUES ('bad-row-1', ?, ?, ?, 'nurse', 'old-tablet', 'old-save', 0, "
        "38.4, 110, 100, 60, 22, 95, ?)",
        (eid, stamp, stamp, o2_device),
    )
    conn.commit()
    service.invalidate()
    return "bad-row-1"


def test_an_unreadable_row_is_named_on_the_board_and_can_be_withdrawn(service, record):
    eid = admit(service, record)
    save(service, eid, vitals=vitals(T - timedelta(hours=1), temp=38.2))
    bad = insert_bad_vitals(service, eid)

    cards = {c.episode_id: c for c in service.board()}  # the whole board still renders
    assert len(cards) > 1
    card = cards[eid]
    assert "unreadable_record" in {a.code for a in card.alerts}
    alert = next(a for a in card.alerts if a.code == "unreadable_record")
    assert "o2_device = banana" in alert.render("en")
    assert "无法读取的记录" in alert.render("zh_CN")
    # graded without it: the good record's fever still counts
    assert service.assessment(eid).crs.grade == 1
    assert "unreadable_record" in {a.code for a in AlertService(service).open_alerts(eid)}

    entries = record.history.entries(eid, ["vitals"])
    shown = next(e for e in entries if e.record_id == bad)
    assert isinstance(shown.latest, UnreadableRecord) and shown.latest.field == "o2_device"

    record.history.entered_in_error(eid, bad, "old tablet wrote an unknown oxygen device")
    assert "unreadable_record" not in {a.code for a in service.assessment(eid).alerts}
    withdrawn = next(
        e for e in record.history.entries(eid, ["vitals"]) if e.original.meta.id == bad
    )
    assert withdrawn.entered_in_error

"""One WardSettings: every key with its default in one place, read once, read again on change."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

import pytest

from cart_bedside.logic.shifts import ShiftSettings
from cart_bedside.service import AdminService, ward_settings
from cart_bedside.service.ward_settings import WardSettings, from_stored
from tests.demo_ward import PINS

DEFAULT = WardSettings()


def test_every_field_is_read_from_a_key_and_every_key_is_in_the_table():
    fields = {f.name for f in dataclasses.fields(WardSettings)}
    read = [name for name, _ in ward_settings._READERS]
    assert sorted(read) == sorted(fields)  # a new field needs its reader line (and vice versa)
    keys = {v for k, v in vars(ward_settings).items() if k.startswith("KEY_")}
    documented = set(re.findall(r"^\| ``([a-z_.]+)`` \|", ward_settings.__doc__, re.M))
    assert keys == documented


def test_nothing_stored_is_every_default():
    assert from_stored({}) == DEFAULT
    assert DEFAULT.lockout == timedelta(minutes=15)
    assert DEFAULT.shifts == ShiftSettings()


@pytest.mark.parametrize(
    ("key", "stored", "field"),
    [
        ("ward.name", None, "ward_name"),
        ("beds", ["1", "1"], "beds"),
        ("shifts", [["day", "25:00"]], "shifts"),
        ("fluid_day_start", "8 o'clock", "shifts"),
        ("protocol", "no-such-protocol", "protocol"),
        ("escalation", {"vitals_grade1_h": 0}, "escalation"),
        ("tocilizumab_limits", {"max_per_24h": 5}, "tocilizumab"),
        ("auto_lock_minutes", 0, "auto_lock_minutes"),
        ("language", "fr", "language"),
        ("paediatric_dosing", {"tocilizumab": ""}, "paediatric_dosing"),
        ("adaptive_ice", {"interval_min": 1}, "adaptive_ice"),
        ("lockout_minutes", -5, "lockout_minutes"),
        ("lab_code_map", "not a list", "lab_code_map"),
        ("lab_import_folder", 42, "lab_import_folder"),
        ("lab_import_charset", ["utf-8"], "lab_import_charset"),
        ("lab_uln", {"M": {"alt": 500}}, "lab_uln"),  # out of 10–200 U/L
        ("lab_uln", {"X": {}}, "lab_uln"),
    ],
)
def test_a_stored_value_that_does_not_read_is_the_default(key, stored, field):
    assert getattr(from_stored({key: stored}), field) == getattr(DEFAULT, field)


def test_stored_values_are_read():
    s = from_stored(
        {
            "ward.name": "5 病区",
            "shifts": [["day", "08:00"], ["night", "20:00"]],
            "tocilizumab_limits": {"min_interval_h": 12, "max_per_24h": 2, "max_total": 3},
            "lockout_minutes": 30,
            "lab_import_folder": " /srv/lis ",
        }
    )
    assert s.ward_name == "5 病区"
    assert s.shifts == ShiftSettings.twelve_hour()
    assert (s.tocilizumab.min_interval, s.tocilizumab.max_total) == (timedelta(hours=12), 3)
    assert s.lockout == timedelta(minutes=30)
    assert s.lab_import_folder == "/srv/lis"


def test_the_service_reads_the_settings_once_and_again_after_a_change(service, monkeypatch):
    reads = []
    real = service.repo.ward_settings.settings
    monkeypatch.setattr(service.repo.ward_settings, "settings", lambda: reads.append(1) or real())
    service.sign_in("admin", PINS["admin"])
    admin = AdminService(service, service.db_file())
    first = service.settings()
    assert service.settings() is first and service.lockout() == first.lockout
    service.sign_out()
    service.sign_in("nurse", PINS["nurse"])
    service.board()  # twelve beds: shifts, protocol, limits … from the one read
    assert len(reads) == 1

    service.sign_in("admin", PINS["admin"])
    admin.set_shifts([("day", "08:00"), ("night", "20:00")], reason="12-hour shifts")
    assert service.settings().shifts == ShiftSettings.twelve_hour()
    assert len(reads) == 2
    service.sign_in("nurse", PINS["nurse"])
    view = service.episode_view(service.board()[0].episode_id)
    assert view.settings.shifts == ShiftSettings.twelve_hour()  # the views were redone
    assert view.shift.end - view.shift.start == timedelta(hours=12)

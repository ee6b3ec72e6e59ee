"""Lab import and export fixtures: the demo ward (clock at DEMO_NOW) and ORU^R01 messages."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.demo_ward import PINS


@pytest.fixture
def importer(service):
    from cart_bedside.service.lab_import import LabImportService

    return LabImportService(service)


@pytest.fixture
def admin(service):
    service.sign_in("admin", PINS["admin"])
    return service


def patient_in(service, bed: str):
    return next(p for p in service.repo.patients.list_patients() if p.bed == bed)


def oru(
    mrn: str,
    name: str,
    results,
    *,
    control_id: str = "MSG0001",
    charset: str = "GB 18030-2000",
    at: str = "202611230800",
) -> str:
    """An ORU^R01 message (text): ``results`` are (code, system, text, value, unit[, type])."""
    family, given = name[:1], name[1:]
    lines = [
        f"MSH|^~\\&|LIS|HOSP|CARTBEDSIDE|WARD|202611230930||ORU^R01|{control_id}|P|2.5"
        f"|||||CHN|{charset}",
        f"PID|1||{mrn}^^^HOSP^MR||{family}^{given}||19700101|M",
        f"OBR|1|||LAB^检验|||{at}",
    ]
    for i, r in enumerate(results, start=1):
        code, system, text, value, unit, *kind = r
        lines.append(
            f"OBX|{i}|{kind[0] if kind else 'NM'}|{code}^{text}^{system}||{value}|"
            f"{unit}|||||F|||{at}"
        )
    return "\r".join(lines) + "\r"


CYTOKINES = [
    ("26881-3", "LN", "白介素-6", "180", "pg/mL"),
    ("1988-5", "LN", "C反应蛋白", "9.5", "mg/dL"),
    ("2276-4", "LN", "铁蛋白", "12500", "ng/mL"),
]


def when(text: str = "202611230800") -> datetime:
    return datetime.strptime(text, "%Y%m%d%H%M")

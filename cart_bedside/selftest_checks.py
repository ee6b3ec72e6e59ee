"""The checks of ``cart-bedside --selftest`` (:mod:`cart_bedside.selftest` runs them).

Each takes a folder of its own to write in and returns one line saying what
it checked, or raises (:class:`CheckFailed` when it found something wrong).
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta
from pathlib import Path

#: A fixed clock: the infusion, and "now" the day after (D+1).
INFUSION = datetime(2026, 11, 1, 10, 0)
NOW = datetime(2026, 11, 2, 20, 30)

#: The known case: adult, fever 38.6 °C, SBP 86 without vasopressors, ICE 6.
KNOWN_CASE = {
    "patient": {"age_years": 54, "weight_kg": 70.0},
    "infusion_time": INFUSION.isoformat(),
    "vitals": [
        {
            "time": "2026-11-02T20:00:00",
            "temp_c": 38.6,
            "hr": 118,
            "sbp": 86,
            "dbp": 50,
            "rr": 22,
            "spo2": 95,
            "o2_device": "room_air",
            "vasopressors": [],
        }
    ],
    "neuro": [
        {
            "time": "2026-11-02T20:10:00",
            "ice_score": 6,
            "consciousness": "alert",
            "seizure": "none",
            "motor_weakness": False,
            "cerebral_edema": "none",
        }
    ],
    "medications": [],
    "labs": [],
}
KNOWN_GRADES = {"crs": 2, "icans": 2}


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


def require(condition: object, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


# --- a tiny ward (database and pdf checks) ---------------------------------------------------
def _tiny_ward(folder: Path):
    """A new database with one nurse and one febrile, hypotensive patient in bed 01.

    Returns ``(database, repository, episode id, the saved vital signs)``.
    """
    from .logic.models import (
        Consciousness,
        FluidCategory,
        FluidEntry,
        NeuroAssessment,
        Patient,
        VitalSigns,
    )
    from .storage import Repository, open_database

    db = open_database(folder / "selftest.db", backup_dir=folder / "backups")
    repo = Repository(db, clock=lambda: NOW)
    repo.people.create_user("selftest", "Self-test nurse", "nurse", "2468", actor="system")
    episode = repo.patients.admit(
        Patient(
            age_years=54,
            weight_kg=70.0,
            weight_time=INFUSION,
            sex="F",
            name="自检 Test",
            mrn="SELFTEST-1",
            bed="01",
            diagnosis="b_nhl",
            infusion_time=INFUSION,
        ),
        "selftest",
        admitted_at=INFUSION - timedelta(days=1),
    )
    at = NOW - timedelta(minutes=30)
    vitals = VitalSigns(at, temp_c=38.6, hr=118, sbp=86, dbp=50, rr=22, spo2=95.0)
    repo.charting.save_shift_entry(
        episode,
        "selftest",
        vitals=vitals,
        neuro=NeuroAssessment(at, ice_score=10, consciousness=Consciousness.ALERT),
        fluids=[
            FluidEntry(at, FluidCategory.IV_FLUIDS, 500.0),
            FluidEntry(at, FluidCategory.URINE, 350.0),
        ],
    )
    return db, repo, episode, vitals


def qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["cart-bedside", "--selftest"])


# --- the checks -----------------------------------------------------------------------------
def check_modules(folder: Path) -> str:
    """Every module of the package imports (in a bundle: every module it holds).

    The screens import Qt modules, matplotlib and reportlab lazily, when first
    opened; a bundle built without one of them starts but fails later, on the
    ward. Importing them all here finds that at install time.
    """
    import importlib
    import pkgutil

    import cart_bedside

    qt_app()  # some screens build Qt objects at import
    names = sorted(
        m.name
        for m in pkgutil.walk_packages(cart_bedside.__path__, "cart_bedside.")
        if not m.name.endswith("__main__")
    )
    skipped = [n for n in names if _optional_missing(n)]
    names = [n for n in names if n not in skipped]
    broken = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:
            broken.append(f"{name} ({type(exc).__name__}: {exc})")
    require(
        not broken, f"{len(broken)} of {len(names)} modules do not import: " + "; ".join(broken)
    )
    require(len(names) > 50, f"only {len(names)} modules found: the package is incomplete")
    extra = (
        f"; {len(skipped)} modules of optional parts not installed skipped "
        f"({', '.join(sorted({m for n in skipped if (m := _optional_missing(n))}))})"
        if skipped
        else ""
    )
    return f"all {len(names)} modules of cart_bedside import{extra}"


#: Parts of the package that need an optional extra: package → (extra, its modules).
OPTIONAL_PARTS = {"cart_bedside.server": ("server", ("fastapi", "uvicorn", "psycopg"))}


def _optional_missing(name: str) -> str | None:
    """``"cart-bedside[extra]"`` when ``name`` belongs to an optional part whose extra is
    not installed (a runtime-only install has no ward server), else None."""
    from importlib.util import find_spec

    for package, (extra, needs) in OPTIONAL_PARTS.items():
        if (name == package or name.startswith(package + ".")) and any(
            find_spec(module) is None for module in needs
        ):
            return f"cart-bedside[{extra}]"
    return None


def check_database(folder: Path) -> str:
    from .storage import Repository, close_database, open_database, quick_check
    from .storage.introspect import schema_differences, schema_shape

    db, repo, episode, saved = _tiny_ward(folder)
    try:
        user = repo.people.get_user("selftest")
        require(user is not None and user.role == "nurse", "the new account was not saved")
        back = repo.queries.vitals(episode)
        require(len(back) == 1, f"expected 1 vital-sign set back, got {len(back)}")
        got = back[0]
        for field in ("time", "temp_c", "hr", "sbp", "dbp", "rr", "spo2"):
            require(
                getattr(got, field) == getattr(saved, field),
                f"vitals.{field} read back as {getattr(got, field)!r}, "
                f"saved {getattr(saved, field)!r}",
            )
        require(
            len(repo.queries.neuro(episode)) == 1 and len(repo.queries.fluids(episode)) == 2,
            "the neuro check or the fluid lines were not saved",
        )
        chain = repo.audit_log.verify_audit_chain()
        require(chain.ok, f"audit chain broken: {chain}")
        entries = chain.entries
    finally:
        close_database(db)
    db = open_database(folder / "selftest.db", backup_dir=folder / "backups")
    try:
        result = quick_check(db)
        require(result == "ok", f"quick check after reopening: {result}")
        require(
            len(Repository(db).queries.vitals(episode)) == 1, "the record is gone after reopening"
        )
        version = db.conn.execute("PRAGMA user_version").fetchone()[0]
        differences = schema_differences(db.conn)
        require(not differences, "schema: " + "; ".join(differences[:5]))
        shape = schema_shape(db.conn)
    finally:
        db.conn.close()
    return (
        f"created, account + admission + shift entry saved and read back, "
        f"{entries} audit entries verified, reopened (schema {version}: {len(shape.tables)} "
        f"tables, {len(shape.triggers)} triggers, {len(shape.views)} views as migrated)"
    )


def check_grading(folder: Path) -> str:
    from .assess_cli import assess_document

    results = {}
    for lang in ("en", "zh_CN"):
        document = assess_document(KNOWN_CASE, lang=lang)
        got = {"crs": document["crs"]["grade"], "icans": document["icans"]["grade"]}
        require(got == KNOWN_GRADES, f"{lang}: graded {got}, expected {KNOWN_GRADES}")
        require(
            document["crs"]["reasons"] and document["icans"]["reasons"],
            f"{lang}: grades without reasons",
        )
        results[lang] = document
    reasons = results["en"]["crs"]["reasons"]
    return (
        f"fever 38.6 °C + SBP 86 → CRS 2, ICE 6 → ICANS 2 "
        f"({len(reasons)} CRS reasons, {len(results['en']['alerts'])} alerts, en + zh_CN)"
    )


def _synthetic_trend():
    from .logic.models import NeuroAssessment, Patient, VitalSigns
    from .plots import TrendData

    patient = Patient(
        age_years=54,
        weight_kg=70.0,
        weight_time=INFUSION,
        name="自检",
        bed="01",
        infusion_time=INFUSION,
    )
    vitals = [
        VitalSigns(
            INFUSION + timedelta(hours=h),
            temp_c=36.8 + (1.8 if h >= 24 else 0),
            hr=84 + h,
            sbp=118 - (32 if h >= 30 else 0),
            dbp=68,
            rr=18,
            spo2=97.0,
        )
        for h in range(0, 35, 2)
    ]
    neuro = [
        NeuroAssessment(INFUSION + timedelta(hours=h, minutes=10), ice_score=10 if h < 30 else 6)
        for h in range(0, 35, 8)
    ]
    return TrendData.from_records(patient, now=NOW, vitals=vitals, neuro=neuro)


def check_trend_figure(folder: Path) -> str:
    from .plots import render_png, trend_figure

    data = _synthetic_trend()
    require(
        data.assessment is not None and data.assessment.crs_grade == 2,
        "the synthetic course did not grade CRS 2",
    )
    fig = trend_figure(data, "since_infusion", "zh_CN")
    png = render_png(fig)
    require(png.startswith(b"\x89PNG\r\n\x1a\n"), "render_png did not return a PNG")
    require(len(png) > 10_000, f"the figure is suspiciously small ({len(png)} bytes)")
    out = folder / "trend.png"
    out.write_bytes(png)
    import matplotlib

    return (
        f"{len(fig.axes)} axes, {len(png) // 1024} KB PNG "
        f"(matplotlib {matplotlib.__version__}, cache {matplotlib.get_cachedir()})"
    )


def check_pdf(folder: Path) -> str:
    from .reports import gather_handover, render_handover
    from .reports.fonts import FONT

    db, repo, _episode, _ = _tiny_ward(folder / "pdf")
    try:
        sheet = gather_handover(repo, now=NOW, bed="01", user="selftest")
        pdf, pages = render_handover(sheet, "zh_CN")
    finally:
        db.conn.close()
    require(pdf.startswith(b"%PDF-"), "the handover is not a PDF")
    # 9 pt body type (issue 11): the bed's text on page 1, its trend figure may follow.
    require(pages in (1, 2), f"a one-bed handover should be 1–2 pages, got {pages}")
    embedded = set(re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([^\s/]+)", pdf))
    require(
        embedded and b"/FontFile2" in pdf, f"the bundled font ({FONT}) is not embedded in the PDF"
    )
    out = folder / "handover.pdf"
    out.write_bytes(pdf)
    names = ", ".join(sorted(n.decode("ascii", "replace") for n in embedded))
    return f"one-bed handover, {pages} page, {len(pdf) // 1024} KB, embedded font {names}"

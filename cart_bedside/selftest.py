"""``cart-bedside --selftest``: is this installed copy whole?

Runs each part the app needs once, in a throw-away folder, and prints one
line per check — ``ok    NAME  what was checked`` or ``FAIL  NAME  reason`` —
then a summary line. Exit status 0 when every check passed, 1 otherwise (the
summary names the broken checks). Nothing outside the temporary folder is
written but matplotlib's font cache; the ward's database is never opened.

The checks, each independent of the others:

- ``modules``: every module of the package imports — the screens load Qt
  modules, matplotlib and reportlab only when first opened, so a bundle
  missing one would start and fail later, on the ward.
- ``database``: a new SQLite database is created, migrated and checked; an
  account is created, a patient admitted, a shift entry saved, read back and
  compared; the audit hash chain verifies; the file closes, reopens and passes
  its quick check; its tables, columns, views, triggers and indexes are the
  ones the migrations make (sqlite-utils introspection).
- ``fonts``: the bundled CJK font and its licence are there; Qt registers the
  font and it covers Simplified Chinese; matplotlib and reportlab load it.
- ``translations``: both compiled Qt translations (``cart_bedside/i18n/*.qm``) load, and
  with the Chinese one installed a known screen string comes out in Chinese
  (the translator is removed again); the clinical message catalogue renders
  in both languages.
- ``grading``: a known case (fever 38.6 °C and systolic pressure 86 mmHg
  without vasopressors, ICE 6) is graded CRS 2 and ICANS 2, as the
  ``assess`` command does it (JSON in, JSON out), in both languages.
- ``trend figure``: the Trends tab's figure is built from synthetic records
  and drawn to a PNG with the bundled font.
- ``pdf``: a one-bed handover sheet is gathered from a tiny ward database and
  written as a PDF with the font embedded.

Qt runs on the ``offscreen`` platform unless ``QT_QPA_PLATFORM`` says
otherwise, so the self-test works without a display (and from the
PyInstaller bundle).
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from . import __version__, resources

#: A fixed clock: the infusion, and "now" the day after (D+1).
INFUSION = datetime(2026, 11, 1, 10, 0)
NOW = datetime(2026, 11, 2, 20, 30)

#: (Qt context, source text, zh_CN translation): screen strings the Chinese
#: translation must contain. One match is enough, so renaming one screen
#: string does not break the self-test.
QT_PROBES: tuple[tuple[str, str, str], ...] = (
    ("SignInWidget", "Sign in", "登录"),
    ("WardBoardWidget", "Sign in to see the ward.", "请登录后查看病区。"),
)

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


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float


def _require(condition: object, message: str) -> None:
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

    _qt_app()  # some screens build Qt objects at import
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
    _require(
        not broken, f"{len(broken)} of {len(names)} modules do not import: " + "; ".join(broken)
    )
    _require(len(names) > 50, f"only {len(names)} modules found: the package is incomplete")
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
        _require(user is not None and user.role == "nurse", "the new account was not saved")
        back = repo.queries.vitals(episode)
        _require(len(back) == 1, f"expected 1 vital-sign set back, got {len(back)}")
        got = back[0]
        for field in ("time", "temp_c", "hr", "sbp", "dbp", "rr", "spo2"):
            _require(
                getattr(got, field) == getattr(saved, field),
                f"vitals.{field} read back as {getattr(got, field)!r}, "
                f"saved {getattr(saved, field)!r}",
            )
        _require(
            len(repo.queries.neuro(episode)) == 1 and len(repo.queries.fluids(episode)) == 2,
            "the neuro check or the fluid lines were not saved",
        )
        chain = repo.audit_log.verify_audit_chain()
        _require(chain.ok, f"audit chain broken: {chain}")
        entries = chain.entries
    finally:
        close_database(db)
    db = open_database(folder / "selftest.db", backup_dir=folder / "backups")
    try:
        result = quick_check(db)
        _require(result == "ok", f"quick check after reopening: {result}")
        _require(
            len(Repository(db).queries.vitals(episode)) == 1, "the record is gone after reopening"
        )
        version = db.conn.execute("PRAGMA user_version").fetchone()[0]
        differences = schema_differences(db.conn)
        _require(not differences, "schema: " + "; ".join(differences[:5]))
        shape = schema_shape(db.conn)
    finally:
        db.conn.close()
    return (
        f"created, account + admission + shift entry saved and read back, "
        f"{entries} audit entries verified, reopened (schema {version}: {len(shape.tables)} "
        f"tables, {len(shape.triggers)} triggers, {len(shape.views)} views as migrated)"
    )


def _qt_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["cart-bedside", "--selftest"])


def check_fonts(folder: Path) -> str:
    path = resources.cjk_font_path()
    _require(path.is_file(), f"bundled font missing: {path}")
    licences = sorted(p.name for p in resources.fonts_dir().glob("*LICENSE*"))
    _require(licences, f"the font's licence is missing from {resources.fonts_dir()}")

    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    from .ui import fonts as ui_fonts

    _qt_app()
    family = ui_fonts.register_fonts(set_default=False)
    if family is None:
        raise CheckFailed(f"Qt could not load {path.name}")
    systems = QFontDatabase.writingSystems(family)
    _require(
        QFontDatabase.WritingSystem.SimplifiedChinese in systems,
        f"Qt font {family!r} does not cover Simplified Chinese",
    )
    _require(QFontMetrics(QFont(family)).inFont("护"), f"Qt font {family!r} lacks 护")

    from matplotlib import font_manager

    from .plots.fonts import register_cjk_font

    mpl_family = register_cjk_font()
    _require(mpl_family, "matplotlib could not load the bundled font")
    loaded = {
        Path(f.fname).resolve() for f in font_manager.fontManager.ttflist if f.name == mpl_family
    }
    _require(path.resolve() in loaded, f"matplotlib did not load {path}")

    from .reports.fonts import covered, register_fonts

    name = register_fonts()
    _require(
        covered("细胞因子释放综合征") == "细胞因子释放综合征",
        "reportlab's font lacks common Chinese characters",
    )
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    return (
        f"{family} in Qt {qVersion()} ({QGuiApplication.platformName()}), matplotlib and "
        f"reportlab ({name}); licence {', '.join(licences)}"
    )


def check_translations(folder: Path) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from .logic.messages import msg, render
    from .ui import i18n

    app = _qt_app()
    sizes, probes = [], []
    for lang in i18n.LANGUAGES:
        qm = resources.qm_path(lang)
        _require(qm.is_file(), f"{qm} missing")
        translator = QTranslator()
        _require(translator.load(str(qm)), f"Qt cannot load {qm}")
        _require(not translator.isEmpty(), f"{qm.name} holds no translations")
        sizes.append(f"{qm.name} {qm.stat().st_size // 1024} KB")
        # installed and removed again: the app's own translators are left as they were
        app.installTranslator(translator)
        try:
            if lang == "zh_CN":
                probes = [
                    (ctx, src, want)
                    for ctx, src, want in QT_PROBES
                    if QCoreApplication.translate(ctx, src) == want
                ]
                _require(
                    probes,
                    "no known screen string comes out in Chinese: "
                    + "; ".join(
                        f"{c}/{s!r} -> {QCoreApplication.translate(c, s)!r}"
                        for c, s, _ in QT_PROBES
                    ),
                )
        finally:
            app.removeTranslator(translator)
    qt_own = QTranslator()
    qtbase = "with" if qt_own.load("qtbase_zh_CN", i18n.qt_translations_dir()) else "without"
    message = msg("crs.reason.fever", temp_c=38.6)
    zh, en = render(message, "zh_CN"), render(message, "en")
    _require(zh and en and zh != en, f"message catalogue: zh_CN {zh!r}, en {en!r}")
    _require(any("\u4e00" <= ch <= "\u9fff" for ch in zh), f"zh_CN message not Chinese: {zh!r}")
    return (
        f"{', '.join(sizes)}; {probes[0][1]!r} → {probes[0][2]!r}; {qtbase} Qt's "
        f"qtbase_zh_CN; clinical catalogue zh_CN + en"
    )


def check_grading(folder: Path) -> str:
    from .assess_cli import assess_document

    results = {}
    for lang in ("en", "zh_CN"):
        document = assess_document(KNOWN_CASE, lang=lang)
        got = {"crs": document["crs"]["grade"], "icans": document["icans"]["grade"]}
        _require(got == KNOWN_GRADES, f"{lang}: graded {got}, expected {KNOWN_GRADES}")
        _require(
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
    _require(
        data.assessment is not None and data.assessment.crs_grade == 2,
        "the synthetic course did not grade CRS 2",
    )
    fig = trend_figure(data, "since_infusion", "zh_CN")
    png = render_png(fig)
    _require(png.startswith(b"\x89PNG\r\n\x1a\n"), "render_png did not return a PNG")
    _require(len(png) > 10_000, f"the figure is suspiciously small ({len(png)} bytes)")
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
    _require(pdf.startswith(b"%PDF-"), "the handover is not a PDF")
    # 9 pt body type (issue 11): the bed's text on page 1, its trend figure may follow.
    _require(pages in (1, 2), f"a one-bed handover should be 1–2 pages, got {pages}")
    embedded = set(re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([^\s/]+)", pdf))
    _require(
        embedded and b"/FontFile2" in pdf, f"the bundled font ({FONT}) is not embedded in the PDF"
    )
    out = folder / "handover.pdf"
    out.write_bytes(pdf)
    names = ", ".join(sorted(n.decode("ascii", "replace") for n in embedded))
    return f"one-bed handover, {pages} page, {len(pdf) // 1024} KB, embedded font {names}"


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("modules", check_modules),
    ("database", check_database),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("grading", check_grading),
    ("trend figure", check_trend_figure),
    ("pdf", check_pdf),
)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CheckFailed):
        return str(exc)
    text = " ".join(str(exc).split()) or "(no message)"
    if len(text) > 300:  # e.g. numpy's page of advice: its last words name the cause
        text = f"{text[:100]} … {text[-180:]}"
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return f"{type(exc).__name__}: {text}{where}"


def run_checks(folder: Path, checks=CHECKS) -> list[Result]:
    results = []
    for name, check in checks:
        sub = folder / name.replace(" ", "_")
        sub.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        try:
            detail = check(sub)
        except Exception as exc:  # report every failure, never stop at the first
            results.append(Result(name, False, _reason(exc), time.perf_counter() - start))
        else:
            results.append(Result(name, True, detail, time.perf_counter() - start))
    return results


def describe_install() -> str:
    root = resources.resource_root()
    if getattr(sys, "frozen", False):
        kind = "bundle"
    elif (root.parent / "pyproject.toml").is_file():
        kind = "checkout"
    else:
        kind = "installed"
    where = f"{kind} {root}"
    return (
        f"cart-bedside {__version__} self-test: {where}; Python {platform.python_version()} "
        f"on {platform.system()} {platform.machine()}"
    )


def run_selftest(out: TextIO | None = None, keep: Path | None = None, checks=CHECKS) -> int:
    """Run every check, print one line each and a summary; 0 when all passed, else 1.

    The files are written to a temporary folder, removed afterwards unless
    ``keep`` names a folder to write them to instead.
    """
    out = out or sys.stdout
    print(describe_install(), file=out, flush=True)
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="cart-bedside-selftest-"))
    folder.mkdir(parents=True, exist_ok=True)
    width = max(len(name) for name, _ in checks)
    try:
        results = []
        for name, check in checks:
            (result,) = run_checks(folder, ((name, check),))
            results.append(result)
            status = "ok  " if result.ok else "FAIL"
            print(
                f"{status}  {name:<{width}}  {result.detail} [{result.seconds:.2f} s]",
                file=out,
                flush=True,
            )
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)
    broken = [r.name for r in results if not r.ok]
    if broken:
        print(
            f"selftest: FAILED: {', '.join(broken)} ({len(broken)} of {len(results)} checks)",
            file=out,
            flush=True,
        )
        return 1
    print(f"selftest: all {len(results)} checks passed", file=out, flush=True)
    return 0

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

import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import __version__, resources
from .selftest_checks import (
    CheckFailed,
    check_database,
    check_grading,
    check_modules,
    check_pdf,
    check_trend_figure,
)
from .selftest_qt import check_fonts, check_translations


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float


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

"""Issue 17 benchmarks: importing 10,000 lab results; exporting the demo ward as FHIR.

    .venv/bin/python benchmarks/bench_interop.py [--results 10000] [--runs 3]

- **import**: a fresh demo ward; 100 ORU^R01 messages (GB18030) of 100 OBX
  each, spread over the twelve demo patients (CRP, ferritin, IL-6, ANC in /µL
  converted), imported through ``cart-bedside``'s own code (one transaction per
  message); then the same file again (all duplicates). The floor is the
  same number of lab rows saved by typing them (``Repository.save_records``,
  100 records per save), so the ratio is the price of parsing, matching,
  mapping and the source links.
- **FHIR**: the demo ward (12 admissions) collected, built, validated by the
  R4B models and written; and, separately, the collect step alone (reading
  records and the cached assessments) as its floor.

Prints medians of ``--runs`` runs. The machine is shared: compare the ratios.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEMO_NOW = datetime(2026, 11, 23, 10, 0)
CODES = (
    ("1988-5", "C反应蛋白", "mg/L", 40.0),
    ("2276-4", "铁蛋白", "ng/mL", 900.0),
    ("26881-3", "白介素-6", "pg/mL", 20.0),
    ("751-8", "中性粒细胞", "/uL", 1500.0),
)


class _Clock:
    def __init__(self, t: datetime) -> None:
        self.t = t

    def __call__(self) -> datetime:
        return self.t


def _template(folder: Path) -> Path:
    from cart_bedside.storage.demo import write_demo_db

    path = folder / "demo.db"
    write_demo_db(path, now=DEMO_NOW)
    return path


def _ward(template: Path, folder: Path, name: str):
    from cart_bedside.service import WardService
    from cart_bedside.storage import Repository, open_database

    path = folder / name
    shutil.copy(template, path)
    db = open_database(path)
    clock = _Clock(DEMO_NOW)
    return WardService(Repository(db, clock=clock), clock=clock), db


def _messages(patients, results: int, per_message: int = 100) -> bytes:
    out = []
    for m in range(results // per_message):
        p = patients[m % len(patients)]
        lines = [
            f"MSH|^~\\&|LIS|HOSP|CART|WARD|202611230930||ORU^R01|B{m:05d}|P|2.5|||||CHN|"
            "GB 18030-2000",
            f"PID|1||{p.mrn}^^^HOSP^MR||{p.name[0]}^{p.name[1:]}",
        ]
        for i in range(per_message):
            code, text, unit, value = CODES[i % len(CODES)]
            at = DEMO_NOW - timedelta(hours=2, minutes=(m * per_message + i) % 600)
            lines.append(
                f"OBX|{i + 1}|NM|{code}^{text}^LN||{value + i % 7}|{unit}|||||F|||{at:%Y%m%d%H%M}"
            )
        out.append("\r".join(lines) + "\r")
    return "".join(out).encode("gb18030")


def bench_import(template: Path, folder: Path, results: int) -> dict[str, float]:
    from cart_bedside.interop.lab_files import import_file
    from cart_bedside.logic.models import LabResult
    from cart_bedside.service.lab_import import LabImportService

    ward, db = _ward(template, folder, "import.db")
    patients = [p for p in ward.repo.patients.list_patients() if p.infusion_time]
    path = folder / "labs.hl7"
    path.write_bytes(_messages(patients, results))
    service = LabImportService(ward)
    t0 = time.perf_counter()
    first = import_file(service, path)
    t1 = time.perf_counter()
    again = import_file(service, path)
    t2 = time.perf_counter()
    assert first.stored == results and again.duplicates == results // 100, (first, again)
    db.conn.close()
    ward, db = _ward(template, folder, "typed.db")
    items = [
        (
            f"labs[{i}]",
            LabResult(DEMO_NOW - timedelta(hours=2, minutes=i % 600), "crp", 40.0 + i % 7, "mg/L"),
        )
        for i in range(100)
    ]
    t3 = time.perf_counter()
    for m in range(results // 100):
        ward.repo.charting.save_records(patients[m % len(patients)].id, "nurse", items)
    t4 = time.perf_counter()
    db.conn.close()
    return {"import": t1 - t0, "duplicate": t2 - t1, "typed_floor": t4 - t3}


def bench_fhir(template: Path, folder: Path) -> dict[str, float]:
    from cart_bedside.interop.fhir_export import export_fhir
    from cart_bedside.service.exports import ExportService

    ward, db = _ward(template, folder, "fhir.db")
    service = ExportService(ward)
    ids = service.episode_ids(all_episodes=True)
    t0 = time.perf_counter()
    service.collect_many(ids)
    t1 = time.perf_counter()
    ward.invalidate()
    _, _, resources = export_fhir(service, folder / "ward.json", ids)
    t2 = time.perf_counter()
    db.conn.close()
    return {
        "collect_floor": t1 - t0,
        "fhir": t2 - t1,
        "resources": resources,
        "mb": (folder / "ward.json").stat().st_size / 1e6,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="bench-interop-"))
    try:
        template = _template(folder)
        imports = [
            bench_import(template, folder / f"i{r}", args.results)
            for r in range(args.runs)
            if (folder / f"i{r}").mkdir() is None
        ]
        fhirs = [
            bench_fhir(template, folder / f"f{r}")
            for r in range(args.runs)
            if (folder / f"f{r}").mkdir() is None
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    def med(rows, key):
        return statistics.median(r[key] for r in rows)

    imp, dup, typed = med(imports, "import"), med(imports, "duplicate"), med(imports, "typed_floor")
    print(
        f"import {args.results} lab results (HL7, GB18030, 100 messages): {imp:.2f} s "
        f"({args.results / imp:,.0f} results/s); typed floor {typed:.2f} s "
        f"(ratio {imp / typed:.2f}); same file again (duplicates): {dup:.2f} s"
    )
    fhir, floor = med(fhirs, "fhir"), med(fhirs, "collect_floor")
    print(
        f"FHIR export of the demo ward: {fhir:.2f} s ({fhirs[0]['resources']:,} resources, "
        f"{fhirs[0]['mb']:.1f} MB); collect floor {floor:.2f} s (ratio {fhir / floor:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

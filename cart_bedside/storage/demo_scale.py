"""Scale mode: years of a whole unit, generated fast for benchmarks.

Rows are built as tuples and written with ``executemany`` in large
transactions, bypassing per-record validation (values are in range by
construction) and writing one audit entry per table instead of one per row.
The secondary indexes are dropped during the load and rebuilt afterwards
from their own stored SQL, so the schema ends up exactly as migrations made
it. Charting is denser than in the demo ward (hourly D0–D3 and while
CRS ≥ 2, otherwise every 2 h) to give about 2 million vital-sign rows for
ten years of 40 beds.
"""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from . import audit, codec
from .db import Database, transaction
from .demo_patients import DEMO_PIN_HASHES, DEMO_USERS
from .device import device_id
from .ids import uuid7
from .opening import open_database
from .patient_rows import EPISODE_COLUMNS, PATIENT_COLUMNS
from .repository import Repository

_META = codec.META_COLUMNS
_MINUTES = tuple(timedelta(minutes=m) for m in range(10))
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏飞宇浩然欣怡子涵思雨晨"
_PRODUCTS = (
    ("阿基仑赛注射液", "CD19", "CD28", "b_nhl"),
    ("瑞基奥仑赛注射液", "CD19", "4-1BB", "b_nhl"),
    ("替沙仑赛", "CD19", "4-1BB", "b_all"),
    ("西达基奥仑赛", "BCMA", "4-1BB", "mm"),
    ("伊基奥仑赛注射液", "BCMA", "4-1BB", "mm"),
)


@dataclass(frozen=True)
class ScaleSummary:
    """Rows written per table, the "now" the unit was generated up to, and seconds taken."""

    counts: dict[str, int]
    now: datetime
    seconds: float


class _Writer:
    """Buffers rows per table and flushes them with executemany."""

    def __init__(self, db: Database, batch: int = 100_000) -> None:
        self.db, self.batch = db, batch
        self.buffers: dict[str, list[tuple]] = {}
        self.sql: dict[str, str] = {}
        self.counts: dict[str, int] = {}

    def add(self, table: str, columns: tuple[str, ...], row: tuple) -> None:
        if table not in self.sql:
            self.sql[table] = (
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            self.buffers[table] = []
        buf = self.buffers[table]
        buf.append(row)
        if len(buf) >= self.batch:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.buffers):
            rows = self.buffers[name]
            if rows:
                with transaction(self.db) as conn:
                    conn.executemany(self.sql[name], rows)
                self.counts[name] = self.counts.get(name, 0) + len(rows)
                rows.clear()


def create_scale_db(
    path: Path | str,
    *,
    years: float = 10.0,
    beds: int = 40,
    seed: int = 1203,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
) -> ScaleSummary:
    """Write ``years`` of a ``beds``-bed unit to a new file, ending with every bed occupied."""
    started = time.perf_counter()
    path = Path(path)
    if path.exists():
        raise FileExistsError(path)
    now = (now or datetime.now()).replace(minute=0, second=0, microsecond=0)
    db = open_database(path, check=False)
    repo = Repository(db)
    for username, display, role, pin in DEMO_USERS:
        repo.people.create_user(
            username, display, role, None, actor="system", pin_hash=DEMO_PIN_HASHES[pin]
        )
    repo.ward_settings.set_setting("demo", "scale", actor="admin")
    repo.ward_settings.set_setting("demo.generated_until", now.isoformat(), actor="admin")
    conn = db.conn
    # Drop the big secondary indexes for the load; keep the small amendment indexes,
    # which the append-only triggers read for every amendment.
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
        "AND sql IS NOT NULL AND name NOT LIKE '%_by_supersedes'"
    ).fetchall()
    names, indexes = [r[0] for r in found], [r[1] for r in found]
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")
    for name in names:
        conn.execute(f"DROP INDEX {name}")
    writer = _Writer(db)
    gen = _Generator(writer, random.Random(seed), device_id(conn))
    start = now - timedelta(days=round(years * 365.25))
    episodes = []
    for bed in range(1, beds + 1):
        t = start - timedelta(days=random.Random(seed + bed).randint(0, 30))
        while t < now:
            length = gen.rng.randint(24, 34)
            gap = timedelta(days=length, hours=gen.rng.randint(2, 60))
            if t + gap >= now:  # the last stay of every bed is still going on
                length = max(length, (now - t).days + 1)
            episodes.append((t, f"{bed:02d}", length, t + timedelta(days=length) > now))
            t += gap
    episodes.sort()
    for i, (admitted, bed_label, length, ongoing) in enumerate(episodes):
        gen.episode(admitted, bed_label, length, now, ongoing)
        if progress and i % 500 == 0:
            progress(f"{i}/{len(episodes)} episodes")
    writer.flush()
    if progress:
        progress("rebuilding indexes")
    for sql in indexes:
        conn.execute(sql)
    with transaction(db) as c:
        for table, count in sorted(writer.counts.items()):
            audit.append(
                c,
                at=datetime.now(),
                actor="system",
                action=audit.AuditAction.BULK_IMPORT,
                device_id=gen.device,
                table=table,
                details={"rows": count, "generator": "demo_scale", "seed": seed},
            )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.close()
    return ScaleSummary(writer.counts, now, time.perf_counter() - started)


class _Generator:
    def __init__(self, writer: _Writer, rng: random.Random, device: str) -> None:
        self.w, self.rng, self.device = writer, rng, device
        self.epoch = datetime(1970, 1, 1)
        self._times: dict[datetime, tuple[str, str, int]] = {}

    def _time(self, t: datetime) -> tuple[str, str, int]:
        """(observed ISO, recorded ISO, ms) of a time, cached: a slot's rows share it."""
        hit = self._times.get(t)
        if hit is None:
            if len(self._times) > 4096:
                self._times.clear()
            ms = int((t - self.epoch).total_seconds() * 1000)
            hit = self._times[t] = (t.isoformat(), (t + timedelta(minutes=4)).isoformat(), ms)
        return hit

    def _id(self, t: datetime) -> str:
        return uuid7(self._time(t)[2], self.rng.getrandbits(74))

    def _meta(self, key: str, t: datetime, save_id: str, user: str = "nurse") -> tuple:
        observed, recorded, ms = self._time(t)
        return (
            uuid7(ms, self.rng.getrandbits(74)),
            key,
            observed,
            recorded,
            user,
            self.device,
            save_id,
            None,
            None,
            0,
        )

    def _add(self, kind: codec.Kind, meta: tuple, values: tuple) -> None:
        self.w.add(kind.table, (*_META, *kind.columns), (*meta, *values))

    def episode(
        self, admitted: datetime, bed: str, length: int, now: datetime, ongoing: bool
    ) -> None:
        rng, u = self.rng, self.rng.uniform
        product, target, costim, diagnosis = rng.choice(_PRODUCTS)
        weight = round(u(45, 95), 1)
        age = rng.randint(18, 78)
        pid = self._id(admitted)
        save = self._id(admitted)
        name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.randint(1, 2)))
        self.w.add(
            "patients",
            (*_META[:1], "patient_id", *_META[2:], *PATIENT_COLUMNS),
            (
                pid,
                pid,
                *self._meta(pid, admitted, save)[2:],
                f"SC{pid[-8:]}",
                name,
                rng.choice("MF"),
                None,
            ),
        )
        eid = self._id(admitted)
        infusion = admitted.replace(hour=10, minute=0) + timedelta(days=4)
        first = self._meta(eid, admitted, save)
        first = (eid, *first[1:])
        values = {c: None for c in EPISODE_COLUMNS} | {
            "patient_id": pid,
            "bed": bed,
            "age_years": float(age),
            "weight_kg": weight,
            "weight_time": admitted.isoformat(),
            "height_cm": float(rng.randint(150, 185)),
            "diagnosis": diagnosis,
            "product": product,
            "target": target,
            "costim_domain": costim,
            "infusion_time": infusion.isoformat(),
            "risk_factors": "{}",
            "conditions": "[]",
            "prior_cns_disease": 0,
            "hbv_status": "negative",
            "admitted_at": admitted.isoformat(),
        }
        columns = (*_META, *EPISODE_COLUMNS)
        self.w.add("episodes", columns, (*first, *values.values()))
        end = min(admitted + timedelta(days=length), now)
        if not ongoing:
            meta = self._meta(eid, end, self._id(end))
            meta = (*meta[:7], eid, "discharged", 0)
            self.w.add(
                "episodes",
                columns,
                (*meta, *(values | {"discharged_at": end.isoformat()}).values()),
            )
        self.w.flush("patients")  # foreign keys: patient, then episode, then records
        self.w.flush("episodes")
        self._records(eid, admitted, infusion, end, weight)

    def _records(
        self, eid: str, admitted: datetime, infusion: datetime, end: datetime, weight: float
    ) -> None:
        rng, u = self.rng, self.rng.uniform
        peak = rng.choices((0, 1, 2, 3, 4), (30, 35, 20, 10, 5))[0]
        onset, lasting = rng.uniform(12, 96), rng.uniform(24, 96)
        icans = rng.choices((0, 1, 2, 3), (60, 20, 10, 10))[0]
        i_on = rng.uniform(72, 168)
        t = admitted.replace(minute=0) + timedelta(hours=1)
        while t < end:
            h = (t - infusion).total_seconds() / 3600
            crs = peak if onset <= h <= onset + lasting else 0
            ic = icans if i_on <= h <= i_on + 72 else 0
            shift = t.hour in (6, 14, 22)
            if not (0 <= h < 96 or crs >= 2 or t.hour % 2 == 0):
                t += timedelta(hours=1)
                continue
            save = self._id(t)
            seen = t + _MINUTES[int(rng.random() * 10)]
            fever = crs >= 1
            sbp = round(u(82, 92) if crs >= 2 else u(105, 135))
            vid = self._meta(eid, seen, save)
            self._add(
                codec.VITALS,
                vid,
                (
                    round(u(38.1, 39.5) if fever else u(36.3, 37.4), 1),
                    round(u(65, 120)),
                    sbp,
                    sbp - 30 - int(rng.random() * 15),
                    14 + int(rng.random() * 10),
                    float(90 + int(rng.random() * 10)),
                    "nasal_cannula" if crs >= 2 else "room_air",
                    3.0 if crs >= 2 else None,
                    '["norepinephrine"]' if crs >= 3 else "[]",
                    0,
                ),
            )
            if rng.random() < 0.002:
                meta = (*self._meta(eid, seen, self._id(t), "nurse2")[:7], vid[0], "复核后更正", 0)
                self._add(
                    codec.VITALS, meta, (37.0, 80, 120, 75, 16, 98.0, "room_air", None, "[]", 0)
                )
            if shift or (ic and t.hour % 4 == 2):
                score = 10 - 3 * ic if ic else 10
                self._add(
                    codec.NEURO,
                    self._meta(eid, t, save),
                    (
                        json.dumps([i < score for i in range(10)]),
                        None,
                        0,
                        None,
                        0,
                        "alert",
                        "none",
                        "none",
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        None,
                    ),
                )
            if shift:
                for category, direction, lo, hi in (
                    ("iv_fluids", "intake", 300, 1200),
                    ("oral", "intake", 100, 600),
                    ("urine", "output", 300, 1200),
                ):
                    volume = float(lo + 25 * int(rng.random() * (hi - lo) / 25))
                    self._add(
                        codec.FLUID, self._meta(eid, t, save), (category, direction, volume, "")
                    )
            if t.hour == 6:
                self._add(codec.WEIGHT, self._meta(eid, t, save), (round(weight + u(-1, 2), 1),))
                for name, value, unit in (
                    ("crp", u(2, 40) + 40 * crs, "mg/L"),
                    ("ferritin", u(200, 900) * (1 + crs), "µg/L"),
                    ("il6", u(2, 20) + 80 * crs * crs, "pg/mL"),
                    ("anc", u(0.05, 3.0), "10^9/L"),
                ):
                    self._add(
                        codec.LAB,
                        self._meta(eid, t + timedelta(minutes=90), save),
                        (name, round(value, 2), unit),
                    )
            if t.hour in (8, 20):
                self._add(
                    codec.MEDICATION,
                    self._meta(eid, t, save),
                    ("acyclovir", 400.0, "PO", "doctor", "nurse", None, ""),
                )
            if crs >= 2 and abs(h - onset) < 1:
                self._add(
                    codec.MEDICATION,
                    self._meta(eid, t, save, "doctor"),
                    ("tocilizumab", min(800.0, 8 * weight), "IV", "doctor", "nurse", None, ""),
                )
            t += timedelta(hours=1)

"""benchmarks/bench_sync_join.py stays runnable (issue 14 tail 5): a tiny ward through the
same path as the year ward: generated, loaded into a real server database, a new tablet
joins (pull + write into SQLite + verify) with the real client."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from tests.server.conftest import drop_database, new_database

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_sync_join.py"


def test_a_new_tablet_joins_a_small_ward_and_verifies(pg_cluster):
    spec = importlib.util.spec_from_file_location("bench_sync_join", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    url = new_database(pg_cluster)
    keys = os.environ.get("CART_BEDSIDE_KEY_DIR")
    try:
        out = bench.run(beds=2, years=0.08, page_rows=100, database_url=url)
    finally:
        drop_database(pg_cluster, url)
    assert os.environ.get("CART_BEDSIDE_KEY_DIR") == keys  # put back as it was
    assert out["server_rows"] == out["ward_rows"] > out["join_pulled_rows"] > 100
    assert out["join_rows_in_sqlite"] == out["join_pulled_rows"]
    assert out["join_pages"] >= out["join_pulled_rows"] // 100  # one audit entry a page
    assert out["join_verify_ok"] is True

"""A push's transaction in few statements (issue 14 tail 6): with 40 tablets pushing at the
same instant every round trip to PostgreSQL is one more wait for a busy server's GIL.

The locks are one statement, the device's last contact and its receipt chain's head
another (read after the locks: a push of the same device committed meanwhile is seen),
then the held rows, the insert and the receipt: five for a page of new rows (it was
seven). Counted on a real PostgreSQL connection by its cursors.
"""

from __future__ import annotations

import threading

import psycopg

from cart_bedside.server import push, store
from cart_bedside.server.protocol import check_row
from tests.server.rows import vitals


class _Counting(psycopg.Cursor):
    statements = 0

    def execute(self, *args, **kwargs):  # type: ignore[override]
        _Counting.statements += 1
        return super().execute(*args, **kwargs)

    def executemany(self, *args, **kwargs):  # type: ignore[override]
        _Counting.statements += 1
        return super().executemany(*args, **kwargs)


def _device(conn: psycopg.Connection) -> store.Device:
    ward = store.ward_id(conn, "7B")
    assert ward is not None
    code, _ = store.new_enroll_code(conn, ward, "tablet")
    made = store.enroll(conn, code, None, "")
    assert made is not None
    return made[0]


def test_a_page_of_new_rows_is_five_statements_and_the_receipts_chain(ward_url):
    with psycopg.connect(ward_url) as conn:
        dev = _device(conn)
        conn.commit()
        conn.cursor_factory = _Counting
        pages = [[check_row(i, vitals(dev.id, "ep-1")) for i in range(5)] for _ in range(3)]
        _Counting.statements = 0
        first = push.push(conn, dev, pages[0], None)
        assert first.stored == 5 and _Counting.statements <= 5
        assert first.receipt is not None and first.receipt["seq"] == 1
        # two more pages of the same device from two threads at once: the second waits for
        # the first's lock and then reads the head the first committed
        results: list[push.PushResult] = []

        def one(page: list) -> None:
            with psycopg.connect(ward_url) as own:
                results.append(push.push(own, dev, page, None))

        threads = [threading.Thread(target=one, args=(p,)) for p in pages[1:]]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
        assert sorted(r.receipt["seq"] for r in results if r.receipt) == [2, 3]
        ok, count, problem = push.verify_receipts(conn, dev.id)
        assert (ok, count, problem) == (True, 3, None)
        seen = conn.execute("SELECT last_seen_at FROM devices WHERE id = %s", (dev.id,)).fetchone()
        assert seen is not None and seen[0] is not None

"""Pushes run side by side, yet a pull cursor never passes a row that commits later.

A push is held open on purpose (its ``before_commit`` step waits: the rows are
inserted, numbered, not committed); a second device's push with higher sequence
numbers commits meanwhile. Pulls started then
must not move a cursor past the held push's rows: the rows arrive in a later pull.
"""

from __future__ import annotations

import threading
import time

import psycopg

from cart_bedside.server import pull as pulls
from cart_bedside.server import push, store
from cart_bedside.server.protocol import check_row
from tests.server.rows import episode


def _device(url: str, ward: int) -> store.Device:
    with psycopg.connect(url) as conn:
        code, _ = store.new_enroll_code(conn, ward, "tablet")
        made = store.enroll(conn, code, None, "")
    assert made is not None
    return made[0]


def _until(check, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_slow_push_never_lets_a_pull_cursor_skip_its_rows(ward_url):
    with psycopg.connect(ward_url) as conn:
        ward = store.ward_id(conn, "7B")
    assert ward is not None
    slow, fast, reader = (_device(ward_url, ward) for _ in range(3))
    slow_rows = [episode(slow.id, bed=f"{b:02d}") for b in range(1, 4)]
    fast_rows = [episode(fast.id, bed="09")]

    inserted, release = threading.Event(), threading.Event()
    slow_conn = psycopg.connect(ward_url)
    done: dict[str, object] = {}

    def hold(_conn: psycopg.Connection, _result: push.PushResult) -> None:
        inserted.set()
        release.wait(20)

    def slow_push() -> None:
        rows = [check_row(i, r) for i, r in enumerate(slow_rows)]
        done["slow"] = push.push(slow_conn, slow, rows, None, before_commit=hold)

    pusher = threading.Thread(target=slow_push)
    pusher.start()
    try:
        _until(inserted.is_set)  # rows inserted, not committed
        # Another device pushes meanwhile and commits: pushes no longer wait for each other.
        with psycopg.connect(ward_url) as conn:
            quick = push.push(conn, fast, [check_row(0, fast_rows[0])], None)
        assert quick.stored == 1 and pusher.is_alive()

        # A pull starts now, while the slow push is open.
        seen: list[str] = []
        cursors: list[int] = []
        pull_conn = psycopg.connect(ward_url)

        def pull_once() -> None:
            high = push.watermark(pull_conn, ward)
            page = pulls.pull(pull_conn, reader, cursors[-1] if cursors else 0, 1000, 14, high=high)
            seen.extend(r[1] for r in page.rows)
            cursors.append(page.next_cursor)

        puller = threading.Thread(target=pull_once)
        puller.start()
        time.sleep(0.5)
        first_pull_waited = puller.is_alive()  # it waits for the open push, not past it
        release.set()  # let the slow push finish
        pusher.join(timeout=20)
        puller.join(timeout=20)
        assert not pusher.is_alive() and not puller.is_alive()
        pull_once()  # the next round, from the cursor the first one returned
    finally:
        release.set()
        pusher.join(timeout=20)
        slow_conn.close()

    slow_result = done["slow"]
    assert isinstance(slow_result, push.PushResult) and slow_result.stored == 3
    slow_seqs = [e["seq"] for e in slow_result.results]
    fast_seq = quick.results[0]["seq"]
    # The case the lock is for: the held push has the lower numbers and committed last.
    assert max(slow_seqs) < fast_seq
    assert first_pull_waited
    assert sorted(seen) == sorted([r["id"] for r in slow_rows + fast_rows])
    assert len(seen) == len(set(seen)) == 4
    assert cursors[-1] == fast_seq
    pull_conn.close()


def test_many_concurrent_pushes_and_pulls_lose_nothing(ward_url):
    """Eight devices push while four pull in a loop: every pulled cursor sequence ends
    holding every acknowledged row exactly once."""
    with psycopg.connect(ward_url) as conn:
        ward = store.ward_id(conn, "7B")
    assert ward is not None
    pushers = [_device(ward_url, ward) for _ in range(8)]
    readers = [_device(ward_url, ward) for _ in range(4)]
    acked: set[str] = set()
    lock = threading.Lock()
    stop = threading.Event()
    watermarks = push.Watermarks()

    def pushing(dev: store.Device) -> None:
        with psycopg.connect(ward_url) as conn:
            for n in range(15):
                rows = [episode(dev.id, bed=f"{n:02d}") for _ in range(3)]
                result = push.push(conn, dev, [check_row(i, r) for i, r in enumerate(rows)], None)
                assert result.stored == 3
                with lock:
                    acked.update(r["id"] for r in rows)

    got: dict[str, list[str]] = {r.id: [] for r in readers}

    def pulling(dev: store.Device) -> None:
        cursor = 0
        with psycopg.connect(ward_url) as conn:
            while True:
                last = stop.is_set()
                high = watermarks.get(conn, ward)
                page = pulls.pull(conn, dev, cursor, 7, 14, high=high)
                got[dev.id].extend(r[1] for r in page.rows)
                cursor = page.next_cursor
                if last and not page.more:
                    return

    threads = [threading.Thread(target=pulling, args=(d,)) for d in readers]
    writers = [threading.Thread(target=pushing, args=(d,)) for d in pushers]
    for t in threads + writers:
        t.start()
    for t in writers:
        t.join(timeout=120)
    stop.set()
    for t in threads:
        t.join(timeout=120)
    assert len(acked) == 8 * 15 * 3
    for ids in got.values():
        assert len(ids) == len(set(ids)) and set(ids) == acked

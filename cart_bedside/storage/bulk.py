"""sqlite-utils on the ward database's own connection: bulk inserts and schema introspection.

sqlite-utils is imported here, on first use, not at module level: it loads
numpy (0.2–0.8 s), and the app's first paint must not wait for it. Its
``Database`` wraps our connection without changing it (no recursive
triggers pragma, no plugins); its writes nest inside our open transaction
as savepoints (``atomic()``), so a bulk insert is part of the save around it.

Hand-written ``executemany`` stays where it is faster: the scale generator
(:mod:`.demo_scale`) writes millions of rows as prebuilt tuples — 200 000
rows took 1.8 s with ``executemany`` and 5.5 s with ``insert_all`` from dicts
(3x slower, measured on the shared 2-core build machine).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


def utils_db(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """A ``sqlite_utils.Database`` over ``conn`` that leaves its settings as they are."""
    import sqlite_utils  # see the module docstring: not before the first paint

    return sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)


def insert_rows(
    conn: sqlite3.Connection, table: str, rows: Iterable[Mapping[str, Any]], **options: Any
) -> int:
    """Insert ``rows`` (dicts) into an existing ``table`` with ``insert_all``; returns the count.

    Must run inside the caller's transaction (the rows belong to its save).
    """
    if not conn.in_transaction:
        raise RuntimeError("bulk inserts are written inside the save's transaction")
    batch = [dict(r) for r in rows]
    if batch:
        utils_db(conn).table(table).insert_all(batch, batch_size=500, alter=False, **options)
    return len(batch)

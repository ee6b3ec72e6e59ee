"""Schema version 8: the sync client's outbox (issue 14 item 3, the tablet side).

``sync_outbox`` (device-local) lists the clinical rows this tablet still has
to push, in the order they were written (``n``: a stable INTEGER PRIMARY KEY,
unlike a table's rowid, which VACUUM may renumber). A trigger per clinical
table queues each new row — only once the database is enrolled with a ward
server (``local_meta`` holds ``sync.server_url``), so a single tablet pays
nothing. Enrolment queues every row already held (the first sync pushes the
whole history); an acknowledgement removes a row from the queue; a row the
server holds with other content stays, marked ``refused`` (reported, never
pushed again, never overwritten). Rows received from the server are removed
in the transaction that stores them: they are on the server already.

Only a table and triggers are added: no stored row changes.
"""

from __future__ import annotations

from .schema import V1_TABLES, V3_TABLES, V7_TABLES

#: The clinical tables of version 8, named here: a released migration never changes.
_V8_CLINICAL = (*V1_TABLES, *V3_TABLES, *V7_TABLES)


def outbox_trigger(table: str) -> str:
    return f"""CREATE TRIGGER {table}_sync_outbox AFTER INSERT ON {table}
WHEN EXISTS (SELECT 1 FROM local_meta WHERE key = 'sync.server_url')
BEGIN
  INSERT INTO sync_outbox (table_name, row_id) VALUES ('{table}', NEW.id);
END"""


def v8() -> tuple[str, ...]:
    return (
        """CREATE TABLE sync_outbox (
    n INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    refused TEXT
)""",
        "CREATE INDEX sync_outbox_by_row ON sync_outbox(row_id)",
        *(outbox_trigger(t) for t in _V8_CLINICAL),
    )

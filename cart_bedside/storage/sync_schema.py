"""Schema versions 8 and 9: the sync client's outbox and its received-rows index (issue 14).

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

Version 9: ``sync_received`` (device-local, append-only) names, for every row
received from the ward server, the audit entry of the page it came in
(``audit_seq``), its admission and writing device, and its keyed hash as an
audit entry would hold it. A pulled page is audited once (action ``receive``,
:mod:`.received`), not once a row: the page entry holds the count, the id range
and the sha256 of the page's (table, id, keyed hash) list, so ``verify`` checks
each received row against its hash here and each page's list against its entry.
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


def v9() -> tuple[str, ...]:
    return (
        """CREATE TABLE sync_received (
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    audit_seq INTEGER NOT NULL,
    episode_id TEXT,
    device_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
)""",
        "CREATE INDEX sync_received_by_seq ON sync_received(audit_seq)",
        """CREATE TRIGGER sync_received_no_replace BEFORE INSERT ON sync_received
WHEN EXISTS (SELECT 1 FROM sync_received WHERE table_name = NEW.table_name
             AND row_id = NEW.row_id)
BEGIN SELECT RAISE(ABORT, 'sync_received is append-only: a row is received once'); END""",
        """CREATE TRIGGER sync_received_no_update BEFORE UPDATE ON sync_received
BEGIN SELECT RAISE(ABORT, 'sync_received is append-only'); END""",
        """CREATE TRIGGER sync_received_no_delete BEFORE DELETE ON sync_received
BEGIN SELECT RAISE(ABORT, 'sync_received is append-only'); END""",
    )

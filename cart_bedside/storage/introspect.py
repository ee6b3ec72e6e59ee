"""Is a database's schema the one the migrations make? (sqlite-utils introspection)

:func:`schema_shape` reads the tables with their columns, the views, the
triggers and the indexes of a connection through sqlite-utils
(``Database.tables``, ``Table.columns_dict``, ``Database.triggers``,
``Database.view_names()``); :func:`schema_differences` compares it with a
database migrated from scratch in memory. The self-test runs it on its new
file; a file whose append-only triggers were dropped, or a table changed by
hand, shows up here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .bulk import utils_db
from .migrations import MIGRATIONS


@dataclass(frozen=True)
class SchemaShape:
    """Names and types of everything the schema defines (FTS5 shadow tables left out)."""

    tables: dict[str, dict[str, str]]
    views: frozenset[str]
    triggers: dict[str, str]  # trigger → its table
    indexes: frozenset[str]


def schema_shape(conn: sqlite3.Connection) -> SchemaShape:
    db = utils_db(conn)
    virtual = {t.name for t in db.tables if "VIRTUAL TABLE" in (t.schema or "").upper()}
    shadow = {n for n in db.table_names() if any(n.startswith(v + "_") for v in virtual)}
    tables = {
        t.name: {c: str(kind.__name__) for c, kind in t.columns_dict.items()}
        for t in db.tables
        if t.name not in shadow and not t.name.startswith("sqlite_")
    }
    return SchemaShape(
        tables=tables,
        views=frozenset(db.view_names()),
        triggers={t.name: t.table for t in db.triggers},
        indexes=frozenset(
            i.name for t in db.tables if t.name in tables for i in t.indexes if i.origin == "c"
        ),
    )


def expected_shape() -> SchemaShape:
    """The shape every migration's statements make from nothing (no data, no audit key)."""
    conn = sqlite3.connect(":memory:")
    try:
        for migration in MIGRATIONS:
            for statement in migration.statements():
                conn.execute(statement)
        return schema_shape(conn)
    finally:
        conn.close()


def schema_differences(conn: sqlite3.Connection) -> list[str]:
    """What differs from :func:`expected_shape` ("missing trigger vital_signs_no_update" …)."""
    found, want = schema_shape(conn), expected_shape()
    out = []
    for kind, have, need in (
        ("table", set(found.tables), set(want.tables)),
        ("view", set(found.views), set(want.views)),
        ("trigger", set(found.triggers), set(want.triggers)),
        ("index", set(found.indexes), set(want.indexes)),
    ):
        out += [f"missing {kind} {name}" for name in sorted(need - have)]
        out += [f"unexpected {kind} {name}" for name in sorted(have - need)]
    for table in sorted(set(found.tables) & set(want.tables)):
        if found.tables[table] != want.tables[table]:
            out.append(f"columns of {table} differ")
    return out

"""``cart-bedside server …`` as real subprocesses against a real PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from cart_bedside.server import schema, store

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cart_bedside.server", "--lang", "en", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_init_enroll_code_devices_revoke_admin_token(database_url):
    first = cli("init", "--database-url", database_url, "--ward", "7B")
    assert first.returncode == 0, first.stderr
    every = ", ".join(str(v) for v in range(1, schema.LATEST + 1))
    assert (
        f"schema version {schema.LATEST} (migrations applied: {every}); ward 7B created"
        in first.stdout
    )
    again = cli("init", "--database-url", database_url, "--ward", "7B")
    assert "already up to date" in again.stdout and "already exists" in again.stdout
    made = cli(
        "enroll-code",
        "--ward",
        "7B",
        "--role",
        "workstation",
        env={"CART_BEDSIDE_DATABASE_URL": database_url},
    )
    assert made.returncode == 0, made.stderr
    code = made.stdout.split("(workstation): ")[1].split()[0]
    assert len(code) == 14 and code.count("-") == 2
    with psycopg.connect(database_url) as conn:
        device, token = store.enroll(conn, code, None, "station")
        assert store.enroll(conn, code, None, "again") is None  # one time
    listed = cli("devices", "--database-url", database_url)
    assert device.id in listed.stdout and "workstation" in listed.stdout
    assert device.role == "workstation"  # stored per device, returned at enrolment
    assert "active" in listed.stdout and "audit chain not received yet" in listed.stdout
    assert token not in listed.stdout
    assert cli("revoke", "--database-url", database_url, "--device", device.id).returncode == 0
    assert "revoked" in cli("devices", "--database-url", database_url).stdout
    twice = cli("revoke", "--database-url", database_url, "--device", device.id)
    assert twice.returncode == 2 and "no enrolled, unrevoked device" in twice.stderr
    admin = cli("admin-token", "--database-url", database_url)
    with psycopg.connect(database_url) as conn:
        assert store.admin_ok(conn, admin.stdout.rsplit(": ", 1)[1].strip())


def test_bad_input_exits_2_and_an_unreachable_database_exits_1(ward_url, pg_cluster):
    unknown = cli("enroll-code", "--database-url", ward_url, "--ward", "9Z")
    assert unknown.returncode == 2 and "there is no ward 9Z" in unknown.stderr
    public = cli("run", "--database-url", ward_url, "--host", "0.0.0.0")
    assert public.returncode == 2 and "--certfile and --keyfile" in public.stderr
    gone = cli("devices", "--database-url", pg_cluster.url("no_such_db"))
    assert gone.returncode == 1 and gone.stderr.startswith("error: cannot use the ward database")


def test_migrate_is_idempotent_and_refuses_a_newer_schema(database_url):
    with psycopg.connect(database_url) as conn:
        assert schema.migrate(conn) == list(range(1, schema.LATEST + 1))
        assert schema.migrate(conn) == []
        conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (schema.LATEST + 1,))
        conn.commit()
        with pytest.raises(schema.SchemaTooNewError, match="update cart-bedside"):
            schema.migrate(conn)


@pytest.mark.parametrize(
    ("argv", "text"),
    [
        (["devices", "--database-url", ""], "--database-url is required"),
        (
            ["run", "--database-url", "postgresql://x@127.0.0.1/x", "--certfile", "c.pem"],
            "--certfile and --keyfile go together",
        ),
        (
            ["run", "--database-url", "postgresql://x@127.0.0.1/x", "--host", "ward-server.local"],
            "is not loopback",
        ),
        (
            ["init", "--database-url", "postgresql://x@127.0.0.1/x", "--ward", "  "],
            "--ward must not be empty",
        ),
    ],
)
def test_refusals_before_any_connection(argv, text, capsys):
    from cart_bedside.server.commands import main

    assert main(["--lang", "en", *argv]) == 2
    assert text in capsys.readouterr().err


def test_the_main_command_line_runs_the_server_commands(database_url):
    """``cart-bedside server …`` (the app's one parser) reaches the same commands."""
    main = [sys.executable, "-m", "cart_bedside", "--lang", "en", "server"]
    done = subprocess.run(
        [*main, "init", "--database-url", database_url, "--ward", "7C"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "ward 7C created" in done.stdout
    helped = subprocess.run(
        [*main, "enroll-code", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert helped.returncode == 0 and "--role" in helped.stdout


def test_a_schema_1_database_with_rows_migrates_and_serves(database_url):
    """A ward server installed before schema 2 keeps its rows and pulls them after init."""
    from cart_bedside.server import push
    from cart_bedside.server.protocol import check_row
    from tests.server.rows import episode

    with psycopg.connect(database_url) as conn:
        conn.execute("""CREATE TABLE schema_version (
            version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())""")
        for statement in schema.MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute("INSERT INTO schema_version (version) VALUES (1)")
        ward, _ = store.ensure_ward(conn, "7B")
        conn.execute(
            "INSERT INTO devices (id, ward_id, role, token_sha256) VALUES ('old-tab1', %s, "
            "'tablet', 'x')",
            (ward,),
        )
        ep = episode("old-tab1")
        conn.execute(
            "INSERT INTO rows (ward_id, table_name, row_id, device_id, episode_id, patient_id, "
            "content, content_sha256) VALUES (%s, 'episodes', %s, 'old-tab1', %s, %s, '{}', %s)",
            (ward, ep["id"], ep["id"], ep["content"]["patient_id"], ep["sha256"]),
        )
        conn.commit()
        assert schema.migrate(conn) == list(range(2, schema.LATEST + 1))
        assert push.watermark(conn, ward) == 1
        dev = store.Device("old-tab1", ward, "tablet")
        again = push.push(conn, dev, [check_row(0, ep)], None)
        assert again.duplicates == 1 and push.watermark(conn, ward) == 1


def test_admin_user_starts_a_ward_directory_from_the_server(ward_url):
    """A ward that starts on the server (or lost its admin's PIN): the admin is made there,
    chained in the ledger; the PIN comes from the environment, never the command line."""
    from cart_bedside.server import directory, ledger
    from cart_bedside.storage.auth import verify_pin

    made = cli(
        "admin-user",
        "--database-url",
        ward_url,
        "--ward",
        "7B",
        "--username",
        "zhang",
        "--display-name",
        "张主任",
        env={"CART_BEDSIDE_ADMIN_PIN": "5831"},
    )
    assert made.returncode == 0, made.stderr
    assert "zhang is an active admin of ward 7B" in made.stdout and "5831" not in made.stdout
    with psycopg.connect(ward_url) as conn:
        ward = store.ward_id(conn, "7B")
        body = directory.payload(conn, ward)
        assert directory.check_admin(conn, ward, "zhang", "5831") is not None
        assert ledger.verify_ledger(conn, ward) == (True, 1, None)
    (user,) = body["users"]
    assert user["role"] == "admin" and verify_pin("5831", user["pin_hash"])
    bad = cli(
        "admin-user",
        "--database-url",
        ward_url,
        "--ward",
        "7B",
        "--username",
        "li",
        "--display-name",
        "李",
        env={"CART_BEDSIDE_ADMIN_PIN": "12"},
    )
    assert bad.returncode == 2 and "pin: PIN: 4 to 8 digits; the directory" in bad.stderr

"""A throw-away PostgreSQL cluster for the ward-server tests (real PostgreSQL, no stand-in).

initdb refuses to run as root, so as root the cluster belongs to the
``postgres`` user (``runuser -u postgres``); its data and socket folders are in
a temporary folder handed to that user. It listens on a free loopback port
with ``trust`` authentication for local connections only, and ``fsync=off``:
these tests kill the *application* server, never PostgreSQL, so durability of
PostgreSQL itself is not what they measure, and it saves seconds.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def find_bindir() -> Path | None:
    """The newest PostgreSQL ≥ 15 server binaries (Debian's layout, or pg_config's)."""
    found = []
    for path in glob.glob("/usr/lib/postgresql/*/bin"):
        try:
            version = int(Path(path).parent.name)
        except ValueError:
            continue
        if version >= 15 and (Path(path) / "initdb").exists():
            found.append((version, Path(path)))
    if found:
        return max(found)[1]
    config = shutil.which("pg_config")
    if config:
        out = subprocess.run([config, "--bindir"], capture_output=True, text=True).stdout.strip()
        if out and (Path(out) / "initdb").exists():
            return Path(out)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    as_postgres: bool
    fsync: bool = False

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
        cmd = list(args)
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, check=True, cwd=self.root
        )

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        durability = "" if self.fsync else "-c fsync=off -c full_page_writes=off "
        opts = (
            f"-p {self.port} -k {self.root / 'sock'} -c listen_addresses=127.0.0.1 "
            f"{durability}-c max_connections=200"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-o",
            opts,
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        try:
            # immediate: a throw-away cluster needs no shutdown checkpoint
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(bindir: Path, fsync: bool = False) -> Cluster:
    """A new cluster; ``fsync=True`` (benchmarks) keeps PostgreSQL's durable defaults."""
    as_postgres = os.geteuid() == 0
    root = Path(tempfile.mkdtemp(prefix="cart-pg-"))
    (root / "sock").mkdir()
    if as_postgres:
        shutil.chown(root, "postgres", "postgres")
        shutil.chown(root / "sock", "postgres", "postgres")
    cluster = Cluster(bindir, root, free_port(), as_postgres, fsync)
    try:
        cluster.start()
    except BaseException:
        log = root / "server.log"
        shutil.rmtree(root, ignore_errors=True) if not log.exists() else None
        raise
    return cluster

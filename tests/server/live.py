"""A real ward server in a subprocess (``python -m cart_bedside.server run``) on loopback."""

from __future__ import annotations

import os
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.server.pg import free_port

ROOT = Path(__file__).resolve().parents[2]


class LiveServer:
    def __init__(
        self,
        database_url: str,
        log: Path,
        port: int | None = None,
        tls: tuple[Path, Path] | None = None,
    ):
        self.database_url, self.log_path, self.tls = database_url, log, tls
        self.port = port or free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        scheme = "https" if self.tls else "http"
        return (
            f"{scheme}://localhost:{self.port}/api/v1"
            if self.tls
            else f"{scheme}://127.0.0.1:{self.port}/api/v1"
        )

    def _verify(self) -> ssl.SSLContext | bool:
        return ssl.create_default_context(cafile=str(self.tls[0])) if self.tls else True

    def start(self, timeout: float = 30) -> LiveServer:
        env = {**os.environ, "CART_BEDSIDE_DATABASE_URL": self.database_url}
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "cart_bedside.server",
                    "run",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    *self._tls_args(),
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited {self.proc.returncode}: {self.log()}")
            try:
                if (
                    httpx.get(f"{self.base}/health", timeout=1, verify=self._verify()).status_code
                    == 200
                ):
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"server did not answer in {timeout} s: {self.log()}")

    def _tls_args(self) -> list[str]:
        if not self.tls:
            return []
        return ["--certfile", str(self.tls[0]), "--keyfile", str(self.tls[1])]

    def kill(self) -> None:
        """SIGKILL: no shutdown handler runs, in-flight requests die with the process."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for ``localhost`` (2 days); skips without openssl."""
    import shutil

    import pytest

    if not shutil.which("openssl"):
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = folder / "server.crt", folder / "server.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key

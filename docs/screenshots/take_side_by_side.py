"""Two tablets and a workstation side by side, live, through a real ward server (issue 14).

    .venv/bin/python docs/screenshots/take_side_by_side.py --lang zh_CN

Needs PostgreSQL ≥ 15 (Debian's ``postgresql``), Xvfb and ImageMagick. Everything is
real and throw-away: a PostgreSQL cluster on a free loopback port (as the ``postgres``
user when run as root), ``cart-bedside server init`` and ``server run`` on loopback, a
demo ward written by ``cart-bedside demo-db`` that joins the empty ward server with
everything in it (tablet A), a new tablet B and a workstation W, each enrolled with
``cart-bedside enroll`` and a code from ``cart-bedside server enroll-code``. One Xvfb with
three 1280×800 screens; on each the real app (take_side_by_side_device.py) with its own
background sync. Then:

1. a nurse saves a shift entry for bed 09 on A (taps, PIN); after the background sync
   the bed shows on B's board and on the workstation, marked "from another tablet";
   shot in both languages (``board_after_save``);
2. the server stops; past the amber threshold (2 min) every device shows its last sync
   in amber and B's tocilizumab panel says doses from other tablets may be missing
   (``stale``); the script changes two ward settings only: the sync interval (5 s) and
   the auto-lock (30 min, so the screens stay signed in through the wait);
3. still offline, A and B correct the same reading (HR); the server comes back, the
   devices sync, the conflict shows on every board (``conflict``);
4. the physician resolves it on the workstation (``resolve``: the versions side by side,
   ``resolved``: History after the signature, the tablets' boards after their sync).

The three screens are grabbed within a fraction of a second of each other and put side
by side (``convert +append``) into docs/screenshots/side_by_side_<step>_<lang>.png.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
FONT = ROOT / "cart_bedside" / "fonts" / "wqy-microhei.ttc"
DEVICE = Path(__file__).with_name("take_side_by_side_device.py")
NAMES = {
    "en": {"a": "Tablet A (nurse)", "b": "Tablet B (nurse 2)", "w": "Workstation (physician)"},
    "zh_CN": {"a": "平板 A（护士）", "b": "平板 B（护士 2）", "w": "工作站（医生）"},
}
BED = "05"  # CRS 0, ICANS 0, day +10: the nurse charts a fever on A
TOCI_BED = "06"  # B's tocilizumab panel, for the stale warning
REASONS = {  # the two offline corrections of the same reading
    "en": ("recounted at the bedside (A)", "recounted after the walk (B)"),
    "zh_CN": ("床旁重新数过（平板 A）", "活动后重新数过（平板 B）"),
}


class App:
    """One device's app process on its X screen, driven line by line."""

    def __init__(self, name: str, db: Path, display: str, lang: str, env: dict, log: Path):
        self.name = name
        self.log = open(log, "w")  # closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, str(DEVICE), str(db), lang],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
            cwd=ROOT,
            env={**env, "DISPLAY": display},
        )

    def do(self, what: str, **args) -> object:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps({"do": what, **args}) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name}: the app exited (see its log)")
        answer = json.loads(line)
        if not answer["ok"]:
            raise RuntimeError(f"{self.name}: {what}: {answer['error']}")
        return answer["result"]

    def stop(self) -> None:
        if self.proc.poll() is None and self.proc.stdin:
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def cli(env: dict, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "cart_bedside", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    if done.returncode != 0:
        raise RuntimeError(f"cart-bedside {' '.join(args[:2])}: {done.stderr.strip()}")
    return done.stdout.strip()


def wait_for(what: str, test, timeout: float = 60.0, every: float = 1.0) -> None:
    deadline = time.monotonic() + timeout
    while not test():
        if time.monotonic() > deadline:
            raise RuntimeError(f"waited {timeout:.0f} s for {what}")
        time.sleep(every)


class Ward:
    """The throw-away ward: cluster, server, three enrolled databases, Xvfb, three apps."""

    def __init__(self, lang: str, work: Path) -> None:
        self.lang, self.work = lang, work
        self.env = {
            **os.environ,
            "LANG": "C.UTF-8",
            "CART_BEDSIDE_KEY_DIR": str(work / "keys"),  # tokens and keys: throw-away too
            "QT_QPA_PLATFORM": "xcb",
        }
        self.cluster = None
        self.server: subprocess.Popen | None = None
        self.xvfb: subprocess.Popen | None = None
        self.apps: dict[str, App] = {}

    def start_server(self) -> None:
        with open(self.work / "server.log", "ab") as log:
            self.server = subprocess.Popen(
                [
                    *(sys.executable, "-m", "cart_bedside", "server", "run"),
                    *("--host", "127.0.0.1", "--port", str(self.port)),
                    *("--database-url", self.url),
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=log,
            )
        import urllib.request

        def up() -> bool:
            try:
                with urllib.request.urlopen(f"{self.base}/api/v1/health", timeout=1) as r:
                    return r.status == 200
            except OSError:
                return False

        wait_for("the ward server", up, 30, 0.2)

    def stop_server(self) -> None:
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(20)

    def setup(self) -> None:
        import psycopg

        from tests.server.pg import find_bindir, free_port, start_cluster

        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("PostgreSQL ≥ 15 not found (Debian: apt-get install postgresql)")
        self.cluster = start_cluster(bindir)
        with psycopg.connect(self.cluster.url(), autocommit=True) as conn:
            conn.execute('CREATE DATABASE "ward_7b"')
        self.url = self.cluster.url("ward_7b")
        cli(self.env, "server", "init", "--database-url", self.url, "--ward", "7B")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.start_server()
        dbs = {name: self.work / f"{name}.db" for name in ("a", "b", "w")}
        cli(self.env, "demo-db", "--out", str(dbs["a"]))
        self.prepare(dbs)
        for name, db in dbs.items():
            role = "workstation" if name == "w" else "tablet"
            said = cli(
                self.env, "--lang", "en", "server", "enroll-code", "--database-url", self.url,
                "--ward", "7B", "--role", role,
            )  # fmt: skip
            code = re.search(r"\): (\S+)", said).group(1)
            cli(self.env, "enroll", "--db", str(db), "--server", self.base, "--code", code,
                "--name", f"side-by-side {name}")  # fmt: skip
            print(name, cli(self.env, "--lang", "en", "sync", "--db", str(db)))
        self.display = f":{90 + os.getpid() % 9}"
        screens = [a for i in range(3) for a in ("-screen", str(i), "1280x800x24")]
        self.xvfb = subprocess.Popen(["Xvfb", self.display, "-nolisten", "tcp", *screens])
        time.sleep(1.5)
        for index, name in enumerate(("a", "b", "w")):
            self.apps[name] = App(
                name, dbs[name], f"{self.display}.{index}", self.lang, self.env,
                self.work / f"app-{name}.log",
            )  # fmt: skip

    def prepare(self, dbs: dict[str, Path]) -> None:
        """A's sync interval 5 s and auto-lock 30 min (the only settings the script
        changes; A seeds the ward server's directory with them), and B's and W's new, empty
        databases (as the app's first start writes them: users and settings come from the
        server)."""
        os.environ["CART_BEDSIDE_KEY_DIR"] = self.env["CART_BEDSIDE_KEY_DIR"]
        from cart_bedside.storage import Repository, open_database

        repo = Repository(open_database(dbs["a"]))
        repo.ward_settings.set_setting("sync_interval_s", 5, "admin", "side-by-side script")
        # and the screens stay unlocked through the 2-minute wait for the amber status
        repo.ward_settings.set_setting("auto_lock_minutes", 30, "admin", "side-by-side script")
        repo.close()
        for name in ("b", "w"):
            open_database(dbs[name]).conn.close()

    def shot(self, step: str) -> Path:
        """The three screens at the same moment, side by side, each under its name."""
        parts = []
        for index, name in enumerate(("a", "b", "w")):
            part = self.work / f"{step}-{name}.png"
            subprocess.Popen(
                ["import", "-display", f"{self.display}.{index}", "-window", "root", str(part)]
            ).wait()
            parts.append(part)
        labelled = []
        for part, name in zip(parts, ("a", "b", "w"), strict=True):
            out = part.with_suffix(".label.png")
            subprocess.run(
                ["convert", str(part), "-background", "#263238", "-fill", "white", "-font",
                 str(FONT), "-pointsize", "26", "-gravity", "north", "-splice", "0x44",
                 "-annotate", "+0+6", NAMES[self.lang][name], "-bordercolor", "#263238",
                 "-border", "4", str(out)],
                check=True,
            )  # fmt: skip
            labelled.append(str(out))
        target = OUT / f"side_by_side_{step}_{self.lang}.png"
        subprocess.run(["convert", *labelled, "+append", str(target)], check=True)
        print(target.relative_to(ROOT), flush=True)
        return target

    def close(self) -> None:
        for app in self.apps.values():
            app.stop()
        self.stop_server()
        if self.xvfb is not None:
            self.xvfb.terminate()
        if self.cluster is not None:
            self.cluster.stop()


def scenario(ward: Ward, both_languages: bool) -> None:
    a, b, w = ward.apps["a"], ward.apps["b"], ward.apps["w"]
    a.do("signin", user="nurse", pin="1111")
    b.do("signin", user="nurse2", pin="2222")
    w.do("signin", user="doctor", pin="3333")
    # 1. A saves a shift entry; B and the workstation pull it in the background. First the
    # minute in which B and W mark every bed (their first pull) passes.
    for other in (b, w):
        wait_for("the first pull's marks to end", lambda o=other: not o.do("card", bed="01")[
            "sync"], 120, 2)  # fmt: skip
    a.do("save_entry", bed=BED, temp_c=38.4, hr=108, sbp=116, dbp=70, rr=20, spo2=96)
    a.do("board")
    for other in (b, w):
        wait_for(
            "the bed marked on the other devices", lambda o=other: o.do("card", bed=BED)["sync"]
        )
        other.do("board")
    ward.shot("board_after_save")
    if both_languages:  # still inside the minute the mark stays
        other_lang = "en" if ward.lang == "zh_CN" else "zh_CN"
        lang = ward.lang
        for app in (a, b, w):
            app.do("language", lang=other_lang)
        ward.lang = other_lang
        ward.shot("board_after_save")
        for app in (a, b, w):
            app.do("language", lang=lang)
        ward.lang = lang
    # 2. the ward server stops: past 2 min every device says how old its copy is
    ward.stop_server()
    wait_for("amber on every device", lambda: all(
        x.do("bar")["level"] not in (None, "ok") for x in (a, b, w)), 200, 5)  # fmt: skip
    b.do("medications", bed=TOCI_BED)
    w.do("board")
    ward.shot("stale")
    # 3. offline, A and B correct the same reading; the server comes back
    on_a, on_b = REASONS[ward.lang]
    a.do("amend", bed=BED, hr=96, reason=on_a)
    b.do("amend", bed=BED, hr=118, reason=on_b)
    b.do("board")
    ward.start_server()
    for app in (a, b, w):
        app.do("sync")
    wait_for("the conflict on every board", lambda: all(
        "⚠" in x.do("card", bed=BED)["sync"] for x in (a, b, w)), 90, 2)  # fmt: skip
    for app in (a, b, w):
        app.do("board")
    ward.shot("conflict")
    # 4. the physician resolves it on the workstation
    w.do("open_conflict", bed=BED, keep_hr=96)
    ward.shot("resolve")
    w.do("go_sign")
    assert w.do("sign", pin="3333")
    w.do("history", bed=BED)
    wait_for("the tablets' boards after the resolution", lambda: all(
        "⚠" not in x.do("card", bed=BED)["sync"] for x in (a, b)), 90, 2)  # fmt: skip
    ward.shot("resolved")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--one-language", action="store_true", help="skip the other language")
    args = parser.parse_args()
    for tool in ("Xvfb", "import", "convert"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found (apt-get install xvfb imagemagick)")
    work = Path(tempfile.mkdtemp(prefix="cart-side-by-side-"))
    ward = Ward(args.lang, work)
    try:
        ward.setup()
        scenario(ward, not args.one_language)
    finally:
        ward.close()
        print(f"logs and single screens: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

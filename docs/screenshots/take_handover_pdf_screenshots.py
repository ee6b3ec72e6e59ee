"""Regenerate the issue-6 pictures in docs/screenshots/ from the demo ward.

    .venv/bin/python docs/screenshots/take_handover_pdf_screenshots.py [--out docs/screenshots]

Writes ``trend_zh_CN.png`` and ``trend_en.png`` (bed 06 since infusion,
every panel), ``handover_ward_zh_CN.png`` (the ward summary page) and
``handover_patient_zh_CN.png`` / ``handover_patient_en.png`` (bed 03's
pages side by side). The demo ward is generated for a fixed "now" so the
pictures do not change between runs. Needs ``pdftoppm`` (poppler-utils) for
the PDF pages.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"
NOW = datetime(2026, 11, 23, 10, 0)  # tests/demo_ward.py DEMO_NOW
DPI = 80
TREND_BED = "06"
PATIENT_BED = "03"


def _pages(pdf: Path, folder: Path, first: int = 1, last: int | None = None) -> list[Path]:
    prefix = folder / pdf.stem
    args = ["pdftoppm", "-png", "-r", str(DPI), "-f", str(first)]
    if last is not None:
        args += ["-l", str(last)]
    subprocess.run([*args, str(pdf), str(prefix)], check=True)
    return sorted(folder.glob(f"{pdf.stem}-*.png"))


def _side_by_side(images: list[Path], out: Path) -> None:
    pictures = [Image.open(p).convert("RGB") for p in images]
    gap = 12
    width = sum(p.width for p in pictures) + gap * (len(pictures) - 1)
    sheet = Image.new("RGB", (width, max(p.height for p in pictures)), "#d0d0d0")
    x = 0
    for picture in pictures:
        sheet.paste(picture, (x, 0))
        x += picture.width + gap
    sheet.save(out, optimize=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from cart_bedside.plots import load_trend_data, render_png, trend_figure
    from cart_bedside.reports.handover import write_handover
    from cart_bedside.storage import Repository
    from cart_bedside.storage.demo import open_demo_database

    with tempfile.TemporaryDirectory(prefix="cart-bedside-shots-") as tmp:
        folder = Path(tmp)
        db, _ = open_demo_database(now=NOW, folder=folder)
        repo = Repository(db, clock=lambda: NOW)
        episodes = {e.bed: e.episode_id for _, e in repo.patients.occupied(NOW)}
        data = load_trend_data(repo, episodes[TREND_BED], NOW)
        for lang, title in (
            ("zh_CN", f"{TREND_BED} 床 {data.patient.name}"),
            ("en", f"Bed {TREND_BED} {data.patient.name}"),
        ):
            fig = trend_figure(data, "since_infusion", lang, title=title)
            (out / f"trend_{lang}.png").write_bytes(render_png(fig))

        ward = write_handover(
            repo, folder / "ward_zh_CN.pdf", lang="zh_CN", user="nurse", now=NOW
        ).path
        first = _pages(ward, folder, 1, 1)
        Image.open(first[0]).convert("RGB").save(out / "handover_ward_zh_CN.png", optimize=True)
        for lang in ("zh_CN", "en"):
            pdf = write_handover(
                repo, folder / f"bed_{lang}.pdf", lang=lang, user="nurse", bed=PATIENT_BED, now=NOW
            ).path
            _side_by_side(_pages(pdf, folder), out / f"handover_patient_{lang}.png")
        db.conn.close()
    for name in (
        "trend_zh_CN",
        "trend_en",
        "handover_ward_zh_CN",
        "handover_patient_zh_CN",
        "handover_patient_en",
    ):
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Screenshots of the "printing is not available" box (ui/handover_print.py), both languages.

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/take_print_screenshots.py

Writes ``print_unavailable_{no_cups,no_printer}_{zh_CN,en}.png`` beside this file: the
real box on the Xvfb display (no window manager there, so no title bar), grabbed
by ImageMagick's ``import``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cart_bedside.ui import prepare_application  # noqa: E402
from cart_bedside.ui.handover_print import PrintProblem, PrintUnavailableBox  # noqa: E402


def shoot(app: QApplication, problem: PrintProblem, lang: str, name: str) -> None:
    prepare_application(app, lang)
    box = PrintUnavailableBox(problem)
    box.show()
    for _ in range(20):
        app.processEvents()
    out = HERE / f"print_unavailable_{name}_{lang}.png"
    grabbed = subprocess.run(
        [
            "import",
            "-window",
            "root",
            "-crop",
            f"{box.frameGeometry().width()}x{box.frameGeometry().height()}"
            f"+{box.frameGeometry().x()}+{box.frameGeometry().y()}",
            str(out),
        ],
        check=False,
    )
    if grabbed.returncode != 0:  # no ImageMagick: Qt's own grab of the box
        box.grab().save(str(out))
    print(out)
    box.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    for lang in ("zh_CN", "en"):
        shoot(app, PrintProblem.NO_CUPS_CLIENT, lang, "no_cups")
        shoot(app, PrintProblem.NO_PRINTER, lang, "no_printer")
    QTimer.singleShot(0, app.quit)
    return 0


if __name__ == "__main__":
    sys.exit(main())

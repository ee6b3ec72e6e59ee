"""The GUI entry point.

Until the bedside screens land (issue 4) this opens a placeholder window that
says so; it already loads the bundled CJK font and the translations.
"""

from __future__ import annotations

import sys


def run_app(db: str | None = None, demo: bool = False, lang: str | None = None) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("cart_bedside")
    label = QLabel(
        "cart_bedside\n\n"
        "床旁界面将在下一版本提供（issue 4）。\n"
        "The bedside screens arrive with issue 4.\n\n"
        "cart-bedside assess CASE.json  ·  cart-bedside demo-db --out ward.db"
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    window.resize(1280, 800)
    window.show()
    return app.exec()

"""Chinese for strings still in ``i18n/pending/trends_handover.json`` (not yet merged into
the ``.ts``/``.qm`` by ``i18n/build.py``), so the Trends and Handover tests see the real
words before and after the merge."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTranslator

from cart_bedside.ui import i18n

PENDING = Path(__file__).resolve().parents[2] / "i18n" / "pending" / "trends_handover.json"


class PendingTranslator(QTranslator):
    """Answers from the pending JSON while the app's language is Chinese."""

    def __init__(self) -> None:
        super().__init__()
        self._strings: dict[tuple[str, str], str] = {}
        if PENDING.is_file():
            for context, strings in json.loads(PENDING.read_text(encoding="utf-8")).items():
                for source, translation in strings.items():
                    self._strings[(context, source)] = translation

    def translate(self, context, source, disambiguation=None, n=-1):
        # None is a null QString: Qt asks the next translator (an empty string would not)
        if i18n.current_language() != "zh_CN":
            return None
        return self._strings.get((context, source))

    def isEmpty(self) -> bool:
        return not self._strings

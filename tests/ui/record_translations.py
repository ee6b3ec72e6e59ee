"""Install the record tabs' pending translations (i18n/pending/record.json) in a test.

Until the lead merges the pending JSON into the .ts/.qm files, the real
translators do not know the record tabs' strings; this translator does, so the
language tests see Chinese. Once merged it changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTranslator

PENDING = Path(__file__).resolve().parents[2] / "i18n" / "pending" / "record.json"


def pending_strings() -> dict[str, dict[str, str]]:
    """{context: {English source: Chinese}}, empty once the file has been merged away."""
    return json.loads(PENDING.read_text(encoding="utf-8")) if PENDING.exists() else {}


class PendingTranslator(QTranslator):
    """Chinese from the pending JSON; None (not found: the next translator answers) otherwise."""

    def __init__(self) -> None:
        super().__init__()
        self.table = pending_strings()

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get(context, {}).get(source)  # None: not found (a null string)

    def isEmpty(self) -> bool:
        return not self.table

"""A reportlab paragraph that lays out its lines once per width.

A table lays out each cell's paragraph to measure the row, then again when it draws the
cell, at the same width: for the handover's Chinese text (reportlab breaks CJK text
character by character) the second layout was a fifth of the pages' time. :class:`Para`
keeps the last layout and returns it for the same width (the layout depends on the width
alone; the height offered is not used by ``Paragraph.wrap``).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph


class Para(Paragraph):
    """``Paragraph`` whose ``wrap`` at the width of its last layout returns that layout."""

    _laid_out: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> Any:
        last = self._laid_out
        if last is not None and last[0] == availWidth:
            return last[1]
        size = super().wrap(availWidth, availHeight)
        self._laid_out = (availWidth, size)
        return size

    def split(self, availWidth: float, availHeight: float) -> Any:
        self._laid_out = None  # splitting lays out again (and may change this paragraph)
        return super().split(availWidth, availHeight)

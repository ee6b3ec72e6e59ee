"""Synthetic handwriting samples for the shift-entry tests and screenshots (need Qt)."""

from __future__ import annotations

import math


def scribble(tremor: float) -> bytes:
    """A synthetic handwriting sample (PNG), shakier with ``tremor``."""
    from cart_bedside.ui.widgets.handwriting_canvas import HandwritingCanvas

    canvas = HandwritingCanvas()
    canvas.resize(900, 300)
    for word in range(5):
        x0 = 50 + word * 165
        points = []
        for i in range(90):
            t = i / 89
            x = x0 + t * 130 + 16 * math.cos(t * 6 * math.pi)
            y = 170 - 50 * abs(math.sin(t * 3 * math.pi)) + 12 * math.sin(t * 6 * math.pi)
            y += tremor * 10 * math.sin(i * 2.7) + tremor * 6 * math.cos(i * 4.1)
            points.append((x, y))
        canvas.add_stroke(points)
    return canvas.to_png()

"""The Trends tab on paper: one patient's trend figures for the chosen range as a PDF.

One figure, two places: the pages carry the figures :mod:`cart_bedside.plots`
builds for the screen (``trend_figure``), drawn by Agg at 150 dpi with a
print layout (A4 portrait, 7.5 pt type). Page 1 is what the tab shows on
its first screen (grades, temperature, blood pressure, SpO2 with oxygen,
vasopressors), page 2 the rest; each page has the patient, the range, who
printed it and when, and "page n of N".

No database and no Qt: the Trends tab renders this on its worker thread from
the data it drew, then writes the file (0600) and audits it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..plots import (
    FIRST_SCREEN,
    PANELS,
    SCREEN,
    TrendData,
    render_image,
    time_window,
    trend_figure,
)
from ..plots.trends import PANEL_SCALE, Layout, figure_height
from .fonts import register_fonts
from .page import Words

PAGE_W, PAGE_H = A4
MARGIN = 12 * mm
HEAD_H = 22 * mm
FOOT_H = 12 * mm
#: The screen layout shrunk to the page: 7.3 in wide, 7.5 pt type, printed at 150 dpi.
PRINT = replace(
    SCREEN,
    width_in=(PAGE_W - 2 * MARGIN) / 72,
    panel_height_in=1.45,
    left_in=1.2,
    right_in=0.85,
    top_in=0.5,
    font_size=7.5,
    dpi=150,
)
PAGES: tuple[tuple[str, ...], ...] = (PANELS[:FIRST_SCREEN], PANELS[FIRST_SCREEN:])


def page_layout(panels: tuple[str, ...]) -> Layout:
    """:data:`PRINT` with panels short enough for the page between its head and foot."""
    room_in = (PAGE_H - 2 * MARGIN - HEAD_H - FOOT_H) / 72
    units = sum(PANEL_SCALE.get(p, 1.0) for p in panels)
    fixed = PRINT.top_in + PRINT.bottom_in + (len(panels) - 1) * PRINT.hspace_in
    return replace(PRINT, panel_height_in=min(PRINT.panel_height_in, (room_in - fixed) / units))


@dataclass(frozen=True)
class TrendsPdf:
    """The PDF bytes and how many pages it has."""

    pdf: bytes
    pages: int


def trends_pdf(
    data: TrendData, time_range: str, lang: str, *, printed_by: str, printed_at: datetime
) -> TrendsPdf:
    """The patient's trend pages for ``time_range`` (``24h``, ``72h``, ``since_infusion``)."""
    font = register_fonts()
    words = Words(lang, font)
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, pageCompression=1)
    canvas.setTitle(words.t("trend.pdf.title"))
    total = len(PAGES)
    for number, panels in enumerate(PAGES, start=1):
        layout = page_layout(panels)
        fig = trend_figure(data, time_range, lang, panels, layout=layout, show_range=False)
        image = render_image(fig)
        _head(canvas, words, data, time_range, printed_by, printed_at)
        width = PAGE_W - 2 * MARGIN
        height = width * figure_height(panels, layout) / layout.width_in
        top = PAGE_H - MARGIN - HEAD_H
        canvas.drawImage(ImageReader(image), MARGIN, top - height, width, height)
        _foot(canvas, words, number, total)
        canvas.showPage()
    canvas.save()
    return TrendsPdf(buf.getvalue(), total)


def _head(
    canvas: Canvas,
    words: Words,
    data: TrendData,
    time_range: str,
    printed_by: str,
    printed_at: datetime,
) -> None:
    p = data.patient
    canvas.setFont(words.font, 13)
    canvas.setFillColor(colors.black)
    y = PAGE_H - MARGIN - 5 * mm
    canvas.drawString(MARGIN, y, words.t("trend.pdf.title"))
    canvas.drawRightString(PAGE_W - MARGIN, y, words.t(f"trend.range.{time_range}"))
    canvas.setFont(words.font, 9.5)
    y -= 6.5 * mm
    who = words.t(
        "trend.pdf.patient",
        bed=p.bed or "—",
        name=p.name or "—",
        mrn=p.mrn or "—",
        age=f"{p.age_years:g}",
    )
    canvas.drawString(MARGIN, y, who)
    start, end = time_window(data, time_range)
    canvas.drawRightString(
        PAGE_W - MARGIN,
        y,
        f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}",
    )
    y -= 5.5 * mm
    canvas.setFont(words.font, 8)
    canvas.setFillColor(colors.HexColor("#4a4a4a"))
    canvas.drawString(
        MARGIN,
        y,
        words.t(
            "handover.header.printed",
            user=printed_by,
            date=f"{printed_at:%Y-%m-%d}",
            time=f"{printed_at:%H:%M}",
        ),
    )
    canvas.setStrokeColor(colors.HexColor("#9a9a9a"))
    canvas.line(MARGIN, y - 2.5 * mm, PAGE_W - MARGIN, y - 2.5 * mm)


def _foot(canvas: Canvas, words: Words, page: int, total: int) -> None:
    canvas.setFont(words.font, 8)
    canvas.setFillColor(colors.HexColor("#4a4a4a"))
    canvas.drawCentredString(
        PAGE_W / 2, FOOT_H - 4 * mm, words.t("handover.footer.page", page=page, total=total)
    )
    canvas.drawRightString(
        PAGE_W - MARGIN, FOOT_H - 4 * mm, words.t("handover.footer.confidential")
    )

"""The trends PDF (issue 11 item 9): the screen's figures on A4, the patient on every page."""

from __future__ import annotations

from datetime import datetime

import pypdfium2 as pdfium
import pytest

from cart_bedside.reports.trends import PAGES, trends_pdf
from tests.plots import synthetic as syn


@pytest.mark.parametrize(
    ("lang", "words"),
    [("zh_CN", ("生命体征趋势图", "近 72 小时")), ("en", ("Trends", "last 72 h"))],
)
def test_the_pdf_has_the_patients_pages(lang, words):
    data = syn.trend_data()
    result = trends_pdf(
        data, "72h", lang, printed_by="王丽", printed_at=datetime(2026, 11, 23, 9, 30)
    )
    assert result.pdf.startswith(b"%PDF") and result.pages == len(PAGES) == 2
    doc = pdfium.PdfDocument(result.pdf)
    try:
        assert len(doc) == 2
        for index in range(len(doc)):
            page = doc[index]
            text = page.get_textpage().get_text_range()
            for word in (*words, data.patient.name, data.patient.mrn, "王丽", "2026-11-23 09:30"):
                assert word in text, (index, word)
            assert f"{index + 1}" in text
            # the figure fills most of the page (an image, not blank)
            images = [o for o in page.get_objects() if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
            assert len(images) == 1
            left, bottom, right, top = images[0].get_bounds()
            assert right - left > 0.9 * (page.get_width() - 70)
            assert top - bottom > 0.5 * page.get_height()
    finally:
        doc.close()

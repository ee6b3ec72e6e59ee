"""The figures in the ward handover PDF are the single-patient figures, pixel for pixel.

The PDF draws its 40 small figures with one batch renderer (plots/batch.py);
here the images are taken out of the PDF (pypdfium2) and compared with
``render_image(handover_figure(...))`` of the same patient.
"""

from __future__ import annotations

import io

from cart_bedside.plots import handover_figure, render_image
from tests.plots.test_batch import assert_same_image


def test_the_figures_in_the_ward_handover_are_the_single_figures(module_ward):
    import pypdfium2
    import pypdfium2.raw as pdfium_c
    from PIL import Image

    from cart_bedside.reports import gather_handover, render_handover
    from tests.demo_ward import DEMO_NOW

    repo, _ = module_ward
    sheet = gather_handover(repo, now=DEMO_NOW)
    pdf, _pages = render_handover(sheet, "zh_CN")
    embedded = []
    for page in pypdfium2.PdfDocument(io.BytesIO(pdf)):
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
            data = obj.get_data(decode_simple=True)
            width, height = obj.get_px_size()
            embedded.append(Image.frombytes("RGB", (width, height), bytes(data)))
    assert len(embedded) == len(sheet.patients) >= 5
    for ps, image in zip(sheet.patients, embedded, strict=True):
        assert_same_image(image, render_image(handover_figure(ps.trend, "zh_CN")), ps.bed)

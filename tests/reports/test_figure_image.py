"""The handover's figure images: compressed on a worker thread, written as RGB Flate XObjects."""

from __future__ import annotations

import io
import threading
import zlib

import pypdfium2
import pypdfium2.raw as pdfium_c
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from cart_bedside.reports.figure_image import FigureImage, draw_pdf_image, image_compressor


def _pictures() -> list[Image.Image]:
    return [
        Image.new("RGB", (30, 20), (200, 10, 10)),
        Image.new("RGBA", (17, 9), (0, 128, 255, 255)),  # converted to RGB
    ]


def test_each_image_is_its_own_rgb_flate_stream_of_its_pixels():
    with image_compressor() as compressor:
        images = [compressor.image(p) for p in _pictures()]
    assert [i.name for i in images] == ["fig1", "fig2"]
    for image, picture in zip(images, _pictures(), strict=True):
        assert image.getSize() == picture.size
        assert zlib.decompress(image.stream.result()) == picture.convert("RGB").tobytes()
    # the thread ends with the block
    assert not [t for t in threading.enumerate() if t.name.startswith("pdf-image")]


def test_a_pdf_shows_the_images_as_drawn():
    buf = io.BytesIO()
    canvas = Canvas(buf)
    with image_compressor() as compressor:
        images = [compressor.image(p) for p in _pictures()]
    for n, image in enumerate(images):
        canvas.saveState()
        canvas.translate(50, 100 + 100 * n)
        draw_pdf_image(canvas, image, 120, 80)
        canvas.restoreState()
    canvas.showPage()
    canvas.save()
    page = pypdfium2.PdfDocument(buf.getvalue())[0]
    found = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        width, height = obj.get_px_size()
        data = bytes(obj.get_data(decode_simple=True))
        found.append(Image.frombytes("RGB", (width, height), data))
        left, bottom, right, top = obj.get_bounds()
        assert round(right - left) == 120 and round(top - bottom) == 80
    assert [f.tobytes() for f in found] == [p.convert("RGB").tobytes() for p in _pictures()]


def test_a_figure_shrinks_to_finish_a_page_and_no_further():
    with image_compressor() as compressor:
        image = compressor.image(Image.new("RGB", (200, 100)))
    figure = FigureImage(image, 400, min_scale=0.6, reserve=10)
    assert figure.wrap(400, 500) == (400, 200)  # room: full size
    assert figure.wrap(400, 170) == (320, 160)  # shrunk to the room left
    assert figure.wrap(400, 100) == (400, 200)  # below min_scale: full size (next page)

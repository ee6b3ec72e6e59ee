"""Figures on the handover's pages: each patient's trend image, compressed while the next is drawn.

reportlab's ``drawImage`` would take a PIL image, copy its pixels, hash them (MD5, to find a
repeated image) and compress them (zlib) while the page is laid out: 11 ms a figure, 0.45 s
of a 40-bed handover. Here each figure's pixels are compressed on a worker thread as soon as
the figure is drawn (zlib lets go of Python's lock, so the compression runs beside the drawing
of the next figure), and the page writes the compressed stream as the PDF image (an RGB
``/FlateDecode`` image XObject: the stream ``drawImage`` would have written, less the hash).
Every figure is its own image; a handover never repeats one.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass

from PIL import Image as PILImage
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

#: zlib's level for the figures: its default (reportlab's too), the smallest file of the
#: three levels measured at the same speed once it runs beside the drawing.
LEVEL = 6


@dataclass(frozen=True)
class PdfImage:
    """An RGB image for the PDF: its size in pixels and its zlib stream (still being made)."""

    width: int
    height: int
    stream: Future[bytes]
    name: str

    def getSize(self) -> tuple[int, int]:
        return self.width, self.height


class ImageCompressor:
    """Compresses images on one worker thread; :meth:`image` returns at once."""

    def __init__(self, pool: ThreadPoolExecutor) -> None:
        self._pool = pool
        self._names = itertools.count(1)  # unique within the document

    def image(self, picture: PILImage.Image) -> PdfImage:
        if picture.mode != "RGB":
            picture = picture.convert("RGB")
        pixels = picture.tobytes()
        stream = self._pool.submit(zlib.compress, pixels, LEVEL)
        return PdfImage(*picture.size, stream, f"fig{next(self._names)}")


@contextmanager
def image_compressor() -> Iterator[ImageCompressor]:
    """An :class:`ImageCompressor` for one document; its thread ends with the block."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-image") as pool:
        yield ImageCompressor(pool)


def draw_pdf_image(canvas: Canvas, image: PdfImage, width: float, height: float) -> None:
    """Draw ``image`` at the origin, scaled to ``width`` × ``height`` points.

    What ``Canvas.drawImage`` does for an image it has not seen (the XObject registered once
    under its name, then ``Do`` in a scaled frame, listed in the page's resources), with the
    stream made already.
    """
    doc = canvas._doc
    reg_name = doc.getXObjectName(image.name)
    if reg_name not in doc.idToObject:
        xobject = PDFImageXObject(image.name)
        xobject.width, xobject.height = image.width, image.height
        xobject.bitsPerComponent = 8
        xobject.colorSpace = "DeviceRGB"
        xobject._filters = ("FlateDecode",)
        xobject.streamContent = image.stream.result()
        xobject.mask = None
        canvas._setXObjects(xobject)
        doc.Reference(xobject, reg_name)
        doc.addForm(image.name, xobject)
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.scale(width, height)
    canvas.doForm(image.name)  # "/Name Do", and in the page's resources
    canvas.restoreState()


class FigureImage(Flowable):
    """A figure at full width that shrinks (down to ``min_scale``) to finish a page.

    Keeps one patient on one page when only the figure would spill over;
    ``reserve`` is the room left below it for the signature lines.
    """

    def __init__(
        self, image: PdfImage, width: float, min_scale: float = 0.6, reserve: float = 0.0
    ) -> None:
        super().__init__()
        self.image = image
        w, h = image.getSize()
        self.full_width = width
        self.full_height = width * h / w
        self.min_scale = min_scale
        self.reserve = reserve
        self.drawWidth, self.drawHeight = self.full_width, self.full_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        scale = 1.0
        room = availHeight - self.reserve
        if self.full_height > room >= self.full_height * self.min_scale:
            scale = room / self.full_height
        self.drawWidth, self.drawHeight = self.full_width * scale, self.full_height * scale
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        draw_pdf_image(self.canv, self.image, self.drawWidth, self.drawHeight)

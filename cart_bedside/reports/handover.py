"""The handover sheet as a PDF (reportlab), in the ward's language, with the font embedded.

Layout (A4 portrait): a header on every page (ward, sheet title, shift and
its times, date, printed by and at), a footer with "page n of N"; the ward
summary page (every bed in one table: grades, D+N, ICE/CAPD, risk, balance,
overdue tasks, alerts) with signature lines; then one section per patient in
SBAR order — Situation, Background, Assessment, Recommendation — with a
small trend figure from :mod:`cart_bedside.plots` and signature lines. Each
patient starts on a new page and the running header names the bed.

:func:`handover_pdf` turns a :class:`~cart_bedside.reports.data.HandoverSheet`
into PDF bytes; :func:`write_handover` gathers, draws, writes the file and
records the print in the audit log.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Flowable, PageBreak

from ..service.handover_reads import Reader, log_print, ward_language
from .data import HandoverSheet, PatientSheet, gather_handover
from .figure_image import PdfImage, image_compressor
from .fonts import register_fonts
from .gc_pause import old_objects_frozen
from .page import HandoverDoc, NumberedCanvas, Words, footer
from .patient import patient_story
from .summary import summary_story


@dataclass(frozen=True)
class HandoverResult:
    """What :func:`write_handover` wrote."""

    path: Path
    pages: int
    beds: tuple[str, ...]
    sha256: str
    audit_seq: int | None


def trend_png(ps: PatientSheet, lang: str) -> bytes:
    """The small trend figure of a patient's page (last 72 h), as PNG bytes."""
    from ..plots.trends import handover_figure, render_png

    return render_png(handover_figure(ps.trend, lang))


def handover_pdf(sheet: HandoverSheet, lang: str = "zh_CN", *, figures: bool = True) -> bytes:
    """The handover sheet as PDF bytes: ward summary (unless one bed), then SBAR per patient."""
    return render_handover(sheet, lang, figures=figures)[0]


def render_handover(
    sheet: HandoverSheet, lang: str = "zh_CN", *, figures: bool = True
) -> tuple[bytes, int]:
    """The PDF bytes and the number of pages."""
    with old_objects_frozen():  # reports/gc_pause.py: the sheet is not scanned again
        return _render(sheet, lang, figures)


def _render(sheet: HandoverSheet, lang: str, figures: bool) -> tuple[bytes, int]:
    font = register_fonts()
    words = Words(lang, font)
    story: list[Flowable] = []
    if sheet.bed is None:
        story += summary_story(sheet, words)
    with _figure_maker(lang, figures and bool(sheet.patients)) as figure:
        for ps in sheet.patients:
            if story:
                story.append(PageBreak())
            story += patient_story(ps, sheet, words, figure)
    if not story:
        story.append(words.p(words.t("handover.no_patients"), words.title))
    buf = io.BytesIO()
    doc = HandoverDoc(buf, sheet, words)
    saved = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: reportlab's pure-Python ASCII85 took a third
    try:
        doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, footer=footer(words), **k))
    finally:
        rl_config.useA85 = saved
    return buf.getvalue(), doc.page


@contextmanager
def _figure_maker(lang: str, figures: bool) -> Iterator[Callable[[PatientSheet], PdfImage | None]]:
    """Each patient's small trend figure as an image for the PDF (no PNG round trip), all
    drawn by one :class:`~cart_bedside.plots.batch.TrendBatch` that lives for this call only
    (the frame drawn once, each patient's data over it) and compressed on a worker thread
    while the next is drawn (:mod:`.figure_image`); None without figures."""
    if not figures:
        yield lambda ps: None
        return
    from ..plots.batch import TrendBatch

    with TrendBatch(lang) as batch, image_compressor() as compressor:
        yield lambda ps: compressor.image(batch.image(ps.trend))


def record_print(
    reader: Reader,
    sheet: HandoverSheet,
    user: str,
    *,
    lang: str,
    destination: str,
    pages: int | None = None,
    sha256: str | None = None,
) -> int:
    """Write the print to the audit log (action ``print``); returns the entry's seq."""
    details = {
        "document": "handover",
        "scope": "bed" if sheet.bed else "ward",
        "beds": sheet.beds,
        "episodes": [p.episode_id for p in sheet.patients],
        "shift": sheet.shift.name,
        "shift_start": sheet.shift.start.isoformat(timespec="minutes"),
        "lang": lang,
        "destination": destination,
        "pages": pages,
        "sha256": sha256,
    }
    return log_print(reader, user, details)


def write_private_pdf(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` atomically, readable by its owner only (0600).

    Folders made for it are 0700; an existing folder is left as it is (the
    user chose it). The bytes go to a temporary file in the same folder
    (``mkstemp``: 0600), flushed to disk and renamed over ``out``, so a printer
    watching the folder never sees half a file. Printing does not need the
    file readable by others: the app pipes the PDF to ``lp`` on stdin, and
    ``lp FILE`` reads the file as the user who runs it.
    """
    missing = []
    folder = out.parent
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is cut by the umask
    fd, tmp = tempfile.mkstemp(prefix=".handover-", suffix=".pdf", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            os.chmod(tmp, 0o600)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_handover(
    reader: Reader,
    out: Path | str,
    *,
    user: str = "system",
    lang: str | None = None,
    shift_name: str | None = None,
    bed: str | None = None,
    now: datetime | None = None,
    figures: bool = True,
) -> HandoverResult:
    """Gather, draw and write the handover PDF to ``out`` (atomically), and audit the print.

    ``lang`` defaults to the ward's language setting.
    """
    lang = lang or ward_language(reader)
    sheet = gather_handover(reader, now=now, shift_name=shift_name, bed=bed, user=user)
    pdf, pages = render_handover(sheet, lang, figures=figures)
    out = Path(out)
    write_private_pdf(out, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    seq = record_print(
        reader, sheet, user, lang=lang, destination=str(out), pages=pages, sha256=digest
    )
    return HandoverResult(out, pages, tuple(sheet.beds), digest, seq)

"""The Handover screen's work, without Qt: gather the sheet, render the PDF, write it, print it.

These run on the worker thread (:mod:`cart_bedside.ui.worker`), except
:func:`gather` with the session's ward service, which must stay on the UI
thread (one SQLite connection per thread): with a database path the worker
gathers through a ward service on its own connection
(:func:`gather_with_own_connection`). The print is audited on the UI thread
afterwards (:func:`cart_bedside.reports.record_print_for`).

**Printing.** pyside6-essentials has no QtPdf, so Qt cannot draw our PDF's
pages onto a ``QPrinter``, and drawing the sheet a second time with
``QPainter`` would make a second, different sheet. The PDF itself goes to
the printer the user picked in Qt's print dialog through CUPS (``lp``, else
``lpr``), which prints PDF natively; "Print to file (PDF)" in the dialog
writes the same PDF. Without CUPS (e.g. Windows) the screen says so and
"Save PDF…" remains.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..logic.shifts import ShiftSettings

if TYPE_CHECKING:
    from ..reports import HandoverSheet
    from ..service import WardService

#: How long the print command may take to accept the job.
PRINT_TIMEOUT_S = 60


@dataclass(frozen=True)
class HandoverRequest:
    """What the user chose: one bed or the ward (None), the shift, the sheet's language."""

    bed: str | None
    shift_name: str | None
    lang: str
    user: str  # username: the header shows its display name, the audit log the username
    now: datetime
    settings: ShiftSettings


@dataclass(frozen=True)
class HandoverPdf:
    """A rendered sheet: the PDF bytes, its page count and checksum, and the sheet itself."""

    sheet: HandoverSheet
    pdf: bytes
    pages: int
    sha256: str
    lang: str
    path: Path | None = None  # where it was written, if it was
    pictures: tuple[PagePicture, ...] = ()  # the first pages as pictures, for the preview


@dataclass(frozen=True)
class PagePicture:
    """One PDF page rasterised: RGB bytes, ``width × height`` px, 3 bytes a pixel."""

    page: int  # 1-based
    width: int
    height: int
    rgb: bytes


#: The preview draws this many pages at most (a 40-bed ward sheet has 40-odd).
PREVIEW_PAGES = 12
PREVIEW_WIDTH_PX = 560


def rasterise(
    pdf: bytes, max_pages: int = PREVIEW_PAGES, width_px: int = PREVIEW_WIDTH_PX
) -> tuple[PagePicture, ...]:
    """The first ``max_pages`` pages as pictures ``width_px`` wide (PDFium, off the UI thread:
    no Qt here, the screen makes the pixmaps)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for index in range(min(len(doc), max_pages)):
            page = doc[index]
            scale = width_px / page.get_width()
            image = page.render(scale=scale).to_pil().convert("RGB")
            out.append(PagePicture(index + 1, image.width, image.height, image.tobytes()))
            page.close()
        return tuple(out)
    finally:
        doc.close()


def with_pictures(result: HandoverPdf) -> HandoverPdf:
    """``result`` with its first pages rasterised for the preview."""
    return replace(result, pictures=rasterise(result.pdf))


class PrintError(Exception):
    """The print command refused the job; ``detail`` is what it said."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def gather(ward: WardService, req: HandoverRequest) -> HandoverSheet:
    """Read and assess the beds for the sheet (on the thread that owns ``ward``'s
    connection), for its signed-in user."""
    from ..reports import gather_handover_for

    return gather_handover_for(
        ward,
        now=req.now,
        shift_name=req.shift_name,
        bed=req.bed,
        user=req.user,
        settings=req.settings,
    )


def gather_with_own_connection(
    db_path: Path | str, clock: Callable[[], datetime], req: HandoverRequest
) -> HandoverSheet:
    """:func:`gather` through a ward service on a connection of this (worker) thread,
    acting for ``req.user`` (the account signed in when it was asked), closed afterwards."""
    from ..service.wiring import worker_ward

    with worker_ward(db_path, clock=clock, username=req.user) as ward:
        return gather(ward, req)


def render(sheet: HandoverSheet, lang: str) -> HandoverPdf:
    """The PDF of a gathered sheet (reportlab and matplotlib; no database)."""
    from ..reports import render_handover

    pdf, pages = render_handover(sheet, lang)
    return HandoverPdf(sheet, pdf, pages, hashlib.sha256(pdf).hexdigest(), lang)


def write_pdf(result: HandoverPdf, out: Path | str) -> HandoverPdf:
    """Write the PDF atomically and private, 0600 in folders made 0700 (as
    ``write_handover``: a printer watching the folder never sees half a file)."""
    from ..reports.handover import write_private_pdf

    out = Path(out)
    write_private_pdf(out, result.pdf)
    return HandoverPdf(result.sheet, result.pdf, result.pages, result.sha256, result.lang, out)


def print_command(
    printer: str = "",
    copies: int = 1,
    pages: tuple[int, int] | None = None,
    title: str = "handover",
    which: Callable[[str], Any] | None = None,
) -> list[str] | None:
    """The CUPS command that prints a PDF read from stdin, or None without CUPS."""
    which = which or shutil.which
    lp = which("lp")
    if lp:
        cmd = [lp, "-t", title, "-n", str(max(1, copies))]
        if printer:
            cmd += ["-d", printer]
        if pages and pages[0] > 0:
            cmd += ["-P", f"{pages[0]}-{pages[1] or pages[0]}"]
        return cmd
    lpr = which("lpr")
    if lpr:
        cmd = [lpr, "-T", title, f"-#{max(1, copies)}"]
        if printer:
            cmd += ["-P", printer]
        return cmd
    return None


def send_to_printer(result: HandoverPdf, command: list[str]) -> HandoverPdf:
    """Pipe the PDF to the print command; :class:`PrintError` if it refuses."""
    try:
        done = subprocess.run(
            command, input=result.pdf, capture_output=True, timeout=PRINT_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PrintError(str(exc)) from exc
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
        raise PrintError(detail or f"{Path(command[0]).name} exit {done.returncode}")
    return result


def default_file_name(shift_start: datetime, shift_name: str, bed: str | None) -> str:
    """``handover-2026-11-23-day.pdf`` (``…-day-bed03.pdf`` for one patient)."""
    name = f"handover-{shift_start:%Y-%m-%d}-{shift_name}"
    if bed:
        name += "-bed" + "".join(ch if ch.isalnum() else "_" for ch in bed)
    return name + ".pdf"

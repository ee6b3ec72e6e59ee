"""Qt's print dialog for the handover PDF: where the PDF goes, a CUPS printer or a PDF file.

Why the PDF goes to CUPS instead of being painted on a ``QPrinter``:
:mod:`cart_bedside.ui.handover_job`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from . import handover_job as job


class NoPrintService(Exception):
    """A printer was chosen, but this computer has no CUPS ``lp``/``lpr`` to send a PDF to."""


@dataclass(frozen=True)
class PrintTarget:
    """Where the user sent the sheet: ``out`` (print to file) or ``command`` (CUPS)."""

    destination: str  # for the audit log: the file, or "printer:<name>"
    out: Path | None = None
    command: list[str] | None = None


def default_folder() -> Path:
    """Where a sheet is saved unless the user goes elsewhere: Documents (else home)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def ask_print_target(parent: QWidget, file_name: str) -> PrintTarget | None:
    """Qt's print dialog; None if cancelled, :class:`NoPrintService` without CUPS."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(file_name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:  # "Print to file (PDF)"
        out = Path(printer.outputFileName() or default_folder() / file_name)
        return PrintTarget(str(out), out=out)
    name = printer.printerName()
    command = job.print_command(name, printer.copyCount(),
                                (printer.fromPage(), printer.toPage()), file_name)
    if command is None:
        raise NoPrintService(name)
    return PrintTarget(f"printer:{name or 'default'}", command=command)

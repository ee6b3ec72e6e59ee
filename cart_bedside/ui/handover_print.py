"""Qt's print dialog for the handover PDF: where the PDF goes, a CUPS printer or a PDF file.

Why the PDF goes to CUPS instead of being painted on a ``QPrinter``:
:mod:`cart_bedside.ui.handover_job`.

Printing needs CUPS: the library ``libcups2`` (Qt lists the printers with it)
and the client ``cups-client`` (``lp``, which takes the PDF). When either is
missing, or no printer is set up, Qt's dialog would offer only "Print to
file" without a word why: instead the app says why and offers "Save PDF…".
"""

from __future__ import annotations

import ctypes.util
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from . import handover_job as job
from . import tablet_settings


class NoPrintService(Exception):
    """A printer was chosen, but this computer has no CUPS ``lp``/``lpr`` to send a PDF to."""


class PrintProblem(Enum):
    """Why nothing can be printed here."""

    NO_CUPS_LIBRARY = "libcups2"  # Qt cannot list printers
    NO_CUPS_CLIENT = "cups-client"  # no lp/lpr to send the PDF to
    NO_PRINTER = "no printer"  # CUPS is there, but no printer is set up (or cupsd is down)


@dataclass(frozen=True)
class PrintTarget:
    """Where the user sent the sheet: ``out`` (print to file) or ``command`` (CUPS)."""

    destination: str  # for the audit log: the file, or "printer:<name>"
    out: Path | None = None
    command: list[str] | None = None


def default_folder() -> Path:
    """Where a sheet is saved unless the user goes elsewhere: where this tablet saved the last
    one (if it is still there), else Documents (else home)."""
    last = tablet_settings.get("handover/save_folder")
    if last and Path(last).is_dir():
        return Path(last)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def remember_folder(folder: Path) -> None:
    """The folder a sheet was just saved to: offered first next time, on this tablet."""
    tablet_settings.put("handover/save_folder", str(folder))


def print_problem(
    find_library: Callable[[str], str | None] = ctypes.util.find_library,
    which: Callable[[str], str | None] = shutil.which,
    printers: Callable[[], list] = QPrinterInfo.availablePrinterNames,
) -> PrintProblem | None:
    """None when this computer can print; else why not."""
    if not find_library("cups"):
        return PrintProblem.NO_CUPS_LIBRARY
    if not which("lp") and not which("lpr"):
        return PrintProblem.NO_CUPS_CLIENT
    if not printers():
        return PrintProblem.NO_PRINTER
    return None


class PrintUnavailableBox(QMessageBox):
    """Says why nothing can be printed here and offers "Save PDF…" (or cancel)."""

    def __init__(self, problem: PrintProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Printing is not available"))
        self.setText(self.problem_text())
        self.save_button = self.addButton(self.tr("Save PDF…"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.save_button)

    def problem_text(self) -> str:
        """Why, and what to do, in the app's language."""
        if self.problem is PrintProblem.NO_PRINTER:
            why = self.tr(
                "No printer is set up on this computer (or its print service is not "
                "running): ask IT to add the ward's printer."
            )
        else:
            why = self.tr(
                "This computer cannot print: the print service CUPS is not installed "
                "(packages libcups2 and cups-client): ask IT to install it."
            )
        return (
            why
            + "\n\n"
            + self.tr("You can save the sheet as a PDF now and print it from another computer.")
        )

    def ask_file(self, file_name: str) -> Path | None:
        """After "Save PDF…": where to save (a .pdf), None if cancelled."""
        start = str(default_folder() / file_name)
        path, _filter = QFileDialog.getSaveFileName(
            self.parentWidget(),
            self.tr("Save the handover sheet"),
            start,
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def ask_save_instead(parent: QWidget, problem: PrintProblem, file_name: str) -> PrintTarget | None:
    """The box, then where to save; None if cancelled."""
    box = PrintUnavailableBox(problem, parent)
    box.exec()
    if box.clickedButton() is not box.save_button:
        return None
    out = box.ask_file(file_name)
    return PrintTarget(str(out), out=out) if out is not None else None


def ask_print_target(parent: QWidget, file_name: str) -> PrintTarget | None:
    """Qt's print dialog; None if cancelled, :class:`NoPrintService` without CUPS.

    Without CUPS or without a printer: why, and "Save PDF…" instead.
    """
    problem = print_problem()
    if problem is not None:
        return ask_save_instead(parent, problem, file_name)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(file_name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:  # "Print to file (PDF)"
        out = Path(printer.outputFileName() or default_folder() / file_name)
        return PrintTarget(str(out), out=out)
    name = printer.printerName()
    command = job.print_command(
        name, printer.copyCount(), (printer.fromPage(), printer.toPage()), file_name
    )
    if command is None:
        raise NoPrintService(name)
    return PrintTarget(f"printer:{name or 'default'}", command=command)

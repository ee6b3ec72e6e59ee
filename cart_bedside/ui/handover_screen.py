"""The Handover screen: the ward's or one patient's sheet, previewed, saved as PDF or printed.

reportlab and matplotlib are imported when the screen is first used, not when the app starts.
The PDF is built on the worker thread (:mod:`cart_bedside.ui.worker`); how printing works and
why: :mod:`cart_bedside.ui.handover_job`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..logic.shifts import Shift, shift_of
from . import handover_job as job
from . import theme
from .handover_choices import HandoverChoices
from .handover_preview import HandoverPreview
from .handover_print import NoPrintService, ask_print_target, default_folder, remember_folder
from .language_toggle import LANGUAGE_NAMES
from .session import Session
from .shift_entry.touch_scroll import TouchScrollArea
from .worker import BackgroundOp, run_in_background


class HandoverScreen(QWidget):
    """Choose the ward or one bed, the shift (default: the current one) and the sheet's
    language (default: the ward's); the preview lists what the sheet holds and counts its
    pages; "Save PDF…" and "Print…" build the PDF off the UI thread, with a busy bar and
    a result line, and write each save or print to the audit log (``record_print``).

    The worker gathers the sheet through its own connection to the ward's database file
    (``db_path``, default: the ward service's file, looked up at each job, so a restored
    database is followed); for an in-memory database the sheet is gathered on the UI thread
    and only the PDF is made on the worker. Call :meth:`reset` (optionally with a bed) first.
    """

    back_requested = Signal()
    preview_ready = Signal(object)  # handover_job.HandoverPdf
    saved = Signal(object)  # HandoverPdf (.path set)
    printed = Signal(object)  # HandoverPdf
    failed = Signal(str)

    def __init__(
        self, session: Session, db_path: Path | str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.db_path = Path(db_path) if db_path else None
        self._preview_op: BackgroundOp | None = None
        self._preview_again = False
        self._op: BackgroundOp | None = None
        self._needs_reset = True
        self._handed_over: Shift | None = None

        self.back = QPushButton()
        self.back.setMinimumWidth(96)
        self.back.clicked.connect(self.back_requested)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._printed_by = QLabel()
        self._printed_by.setObjectName("printedBy")
        top = QHBoxLayout()
        for widget, stretch in ((self.back, 0), (self._title, 1), (self._printed_by, 0)):
            top.addWidget(widget, stretch)

        self.choices = HandoverChoices(session)
        self.choices.changed.connect(self._choice_changed)
        self.preview = HandoverPreview(session)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePdf")
        self.save_button.setProperty("role", "primary")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        for button in (self.save_button, self.print_button):
            theme.touch_size(button, "xlarge")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self._busy = QProgressBar()
        self._busy.setObjectName("busy")
        self._busy.setRange(0, 0)  # a busy bar: reportlab does not report its progress
        self._busy.setTextVisible(False)
        self._busy.setMaximumHeight(12)
        self._busy.hide()
        self._status = QLabel()
        self._status.setObjectName("handoverStatus")
        self._status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button, 1)
        actions.addWidget(self.print_button, 1)
        left = QVBoxLayout()
        choices = TouchScrollArea(self.choices)
        choices.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        )
        left.addWidget(choices, 1)
        left.addLayout(actions)
        left.addWidget(self._busy)
        left.addWidget(self._status)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 5)
        body.addWidget(self.preview, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)

        session.language_changed.connect(lambda _lang: self._retranslate_words())
        session.record_saved.connect(lambda _eid: self._refresh_preview())
        session.signed_in.connect(lambda _user: self._retranslate_words())
        session.signed_out.connect(self._forget)
        self.retranslate()

    # --- choices ------------------------------------------------------------------------
    def reset(self, bed: str | None = None) -> None:
        """Fresh defaults: ``bed`` (None: the whole ward), the current shift, the ward's
        language; re-reads the occupied beds."""
        service = self.session.service
        self._needs_reset = False
        settings = service.shift_settings()
        ward_lang = service.language()
        beds = [e.bed for _, e in service.occupied()] if service.can("view") else []
        self.choices.set_beds(beds)
        self.choices.set_shifts(settings.names)
        self.choices.set_bed(bed)
        self.choices.set_shift(shift_of(service.clock(), settings).name)
        self.choices.set_language(ward_lang if ward_lang in LANGUAGE_NAMES else "zh_CN", ward_lang)
        self._set_status("")
        self._find_shift()
        self._refresh_preview()

    def choose_bed(self, bed: str | None) -> None:
        """As tapping a bed (None: "Whole ward")."""
        self.choices.set_bed(bed)
        self._choice_changed()

    def choose_shift(self, name: str) -> None:
        self.choices.set_shift(name)
        self._choice_changed()

    def choose_language(self, lang: str) -> None:
        self.choices.set_language(lang)
        self._choice_changed()

    def request(self) -> job.HandoverRequest:
        """What is chosen now; raises PermissionDenied unless the user may view the ward."""
        service = self.session.service
        user = service.require("view")
        return job.HandoverRequest(
            self.choices.bed(),
            self.choices.shift(),
            self.choices.language(),
            user.username,
            service.clock(),
            service.shift_settings(),
        )

    def status_text(self) -> str:
        return self._status.text()

    def is_busy(self) -> bool:
        return self._op is not None and not self._op.done

    def _choice_changed(self) -> None:
        self._find_shift()
        self._refresh_preview()

    # --- preview ------------------------------------------------------------------------
    def _refresh_preview(self) -> None:
        if not self.isVisible() or self.session.user is None or self._needs_reset:
            return
        if self._preview_op is not None and not self._preview_op.done:
            self._preview_again = True  # one render at a time; the latest choice wins
            return
        try:
            sheet, build = self._builder(self.request())
        except Exception as exc:
            self._fail(exc)
            return
        if sheet is not None:
            self.preview.show_sheet(sheet)
        self.preview.set_counting()
        self._preview_op = run_in_background(
            lambda: job.with_pictures(build()),
            on_success=self._previewed,
            on_failure=self._preview_failed,
            parent=self,
        )

    def _previewed(self, result: job.HandoverPdf) -> None:
        if self._preview_again:
            self._preview_again = False
            self._refresh_preview()
            return
        self.preview.show_sheet(result.sheet, result.pages, result.pictures)
        self.preview_ready.emit(result)

    def _preview_failed(self, exc: BaseException) -> None:
        self._preview_again = False
        self.preview.clear()
        self._fail(exc)

    # --- save and print -----------------------------------------------------------------
    def save_pdf(self, path: Path | str | None = None) -> BackgroundOp | None:
        """Ask where (unless ``path``), make and write the PDF, audit it; None if cancelled."""
        try:
            req = self.request()
            if path is None:
                path = self._ask_file(req)
                if path is None:
                    return None
            build = self._builder(req)[1]
        except Exception as exc:
            self._fail(exc)
            return None
        out = Path(path)
        remember_folder(out.parent)
        return self._start(lambda: job.write_pdf(build(), out), str(out), self.saved)

    def print_sheet(self) -> BackgroundOp | None:
        """Qt's print dialog, then the PDF to the chosen printer (CUPS) or PDF file."""
        try:
            req = self.request()
            target = ask_print_target(self, self._file_name(req))
            if target is None:
                return None
            build = self._builder(req)[1]
        except Exception as exc:
            self._fail(exc)
            return None
        out, command = target.out, target.command
        if out is not None:
            return self._start(
                lambda: job.write_pdf(build(), out), target.destination, self.printed
            )
        assert command is not None  # a PrintTarget is a file or a print command
        return self._start(
            lambda: job.send_to_printer(build(), command), target.destination, self.printed
        )

    def _builder(self, req: job.HandoverRequest):
        """``(sheet, fn)``: the worker's job for ``req``. It gathers through its own
        connection (sheet None), or renders the sheet gathered here on the UI thread."""
        service = self.session.service
        db_path = self.db_path or service.db_file()
        if db_path:
            clock = service.clock
            return None, lambda: job.render(
                job.gather_with_own_connection(db_path, clock, req), req.lang
            )
        sheet = job.gather(service, req)
        return sheet, lambda: job.render(sheet, req.lang)

    def _start(self, fn, destination: str, done_signal) -> BackgroundOp | None:
        if self.is_busy():
            return None
        self._set_busy(True)
        self._set_status(self.tr("Making the PDF…"))

        def finished(result: job.HandoverPdf) -> None:
            from ..reports import record_print_for

            self._set_busy(False)
            try:
                record_print_for(
                    self.session.service,
                    result.sheet,
                    result.sheet.printed_by,
                    lang=result.lang,
                    destination=destination,
                    pages=result.pages,
                    sha256=result.sha256,
                )
            except Exception as exc:  # the sheet is out, but say that the log missed it
                self._fail(exc)
                return
            beds = ", ".join(result.sheet.beds) or "—"
            if result.path is not None:
                text = self.tr("Saved to {path}: {pages} pages, beds {beds}.").format(
                    path=result.path, pages=result.pages, beds=beds
                )
            else:
                text = self.tr("Sent to the printer: {pages} pages, beds {beds}.").format(
                    pages=result.pages, beds=beds
                )
            self._set_status(text)
            done_signal.emit(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self._fail(exc)

        self._op = run_in_background(fn, on_success=finished, on_failure=failed, parent=self)
        return self._op

    def _ask_file(self, req: job.HandoverRequest) -> str | None:
        start = str(default_folder() / self._file_name(req))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the handover sheet"), start, self.tr("PDF files (*.pdf)")
        )
        return (path if path.lower().endswith(".pdf") else path + ".pdf") if path else None

    def _file_name(self, req: job.HandoverRequest) -> str:
        from ..reports import handover_shift

        shift = handover_shift(req.now, req.shift_name, req.settings)
        return job.default_file_name(shift.start, shift.name, req.bed)

    # --- state and words ----------------------------------------------------------------
    def _fail(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        if message is not None:
            text = self.session.render(message)
        elif isinstance(exc, NoPrintService):
            text = self.tr(
                "This computer has no print service (CUPS) the app can send a PDF to. "
                "Use “Save PDF…” and print the file from a PDF viewer."
            )
        elif isinstance(exc, job.PrintError):
            text = self.tr("The printer did not take the sheet: {detail}").format(detail=exc.detail)
        elif isinstance(exc, OSError):
            text = self.tr("The file could not be written: {error}").format(error=exc)
        else:
            text = self.tr("The sheet could not be made: {error}").format(error=exc)
        self._set_status(text, error=True)
        self.failed.emit(text)

    def _set_status(self, text: str, error: bool = False) -> None:
        self._status.setProperty("role", "error" if error else "")
        self._status.setText(text)
        theme.repolish(self._status)

    def _set_busy(self, busy: bool) -> None:
        self._busy.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    def _forget(self) -> None:
        """Signed out: nothing of the last sheet stays on screen."""
        self._needs_reset = True
        self.preview.clear()
        self._set_status("")
        self._find_shift()

    def _find_shift(self) -> None:
        """Which shift the chosen name hands over now (shown with its times)."""
        name = self.choices.shift()
        self._handed_over = None
        if name is not None and not self._needs_reset:
            from ..reports import handover_shift

            service = self.session.service
            self._handed_over = handover_shift(service.clock(), name, service.shift_settings())
        self._retranslate_words()

    def _retranslate_words(self) -> None:
        """The user's name, and the handed-over shift's times with its catalogue name."""
        user = self.session.user
        self._printed_by.setText(
            self.tr("Printed by: {name}").format(name=user.display_name or user.username)
            if user
            else ""
        )
        shift, words = self._handed_over, ""
        if shift is not None:
            words = self.tr("{shift}: {start} – {end}").format(
                shift=self.session.render(self.session.service.shift_settings().label(shift.name)),
                start=f"{shift.start:%m-%d %H:%M}",
                end=f"{shift.end:%m-%d %H:%M}",
            )
        self.choices.set_shift_times(words)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # after the screen has appeared: the first use imports reportlab and matplotlib
        QTimer.singleShot(0, self.reset if self._needs_reset else self._refresh_preview)

    def retranslate(self) -> None:
        self.back.setText(self.tr("‹ Ward board"))
        self._title.setText(self.tr("Handover sheet"))
        self.save_button.setText(self.tr("Save PDF…"))
        self.print_button.setText(self.tr("Print…"))
        self._retranslate_words()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

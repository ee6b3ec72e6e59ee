"""What a handover sheet will contain: its parts, a line per patient, and its page count.

Not a picture of the pages: drawing PDF pages needs a PDF renderer
(poppler, QtPdf) that pyside6-essentials does not ship. The lines come from
the same gathered sheet the PDF is drawn from; the page count from the
rendered PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QScroller, QVBoxLayout, QWidget

from ..logic.timeutil import format_study_day
from ..service import masked_name
from .session import Session


class HandoverPreview(QWidget):
    """``show_sheet(sheet, pages=None)``; ``set_counting()`` while the PDF is being made;
    ``clear()``. Names follow the session's masking."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._sheet = None  # reports.HandoverSheet
        self._pages: int | None = None
        self._counting = False
        self._heading = QLabel()
        self._heading.setProperty("role", "heading")
        self._summary = QLabel()
        self._summary.setObjectName("sheetSummary")
        self._summary.setWordWrap(True)
        self._pages_label = QLabel()
        self._pages_label.setObjectName("sheetPages")
        self._pages_label.setProperty("role", "hint")
        self.list = QListWidget()
        self.list.setObjectName("sheetContents")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setStyleSheet("QListWidget::item { min-height: 40px; }")
        QScroller.grabGesture(self.list.viewport(),
                              QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addWidget(self._pages_label)
        layout.addWidget(self.list, 1)
        session.names_masked_changed.connect(lambda _masked: self._show())
        session.language_changed.connect(lambda _lang: self._show())
        self.retranslate()

    def show_sheet(self, sheet, pages: int | None = None) -> None:
        """Show what ``sheet`` (a gathered ``HandoverSheet``) holds; ``pages`` when known."""
        self._sheet, self._pages, self._counting = sheet, pages, False
        self._show()

    def set_counting(self) -> None:
        """The PDF is being made: its page count follows."""
        self._pages, self._counting = None, True
        self._show()

    def clear(self) -> None:
        self._sheet, self._pages, self._counting = None, None, False
        self._show()

    def sheet(self):
        return self._sheet

    def pages(self) -> int | None:
        return self._pages

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def summary_text(self) -> str:
        return f"{self._summary.text()} {self._pages_label.text()}".strip()

    def _show(self) -> None:
        self.list.clear()
        sheet = self._sheet
        if self._pages is not None:
            self._pages_label.setText(self.tr("{pages} pages (A4)").format(pages=self._pages))
        elif self._counting:
            self._pages_label.setText(self.tr("Counting the pages…"))
        else:
            self._pages_label.setText("")
        if sheet is None:
            self._summary.setText("")
            return
        if sheet.bed is None:
            self._summary.setText(self.tr(
                "Ward summary page, then one section per patient ({count} patients).").format(
                count=len(sheet.patients)))
        else:
            self._summary.setText(self.tr("One patient's sheet: bed {bed}.").format(bed=sheet.bed))
        masked = self._session.names_masked
        for ps in sheet.patients:
            name = masked_name(ps.patient.name) if masked else ps.patient.name
            parts = [ps.bed, name, format_study_day(ps.day),
                     f"CRS {ps.crs_grade} · ICANS {ps.icans_grade}"]
            if ps.alerts:
                parts.append(self.tr("{count} alerts").format(count=len(ps.alerts)))
            if ps.overdue:
                parts.append(self.tr("{count} overdue").format(count=len(ps.overdue)))
            self.list.addItem("   ".join(parts))

    def retranslate(self) -> None:
        self._heading.setText(self.tr("What the sheet contains"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

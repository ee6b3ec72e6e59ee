"""The handover sheet before it is printed: the real pages, and a line per patient.

The pages are the PDF itself, rasterised off the UI thread by PDFium
(``pypdfium2``, ``handover_job.rasterise``); the lines come from the same
gathered sheet the PDF is drawn from, the page count from the rendered PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ..logic.timeutil import format_study_day
from ..service import masked_name
from .session import Session
from .shift_entry.touch_scroll import TouchScrollArea


class HandoverPreview(QWidget):
    """``show_sheet(sheet, pages=None, pictures=())``; ``set_counting()`` while the PDF is
    being made; ``clear()``. Names follow the session's masking. The page pictures
    (``handover_job.PagePicture``) scroll one under the other."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._sheet = None  # reports.HandoverSheet
        self._pages: int | None = None
        self._counting = False
        self._pictures: tuple = ()
        self._images: list[QImage] = []
        self._page_width = 0
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
        QScroller.grabGesture(
            self.list.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self._page_box = QWidget()
        self._page_box.setObjectName("sheetPageBox")
        self._page_layout = QVBoxLayout(self._page_box)
        self._page_layout.setSpacing(10)
        self._page_layout.addStretch(1)
        self.pages_area = TouchScrollArea(self._page_box)
        self.pages_area.setObjectName("sheetPagesArea")
        self.pages_area.setStyleSheet("QWidget#sheetPageBox { background: #8a8a8a; }")
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addWidget(self.pages_area, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addWidget(self._pages_label)
        layout.addLayout(body, 1)
        session.names_masked_changed.connect(lambda _masked: self._show())
        session.language_changed.connect(lambda _lang: self._show())
        self.retranslate()

    def show_sheet(self, sheet, pages: int | None = None, pictures: tuple = ()) -> None:
        """Show what ``sheet`` (a gathered ``HandoverSheet``) holds; ``pages`` when known,
        and the pictures of the first pages when drawn."""
        self._sheet, self._pages, self._counting = sheet, pages, False
        if pictures or sheet is None:
            self._set_pictures(pictures)
        self._show()

    def page_images(self) -> list[QImage]:
        """The pages as drawn (full resolution, before fitting to the preview's width)."""
        return list(self._images)

    def _set_pictures(self, pictures: tuple) -> None:
        self._pictures = tuple(pictures)
        while self._page_layout.count() > 1:
            item = self._page_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._images = []
        for index, picture in enumerate(self._pictures):
            image = QImage(
                picture.rgb,
                picture.width,
                picture.height,
                3 * picture.width,
                QImage.Format.Format_RGB888,
            ).copy()  # copy: the bytes may go
            self._images.append(image)
            page = QLabel()
            page.setObjectName(f"sheetPage{picture.page}")
            page.setFrameShape(QFrame.Shape.Box)
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._page_layout.insertWidget(index, page, 0, Qt.AlignmentFlag.AlignHCenter)
        self._page_width = 0
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Each page as wide as the preview (the whole page width always in view)."""
        width = max(120, self.pages_area.viewport().width() - 24)
        if width == self._page_width or not self._images:
            return
        self._page_width = width
        labels = [self._page_label(i) for i in range(len(self._images))]
        for label, image in zip(labels, self._images, strict=True):
            shown = (
                image
                if image.width() <= width
                else image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            label.setPixmap(QPixmap.fromImage(shown))

    def _page_label(self, index: int) -> QLabel:
        item = self._page_layout.itemAt(index)
        label = item.widget() if item is not None else None
        if not isinstance(label, QLabel):
            raise TypeError(f"page {index} of the preview is not a picture")
        return label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_pages()

    def set_counting(self) -> None:
        """The PDF is being made: its page count follows."""
        self._pages, self._counting = None, True
        self._set_pictures(())  # never the pages of the previous choice
        self._show()

    def clear(self) -> None:
        self._sheet, self._pages, self._counting = None, None, False
        self._set_pictures(())
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
            text = self.tr("{pages} pages (A4)").format(pages=self._pages)
            if self._pictures and len(self._pictures) < self._pages:
                text += self.tr(" — the first {n} shown").format(n=len(self._pictures))
            self._pages_label.setText(text)
        elif self._counting:
            self._pages_label.setText(self.tr("Counting the pages…"))
        else:
            self._pages_label.setText("")
        if sheet is None:
            self._summary.setText("")
            return
        if sheet.bed is None:
            self._summary.setText(
                self.tr(
                    "Ward summary page, then one section per patient ({count} patients)."
                ).format(count=len(sheet.patients))
            )
        else:
            self._summary.setText(self.tr("One patient's sheet: bed {bed}.").format(bed=sheet.bed))
        masked = self._session.names_masked
        for ps in sheet.patients:
            name = masked_name(ps.patient.name) if masked else ps.patient.name
            parts = [
                ps.bed,
                name,
                format_study_day(ps.day),
                f"CRS {ps.crs_grade} · ICANS {ps.icans_grade}",
            ]
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

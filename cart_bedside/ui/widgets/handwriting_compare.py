"""The patient's first (baseline) handwriting sample next to the current one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget


class HandwritingCompare(QWidget):
    """Two samples side by side, same scale, so a deterioration shows at a glance.

    ``set_baseline(png, caption)`` / ``set_current(png, caption)`` take the PNG
    bytes stored with the assessment (None = no sample) and a caption such as
    the time of the sample.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._png: dict[str, bytes | None] = {"baseline": None, "current": None}
        self._pixmaps: dict[str, QPixmap | None] = {"baseline": None, "current": None}
        self._captions: dict[str, str] = {"baseline": "", "current": ""}
        self._titles: dict[str, QLabel] = {}
        self._images: dict[str, QLabel] = {}
        self._caption_labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        for col, which in enumerate(("baseline", "current")):
            title = QLabel()
            title.setProperty("role", "heading")
            image = QLabel()
            image.setObjectName(f"handwriting_{which}")
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setFrameShape(QFrame.Shape.Box)
            image.setMinimumSize(240, 90)
            image.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            image.setStyleSheet("background: #ffffff; color: #4a4a4a;")
            caption = QLabel()
            caption.setProperty("role", "hint")
            grid.addWidget(title, 0, col)
            grid.addWidget(image, 1, col)
            grid.addWidget(caption, 2, col)
            grid.setColumnStretch(col, 1)
            self._titles[which] = title
            self._images[which] = image
            self._caption_labels[which] = caption
        self.retranslate()

    # -- model API ------------------------------------------------------------------
    def set_baseline(self, png: bytes | None, caption: str = "") -> None:
        self._set("baseline", png, caption)

    def set_current(self, png: bytes | None, caption: str = "") -> None:
        self._set("current", png, caption)

    def baseline_png(self) -> bytes | None:
        return self._png["baseline"]

    def current_png(self) -> bytes | None:
        return self._png["current"]

    def image_label(self, which: str) -> QLabel:
        """The QLabel showing "baseline" or "current"."""
        return self._images[which]

    # -- internals --------------------------------------------------------------------
    def _set(self, which: str, png: bytes | None, caption: str) -> None:
        self._png[which] = png
        pixmap = None
        if png:
            pixmap = QPixmap()
            if not pixmap.loadFromData(png, "PNG"):
                pixmap = None
        self._pixmaps[which] = pixmap
        self._captions[which] = caption
        self._refresh()

    def retranslate(self) -> None:
        self._titles["baseline"].setText(self.tr("Baseline (first sample)"))
        self._titles["current"].setText(self.tr("This assessment"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        empty = {"baseline": self.tr("No baseline sample"), "current": self.tr("Not written yet")}
        for which, label in self._images.items():
            pixmap = self._pixmaps[which]
            if pixmap is None:
                label.setPixmap(QPixmap())
                label.setText(empty[which])
            else:
                # Both samples were stored at the same size: the same scale keeps them comparable.
                box = label.contentsRect().size()
                target = QSize(max(box.width(), 1), max(box.height(), 1))
                label.setPixmap(
                    pixmap.scaled(
                        target,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            self._caption_labels[which].setText(self._captions[which])
            self._caption_labels[which].setVisible(bool(self._captions[which]))

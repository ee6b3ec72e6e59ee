"""The red banner that names a refused value and its range, above the page it is on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .. import theme


class ErrorBannerWidget(QLabel):
    """``show_error(field, message, widget)`` shows "field: message" and frames the
    field's value button in red (the theme's ``invalid`` property); ``clear()``
    takes both away. The owner re-sets the texts on a language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry_error")
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"border: 2px solid {theme.ERROR}; border-radius: 6px;"
            " background: #fdecee; padding: 2px 8px;"
        )
        # Three lines at most: a wrapped label would otherwise ask for its height at the
        # narrowest width and push the Next button off a 1280 × 800 screen.
        self.setMaximumHeight(3 * round(theme.BASE_FONT_PX * 1.45) + 14)
        self._marked: list[QWidget] = []
        self.hide()

    def show_error(self, field: str, message: str, widget: QWidget | None = None) -> None:
        self.setText(self.tr("{field}: {message}").format(field=field, message=message))
        if widget is not None and widget not in self._marked:
            self._set_invalid(widget, True)
            self._marked.append(widget)

    def clear(self) -> None:
        for widget in self._marked:
            self._set_invalid(widget, False)
        self._marked = []
        self.setText("")
        self.hide()

    @staticmethod
    def _set_invalid(widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", "true" if invalid else "false")
        theme.repolish(widget)

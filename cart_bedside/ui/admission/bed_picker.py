"""Choose a bed: one button per free bed, or a typed label when the ward lists no beds."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..qt_types import group_button

COLUMNS = 6


class BedPicker(QWidget):
    """``set_beds(free)`` offers the free beds as buttons (an occupied bed is never
    offered). With no bed list (the ward setting is empty: any label goes), the
    bed is typed instead and the service refuses an occupied one.

    ``value()`` is the chosen or typed bed ("" for none); ``set_value(bed)``;
    ``uses_list()``; ``button(bed)``; ``line_edit()``. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._beds: list[str] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.idToggled.connect(self._toggled)
        self._grid_host = QWidget()
        self._grid_host.setObjectName("bed_grid")
        self._grid_host.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._edit = QLineEdit()
        self._edit.setObjectName("bed_edit")
        self._edit.setMaxLength(12)
        self._edit.textChanged.connect(lambda _t: self.changed.emit())
        self._hint = QLabel()
        self._hint.setProperty("role", "hint")
        self._hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._grid_host)
        layout.addWidget(self._edit)
        layout.addWidget(self._hint)
        self.set_beds([])

    # -- model API ------------------------------------------------------------------------

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def set_beds(self, free: Sequence[str]) -> None:
        """The free beds in the ward's order (empty: no bed list, type the bed)."""
        current = self.value()
        for button in self._group.buttons():
            self._group.removeButton(button)
            button.deleteLater()
        self._beds = list(free)
        for index, bed in enumerate(self._beds):
            button = QPushButton(bed)
            button.setObjectName(f"bed_{bed}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(72)
            theme.touch_size(button)
            self._group.addButton(button, index)
            self._grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self._grid_host.setVisible(bool(self._beds))
        self._edit.setVisible(not self._beds)
        if current in self._beds:
            self.set_value(current)
        self.retranslate()

    def beds(self) -> list[str]:
        return list(self._beds)

    def uses_list(self) -> bool:
        return bool(self._beds)

    def value(self) -> str:
        if not self._beds:
            return self._edit.text().strip()
        checked = self._group.checkedId()
        return self._beds[checked] if checked >= 0 else ""

    def set_value(self, bed: str) -> None:
        if self._beds:
            if bed in self._beds:
                self._group.button(self._beds.index(bed)).setChecked(True)
            else:
                self._group.setExclusive(False)  # an exclusive group cannot uncheck its last
                for button in self._group.buttons():
                    button.setChecked(False)
                self._group.setExclusive(True)
                self.changed.emit()
        else:
            self._edit.setText(bed)

    def clear(self) -> None:
        self.set_value("")

    def button(self, bed: str) -> QPushButton:
        return group_button(self._group, self._beds.index(bed))

    def line_edit(self) -> QLineEdit:
        return self._edit

    def marker(self) -> QWidget:
        """The widget to frame red when the bed is refused."""
        return self._grid_host if self._beds else self._edit

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._edit.setPlaceholderText(self.tr("Bed, e.g. 13"))
        if self._beds:
            self._hint.setText(self.tr("Only free beds are offered."))
        else:
            self._hint.setText(
                self.tr(
                    "The ward has no bed list (Settings → Beds): type the bed. "
                    "An occupied bed is refused."
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

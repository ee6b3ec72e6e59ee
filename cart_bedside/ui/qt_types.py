"""Narrowing what Qt's type hints leave open, checked where the app knows more.

PySide6's stubs say ``QApplication.instance()`` may be None or a bare
``QCoreApplication``, ``widget.layout()`` any ``QLayout`` or None and
``QButtonGroup.button()`` any ``QAbstractButton``. The app always runs a
``QApplication``, gives its keypads box layouts and puts push buttons in its
button groups: these functions say so once, and fail loudly if it ever stops
being true (instead of an ``AttributeError`` further on).
"""

from __future__ import annotations

from typing import TypeVar, overload

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QPushButton,
    QWidget,
)

B = TypeVar("B", bound=QAbstractButton)


def qapp() -> QApplication:
    """The running ``QApplication``."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication is running")
    return app


def box_layout(widget: QWidget) -> QBoxLayout:
    """The box layout ``widget`` was given."""
    layout = widget.layout()
    if not isinstance(layout, QBoxLayout):
        raise TypeError(f"{type(widget).__name__} has no box layout")
    return layout


@overload
def group_button(group: QButtonGroup, button_id: int) -> QPushButton: ...
@overload
def group_button(group: QButtonGroup, button_id: int, kind: type[B]) -> B: ...
def group_button(
    group: QButtonGroup, button_id: int, kind: type[QAbstractButton] = QPushButton
) -> QAbstractButton:
    """The button (a push button, or ``kind``) with ``button_id`` in ``group``."""
    button = group.button(button_id)
    if not isinstance(button, kind):
        raise KeyError(f"no {kind.__name__} {button_id} in the group")
    return button


def checked_button(group: QButtonGroup) -> QPushButton | None:
    """The group's checked push button, if any."""
    button = group.checkedButton()
    return button if isinstance(button, QPushButton) else None

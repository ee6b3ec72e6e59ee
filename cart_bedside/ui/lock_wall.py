"""Locking is a wall (issue 11 item 2): every dialog and pop-up closes, nothing stays over
the sign-in screen. The forms keep their values: the shift entry writes its draft first."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QToolTip, QWidget

from .qt_types import qapp


def close_everything(keep: QWidget) -> int:
    """Reject every open dialog and close every pop-up (menus, combo lists, tooltips)
    and any other top-level window except ``keep``; returns how many were closed.

    ``reject()`` ends a dialog opened with ``exec()`` too, and lets its owner drop it
    the way Cancel does (nothing half-saved).
    """
    app = qapp()
    closed = 0
    QToolTip.hideText()
    popup = app.activePopupWidget()
    while popup is not None:
        popup.close()
        closed += 1
        following = app.activePopupWidget()
        if following is popup:
            break
        popup = following
    # Dialogs inside dialogs: the newest first, until none is left open.
    for _round in range(5):
        dialogs = [
            w
            for w in app.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w is not keep
        ]
        if not dialogs:
            break
        for dialog in dialogs:
            dialog.reject()
            dialog.hide()
            closed += 1
    for widget in app.topLevelWidgets():  # other windows opened from the app's window
        if widget is not keep and widget.isVisible() and _belongs_to(widget, keep):
            widget.hide()
            closed += 1
    return closed


def _belongs_to(widget: QWidget, keep: QWidget) -> bool:
    """A window opened from ``keep`` (its parent chain leads there)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is keep:
            return True
        parent = parent.parentWidget()
    return False

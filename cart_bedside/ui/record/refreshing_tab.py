"""What every record tab does: follow the session, and redraw only when it is seen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from ..session import Session


class RefreshingTab(QWidget):
    """Base of the record tabs for ``episode_id``.

    Re-reads the record (``refresh()``, which subclasses implement as
    ``reload()``) when a record of this patient is saved, someone signs in,
    or the language changes — at once when visible, else when next shown.
    Nothing is read while nobody is signed in (locked), and a form left open
    (``self.dialog``) is closed when the tablet locks: it must not stay on top
    of the sign-in screen with the patient's data.
    """

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.episode_id = episode_id
        self.record = session.records
        self.dialog: QDialog | None = None
        self._stale = True
        # A language switch comes twice (the session's signal, then Qt's LanguageChange
        # once the translators are in): redraw once, after both.
        self._relabel = QTimer(self)
        self._relabel.setSingleShot(True)
        self._relabel.setInterval(0)
        self._relabel.timeout.connect(self._later)
        # Bound methods: Qt drops the connections when the tab is deleted.
        session.record_saved.connect(self._on_saved)
        session.signed_in.connect(self._on_signed_in)
        session.language_changed.connect(self._on_language)
        session.locked.connect(self.close_dialog)
        session.signed_out.connect(self.close_dialog)

    # -- API ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the record again and redraw (nothing while locked)."""
        if self.session.user is None:
            return
        self._stale = False
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Qt strings; subclasses extend it."""

    def close_dialog(self) -> None:
        """Close the form this tab opened, if it is open (nothing is saved)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()

    def saved(self) -> None:
        """A write from this tab: every screen of this patient redraws."""
        self.session.notify_saved(self.episode_id)

    # -- events -----------------------------------------------------------------------------
    def _later(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_saved(self, episode_id: str) -> None:
        if episode_id == self.episode_id:
            self._later()

    def _on_signed_in(self, _user: object) -> None:
        self._later()

    def _on_language(self, _lang: str) -> None:
        self._relabel.start()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._relabel.start()
        super().changeEvent(event)

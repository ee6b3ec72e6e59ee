"""The frame shared by the discharge and transfer dialogs: a reason, an error line, OK/Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.validation import ValidationError
from ...service import PermissionDenied, ServiceError, masked_name
from .. import theme
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from ..widgets.reason_field import ReasonField


class EpisodeReasonDialog(QDialog):
    """A modal dialog about one episode (``name`` prefixes the object names): a heading,
    the subclass's ``middle`` widgets, a required ``reason`` (``ReasonField``), a red
    error line and Cancel / OK (``ok_button`` runs ``on_ok``).

    ``run(action)`` calls the service; a refusal stays in the dialog as the red line
    (``error_text()``). Subclasses set the texts in ``retranslate()`` and may extend
    ``_ready()``.
    """

    def __init__(
        self,
        session: Session,
        episode_id: str,
        name: str,
        quick_count: int,
        columns: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName(f"{name}_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name=f"{name}_dialog"))
        self.session = session
        self.episode_id = episode_id
        admission = session.records.admissions.admission(episode_id)
        self._bed = admission.episode.bed
        self._name = admission.patient.name
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self.reason = ReasonField(quick_count, columns=columns)
        self._error = QLabel()
        self._error.setObjectName(f"{name}_error")
        self._error.setProperty("role", "error")
        self._error.setWordWrap(True)
        self._error.hide()
        self.ok_button = QPushButton()
        self.ok_button.setObjectName(f"{name}_ok")
        self.ok_button.setProperty("role", "primary")
        self.cancel_button = QPushButton()
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumWidth(180)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.changed.connect(self._update)

    def _lay_out(self, middle: list[QWidget], on_ok: Callable[[], object]) -> None:
        self.ok_button.clicked.connect(on_ok)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        for widget in middle:
            layout.addWidget(widget)
        layout.addWidget(self.reason)
        layout.addWidget(self._error)
        layout.addLayout(buttons)
        self.retranslate()
        self._update()

    def run(self, action: Callable[[], object]) -> bool:
        """Call ``action``; a validation or service refusal is shown, and False returned."""
        try:
            action()
        except ValidationError as error:
            self._fail(error.render(self.session.lang))
            return False
        except (PermissionDenied, ServiceError) as error:
            self._fail(self.session.render(error.message))
            return False
        self.session.notify_saved(self.episode_id)
        return True

    def patient_name(self) -> str:
        return masked_name(self._name) if self.session.names_masked else self._name

    def error_text(self) -> str:
        return "" if self._error.isHidden() else self._error.text()

    def _fail(self, text: str) -> None:
        self._error.setText(text)
        self._error.show()

    def _ready(self) -> bool:
        return bool(self.reason.reason())

    def _update(self) -> None:
        self.ok_button.setEnabled(self._ready())

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""Ask why: withdraw a record (a reason is required) or acknowledge an alert (a note if any)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ..widgets.reason_dialog import ReasonDialog

ENTERED_IN_ERROR = "entered_in_error"
ACKNOWLEDGE = "acknowledge"
PURPOSES = (ENTERED_IN_ERROR, ACKNOWLEDGE)


class RecordReasonDialog(ReasonDialog):
    """``RecordReasonDialog(purpose, details)``: ``purpose`` is "entered_in_error" (OK
    needs a reason) or "acknowledge" (the note is optional); ``details`` names what it is
    about. The shared :class:`ReasonDialog` with the texts of the purpose.

    ``reason()`` after ``accepted``. Open with ``open()``.
    """

    def __init__(self, purpose: str, details: str, parent: QWidget | None = None) -> None:
        if purpose not in PURPOSES:
            raise ValueError(f"purpose must be one of {PURPOSES}, not {purpose!r}")
        self.purpose = purpose
        super().__init__(
            parent=parent,
            details=details,
            danger=purpose == ENTERED_IN_ERROR,
            required=purpose == ENTERED_IN_ERROR,
            quick_count=3,
            columns=1,
        )
        self.retranslate()

    def retranslate(self) -> None:
        if self.purpose == ENTERED_IN_ERROR:
            self.set_texts(
                self.tr("Mark this record as entered in error?"),
                "",
                self.tr("Mark entered in error"),
                self.tr("Cancel"),
                self.tr(
                    "It stays readable in the History, struck through. Why is it wrong? (required)"
                ),
                [
                    self.tr("Wrong patient"),
                    self.tr("Charted twice"),
                    self.tr("Not measured / not given"),
                ],
                self.tr("Type a reason"),
                self.tr("Entered in error"),
            )
        else:
            self.set_texts(
                self.tr("Acknowledge this alert"),
                "",
                self.tr("Acknowledge"),
                self.tr("Cancel"),
                self.tr("Your name and the time are recorded. Add a note (optional):"),
                [
                    self.tr("Physician informed"),
                    self.tr("Already being treated"),
                    self.tr("Known, reviewed on the ward round"),
                ],
                self.tr("Type a note"),
                self.tr("Acknowledge alert"),
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

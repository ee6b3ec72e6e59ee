"""A physician puts a patient on another protocol, with a reason (clinical-rules §10)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QWidget

from ...logic import protocols
from ...logic.messages import msg
from ..qt_types import group_button
from ..session import Session
from .episode_dialog import EpisodeReasonDialog
from .toggle_button import ToggleButton


class ProtocolDialog(EpisodeReasonDialog):
    """The protocol in force (named, with why), the protocols as buttons, a required reason.

    ``change()`` calls ``RecordService.protocols.change_protocol`` (physicians only; the
    service refuses anyone else, the same protocol and an empty reason, and
    the refusal stays in the dialog as a red line). On success
    ``session.notify_saved`` and ``changed(episode_id, protocol_id)``, then
    the dialog closes. Open with ``open()``.
    """

    changed = Signal(str, str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, episode_id, "protocol", 3, 3, parent)
        self.current = session.records.protocols.protocol(episode_id)
        self._now = QLabel()
        self._now.setObjectName("protocol_now")
        self._now.setWordWrap(True)
        self._choose = QLabel()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        choices = QWidget()
        grid = QGridLayout(choices)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, protocol_id in enumerate(protocols.PROTOCOL_IDS):
            button = ToggleButton()
            button.setObjectName(f"protocol_choice_{protocol_id}")
            self._group.addButton(button, index)
            grid.addWidget(button, index, 0)
        self._group.button(protocols.PROTOCOL_IDS.index(self.current.protocol_id)).setChecked(True)
        self._group.idToggled.connect(lambda _i, _on: self._update())
        self.setMinimumWidth(760)
        self._lay_out([self._now, self._choose, choices], self.change)

    def protocol(self) -> str:
        return protocols.PROTOCOL_IDS[max(0, self._group.checkedId())]

    def choose(self, protocol_id: str) -> None:
        self.button(protocol_id).setChecked(True)

    def button(self, protocol_id: str) -> ToggleButton:
        return group_button(self._group, protocols.PROTOCOL_IDS.index(protocol_id), ToggleButton)

    def change(self) -> bool:
        protocol_id, reason = self.protocol(), self.reason.reason()
        record = self.session.records
        if not self.run(
            lambda: record.protocols.change_protocol(self.episode_id, protocol_id, reason)
        ):
            return False
        self.changed.emit(self.episode_id, protocol_id)
        self.accept()
        return True

    def _ready(self) -> bool:
        return bool(self.reason.reason()) and self.protocol() != self.current.protocol_id

    def retranslate(self) -> None:
        r = self.session.render
        self.setWindowTitle(self.tr("Change protocol"))
        self._title.setText(
            self.tr("Change the protocol for bed {bed}: {name}").format(
                bed=self._bed, name=self.patient_name()
            )
        )
        self._now.setText(
            self.tr("Now: {protocol} ({why})").format(
                protocol=r(self.current.name), why=r(self.current.reason)
            )
        )
        self._choose.setText(self.tr("Protocol for this patient"))
        for protocol_id in protocols.PROTOCOL_IDS:
            self.button(protocol_id).set_label(r(msg(f"protocol.name.{protocol_id}")))
        self.reason.set_texts(
            self.tr("Reason (required)"),
            [self.tr("Diagnosis clarified"), self.tr("MDT decision"), self.tr("Trial protocol")],
            self.tr("Other reason"),
        )
        self.ok_button.setText(self.tr("Change protocol"))
        self.cancel_button.setText(self.tr("Cancel"))

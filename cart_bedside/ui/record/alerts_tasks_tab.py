"""The Alerts & tasks tab: open alerts to acknowledge, this shift's tasks, the co-sign."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.messages import msg
from ...logic.schedule import Task, TaskStatus
from ...service import AlertState, PermissionDenied, ServiceError
from ...service.cosign import GradeConfirmation
from ...service.tasks import TaskSummary
from .. import theme
from ..session import Session
from ..shift_entry.touch_scroll import TouchScrollArea
from .alert_row import AlertRowWidget
from .cosign_dialog import CosignDialog
from .formatting import display_names, error_message, fmt_time, say
from .hlh_dialog import HlhDialog
from .not_done_dialog import NotDoneDialog
from .reason_dialog import ACKNOWLEDGE, RecordReasonDialog
from .refreshing_tab import RefreshingTab
from .table_view import TouchTableView
from .task_table_model import TaskTableModel


class AlertsTasksTab(RefreshingTab):
    """``AlertsTasksTab(session, episode_id)``.

    Left: the patient's alerts, open ones first (severity, text, source,
    "Acknowledge…" with an optional note), then the acknowledged ones greyed
    with who and when; an acknowledged alert whose condition worsened is open
    again. Right: whether a physician has confirmed the current grades, with
    "Physician co-sign…" (:class:`CosignDialog`), and this shift's tasks
    (:class:`TaskTableModel`, overdue in red).
    Signals ``acknowledged(str alert_code)``, ``cosigned(str signature_id)``.
    """

    acknowledged = Signal(str)
    cosigned = Signal(str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, episode_id, parent)
        self.alert_service = session.alerts
        self.states: list[AlertState] = []
        self.rows: list[AlertRowWidget] = []
        self.confirmation: GradeConfirmation | None = None
        self.summary: TaskSummary | None = None
        self._alerts_title = QLabel()
        self._alerts_title.setProperty("role", "heading")
        self._alerts_host = QWidget()
        self._alerts_box = QVBoxLayout(self._alerts_host)
        self._alerts_box.setContentsMargins(0, 0, 4, 0)
        self._alerts_box.addStretch(1)
        self.alerts_area = TouchScrollArea(self._alerts_host)
        self.message = QLabel()
        self.message.setObjectName("alerts_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.cosign_state = QLabel()
        self.cosign_state.setObjectName("cosign_summary")
        self.cosign_state.setWordWrap(True)
        self.cosign_button = QPushButton()
        self.cosign_button.setObjectName("cosign_open")
        self.cosign_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cosign_button.setMinimumWidth(200)
        theme.touch_size(self.cosign_button)
        self.cosign_button.clicked.connect(self.open_cosign)
        self._tasks_title = QLabel()
        self._tasks_title.setProperty("role", "heading")
        self.task_counts = QLabel()
        self.task_counts.setObjectName("task_counts")
        self.tasks = TaskTableModel(self)
        # The task in words takes what is left (elided when long), so the status and "done"
        # columns are always in view (sized to their text, they went off the edge at 1280x800).
        self.task_table = TouchTableView(self.tasks, stretch=(1,))
        # §12: a due or overdue check of this shift recorded as not done, with a reason.
        self.not_done_button = QPushButton()
        self.not_done_button.setObjectName("not_done_open")
        self.not_done_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.not_done_button)
        self.not_done_button.clicked.connect(self.open_not_done)

        left = QVBoxLayout()
        left.addWidget(self._alerts_title)
        left.addWidget(self.message)
        left.addWidget(self.alerts_area, 1)
        cosign = QHBoxLayout()
        cosign.addWidget(self.cosign_state, 1)
        cosign.addWidget(self.cosign_button)
        right = QVBoxLayout()
        right.addLayout(cosign)
        titles = QHBoxLayout()
        titles.addWidget(self._tasks_title)
        titles.addStretch(1)
        titles.addWidget(self.task_counts)
        right.addLayout(titles)
        right.addWidget(self.task_table, 1)
        actions = QHBoxLayout()  # its own row: the title row is full at 1280x800
        actions.addStretch(1)
        actions.addWidget(self.not_done_button)
        right.addLayout(actions)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.retranslate()
        self.refresh()

    # -- API --------------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.session.service
        self.states = sorted(
            self.alert_service.alert_states(self.episode_id), key=lambda s: s.acknowledged
        )  # stable: most urgent first
        names = display_names(service)
        for row in self.rows:
            self._alerts_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        can = service.can("acknowledge")
        for index, state in enumerate(self.states):
            row = AlertRowWidget(state, self.session.render, names, can)
            row.acknowledge_requested.connect(self.open_acknowledge)
            row.details_requested.connect(self.open_details)
            self._alerts_box.insertWidget(index, row)
            row.show()  # now, not when the layout gets round to it
            self.rows.append(row)
        self.summary = self.record.tasks.task_summary(self.episode_id)
        self.tasks.set_summary(self.summary, self.session.render)
        self.confirmation = self.record.cosigning.confirmed_grades(self.episode_id)
        self._show_texts()

    def row(self, code: str) -> AlertRowWidget:
        return next(r for r in self.rows if r.state.alert.code == code)

    def open_codes(self) -> list[str]:
        return [s.alert.code for s in self.states if s.open]

    def acknowledge(self, code: str, note: str = "") -> bool:
        """Acknowledge an alert as the signed-in user (what the dialog's OK does)."""
        try:
            self.alert_service.acknowledge(self.episode_id, code, note)
        except (PermissionDenied, ServiceError) as error:
            self._show_message(say(self.session.render, error_message(error)))
            return False
        self._show_message("")
        self.acknowledged.emit(code)
        self.saved()
        return True

    def open_acknowledge(self, code: str) -> RecordReasonDialog:
        state = next(s for s in self.states if s.alert.code == code)
        dialog = RecordReasonDialog(
            ACKNOWLEDGE, self.session.render(state.alert.message), self.window()
        )
        dialog.accepted.connect(lambda: self.acknowledge(code, dialog.reason()))
        self._open(dialog)
        return dialog

    def open_details(self, code: str) -> HlhDialog | None:
        """The panel an alert opens (the HLH/MAS table and checklist, §4); None if none."""
        if code != "hlh_mas_suspected":
            return None
        try:
            dialog = HlhDialog(self.session, self.episode_id, self.window())
        except (PermissionDenied, ServiceError) as error:
            self._show_message(say(self.session.render, error_message(error)))
            return None
        self._open(dialog)
        return dialog

    def open_cosign(self) -> CosignDialog:
        dialog = CosignDialog(self.session, self.episode_id, self.window())
        dialog.cosigned.connect(self._on_cosigned)
        self._open(dialog)
        return dialog

    def open_not_done(self) -> NotDoneDialog | None:
        """For the selected due or overdue check of this shift (else say what to tap)."""
        row = self.task_table.selected_row()
        task = self.tasks.payload(row) if row is not None else None
        this_shift = row is not None and self.tasks.rows()[row].tone != "muted"
        if not (
            isinstance(task, Task)
            and this_shift
            and task.status in (TaskStatus.DUE, TaskStatus.OVERDUE)
        ):
            self._show_message(self.tr("Tap a due or overdue check first."))
            return None
        self._show_message("")
        dialog = NotDoneDialog(self.session, self.episode_id, task, self.window())
        dialog.recorded.connect(lambda _rid: self.saved())
        self._open(dialog)
        return dialog

    def cosign_text(self) -> str:
        return self.cosign_state.text()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._tasks_title.setText(self.tr("Tasks this shift"))
        self.cosign_button.setText(self.tr("Physician co-sign…"))
        self.not_done_button.setText(self.tr("Not done…"))
        self.tasks.retranslate()
        self._show_texts()

    # -- internals --------------------------------------------------------------------------
    def _open(self, dialog: RecordReasonDialog | CosignDialog | NotDoneDialog | HlhDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def _on_cosigned(self, signature_id: str) -> None:
        self.cosigned.emit(signature_id)
        self.saved()

    def _show_texts(self) -> None:
        open_count = sum(1 for s in self.states if s.open)
        self._alerts_title.setText(
            self.tr("Alerts: {open} open, {seen} acknowledged").format(
                open=open_count, seen=len(self.states) - open_count
            )
        )
        counts = self.summary.counts if self.summary is not None else None
        overdue = counts.overdue if counts else 0
        text = self.tr("{overdue} overdue · {due} due · {done} done").format(
            overdue=overdue, due=counts.due if counts else 0, done=counts.done if counts else 0
        )
        if counts and counts.later:
            text += self.tr(" · {later} for a later shift").format(later=counts.later)
        self.task_counts.setText(text)
        self.task_counts.setProperty("role", "error" if overdue else "hint")
        theme.repolish(self.task_counts)
        self._show_cosign()

    def _show_cosign(self) -> None:
        c = self.confirmation
        if c is None:
            self.cosign_state.setText("")
            return
        r = self.session.render
        names = display_names(self.session.service)
        who = (
            "✔ "
            + r(
                msg(
                    "record.cosign.confirmed",
                    user=names.get(c.signer or "", c.signer),
                    time=fmt_time(c.signed_at),
                )
            )
            if c.signer
            else ""
        )
        not_yet = r(msg("record.cosign.not_confirmed"))
        self.cosign_state.setText(
            "\n".join(
                [
                    self.tr("CRS {grade}: {state}").format(
                        grade=c.crs_grade, state=who if c.crs_confirmed else not_yet
                    ),
                    self.tr("ICANS {grade}: {state}").format(
                        grade=c.icans_grade, state=who if c.icans_confirmed else not_yet
                    ),
                    # §11: a physician's different grade (or one a later record ended), in full.
                    *(
                        r(g.message())
                        for g in (c.crs, c.icans)
                        if g is not None and (g.differs or g.lapsed)
                    ),
                ]
            )
        )
        self.cosign_state.setProperty(
            "role", "" if c.crs_confirmed and c.icans_confirmed else "hint"
        )
        theme.repolish(self.cosign_state)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

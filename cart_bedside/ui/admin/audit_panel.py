"""The audit log viewer: filter by user, patient and date; the integrity check shown.

The check (keyed audit chain, every record's hash and signature, users and
settings) runs on the worker thread: from the last verified point each time
the log is shown, or from the first entry with "Check everything".
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScroller,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...logic.messages import msg
from ...service import AdminService, AuditView, masked_name
from .. import theme
from ..admission.date_fields import DateTimeFields
from ..session import Session
from ..worker import run_in_background
from .audit_table_model import AuditTableModel

LIMIT = 500
ROW_HEIGHT = 48
#: Quick date ranges: days back from today (None: every date).
QUICK_RANGES: tuple[int | None, ...] = (0, 7, 30, None)


class AuditPanel(QWidget):
    """Filters on top, then the chain verification of the whole log, then the entries.

    ``show_log()`` reads ``AdminService.audit_log`` with the filters (the
    newest ``LIMIT`` entries) into ``model`` (an :class:`AuditTableModel`).
    ``set_user(username)``, ``set_episode(episode_id)``, ``set_dates(since,
    until)`` set the filters from code; ``view()`` is the last result.
    """

    def __init__(
        self, session: Session, admin: AdminService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = admin
        self._view: AuditView | None = None
        self._report = None  # the last integrity check (VerifyReport), None while it runs
        self._checking = False
        self.model = AuditTableModel(session.render, self)
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("audit_user")
        self.patient_combo = QComboBox()
        self.patient_combo.setObjectName("audit_patient")
        for combo in (self.user_combo, self.patient_combo):
            combo.setMinimumWidth(220)
            combo.activated.connect(lambda _i: self.show_log())
        # no Today / Clear buttons: the quick ranges do that in one tap
        self.since = DateTimeFields("date", clearable=False)
        self.since.setObjectName("audit_since")
        self.until = DateTimeFields("date", clearable=False)
        self.until.setObjectName("audit_until")
        self._quick = QButtonGroup(self)
        self._quick.setExclusive(True)
        quick = QHBoxLayout()
        for index, _days in enumerate(QUICK_RANGES):
            button = QPushButton()
            button.setObjectName(f"audit_range_{index}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            self._quick.addButton(button, index)
            quick.addWidget(button)
        self._quick.idClicked.connect(self._quick_range)
        self.show_button = QPushButton()
        self.show_button.setObjectName("audit_show")
        self.show_button.setProperty("role", "primary")
        self.show_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.show_button.setMinimumWidth(140)
        theme.touch_size(self.show_button)
        self.show_button.clicked.connect(self.show_log)
        self._labels = {k: QLabel() for k in ("user", "patient", "since", "until")}
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.addWidget(self._labels["user"], 0, 0)
        filters.addWidget(self.user_combo, 0, 1)
        filters.addWidget(self._labels["patient"], 0, 2)
        filters.addWidget(self.patient_combo, 0, 3)
        filters.addWidget(self.show_button, 0, 4, Qt.AlignmentFlag.AlignRight)
        filters.addWidget(self._labels["since"], 1, 0)
        filters.addWidget(self.since, 1, 1)
        filters.addWidget(self._labels["until"], 1, 2)
        filters.addWidget(self.until, 1, 3)
        filters.addLayout(quick, 1, 4)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        self.chain_label = QLabel()
        self.chain_label.setObjectName("audit_chain")
        self.chain_label.setWordWrap(True)
        self.full_button = QPushButton()
        self.full_button.setObjectName("audit_full_check")
        self.full_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.full_button)
        self.full_button.clicked.connect(lambda: self.check_integrity(full=True))
        check_row = QHBoxLayout()
        check_row.addWidget(self.chain_label, 1)
        check_row.addWidget(self.full_button)
        self.count_label = QLabel()
        self.count_label.setProperty("role", "hint")
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 210, 130, 170, 190)):
            header.resizeSection(column, width)
        QScroller.grabGesture(self.table.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(check_row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        session.language_changed.connect(self._on_language)
        self.retranslate()

    # -- filters ----------------------------------------------------------------------------
    def load_filters(self) -> None:
        """Fill the user and patient lists (admin role; raises PermissionDenied otherwise)."""
        user, episode = self.user_filter(), self.episode_filter()
        users = self.admin.users()
        self.model.set_user_names({u.username: u.display_name for u in users})
        self.user_combo.clear()
        self.user_combo.addItem(self.tr("Everyone"), None)
        for u in users:
            self.user_combo.addItem(f"{u.display_name} ({u.username})", u.username)
        self.patient_combo.clear()
        self.patient_combo.addItem(self.tr("All patients"), None)
        for patient, episode_info in self.session.service.occupied():
            name = masked_name(patient.name) if self.session.names_masked else patient.name
            self.patient_combo.addItem(
                self.tr("Bed {bed} · {name}").format(bed=episode_info.bed, name=name),
                episode_info.episode_id,
            )
        self.set_user(user)
        self.set_episode(episode)

    def user_filter(self) -> str | None:
        return self.user_combo.currentData()

    def episode_filter(self) -> str | None:
        return self.patient_combo.currentData()

    def set_user(self, username: str | None) -> None:
        self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(username)))

    def set_episode(self, episode_id: str | None) -> None:
        self.patient_combo.setCurrentIndex(max(0, self.patient_combo.findData(episode_id)))

    def set_dates(self, since: date | None, until: date | None) -> None:
        self.since.set_value(since)
        self.until.set_value(until)
        self._quick.setExclusive(False)
        for button in self._quick.buttons():
            button.setChecked(False)
        self._quick.setExclusive(True)

    # -- reading ----------------------------------------------------------------------------
    def show_log(self) -> AuditView:
        since, until = self.since.value(), self.until.value()
        view = self.admin.audit_log(
            user=self.user_filter(),
            episode_id=self.episode_filter(),
            since=datetime.combine(since, time(0)) if isinstance(since, date) else None,
            until=(
                datetime.combine(until, time(0)) + timedelta(days=1) - timedelta(seconds=1)
                if isinstance(until, date)
                else None
            ),
            limit=LIMIT,
        )
        self._view = view
        self.model.set_rows(view.entries)
        self._show_chain()
        self.check_integrity()
        return view

    def check_integrity(self, full: bool = False) -> bool:
        """Start the check on the worker thread (False if one is already running)."""
        if self._checking:
            return False
        job = self.admin.integrity_check(full=full)  # admin role checked here
        self._checking, self._report = True, None
        self.full_button.setEnabled(False)
        self._show_chain()
        run_in_background(job, on_success=self._checked, on_failure=self._check_failed, parent=self)
        return True

    def checking(self) -> bool:
        return self._checking

    def report(self):
        """The last finished integrity check (a storage VerifyReport), or None."""
        return self._report

    def _checked(self, report) -> None:
        self._checking, self._report = False, report
        self.full_button.setEnabled(True)
        self._show_chain()

    def _check_failed(self, error: BaseException) -> None:
        self._checking, self._report = False, None
        self.full_button.setEnabled(True)
        self._show_chain(error=error)

    def view(self) -> AuditView | None:
        return self._view

    def chain_text(self) -> str:
        return self.chain_label.text()

    # -- internals --------------------------------------------------------------------------
    def _quick_range(self, index: int) -> None:
        days = QUICK_RANGES[index]
        today = self.session.service.clock().date()
        self.since.set_value(None if days is None else today - timedelta(days=days))
        self.until.set_value(None if days is None else today)
        self.show_log()

    def _show_chain(self, error: BaseException | None = None) -> None:
        view, report = self._view, self._report
        if view is None:
            self.chain_label.setText("")
            self.count_label.setText("")
            return
        if error is not None:
            text = "× " + self.tr("The check could not run: {error}").format(error=error)
            style = f"color: #ffffff; background: {theme.ERROR};"
        elif report is None:
            text = self.tr("Checking the audit log, records, signatures, users and settings…")
            style = "background: #e8eef5;"
        elif report.ok:
            head = report.head
            anchor = f"{head.seq}:{head.hash.split(':')[-1][:12]}" if head else "—"
            text = "✔ " + self.session.render(
                msg("audit.verified", seq=head.seq if head else 0, anchor=anchor)
            )
            style = f"color: #ffffff; background: {theme.OK_GREEN};"
        else:
            text = "× " + self.session.render(report.findings[0])
            if len(report.findings) > 1:
                text += " " + self.tr("(+{n} more: run cart-bedside verify for the list)").format(
                    n=len(report.findings) - 1
                )
            style = f"color: #ffffff; background: {theme.ERROR};"
        self.chain_label.setText(text)
        self.chain_label.setStyleSheet(
            style + " font-weight: bold; border-radius: 6px; padding: 6px 10px;"
        )
        count = self.tr("{n} entries shown, newest first").format(n=len(view.entries))
        if view.truncated:
            count += self.tr(" — more match: narrow the filters")
        self.count_label.setText(count)

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self._labels["user"].setText(self.tr("User"))
        self._labels["patient"].setText(self.tr("Patient"))
        self._labels["since"].setText(self.tr("From"))
        self._labels["until"].setText(self.tr("To"))
        texts = (
            self.tr("Today"),
            self.tr("Last 7 days"),
            self.tr("Last 30 days"),
            self.tr("All dates"),
        )
        for index, text in enumerate(texts):
            self._quick.button(index).setText(text)
        self.show_button.setText(self.tr("Show"))
        self.full_button.setText(self.tr("Check everything"))
        if self.user_combo.count():
            self.user_combo.setItemText(0, self.tr("Everyone"))
            self.patient_combo.setItemText(0, self.tr("All patients"))
        self.model.retranslate()
        self._show_chain()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

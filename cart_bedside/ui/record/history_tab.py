"""The History tab: every record with who and when, amendments beside the originals."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...logic.messages import term
from ...logic.validation import ValidationError
from ...service import PermissionDenied, ServiceError
from ...service.history import CHARTED_KINDS, KINDS, HistoryEntry
from ...service.sync_marks import ConflictView
from .. import theme
from ..session import Session
from ..shift_entry.touch_scroll import TouchScrollArea
from .amend_dialog import AmendDialog, amendable
from .conflict_banner import ConflictBanner
from .conflict_dialog import ConflictDialog
from .formatting import display_names, error_message, fmt_time, name_of, say
from .history_table_model import HistoryTableModel
from .reason_dialog import ENTERED_IN_ERROR, RecordReasonDialog
from .record_text import RecordText
from .refreshing_tab import RefreshingTab
from .table_view import TouchTableView

ALL = "all"


class HistoryTab(RefreshingTab):
    """``HistoryTab(session, episode_id)``.

    Kind filters (all, vital signs, neuro, fluids, medications, labs, weight,
    physician's grades, checks not done),
    the list (:class:`HistoryTableModel`, newest first) and, for the selected
    record, every version with who, when and why. "Amend…" opens an
    :class:`AmendDialog` (vital signs, fluid volumes, weights, doses, lab
    values); "Entered in error…" asks for the reason (:class:`RecordReasonDialog`).
    Signals ``amended(str record_id)``, ``withdrawn(str record_id)`` (the ids of
    the versions they replaced).
    """

    amended = Signal(str)
    withdrawn = Signal(str)
    resolved = Signal(str)

    def __init__(self, session: Session, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, episode_id, parent)
        self.text = RecordText(session.render, self)
        self.names: dict[str, str] = {}
        self.kind = ALL
        self._selected: str | None = None  # original id of the selected record
        self.conflicts: list[ConflictView] = []  # corrected on two tablets, not yet resolved
        self._kinds = QButtonGroup(self)
        self._kinds.setExclusive(True)
        self.kind_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for kind in (ALL, *KINDS):
            button = QPushButton()
            button.setObjectName(f"history_{kind}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            self._kinds.addButton(button)
            self.kind_buttons[kind] = button
            bar.addWidget(button)
        self.kind_buttons[ALL].setChecked(True)
        bar.addStretch(1)
        self.amend_button = QPushButton()
        self.amend_button.setObjectName("history_amend")
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("history_withdraw")
        self.withdraw_button.setProperty("role", "danger")
        for button in (self.amend_button, self.withdraw_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(150)
            bar.addWidget(button)
        self.amend_button.clicked.connect(self.open_amend)
        self.withdraw_button.clicked.connect(self.open_withdraw)
        self.model = HistoryTableModel(self)
        self.table = TouchTableView(self.model, stretch=(2, 3))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selected())
        self.versions = QLabel()
        self.versions.setObjectName("history_versions")
        self.versions.setWordWrap(True)
        self.versions.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.versions_area = TouchScrollArea(self.versions)
        self.versions_area.setFixedHeight(110)
        self.versions_area.setStyleSheet(f"background: {theme.PANEL};")
        self.message = QLabel()
        self.message.setObjectName("history_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self.conflict_banner = ConflictBanner(self)
        self.conflict_banner.open_requested.connect(lambda: self.open_conflict())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.versions_area)
        self.retranslate()
        self.refresh()

    # -- API --------------------------------------------------------------------------------
    def reload(self) -> None:
        kinds = None if self.kind == ALL else [self.kind]
        selected = self._selected
        entries = self.record.history.entries(self.episode_id, kinds)
        self.conflicts = self.session.sync.conflicts(self.episode_id)
        self.names = display_names(self.session.service)
        self.model.set_entries(entries, self.text, self.names, {c.root_id for c in self.conflicts})
        self.conflict_banner.set_conflicts(len(self.conflicts), self.session.service.can("cosign"))
        row = self.model.find(selected) if selected else None
        if row is not None:
            self.table.selectRow(row)
        self._on_selected()

    def set_kind(self, kind: str) -> None:
        """Show one kind of record (a key of ``service.history.KINDS``) or "all"."""
        self.kind = kind
        self.kind_buttons[kind].setChecked(True)
        self.refresh()

    def select_record(self, record_id: str) -> bool:
        """Select the record one of whose versions is ``record_id``."""
        for index, row in enumerate(self.model.rows()):
            if any(v.meta.id == record_id for v in row.payload.versions):
                self.table.selectRow(index)
                return True
        return False

    def selected_entry(self) -> HistoryEntry | None:
        row = self.table.selected_row()
        return self.model.payload(row) if row is not None else None

    def versions_text(self) -> str:
        return self.versions.text()

    def open_amend(self) -> AmendDialog | None:
        entry = self.selected_entry()
        if entry is None or entry.current is None or not amendable(entry.kind):
            return None
        dialog = AmendDialog(self.session, self.record, self.episode_id, entry, self.window())
        dialog.amended.connect(lambda _r, rid=entry.record_id: self._done(self.amended, rid))
        self._open(dialog)
        return dialog

    def conflict_of(self, entry: HistoryEntry | None) -> ConflictView | None:
        """The unresolved conflict ``entry`` belongs to (None: no conflict)."""
        if entry is None:
            return None
        return next((c for c in self.conflicts if c.root_id == entry.original.meta.id), None)

    def open_conflict(self, conflict: ConflictView | None = None) -> ConflictDialog | None:
        """The selected record's conflict, or the first one: side by side (a physician
        resolves it there; a nurse sees it)."""
        conflict = conflict or self.conflict_of(self.selected_entry())
        conflict = conflict or (self.conflicts[0] if self.conflicts else None)
        if conflict is None:
            return None
        self.select_record(conflict.root_id)
        dialog = ConflictDialog(self.session, self.record, conflict, self.window())
        dialog.resolved.connect(lambda rid: self._done(self.resolved, rid))
        self._open(dialog)
        return dialog

    def open_withdraw(self) -> RecordReasonDialog | None:
        entry = self.selected_entry()
        if entry is None or entry.current is None:
            return None
        details = (
            f"{self.text.kind_label(entry.kind)} · {fmt_time(entry.observed_at)} · "
            f"{self.text.summary(entry.current)}"
        )
        dialog = RecordReasonDialog(ENTERED_IN_ERROR, details, self.window())
        dialog.accepted.connect(lambda: self._withdraw(entry, dialog.reason()))
        self._open(dialog)
        return dialog

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.kind_buttons[ALL].setText(self.tr("All"))
        for kind in KINDS:
            self.kind_buttons[kind].setText(self.session.render(term(f"record.kind.{kind}")))
        self.amend_button.setText(self.tr("Amend…"))
        self.withdraw_button.setText(self.tr("Entered in error…"))
        self.model.retranslate()
        self._on_selected()

    # -- internals --------------------------------------------------------------------------
    def _open(self, dialog: AmendDialog | RecordReasonDialog | ConflictDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        self._show_message("")
        dialog.open()

    def _withdraw(self, entry: HistoryEntry, reason: str) -> None:
        try:
            self.record.history.entered_in_error(self.episode_id, entry.record_id, reason)
        except (ValidationError, PermissionDenied, ServiceError) as error:
            self._show_message(say(self.session.render, error_message(error)))
            return
        self._done(self.withdrawn, entry.record_id)

    def _done(self, signal, record_id: str) -> None:
        signal.emit(record_id)
        self.saved()

    def _on_selected(self) -> None:
        entry = self.selected_entry()
        self._selected = entry.original.meta.id if entry else None
        can = self.session.user is not None and self.session.service.can("chart")
        # a conflict is resolved as a whole (by a physician), not by amending one side
        live = (
            entry
            if entry is not None and entry.current is not None and not self.conflict_of(entry)
            else None
        )
        self.amend_button.setEnabled(
            can and live is not None and live.readable and amendable(live.kind)
        )
        self.withdraw_button.setEnabled(can and live is not None and live.kind in CHARTED_KINDS)
        self.versions.setText(
            self._versions(entry) if entry else self.tr("Tap a record to see its versions.")
        )

    def _versions(self, entry: HistoryEntry) -> str:
        lines = []
        conflict = self.conflict_of(entry)
        # each side of a conflict is listed below as such, not as a plain amendment
        skip = set(conflict.current_ids) if conflict is not None else set()
        for index, v in enumerate(entry.versions):
            if v.meta.id in skip:
                continue
            who = name_of(self.names, v.meta.recorded_by)
            when = fmt_time(v.meta.recorded_at)
            if index == 0:
                lines.append(
                    self.tr(
                        "Original, observed {observed}, recorded {recorded} by {who}: {values}"
                    ).format(
                        observed=fmt_time(v.time),
                        recorded=when,
                        who=who,
                        values=self.text.summary(v),
                    )
                )
            elif v.meta.entered_in_error:
                lines.append(
                    self.tr("Entered in error {recorded} by {who}. Reason: {reason}").format(
                        recorded=when, who=who, reason=v.meta.amend_reason
                    )
                )
            else:
                lines.append(
                    self.tr("Amended {recorded} by {who}: {values}. Reason: {reason}").format(
                        recorded=when,
                        who=who,
                        values=self.text.summary(v),
                        reason=v.meta.amend_reason,
                    )
                )
        if conflict is not None:
            for v in conflict.versions:
                lines.append(
                    self.tr(
                        "⚠ Conflicting correction {recorded} by {who}: {values}. Reason: {reason}"
                    ).format(
                        recorded=fmt_time(v.meta.recorded_at),
                        who=name_of(self.names, v.meta.recorded_by),
                        values=self.text.summary(v),
                        reason=v.meta.amend_reason,
                    )
                )
        if entry.kind == "physician_grade" and entry.current is not None:
            lines.append(
                self.tr('A physician changes this grade by grading again ("Physician co-sign…").')
            )
        elif entry.kind == "neuro" and entry.current is not None:
            lines.append(
                self.tr(
                    "A neuro check is corrected by marking it entered in error "
                    "and charting it again."
                )
            )
        return "\n".join(lines)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

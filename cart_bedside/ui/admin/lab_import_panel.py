"""Lab import for the administrator (issue 17): watched folder, the ward's codes, unmatched list.

The panel talks to :class:`~cart_bedside.service.lab_import.LabImportService`
only. "Import now" scans the watched folder in the background (the same job
as the one-minute timer, its own database connection) and reloads the
unmatched list when it is done.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...logic.lab_codes import LOCAL, LOINC, LabCode
from ...logic.messages import term
from ...logic.validation import LAB_LIMITS, ValidationError
from ...service import PermissionDenied
from ...service.lab_import import LabImportService
from .. import theme
from ..lab_folder_watcher import LabFolderWatcher, ScanSummary
from ..session import Session
from .lab_import_models import LabCodesTableModel, UnmatchedTableModel


class LabImportPanel(QWidget):
    """Folder setting, the ward's own lab codes (add/remove), and the unmatched results.

    ``load()`` re-reads (``PermissionDenied`` for a non-admin). Signal
    ``changed()`` after a setting was written (the audit log has it).
    """

    changed = Signal()

    def __init__(
        self, session: Session, db_path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.watcher = LabFolderWatcher(session, db_path, parent=self)
        self.watcher.scanned.connect(self._scanned)
        self.watcher.failed.connect(lambda text: self._say(text, error=True))
        self.folder = QLineEdit()
        self.folder.setObjectName("lab_folder")
        self.save_folder = QPushButton()
        self.save_folder.setObjectName("lab_folder_save")
        self.save_folder.clicked.connect(self.save_watch_folder)
        self.scan = QPushButton()
        self.scan.setObjectName("lab_scan_now")
        self.scan.clicked.connect(self.scan_now)
        self.code = QLineEdit()
        self.code.setObjectName("lab_code")
        self.system = QComboBox()
        self.system.setMinimumWidth(140)
        self.lab = QComboBox()
        self.lab.setMinimumWidth(220)
        self.lab.setObjectName("lab_code_lab")
        self.add_code = QPushButton()
        self.add_code.setObjectName("lab_code_add")
        self.add_code.clicked.connect(self.add_mapping)
        self.remove_code = QPushButton()
        self.remove_code.clicked.connect(self.remove_selected)
        self.codes = LabCodesTableModel(session.render, self)
        self.unmatched = UnmatchedTableModel(session.render, self)
        self.codes_view = self._table(self.codes, "lab_codes_table")
        self.unmatched_view = self._table(self.unmatched, "lab_unmatched_table")
        header = self.unmatched_view.horizontalHeader()
        for column in (0, 1, 4):  # time, source, value: as wide as their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        self.message.setObjectName("lab_import_message")
        self.message.setWordWrap(True)
        for button in (self.save_folder, self.scan, self.add_code, self.remove_code):
            theme.touch_size(button)
        self._labels = {k: QLabel() for k in ("folder", "folder_hint", "code", "lab")}
        self._labels["folder_hint"].setProperty("role", "hint")
        self._labels["folder_hint"].setWordWrap(True)
        self._folder_box, self._codes_box, self._unmatched_box = (
            QGroupBox(),
            QGroupBox(),
            QGroupBox(),
        )
        grid = QGridLayout(self._folder_box)
        grid.addWidget(self._labels["folder"], 0, 0)
        grid.addWidget(self.folder, 0, 1)
        grid.addWidget(self.save_folder, 0, 2)
        grid.addWidget(self.scan, 0, 3)
        grid.addWidget(self._labels["folder_hint"], 1, 0, 1, 4)
        form = QHBoxLayout()
        for widget in (
            self._labels["code"],
            self.code,
            self.system,
            self._labels["lab"],
            self.lab,
            self.add_code,
            self.remove_code,
        ):
            form.addWidget(widget)
        codes = QVBoxLayout(self._codes_box)
        codes.addLayout(form)
        codes.addWidget(self.codes_view)
        QVBoxLayout(self._unmatched_box).addWidget(self.unmatched_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self._folder_box)
        layout.addWidget(self._codes_box, 1)
        layout.addWidget(self._unmatched_box, 2)
        layout.addWidget(self.message)
        self.retranslate()

    def _table(self, model, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        return view

    @property
    def service(self) -> LabImportService:
        return LabImportService(self.session.service)

    # -- reading ----------------------------------------------------------------------------
    def load(self) -> None:
        service = self.service
        rows = service.unmatched()  # PermissionDenied for anyone but the administrator
        self.unmatched.set_rows(rows)
        self.codes.set_rows(service.code_map())
        self.folder.setText(service.watch_folder() or "")
        self._count = len(rows)
        self.retranslate()

    # -- actions ----------------------------------------------------------------------------
    def save_watch_folder(self) -> bool:
        try:
            self.service.set_watch_folder(self.folder.text())
        except PermissionDenied as error:
            return self._say(self.session.render(error.message), error=True)
        self.changed.emit()
        return self._say(self.tr("Watched folder saved."))

    def add_mapping(self) -> bool:
        system = LOINC if self.system.currentIndex() == 1 else LOCAL
        code = LabCode(system, self.code.text().strip(), self.lab.currentData() or "")
        return self._write([*[c for c in self.codes.codes() if c.key != code.key], code])

    def remove_selected(self) -> bool:
        rows = {i.row() for i in self.codes_view.selectionModel().selectedRows()}
        if not rows:
            return False
        return self._write([c for i, c in enumerate(self.codes.codes()) if i not in rows])

    def _write(self, codes: list[LabCode]) -> bool:
        try:
            self.service.set_code_map(codes)
        except ValidationError as error:
            return self._say(error.render(self.session.lang), error=True)
        except PermissionDenied as error:
            return self._say(self.session.render(error.message), error=True)
        self.codes.set_rows(self.service.code_map())
        self.code.clear()
        self.changed.emit()
        return self._say(self.tr("Lab codes saved."))

    def scan_now(self) -> bool:
        if not self.watcher.scan_now():
            return self._say(self.tr("Set and save a watched folder first."), error=True)
        return self._say(self.tr("Importing…"))

    def _scanned(self, summary: ScanSummary) -> None:
        text = self.tr(
            "{files} files read: {stored} results imported, {unmatched} unmatched"
        ).format(files=summary.files, stored=summary.stored, unmatched=summary.unmatched)
        self._say("\n".join([text, *summary.refused]), error=bool(summary.refused))
        self.load()

    def _say(self, text: str, error: bool = False) -> bool:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "hint")
        self.message.style().polish(self.message)
        return not error

    # -- words ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._folder_box.setTitle(self.tr("Watched folder"))
        self._labels["folder"].setText(self.tr("Folder the laboratory writes to"))
        self._labels["folder_hint"].setText(
            self.tr(
                "HL7 (ORU^R01) and lab CSV files there are imported every minute and moved to "
                "imported/ or refused/."
            )
        )
        self.save_folder.setText(self.tr("Save folder"))
        self.scan.setText(self.tr("Import now"))
        self._codes_box.setTitle(self.tr("The ward's own lab codes (LOINC codes are built in)"))
        self._labels["code"].setText(self.tr("Code"))
        self._labels["lab"].setText(self.tr("is"))
        current = self.lab.currentData()
        self.lab.clear()
        for name, limit in LAB_LIMITS.items():
            self.lab.addItem(f"{self.session.render(term(f'lab.{name}'))} ({limit.unit})", name)
        if current:
            self.lab.setCurrentIndex(max(0, self.lab.findData(current)))
        index = self.system.currentIndex()
        self.system.clear()
        self.system.addItems([self.tr("local code"), "LOINC"])
        self.system.setCurrentIndex(max(0, index))
        self.add_code.setText(self.tr("Add"))
        self.remove_code.setText(self.tr("Remove selected"))
        self._unmatched_box.setTitle(
            self.tr("Not imported: {n} results to check").format(n=getattr(self, "_count", 0))
        )
        self.codes.retranslate()
        self.unmatched.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

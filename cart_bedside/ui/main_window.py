"""The main window: sign-in → ward board → patient, with auto-lock and language switch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..service.backup_status import BackupStatus
from . import i18n, tablet_settings
from .auto_lock import AutoLock
from .lab_folder_watcher import LabFolderWatcher
from .lock_wall import close_everything
from .session import Session
from .sign_in import SignInWidget
from .sync_status_bar import SyncStatusButton

if TYPE_CHECKING:  # the screens are imported when first opened: a quick first paint
    from .admin import SettingsScreen
    from .admission import AdmissionScreen
    from .first_run import FirstRunWidget
    from .handover_screen import HandoverScreen
    from .patient_screen import PatientScreen
    from .sync_details import SyncDetailsDialog
    from .ward_board import WardBoardWidget
    from .warm_up import WarmUp


class MainWindow(QMainWindow):
    """Holds the screens in a stack; nothing clinical is visible while locked."""

    def __init__(
        self, session: Session, auto_lock_minutes: float = 2.0, db_path: str | None = None
    ) -> None:
        super().__init__()
        self.session = session
        self.db_path = db_path
        self.stack = QStackedWidget()
        self.sign_in = SignInWidget(session)
        self._board: WardBoardWidget | None = None  # built when first needed (``board``)
        self.patient: PatientScreen | None = None
        self.first_run: FirstRunWidget | None = None
        self.admission: AdmissionScreen | None = None
        self.settings_screen: SettingsScreen | None = None
        self.handover: HandoverScreen | None = None
        self.warm_up: WarmUp | None = None  # the first board read ahead (ui/app.py)
        self.sync_details: SyncDetailsDialog | None = None
        self._locked_user: str | None = None
        self._user_name: str | None = None
        self._resume: QWidget | None = None
        self._locked = False

        self.bar = QWidget()
        self.backup_status = BackupStatus()
        self.backup_banner = QLabel()
        self.backup_banner.setObjectName("backup_banner")
        self.backup_banner.setWordWrap(True)
        self.backup_banner.setProperty("role", "error")
        self.backup_banner.setStyleSheet(
            "background: #fdecee; border: 2px solid #b00020; padding: 6px 10px; font-weight: bold;"
        )
        self.backup_banner.hide()
        self.title = QLabel()
        self.title.setObjectName("appTitle")
        self.who = QLabel()
        # An enrolled device's sync (issue 14); nothing at all on a single tablet.
        self.sync_status = SyncStatusButton(session)
        self.sync_status.details_requested.connect(self.show_sync_details)
        self.admit_button = QPushButton()
        self.handover_button = QPushButton()
        self.settings_button = QPushButton()
        self.language = QPushButton()
        self.lock_button = QPushButton()
        self.fullscreen_button = QPushButton()
        self.fullscreen_button.setObjectName("fullscreen")
        self.fullscreen_button.setCheckable(True)
        self.fullscreen_button.clicked.connect(self.set_fullscreen)
        self.sign_out_button = QPushButton()
        for button in (
            self.admit_button,
            self.handover_button,
            self.settings_button,
            self.language,
            self.lock_button,
            self.sign_out_button,
        ):
            button.setMinimumWidth(96)  # 48 px high from the theme: the bar stays slim
        self.admit_button.clicked.connect(self.show_admission)
        self.settings_button.clicked.connect(self.show_settings)
        self.handover_button.clicked.connect(self._handover_clicked)
        self.language.clicked.connect(self._toggle_language)
        self.lock_button.clicked.connect(lambda: session.lock())
        self.sign_out_button.clicked.connect(session.sign_out)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(4, 0, 0, 0)
        bar.addWidget(self.title)
        bar.addWidget(self.admit_button)
        bar.addWidget(self.handover_button)
        bar.addWidget(self.settings_button)
        bar.addStretch(1)
        bar.addWidget(self.sync_status)
        bar.addWidget(self.who)
        bar.addWidget(self.language)
        bar.addWidget(self.fullscreen_button)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.sign_out_button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addWidget(self.bar)
        layout.addWidget(self.backup_banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.stack.addWidget(self.sign_in)

        # The ward's lab folder is read every minute in the background (issue 17).
        self.lab_watcher = LabFolderWatcher(session, db_path, parent=self)
        self.lab_watcher.start()
        # Enrolled with a ward server: sync in the background, off the UI thread (issue 14).
        self.sync_worker = None
        if db_path and session.service.sync_status().enrolled:
            from .sync_worker import SyncWorker

            self.sync_worker = SyncWorker(session, db_path, parent=self)
            # each round's end redraws the bar (and the details, if open)
            self.sync_worker.finished.connect(self._on_sync_round)
            self.sync_worker.failed.connect(self._on_sync_round)
            self.sync_worker.start()

        self.auto_lock = AutoLock(auto_lock_minutes, self)
        self._watching = False  # the auto-lock sees every input event (``watch_activity``)
        self.auto_lock.timed_out.connect(session.lock)

        session.signed_in.connect(self._on_signed_in)
        session.signed_out.connect(self._on_signed_out)
        session.locked.connect(self._on_locked)
        session.language_changed.connect(self._on_language)
        session.backup_reported.connect(self._on_backup)

        if not session.service.has_users():
            from .first_run import FirstRunWidget

            self.first_run = FirstRunWidget(session)
            self.stack.addWidget(self.first_run)
            self.stack.setCurrentWidget(self.first_run)
            for name in ("created", "finished", "done"):
                signal = getattr(self.first_run, name, None)
                if signal is not None:
                    signal.connect(self._first_run_done)
                    break
        else:
            self.stack.setCurrentWidget(self.sign_in)
        self.retranslate()
        self._update_bar()

    @property
    def board(self) -> WardBoardWidget:
        """The ward board, built while the PIN is typed (ui/warm_up.py), else at sign-in."""
        if self._board is None:
            from .ward_board import WardBoardWidget

            self._board = WardBoardWidget(self.session)  # reads the cards if signed in
            self._board.patient_requested.connect(self.open_patient)
            self.stack.addWidget(self._board)
        return self._board

    def watch_activity(self) -> None:
        """Every touch and key restarts the auto-lock from now on: an app-wide event filter,
        installed after the first paint (≈ 30 ms of type set-up), at the latest at sign-in."""
        app = QApplication.instance()
        if not self._watching and app is not None:
            self._watching = True
            app.installEventFilter(self.auto_lock)

    # --- navigation --------------------------------------------------------------------
    def open_patient(self, episode_id: str) -> None:
        if self.patient is not None:
            self.stack.removeWidget(self.patient)
            self.patient.deleteLater()
        from .patient_screen import PatientScreen

        self.patient = PatientScreen(self.session, episode_id)
        self.patient.back_requested.connect(self.show_board)
        self.stack.addWidget(self.patient)
        self.stack.setCurrentWidget(self.patient)
        self.session.patient_opened.emit(episode_id)

    def show_board(self) -> None:
        self.board.refresh()
        self.stack.setCurrentWidget(self.board)

    def show_admission(self) -> None:
        if self.admission is None:
            from .admission import AdmissionScreen

            self.admission = AdmissionScreen(self.session)
            self.stack.addWidget(self.admission)
            self.admission.admitted.connect(self.open_patient)
            self.admission.cancelled.connect(self.show_board)
        self.admission.refresh()
        self.stack.setCurrentWidget(self.admission)

    def _handover_clicked(self) -> None:
        self.show_handover()

    def show_handover(self, bed: str | None = None) -> None:
        if self.handover is None:
            from .handover_screen import HandoverScreen

            self.handover = HandoverScreen(self.session, self.db_path)
            self.handover.back_requested.connect(self.show_board)
            self.stack.addWidget(self.handover)
        self.handover.reset(bed)
        self.stack.setCurrentWidget(self.handover)

    def show_settings(self) -> None:
        if self.settings_screen is None:
            from .admin import SettingsScreen

            path = self.db_path or self.session.service.db_file()
            if path is None:  # an in-memory database: backups and restore need a file
                raise RuntimeError("the settings screen needs a database file")
            self.settings_screen = SettingsScreen(self.session, path)
            self.settings_screen.back_requested.connect(self.show_board)
            self.settings_screen.database_replaced.connect(self.reopen_database)
            self.settings_screen.settings_changed.connect(self._on_settings_changed)
            self.stack.addWidget(self.settings_screen)
        self.settings_screen.refresh()
        self.stack.setCurrentWidget(self.settings_screen)

    def show_sync_details(self) -> None:
        """Server, last good round, last error, rows waiting, and "Sync now"."""
        if self.sync_details is None:
            from .sync_details import SyncDetailsDialog

            self.sync_details = SyncDetailsDialog(self.session, self)
            self.sync_details.sync_requested.connect(self.sync_now)
        self.sync_status.refresh()
        self.sync_details.set_status(self.sync_status.status)
        self.sync_details.open()

    def sync_now(self) -> None:
        """Ask the background sync worker for a round now (when this device syncs)."""
        if self.sync_worker is not None:
            self.sync_worker.sync_now()

    def _on_sync_round(self, *_result) -> None:
        self.sync_status.refresh()
        if self.sync_details is not None and self.sync_details.isVisible():
            self.sync_details.set_status(self.sync_status.status)

    def _on_settings_changed(self, keys: list) -> None:
        if "auto_lock_minutes" in keys and self.settings_screen is not None:
            self.auto_lock.set_minutes(self.settings_screen.admin.settings().auto_lock_minutes)
        if "sync_interval_s" in keys and self.sync_worker is not None:
            self.sync_worker.reload_interval()

    def reopen_database(self, path: str) -> None:
        """After a restore: open the restored file and start again at sign-in (the services
        built at start-up read it from now on)."""
        self.session.service.reopen(path)
        if self.settings_screen is not None:
            self.stack.removeWidget(self.settings_screen)
            self.settings_screen.deleteLater()
            self.settings_screen = None
        self.session.sign_out()

    def _first_run_done(self, *args) -> None:
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.reset()

    def _on_signed_in(self, user) -> None:
        resume = self._resume if self._locked_user == user.username else None
        if resume is None and self.patient is not None:
            # Another user: the previous user's unsaved form stays in their draft only.
            self.stack.removeWidget(self.patient)
            self.patient.deleteLater()
            self.patient = None
        self._resume, self._locked_user = None, None
        self._locked = False
        self._user_name = user.username
        if resume is not None and resume is not self.sign_in:
            self.stack.setCurrentWidget(resume)
        else:  # the board refreshes itself on the same signal (or, built now, when built)
            self.stack.setCurrentWidget(self.board)
        self.watch_activity()
        self.auto_lock.start()
        self._update_bar()

    def _on_locked(self) -> None:
        """A wall: the sign-in screen alone, no bar, every dialog and pop-up closed."""
        self._locked = True
        self._locked_user = self._user_name
        self._resume = self.stack.currentWidget()
        close_everything(self)
        self._show_sign_in()

    def _on_signed_out(self) -> None:
        self._locked_user, self._resume = None, None
        if self.patient is not None:
            self.stack.removeWidget(self.patient)
            self.patient.deleteLater()
            self.patient = None
        self._show_sign_in()

    def _show_sign_in(self) -> None:
        self.auto_lock.stop()
        self.sign_in.reset()
        self.stack.setCurrentWidget(self.sign_in)
        self._update_bar()

    def _on_backup(self, ok: bool, reason: str, error: str) -> None:
        """A failed backup is audited and shown to whoever is signed in until one works."""
        self.backup_status.record(self.session.service, ok, reason, error)
        self._update_bar()

    # --- window mode ------------------------------------------------------------------------
    def show_for_tablet(self, fullscreen: bool | None = None) -> None:
        """Show full screen (``--fullscreen``, or this tablet's setting) or normally."""
        on = tablet_settings.get("window/fullscreen") if fullscreen is None else fullscreen
        self.set_fullscreen(on, remember=False)

    def set_fullscreen(self, on: bool, remember: bool = True) -> None:
        """Full screen or a normal (maximisable) window; remembered for this tablet."""
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        self.fullscreen_button.setChecked(on)
        self._label_fullscreen()
        if remember:
            tablet_settings.put("window/fullscreen", bool(on))

    def _label_fullscreen(self) -> None:
        self.fullscreen_button.setText(
            self.tr("Exit full screen")
            if self.fullscreen_button.isChecked()
            else self.tr("Full screen")
        )

    # --- language and bar ---------------------------------------------------------------
    def _toggle_language(self) -> None:
        self.session.set_language("en" if self.session.lang == "zh_CN" else "zh_CN")

    def _on_language(self, lang: str) -> None:
        i18n.install_translators(QApplication.instance(), lang)
        # Qt posts LanguageChange to every widget; deliver it now so nothing shows
        # the old language for a frame (and tests see the switch at once).
        QApplication.processEvents()
        self.retranslate()

    def _update_bar(self) -> None:
        user = self.session.user
        # The sign-in screen has its own title and language buttons: no bar while locked.
        self.bar.setVisible(user is not None and not self._locked)
        failure = self.backup_status.failure
        self.backup_banner.setVisible(failure is not None and self.bar.isVisibleTo(self))
        if failure is not None:
            self.backup_banner.setText("⚠ " + self.session.render(failure.message()))
        self.who.setText(f"{user.display_name} · {self._role(user.role)}" if user else "")
        self.sync_status.refresh()
        self.admit_button.setVisible(self.session.service.can("chart"))
        self.settings_button.setVisible(self.session.service.can("settings"))
        self.handover_button.setVisible(self.session.service.can("view"))

    def _role(self, role: str) -> str:
        return {
            "nurse": self.tr("nurse"),
            "physician": self.tr("physician"),
            "admin": self.tr("administrator"),
        }.get(role, role)

    def retranslate(self) -> None:
        self.title.setText(self.tr("CAR-T bedside"))
        self.setWindowTitle(self.tr("CAR-T bedside"))
        self.language.setText("English" if self.session.lang == "zh_CN" else "中文")
        self.admit_button.setText(self.tr("Admit patient"))
        self.settings_button.setText(self.tr("Settings"))
        self.handover_button.setText(self.tr("Handover"))
        self.lock_button.setText(self.tr("Lock"))
        self._label_fullscreen()
        self.sign_out_button.setText(self.tr("Sign out"))
        self._update_bar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

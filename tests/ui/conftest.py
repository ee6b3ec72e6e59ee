"""UI fixtures. ``demo_template``, ``clock`` and ``service`` come from tests/conftest.py."""

from __future__ import annotations

import pytest

from tests.demo_ward import DEMO_NOW, PINS, Clock  # noqa: F401  (re-exported for UI tests)


@pytest.fixture
def session(qapp, service):
    """A Qt session (not signed in) in Chinese, with fonts, theme and translators."""
    from cart_bedside.ui import prepare_application
    from cart_bedside.ui.session import Session

    prepare_application(qapp, "zh_CN")
    return Session(service, "zh_CN")


@pytest.fixture(autouse=True)
def _private_tablet_settings(tmp_path):
    """Each test's per-tablet preferences (QSettings) in its own folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "tablet-settings")
    )


@pytest.fixture(autouse=True)
def _delete_leftover_widgets(qapp):
    """pytest-qt's deleteLater() needs an event loop; flush deferred deletes after each test
    so leaked widgets do not slow every later theme or language change."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def nurse_window_zh(qtbot, qapp, session):
    """The real main window at 1280×800 in Chinese, the demo nurse signed in."""
    from cart_bedside.ui import i18n
    from cart_bedside.ui.main_window import MainWindow

    i18n.install_translators(qapp, "zh_CN")
    w = MainWindow(session, auto_lock_minutes=30)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    session.sign_in("nurse", PINS["nurse"])
    yield w
    i18n.remove_translators(qapp)


@pytest.fixture
def ward_panel(qtbot, qapp, session, tmp_path):
    """Settings → Ward of the demo ward at 1280×740, the ward admin signed in."""
    from cart_bedside.ui import i18n
    from cart_bedside.ui.admin import SettingsScreen

    session.sign_in("admin", PINS["admin"])
    screen = SettingsScreen(session, tmp_path / "ward.db", backup_dir=tmp_path / "backups")
    qtbot.addWidget(screen)
    screen.resize(1280, 740)
    screen.show()
    yield screen.ward
    i18n.remove_translators(qapp)

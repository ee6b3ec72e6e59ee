"""中文 / English: two big buttons that switch the session's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

#: Each language named in itself, so anyone can find theirs (not translated).
LANGUAGE_NAMES: dict[str, str] = {"zh_CN": "中文", "en": "English"}


class LanguageToggle(QWidget):
    """Calls ``session.set_language``; the main window installs the translators on
    ``session.language_changed``. Follows the session when it changes elsewhere."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for lang, name in LANGUAGE_NAMES.items():
            button = QPushButton(name)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"lang_{lang}")
            button.setMinimumWidth(96)
            button.clicked.connect(lambda _=False, lang=lang: self._session.set_language(lang))
            self._group.addButton(button)
            self._buttons[lang] = button
            layout.addWidget(button)
        session.language_changed.connect(self._show)
        self._show(session.lang)

    def button(self, lang: str) -> QPushButton:
        return self._buttons[lang]

    def _show(self, lang: str) -> None:
        if lang in self._buttons:
            self._buttons[lang].setChecked(True)

"""The admin's PIN for the ward server, asked once when Settings opens on an enrolled device.

Users and ward settings are the ward server's once the device is enrolled; the server
checks the admin's PIN with every change (service/directory.py). The PIN is checked here
first (it counts towards the same lock-out as every PIN prompt), then kept by the admin
service until Settings closes or someone else signs in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..shift_entry.pin_dialog import PinDialog


class DirectoryPinDialog(PinDialog):
    """:class:`PinDialog` with its own words: what the PIN is for."""

    def __init__(self, admin_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(admin_name, parent)
        self.setObjectName("directory_pin_dialog")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Ward server"))
        self._title.setText(
            self.tr(
                "Enter your PIN: the ward server checks it for every change of users or settings"
            )
        )
        self._title.setWordWrap(True)
        self._who.setVisible(False)  # the admin signed in: no "signing as"
        self.keypad.set_ok_text(self.tr("OK"))

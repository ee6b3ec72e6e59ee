"""Ward settings: name, beds, shifts, fluid day, protocol, paediatric dosing, escalation,
limits, lock, language, how often the devices sync with the ward server, and the
laboratory's upper limits of normal for the HLH/MAS checklist (:mod:`.lab_uln_editor`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...logic import protocols
from ...logic.messages import LANGUAGES, msg
from ...logic.validation import ValidationError
from ...service import AdminService, PermissionDenied, ServiceError
from ...service import ward_settings as ws
from ...service.lab_limits import KEY_LAB_ULN
from ...service.sync_settings import KEY_SYNC_INTERVAL
from .. import theme
from ..admission.toggle_button import ToggleButton
from ..qt_types import group_button
from ..session import Session
from ..shift_entry.touch_scroll import TouchScrollArea
from ..widgets.number_field import NumberField
from .lab_uln_editor import LabUlnEditor
from .limits_editor import LimitsEditor
from .paediatric_dosing_editor import PaediatricDosingEditor
from .shifts_editor import ShiftsEditor
from .sync_interval_box import SyncIntervalBox

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


def parse_bed_list(text: str) -> list[str]:
    """Bed labels separated by commas, spaces or 、 (Chinese enumeration comma)."""
    for separator in (",", "，", "、", ";", "；"):
        text = text.replace(separator, " ")
    return text.split()


class WardSettingsPanel(QWidget):
    """Every ward setting in one form; "Save changes" writes only what changed (each
    change audited by the service, with the optional reason), and stops at the
    first refused value with the service's message. ``load()`` re-reads.
    Signal ``saved(list)`` with the keys written.
    """

    saved = Signal(list)

    def __init__(
        self, session: Session, admin: AdminService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = admin
        self._loaded: ws.WardSettings | None = None
        self.ward_name = QLineEdit()
        self.ward_name.setObjectName("ward_name")
        self.beds = QLineEdit()
        self.beds.setObjectName("beds_edit")
        self.bed_count = NumberField(decimals=0, minimum=1, maximum=99)
        self.bed_count.setObjectName("field_bed_count")
        self.bed_count.valueChanged.connect(self._number_beds)
        self.shifts = ShiftsEditor(session)
        self.limits = LimitsEditor()
        self.lab_uln = LabUlnEditor()
        self.paediatric = PaediatricDosingEditor(session.render)
        self._protocols = QButtonGroup(self)
        self._protocols.setExclusive(True)
        self._protocol_box = QGroupBox()
        protocol_layout = QVBoxLayout(self._protocol_box)
        for index, protocol_id in enumerate(protocols.PROTOCOL_IDS):
            button = ToggleButton()
            button.setObjectName(f"protocol_{protocol_id}")
            self._protocols.addButton(button, index)
            protocol_layout.addWidget(button)
        self._languages = QButtonGroup(self)
        self._languages.setExclusive(True)
        self._language_box = QGroupBox()
        language_row = QHBoxLayout(self._language_box)
        for index, lang in enumerate(LANGUAGES):
            choice = QPushButton(LANGUAGE_NAMES[lang])
            choice.setObjectName(f"language_{lang}")
            choice.setCheckable(True)
            choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(choice)
            self._languages.addButton(choice, index)
            language_row.addWidget(choice)
        language_row.addStretch(1)
        self._sync_box = SyncIntervalBox()
        self.sync_interval = self._sync_box.field

        self._ward_box = QGroupBox()
        ward = QGridLayout(self._ward_box)
        self._labels = {k: QLabel() for k in ("name", "beds", "beds_hint")}
        self._labels["beds_hint"].setProperty("role", "hint")
        self._labels["beds_hint"].setWordWrap(True)
        ward.addWidget(self._labels["name"], 0, 0)
        ward.addWidget(self.ward_name, 0, 1)
        ward.addWidget(self._labels["beds"], 1, 0)
        ward.addWidget(self.beds, 1, 1)
        ward.addWidget(self._labels["beds_hint"], 2, 1)
        ward.addWidget(self.bed_count, 3, 1)
        ward.setColumnStretch(1, 1)
        self._shift_box = QGroupBox()
        QVBoxLayout(self._shift_box).addWidget(self.shifts)

        self.save_button = QPushButton()
        self.save_button.setObjectName("settings_save")
        self.save_button.setProperty("role", "primary")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.save_button.setMinimumWidth(180)
        theme.touch_size(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("settings_undo")
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.undo_button)
        self.undo_button.clicked.connect(self.load)
        self.reason = QLineEdit()
        self.reason.setObjectName("settings_reason")
        self.message = QLabel()
        self.message.setObjectName("settings_message")
        self.message.setWordWrap(True)
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(self.reason, 1)
        top.addWidget(self.undo_button)
        top.addWidget(self.save_button)

        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 8, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, boxes in (
            (
                left,
                (self._ward_box, self._shift_box, self._language_box, self._sync_box, self.lab_uln),
            ),
            (right, (self._protocol_box, self.paediatric, self.limits)),
        ):
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.scroll_area = TouchScrollArea(content)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)
        session.language_changed.connect(self._on_language)
        self.retranslate()

    # -- reading and writing ----------------------------------------------------------------
    def load(self) -> None:
        """Show the settings in force (raises PermissionDenied for a non-admin)."""
        settings = self.admin.settings()
        self._loaded = settings
        self.ward_name.setText(settings.ward_name)
        self.beds.setText(", ".join(settings.beds))
        self.shifts.set_value(
            settings.shifts.shifts,
            settings.shifts.fluid_day_start,
            dict(settings.shifts.ward_names),
        )
        self.set_protocol(settings.protocol)
        self._languages.button(LANGUAGES.index(settings.language)).setChecked(True)
        self.limits.set_value(settings)
        self.paediatric.set_value(settings.paediatric_dosing)
        self.lab_uln.set_value(settings.lab_uln)
        self._sync_box.load(self.admin)
        self.reason.clear()
        self._say("", error=False)

    def save(self) -> list[str]:
        """Write what differs from the settings loaded; returns the keys written."""
        if self._loaded is None:
            return []
        old = self._loaded
        reason = self.reason.text().strip() or None
        a = self.admin
        steps = [
            (
                ws.KEY_WARD_NAME,
                self.ward_name.text().strip() != old.ward_name,
                lambda: a.set_ward_name(self.ward_name.text(), reason),
            ),
            (
                ws.KEY_BEDS,
                tuple(parse_bed_list(self.beds.text())) != old.beds,
                lambda: a.set_beds(parse_bed_list(self.beds.text()), reason),
            ),
            (
                ws.KEY_SHIFTS,
                self.shifts.shifts() != [tuple(p) for p in ws.shifts_value(old.shifts)],
                lambda: a.set_shifts(self.shifts.shifts(), reason),
            ),
            (
                ws.KEY_SHIFT_NAMES,
                self.shifts.ward_names() != dict(old.shifts.ward_names),
                lambda: a.set_shift_names(self.shifts.ward_names(), reason),
            ),
            (
                ws.KEY_FLUID_DAY_START,
                self.shifts.fluid_day_start() != old.shifts.fluid_day_start.strftime("%H:%M"),
                lambda: a.set_fluid_day_start(self.shifts.fluid_day_start(), reason),
            ),
            (
                ws.KEY_PROTOCOL,
                self.protocol() != old.protocol,
                lambda: a.set_protocol(self.protocol(), reason),
            ),
            (
                ws.KEY_ESCALATION,
                self.limits.escalation() != ws.escalation_value(old.escalation),
                lambda: a.set_escalation(reason, **self.limits.escalation()),
            ),
            (
                ws.KEY_TOCILIZUMAB,
                self.limits.tocilizumab() != ws.tocilizumab_value(old.tocilizumab),
                lambda: a.set_tocilizumab_limits(reason, **self.limits.tocilizumab()),
            ),
            (
                ws.KEY_AUTO_LOCK,
                self.limits.auto_lock_minutes() != old.auto_lock_minutes,
                lambda: a.set_auto_lock_minutes(self.limits.auto_lock_minutes(), reason),
            ),
            (
                ws.KEY_LANGUAGE,
                self.language() != old.language,
                lambda: a.set_language(self.language(), reason),
            ),
            (
                ws.KEY_PAEDIATRIC_DOSING,
                self.paediatric.value() != old.paediatric_dosing,
                lambda: a.set_paediatric_dosing(self.paediatric.value(), reason),
            ),
            self._sync_box.save_step(a, reason),
            self.lab_uln.save_step(a, old.lab_uln, reason),
        ]
        written: list[str] = []
        for key, changed, write in steps:
            if not changed:
                continue
            try:
                write()
            except ValidationError as error:
                words = self._field_words(error.field)
                return self._stop(written, words, self.session.render(error.message))
            except (PermissionDenied, ServiceError) as error:
                return self._stop(written, self._key_name(key), self.session.render(error.message))
            written.append(key)
        if written:
            self.load()
            self._say(
                self.tr("Saved: {what}").format(what=", ".join(self._key_name(k) for k in written)),
                error=False,
            )
            self.saved.emit(written)
        else:
            self._say(self.tr("Nothing changed"), error=False)
        return written

    def protocol(self) -> str:
        return protocols.PROTOCOL_IDS[max(0, self._protocols.checkedId())]

    def set_protocol(self, protocol_id: str) -> None:
        self._protocols.button(protocols.PROTOCOL_IDS.index(protocol_id)).setChecked(True)

    def protocol_button(self, protocol_id: str) -> ToggleButton:
        return group_button(
            self._protocols, protocols.PROTOCOL_IDS.index(protocol_id), ToggleButton
        )

    def language(self) -> str:
        return LANGUAGES[max(0, self._languages.checkedId())]

    def language_button(self, lang: str) -> QPushButton:
        return group_button(self._languages, LANGUAGES.index(lang))

    # -- internals --------------------------------------------------------------------------
    def _field_words(self, error_field: str) -> str:
        """A refused field in the words on the screen (never its stored key)."""
        for editor in (self.lab_uln, self.limits, self.shifts, self._sync_box, self.paediatric):
            words = editor.field_name(error_field)
            if words:
                return words
        key = error_field.split("[")[0]
        if key == ws.KEY_WARD_NAME:
            return self._labels["name"].text()
        if key == ws.KEY_BEDS:
            return self._labels["beds"].text()
        if key == ws.KEY_SHIFTS:
            return self._shift_box.title()
        return self._key_name(key.split(".")[0])

    def _stop(self, written: list[str], field: str, text: str) -> list[str]:
        done = (
            self.tr("Saved before the refusal: {what}. ").format(
                what=", ".join(self._key_name(k) for k in written)
            )
            if written
            else ""
        )
        self._say(
            done + self.tr("Not saved — {field}: {message}").format(field=field, message=text),
            error=True,
        )
        if written:
            self.saved.emit(written)
        return written

    def _say(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("role", "error" if error else "")
        theme.repolish(self.message)

    def _number_beds(self, count) -> None:
        if count:
            width = 2 if count < 100 else 3
            self.beds.setText(", ".join(f"{i:0{width}d}" for i in range(1, int(count) + 1)))

    def _key_name(self, key: str) -> str:
        return {
            ws.KEY_WARD_NAME: self.tr("ward name"),
            "ward": self.tr("ward name"),
            ws.KEY_BEDS: self.tr("beds"),
            ws.KEY_SHIFTS: self.tr("shifts"),
            ws.KEY_SHIFT_NAMES: self.tr("shift names"),
            ws.KEY_FLUID_DAY_START: self.tr("fluid day start"),
            ws.KEY_PROTOCOL: self.tr("protocol"),
            ws.KEY_ESCALATION: self.tr("escalation"),
            ws.KEY_TOCILIZUMAB: self.tr("tocilizumab limits"),
            "tocilizumab_limits": self.tr("tocilizumab limits"),
            ws.KEY_AUTO_LOCK: self.tr("auto-lock"),
            ws.KEY_LANGUAGE: self.tr("language"),
            ws.KEY_PAEDIATRIC_DOSING: self.tr("paediatric dosing"),
            KEY_SYNC_INTERVAL: self.tr("sync interval"),
            KEY_LAB_ULN: self.tr("laboratory upper limits of normal"),
        }.get(key, self.tr("a ward setting"))

    def _on_language(self, _lang: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self._ward_box.setTitle(self.tr("Ward"))
        self._shift_box.setTitle(self.tr("Shifts"))
        self._protocol_box.setTitle(self.tr("Protocol the ward follows"))
        self._language_box.setTitle(self.tr("Default language"))
        self._labels["name"].setText(self.tr("Ward name"))
        self._labels["beds"].setText(self.tr("Beds"))
        self._labels["beds_hint"].setText(
            self.tr(
                "Bed labels in board order, separated by commas. Empty: any bed label is "
                "accepted. A bed with a patient in it cannot be removed."
            )
        )
        self.bed_count.set_label(self.tr("Or number the beds from 01 to …"))
        for index, protocol_id in enumerate(protocols.PROTOCOL_IDS):
            group_button(self._protocols, index, ToggleButton).set_label(
                self.session.render(msg(f"protocol.name.{protocol_id}"))
            )
        self.paediatric.retranslate()
        self.save_button.setText(self.tr("Save changes"))
        self.undo_button.setText(self.tr("Undo"))
        self.reason.setPlaceholderText(self.tr("Reason for the change (optional, audited)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

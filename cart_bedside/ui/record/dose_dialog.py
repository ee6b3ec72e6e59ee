"""Record a dose: drug, dose on the keypad, route, time (now), who ordered it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from ...logic import drugs
from ...logic.infection import is_contraindicated
from ...logic.messages import msg
from ...logic.tocilizumab_state import tocilizumab_state_messages
from ...logic.validation import HARD_LIMITS, ValidationError
from ...service import (
    DoseLimitError,
    PermissionDenied,
    RecordService,
    ServiceError,
    SignInError,
)
from ...service.sync_stale import SYNC_STALE
from .. import theme
from ..session import Session
from ..shift_entry.pin_dialog import DIALOG_FRAME
from ..widgets.number_field import NumberField
from ..widgets.numeric_keypad import NumericKeypad
from .dose_sign_pages import DuplicatePage, SignPage
from .drug_picker import USUAL_ROUTE, DrugPicker
from .formatting import display_names, drug_label, error_message, fmt_number, fmt_time, say
from .orderer_picker import OrdererPicker
from .override_page import OverridePage
from .time_stepper import TimeStepper

ROUTES: tuple[str, ...] = ("IV", "PO", "SC")
FORM, OVERRIDE, DUPLICATE, SIGN = 0, 1, 2, 3


class DoseDialog(QDialog):
    """A modal form for one dose of ``episode_id``; open with ``open()``.

    "Record dose" runs ``RecordService.medications.check_dose``. A tocilizumab dose that
    breaks a limit turns the dialog to an :class:`OverridePage`: a physician
    records it with a reason, a nurse is told only a physician can. The same
    drug less than 60 min from another asks "duplicate?" (:class:`DuplicatePage`).
    Then the dose is signed with the PIN (:class:`SignPage`) and
    ``RecordService.medications.record_dose`` writes it. Signal ``recorded(object
    DoseRecorded)``, then the dialog closes (accepted).
    """

    recorded = Signal(object)

    def __init__(
        self,
        session: Session,
        record: RecordService,
        episode_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setObjectName("dose_dialog")
        self.setStyleSheet(DIALOG_FRAME.format(name="dose_dialog"))
        self.session = session
        self.record = record
        self.episode_id = episode_id
        self.patient = session.service.patient(episode_id)
        self.status = record.medications.tocilizumab_status(episode_id)
        self._error = ""
        self._pending: dict[str, Any] | None = None  # the checked dose waiting for "duplicate?"/PIN

        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self.drug = DrugPicker(session.render)
        self.drug.changed.connect(self._on_drug)
        self._info = QLabel()
        self._info.setObjectName("dose_info")
        self._info.setWordWrap(True)
        limit = HARD_LIMITS["dose_mg"]
        self.dose = NumberField("", "mg", 1, 0.1, limit.high)
        self.keypad = NumericKeypad()
        self.keypad.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.dose.set_keypad(self.keypad)
        self._route_caption = QLabel()
        self._routes = QButtonGroup(self)
        self._routes.setExclusive(True)
        route_row = QHBoxLayout()
        route_row.addWidget(self._route_caption)
        for index, route in enumerate(ROUTES):
            button = QPushButton()
            button.setObjectName(f"route_{route}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            self._routes.addButton(button, index)
            route_row.addWidget(button)
        route_row.addStretch(1)
        self.time = TimeStepper(session.service.clock)
        self._ordered_caption = QLabel()
        self.ordered_by = OrdererPicker()
        self._people()
        self._error_label = QLabel()
        self._error_label.setObjectName("dose_error")
        self._error_label.setProperty("role", "error")
        self._error_label.setWordWrap(True)
        self._error_label.hide()
        self.cancel_button = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("dose_save")
        self.save_button.setProperty("role", "primary")
        for button in (self.cancel_button, self.save_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(180)
            theme.touch_size(button)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())

        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(8)
        grid.addWidget(self._title, 0, 0, 1, 2)
        grid.addWidget(self.drug, 1, 0, 1, 2)
        grid.addWidget(self._info, 2, 0, 1, 2)
        grid.addWidget(self.dose, 3, 0)
        grid.addLayout(route_row, 3, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.time, 4, 0, 1, 2)
        ordered = QHBoxLayout()
        ordered.addWidget(self._ordered_caption)
        ordered.addWidget(self.ordered_by, 1)
        grid.addLayout(ordered, 5, 0, 1, 2)
        grid.addWidget(self._error_label, 6, 0, 1, 2)
        grid.setRowStretch(7, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        grid.addLayout(buttons, 8, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        self.override = OverridePage()
        self.override.back_requested.connect(lambda: self.pages.setCurrentIndex(FORM))
        self.override.override_requested.connect(lambda reason: self.save(reason))
        self.duplicate = DuplicatePage()
        self.duplicate.back_requested.connect(self._back_to_form)
        self.duplicate.confirmed.connect(self._duplicate_confirmed)
        self.sign = SignPage()
        self.sign.back_requested.connect(self._back_to_form)
        self.sign.pin_entered.connect(self._signed)
        self.pages: QStackedWidget = QStackedWidget()  # (used by the lambdas above)
        for page in (form, self.override, self.duplicate, self.sign):
            self.pages.addWidget(page)
        layout = QHBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.keypad)
        self.pages.currentChanged.connect(lambda page: self.keypad.setVisible(page == FORM))
        self.resize(1180, 690)
        self.retranslate()

    # -- model API ----------------------------------------------------------------------
    def route(self) -> str | None:
        index = self._routes.checkedId()
        return ROUTES[index] if index >= 0 else None

    def set_route(self, route: str | None) -> None:
        if route in ROUTES:
            self._routes.button(ROUTES.index(route)).setChecked(True)

    def error_text(self) -> str:
        return self._error_label.text()

    def info_text(self) -> str:
        return self._info.text()

    def on_override_page(self) -> bool:
        return self.pages.currentIndex() == OVERRIDE

    def on_page(self) -> str:
        """ "form", "override", "duplicate" or "sign"."""
        return ("form", "override", "duplicate", "sign")[self.pages.currentIndex()]

    def save(self, override_reason: str | None = None) -> bool:
        """Check the dose (with a physician's override reason on the override page); then
        "duplicate?" if it may be one, then the PIN. True when it moved on to the PIN."""
        self._show_error("")
        drug = self.drug.drug()
        if not drug:
            self._show_error(self.tr("Choose the drug first."))
            return False
        dose: dict[str, Any] = {
            "drug": drug,
            "dose_mg": self.dose.value(),
            "time": self.time.time(),
            "override_reason": override_reason,
            "ordered_by": self.ordered_by.value(),
        }
        try:
            check = self.record.medications.check_dose(self.episode_id, **dose)
        except DoseLimitError as error:
            self.override.set_refusal(
                self._dose_text(),
                self.session.render(error.message),
                self.session.service.can("override_dose"),
                stale=SYNC_STALE in error.broken,
            )
            self.pages.setCurrentIndex(OVERRIDE)
            return False
        except ValidationError as error:
            self._refused(self._field_text(error.field, self.session.render(error.message)))
            return False
        except (PermissionDenied, ServiceError) as error:
            self._refused(say(self.session.render, error_message(error)))
            return False
        self._pending = {
            **dose,
            "dose_mg": check.dose_mg,
            "route": self.route(),
            "duplicate_confirmed": False,
        }
        if check.duplicate_of is not None:
            earlier = self.record.medications.duplicate_message(check)
            self.duplicate.set_question(
                self._dose_text(check.dose_mg), self.session.render(earlier)
            )
            self.pages.setCurrentIndex(DUPLICATE)
            return False
        self._ask_pin()
        return True

    def sign_with(self, pin: str) -> bool:
        """Type ``pin`` on the PIN pad and OK (what a finger does)."""
        for key in pin:
            self.sign.keypad.press(key)
        self.sign.keypad.press("ok")
        return self.result() == QDialog.DialogCode.Accepted

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record a dose"))
        self._title.setText(self.tr("Record a dose"))
        self.dose.set_label(self.tr("Dose"))
        self._route_caption.setText(self.tr("Route"))
        for route, text in zip(
            ROUTES, (self.tr("IV"), self.tr("Oral"), self.tr("Subcutaneous")), strict=True
        ):
            self._routes.button(ROUTES.index(route)).setText(text)
        self._ordered_caption.setText(self.tr("Ordered by"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Record dose"))
        self._show_info()
        if self._error:
            self._show_error(self._error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- internals --------------------------------------------------------------------------
    def _people(self) -> None:
        service = self.session.service
        physicians = [(u.username, u.display_name) for u in service.physicians()]
        user = service.user
        if user is not None and user.role == "physician":  # the signed-in physician first
            physicians.sort(key=lambda p: p[0] != user.username)
        self.ordered_by.set_people(physicians)
        if user is not None and user.role == "physician":
            self.ordered_by.set_value(user.username)

    def _on_drug(self) -> None:
        name = drugs.normalise(self.drug.drug()) if self.drug.drug() else ""
        if self.drug.choice() in USUAL_ROUTE:
            self.set_route(USUAL_ROUTE[self.drug.choice()])
        if name == "tocilizumab" and self.dose.value() is None:
            self.dose.set_value(self.status.suggestion.dose_mg)
        self._show_info()
        if self.drug.choice():
            self.keypad.set_target(self.dose)

    def _show_info(self) -> None:
        render = self.session.render
        name = drugs.normalise(self.drug.drug()) if self.drug.drug() else ""
        lines = []
        if name == "tocilizumab":
            s = self.status.suggestion
            if s.dose_mg is None:
                lines.append(render(msg("tocilizumab.no_weight")))
            else:
                lines.append(
                    self.tr("Dose by weight: {mg} mg ({per_kg} mg/kg)").format(
                        mg=fmt_number(s.dose_mg), per_kg=fmt_number(s.mg_per_kg)
                    )
                )
                lines.append(
                    render(
                        msg(
                            "record.toci.weight_used",
                            weight=s.weight_kg,
                            date=fmt_time(s.weight_time),
                        )
                    )
                )
            lines += [render(m) for m in tocilizumab_state_messages(self.status.state)]
            lines += [render(w) for w in self.status.warnings if w.code != "tocilizumab.no_weight"]
        elif name and is_contraindicated(self.patient, name):
            lines.append(render(msg("record.warning.avoid_in_myasthenia", drug=drug_label(name))))
        self._info.setText("\n".join(lines))
        self._info.setVisible(bool(lines))

    def _dose_text(self, dose_mg: float | None = None) -> str:
        names = display_names(self.session.service)
        ordered = self.ordered_by.value()
        return self.tr("{drug} {mg} mg {route} at {time}, ordered by {who}").format(
            drug=say(self.session.render, drug_label(self.drug.drug())),
            mg=fmt_number(dose_mg if dose_mg is not None else self.dose.value()),
            route=self.route() or "",
            time=fmt_time(self.time.time()),
            who=names.get(ordered, ordered) or "—",
        )

    def _field_text(self, field: str, text: str) -> str:
        labels = {
            "medication.dose_mg": self.tr("Dose"),
            "medication.ordered_by": self.tr("Ordered by"),
            "medication.drug": self.tr("Drug"),
        }
        label = labels.get(field)
        return f"{label}: {text}" if label else text

    def _back_to_form(self) -> None:
        self._pending = None
        self.pages.setCurrentIndex(FORM)

    def _duplicate_confirmed(self) -> None:
        if self._pending is not None:
            self._pending["duplicate_confirmed"] = True
            self._ask_pin()

    def _ask_pin(self) -> None:
        if self._pending is None:
            return
        user = self.session.service.user
        self.sign.start(
            self._dose_text(self._pending["dose_mg"]), user.display_name if user else ""
        )
        self.pages.setCurrentIndex(SIGN)

    def _signed(self, pin: str) -> None:
        pending = self._pending
        if pending is None:
            return
        if not pin:
            self.sign.show_error(self.tr("Type your PIN first."))
            return
        try:
            result = self.record.medications.record_dose(
                self.episode_id,
                pending["drug"],
                pending["dose_mg"],
                pending["time"],
                pending["route"],
                ordered_by=pending["ordered_by"],
                override_reason=pending["override_reason"],
                pin=pin,
                duplicate_confirmed=pending["duplicate_confirmed"],
            )
        except SignInError as error:
            if error.reason == "locked":  # the fifth wrong PIN: the account and the tablet lock
                self.reject()
                self.session.lock(error.message)
                return
            self.sign.show_error(say(self.session.render, error_message(error)))
            return
        except (ValidationError, PermissionDenied, ServiceError) as error:
            self.pages.setCurrentIndex(FORM)
            self._show_error(say(self.session.render, error_message(error)))
            return
        self.recorded.emit(result)
        self.accept()

    def _refused(self, text: str) -> None:
        if self.pages.currentIndex() == OVERRIDE:
            self.override.show_error(text)
        else:
            self._show_error(text)

    def _show_error(self, text: str) -> None:
        self._error = text
        self._error_label.setText(text)
        self._error_label.setVisible(bool(text))

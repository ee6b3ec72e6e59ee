"""Step 3: ICE (or CAPD for a child), handwriting, and the other ICANS domains."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...logic.models import CAPD_ITEMS, CerebralEdema, Consciousness, Seizure
from .. import theme
from ..widgets.capd import CapdWidget
from ..widgets.handwriting_compare import HandwritingCompare
from ..widgets.handwriting_dialog import HandwritingDialog
from ..widgets.ice_items import IceItemsWidget
from .choice_row import ChoiceRowWidget
from .state import NeuroState
from .touch_scroll import TouchScrollArea

OPTIONAL_FINDINGS: tuple[str, ...] = ("tremor", "myoclonus", "headache", "intracranial_haemorrhage")


class NeuroPage(QWidget):
    """ICE items as ten tap targets (``uses_capd`` False) or the eight CAPD items.

    The ICE writing item's pad button opens a :class:`HandwritingDialog`; the
    sample is shown beside the patient's baseline (``set_baseline``). Level of
    consciousness has no default (the nurse must look); seizure, motor
    weakness and oedema start at "none". ``state()`` / ``set_state()`` use
    :class:`NeuroState`. Signal ``changed()``.
    """

    changed = Signal()

    def __init__(self, uses_capd: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._uses_capd = uses_capd
        self._png: bytes | None = None
        self._dialog: HandwritingDialog | None = None
        self.ice: IceItemsWidget | None = None
        self.capd: CapdWidget | None = None
        self.compare: HandwritingCompare | None = None
        self._attest = QLabel()
        self._attest.setProperty("role", "hint")
        self._attest.setWordWrap(True)
        # One column: the ICE items get the full width (their prompts fit), and the level
        # of consciousness, the next thing to tap, is right below them.
        assessment: CapdWidget | IceItemsWidget
        if uses_capd:
            self.capd = assessment = CapdWidget()
            self.capd.changed.connect(self.changed)
            self._attest.setVisible(False)
        else:
            self.ice = assessment = IceItemsWidget(show_all_correct=True)
            self.ice.changed.connect(self.changed)
            self.ice.writingPadRequested.connect(self.open_handwriting)
            self.compare = HandwritingCompare()
            self.compare.setMinimumHeight(260)

        self.consciousness = ChoiceRowWidget("consciousness", [c.value for c in Consciousness])
        self._last_consciousness = ""
        self.consciousness_last = QLabel()
        self.consciousness_last.setObjectName("consciousness_last")
        self.consciousness_last.setWordWrap(True)
        self.consciousness_last.setProperty("role", "hint")
        self.seizure = ChoiceRowWidget("seizure", [s.value for s in Seizure])
        self.motor = ChoiceRowWidget("motor", ["no", "yes"])
        self.edema = ChoiceRowWidget("edema", [e.value for e in CerebralEdema])
        self.rows = (self.consciousness, self.seizure, self.motor, self.edema)
        for row in self.rows:
            row.changed.connect(self.changed)
        self._findings_title = QLabel()
        self._findings_title.setProperty("role", "heading")
        self.findings: dict[str, QPushButton] = {}
        findings = QHBoxLayout()
        findings.setSpacing(6)
        for name in OPTIONAL_FINDINGS:
            button = QPushButton()
            button.setObjectName(f"finding_{name}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            theme.touch_size(button)
            button.toggled.connect(self._on_finding)
            self.findings[name] = button
            findings.addWidget(button)
        findings.addStretch(1)
        self.set_state(NeuroState())

        inner = QWidget()
        self.scroll_area = TouchScrollArea(inner, self)  # made in place: see VitalsPage
        box = QVBoxLayout(inner)
        box.addWidget(assessment)
        box.addWidget(self._attest)
        box.addSpacing(6)
        box.addWidget(self.consciousness)
        box.addWidget(self.consciousness_last)
        domains = QHBoxLayout()
        domains.setSpacing(18)
        for row in (self.seizure, self.motor, self.edema):
            domains.addWidget(row, 3 if row is not self.motor else 2)
        box.addSpacing(6)
        box.addLayout(domains)
        box.addSpacing(6)
        box.addWidget(self._findings_title)
        box.addLayout(findings)
        if self.compare is not None:
            box.addSpacing(6)
            box.addWidget(self.compare)
        box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.retranslate()

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        other = self.tr("Attributable to another cause")
        self.consciousness.set_texts(
            self.tr("Level of consciousness"),
            [
                self.tr("Alert"),
                self.tr("Awakens\nspontaneously"),
                self.tr("Awakens\nto voice"),
                self.tr("Awakens only\nto touch"),
                self.tr("Unarousable"),
            ],
            self.tr("Attributable to another cause (e.g. sedation)"),
        )
        self.seizure.set_texts(
            self.tr("Seizure"),
            [self.tr("None"), self.tr("Rapidly\nresolving"), self.tr("Prolonged or\nrepetitive")],
            other,
        )
        self.motor.set_texts(self.tr("Motor weakness"), [self.tr("No"), self.tr("Yes")], other)
        self.edema.set_texts(
            self.tr("Cerebral oedema (imaging)"),
            [self.tr("None"), self.tr("Focal"), self.tr("Diffuse")],
            other,
        )
        self._findings_title.setText(self.tr("Other findings (do not change the grade)"))
        self._attest.setText(
            self.tr(
                "“All 10 correct” is your attestation that you asked all ten items and each was "
                "answered correctly. Otherwise tap each item answered correctly."
            )
        )
        self._refresh_findings()
        self._show_current()
        self._show_last()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_label(self, key: str) -> str:
        if key == "consciousness":
            return self.tr("Level of consciousness")
        if key.startswith("capd"):
            return self.tr("CAPD")
        if key.startswith("ice"):
            return self.tr("ICE")
        return self.tr("Neuro assessment")

    def field_widget(self, key: str) -> QWidget | None:
        return self.consciousness if key == "consciousness" else None

    def set_last_consciousness(self, text: str) -> None:
        """The level charted last ("alert at 05:33 by 王丽"); there is still no default."""
        self._last_consciousness = text
        self._show_last()

    # -- model API ------------------------------------------------------------------
    def uses_capd(self) -> bool:
        return self._uses_capd

    def state(self) -> NeuroState:
        out = NeuroState(
            consciousness=self.consciousness.value(),
            seizure=self.seizure.value() or Seizure.NONE.value,
            cerebral_edema=self.edema.value() or CerebralEdema.NONE.value,
            motor_weakness=self.motor.value() == "yes",
            consciousness_other_cause=self.consciousness.other_cause(),
            seizure_other_cause=self.seizure.other_cause(),
            motor_other_cause=self.motor.other_cause(),
            edema_other_cause=self.edema.other_cause(),
            handwriting_png=self._png,
        )
        for name, button in self.findings.items():  # tremor, myoclonus … (bool fields)
            setattr(out, name, button.isChecked())
        if self.ice is not None:
            out.ice_unable = self.ice.unable()
            if self.ice.is_answered() and not self.ice.unable():
                out.ice_items = list(self.ice.items())
        if self.capd is not None:
            out.capd_unable = self.capd.unable()
            answers = list(self.capd.answers())
            if any(a is not None for a in answers):
                out.capd_answers = answers
        return out

    def set_state(self, state: NeuroState) -> None:
        if self.ice is not None:
            self.ice.reset()
            if state.ice_items is not None:
                self.ice.set_items(state.ice_items)
            self.ice.set_unable(state.ice_unable)
        if self.capd is not None:
            self.capd.set_answers(state.capd_answers or [None] * len(CAPD_ITEMS))
            self.capd.set_unable(state.capd_unable)
        self.consciousness.set_value(state.consciousness)
        self.seizure.set_value(state.seizure)
        self.motor.set_value("yes" if state.motor_weakness else "no")
        self.edema.set_value(state.cerebral_edema)
        self.consciousness.set_other_cause(state.consciousness_other_cause)
        self.seizure.set_other_cause(state.seizure_other_cause)
        self.motor.set_other_cause(state.motor_other_cause)
        self.edema.set_other_cause(state.edema_other_cause)
        for name, button in self.findings.items():
            button.blockSignals(True)
            button.setChecked(getattr(state, name))
            button.blockSignals(False)
        self._refresh_findings()
        self._png = state.handwriting_png
        self._show_current()

    def set_baseline(self, png: bytes | None, caption: str = "") -> None:
        """The patient's first stored handwriting sample."""
        if self.compare is not None:
            self.compare.set_baseline(png, caption)

    def handwriting_png(self) -> bytes | None:
        return self._png

    def set_handwriting_png(self, png: bytes | None) -> None:
        self._png = png
        self._show_current()
        self.changed.emit()

    def open_handwriting(self) -> None:
        """Open the pad (modal, non-blocking); Done stores the sample."""
        self._dialog = HandwritingDialog(self.window())
        self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.resize(min(1100, max(700, self.window().width() - 80)), 560)
        self._dialog.open()

    def handwriting_dialog(self) -> HandwritingDialog | None:
        return self._dialog

    # -- internals ------------------------------------------------------------------------
    def _on_dialog_finished(self, result: int) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted and dialog.png():
            self.set_handwriting_png(dialog.png())
        dialog.deleteLater()

    def _on_finding(self, _checked: bool) -> None:
        self._refresh_findings()
        self.changed.emit()

    def _refresh_findings(self) -> None:
        texts = {
            "tremor": self.tr("Tremor"),
            "myoclonus": self.tr("Myoclonus"),
            "headache": self.tr("Headache"),
            "intracranial_haemorrhage": self.tr("Intracranial haemorrhage"),
        }
        for name, button in self.findings.items():
            mark = "✔" if button.isChecked() else "□"
            button.setText(f"{mark} {texts[name]}")

    def _show_last(self) -> None:
        text = self._last_consciousness
        self.consciousness_last.setText(
            self.tr("Required. Last recorded: {last}").format(last=text)
            if text
            else self.tr("Required: tap what you see now.")
        )

    def _show_current(self) -> None:
        if self.compare is not None:
            caption = self.tr("Written now") if self._png else ""
            self.compare.set_current(self._png, caption)

"""Step 5: what the entry gives — grades and why, the protocol step, alerts, tocilizumab."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...logic.assessment import Assessment
from ...logic.findings import Severity
from ...logic.messages import Message
from ...logic.patient_protocol import protocol_display_name
from ...logic.support_change import GradeDrop
from ...logic.validation import Warning_
from .. import theme
from ..widgets.grade_badge import GradeBadge
from .review_texts import dose_text, ledger_text
from .touch_scroll import TouchScrollArea

Render = Callable[[Message | str], str]

#: (border, background) of an alert by severity; the severity is also written out.
SEVERITY_COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.CRITICAL: (theme.ERROR, "#fdecee"),
    Severity.WARNING: (theme.FOCUS, "#fff4e6"),
    Severity.INFO: (theme.BORDER, theme.PANEL),
}


def _label(text: str = "", role: str | None = None, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if role:
        label.setProperty("role", role)
    if name:
        label.setObjectName(name)
    return label


class ReviewPage(QWidget):
    """Shows an :class:`Assessment` from ``WardService.preview`` and its soft-limit
    warnings; every logic message is rendered through ``render`` (the session's
    language), again on :meth:`rerender` after a language switch.

    ``set_changes`` shows what the entry changes against the previous record and
    any grade it would lower; a lower grade needs the confirm tap
    (``drops_confirmed()``, signal ``dropConfirmed(bool)``) before signing.
    """

    dropConfirmed = Signal(bool)

    def __init__(self, render: Render, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._render = render
        self._assessment: Assessment | None = None
        self._warnings: list[Warning_] = []
        self._confirmed: dict[str, str] = {}
        self._summary: list[str] = []
        self._error = ""
        self._changes: list[Message] = []
        self._drops: list[GradeDrop] = []
        self._drop_needed = False
        self.crs_badge = GradeBadge("CRS")
        self.crs_badge.setObjectName("review_crs")
        self.icans_badge = GradeBadge("ICANS")
        self.icans_badge.setObjectName("review_icans")
        self.crs_badge.setMinimumWidth(120)
        self.icans_badge.setMinimumWidth(120)

        self._titles = {
            key: _label(role="heading")
            for key in ("grades", "changes", "plan", "alerts", "dose", "warnings", "summary")
        }
        self.changes_text = _label(name="changes_text")
        self.drops_box = QFrame()
        self.drops_box.setObjectName("grade_drops")
        self.drops_box.setStyleSheet(
            f"QFrame#grade_drops {{ border: 3px solid {theme.ERROR}; background: #fdecee; }}"
        )
        self.drops_text = _label(name="drops_text")
        self.drops_text.setStyleSheet("border: none; font-weight: bold;")
        self.drop_confirm = QPushButton()
        self.drop_confirm.setObjectName("drop_confirm")
        self.drop_confirm.setCheckable(True)
        self.drop_confirm.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(self.drop_confirm)
        self.drop_confirm.toggled.connect(self._on_drop_confirm)
        drops = QVBoxLayout(self.drops_box)
        drops.addWidget(self.drops_text)
        drops.addWidget(self.drop_confirm, 0, Qt.AlignmentFlag.AlignLeft)
        self.crs_reasons = _label(name="crs_reasons")
        self.icans_reasons = _label(name="icans_reasons")
        self.plan = _label(name="plan_lines")
        self.sources = _label(role="hint", name="plan_sources")
        self.dose = _label(name="dose_text")
        self.ledger = _label(name="ledger_text")
        self.warnings_text = _label(name="warnings_text")
        self.summary = _label(name="summary_text")
        self.error = _label(role="error", name="review_error")
        self._alerts_box = QVBoxLayout()
        self._alerts_box.setSpacing(6)
        self.alert_labels: list[QLabel] = []

        grades = QGridLayout()
        grades.setHorizontalSpacing(12)
        grades.addWidget(self.crs_badge, 0, 0, Qt.AlignmentFlag.AlignTop)
        grades.addWidget(self.crs_reasons, 0, 1)
        grades.addWidget(self.icans_badge, 0, 2, Qt.AlignmentFlag.AlignTop)
        grades.addWidget(self.icans_reasons, 0, 3)
        grades.setColumnStretch(1, 1)
        grades.setColumnStretch(3, 1)

        inner = QWidget()
        self.scroll_area = TouchScrollArea(inner, self)  # made in place: see VitalsPage
        box = QVBoxLayout(inner)
        box.addWidget(self.error)
        box.addWidget(self.drops_box)
        box.addWidget(self._titles["grades"])
        box.addLayout(grades)
        box.addWidget(self._titles["changes"])
        box.addWidget(self.changes_text)
        box.addWidget(self._titles["alerts"])
        box.addLayout(self._alerts_box)
        box.addWidget(self._titles["plan"])
        box.addWidget(self.plan)
        box.addWidget(self.sources)
        box.addWidget(self._titles["dose"])
        box.addWidget(self.dose)
        box.addWidget(self.ledger)
        box.addWidget(self._titles["warnings"])
        box.addWidget(self.warnings_text)
        box.addWidget(self._titles["summary"])
        box.addWidget(self.summary)
        box.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.retranslate()

    # -- model API ------------------------------------------------------------------
    def show_result(
        self,
        assessment: Assessment,
        warnings: Sequence[Warning_],
        confirmed: dict[str, str],
        summary: Sequence[str],
    ) -> None:
        self._assessment = assessment
        self._warnings = list(warnings)
        self._confirmed = dict(confirmed)
        self._summary = list(summary)
        self._error = ""
        self.rerender()

    def show_error(self, text: str) -> None:
        """Nothing to review (e.g. not signed in): say why."""
        self._assessment = None
        self._error = text
        self.rerender()

    def assessment(self) -> Assessment | None:
        return self._assessment

    def set_changes(self, changes: Sequence[Message], drops: Sequence[GradeDrop]) -> None:
        """What changed since the last record, and the grades that would fall; a new
        set of drops must be confirmed again."""
        if [(d.kind, d.before, d.after) for d in drops] != [
            (d.kind, d.before, d.after) for d in self._drops
        ]:
            self.drop_confirm.setChecked(False)
            self._drop_needed = False
        self._changes = list(changes)
        self._drops = list(drops)
        self.rerender()

    def show_save_failure(self, text: str) -> None:
        """The save failed: the reason and what to do, above the review (which stays)."""
        self._error = text
        self.rerender()
        self.scroll_area.ensureWidgetVisible(self.error)

    def show_drop_needed(self) -> None:
        """Signing was asked before the lower grade was confirmed: say where to tap."""
        self._drop_needed = True
        self._show_changes(self._assessment is not None)
        self.scroll_area.ensureWidgetVisible(self.drops_box)

    def drops(self) -> list[GradeDrop]:
        return list(self._drops)

    def drops_confirmed(self) -> bool:
        """True when no grade falls, or the nurse tapped to confirm it does."""
        return not self._drops or self.drop_confirm.isChecked()

    def set_summary(self, summary: Sequence[str]) -> None:
        self._summary = list(summary)
        self.summary.setText("\n".join(self._summary))

    # -- texts ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._titles["grades"].setText(self.tr("Grades from this entry"))
        self._titles["changes"].setText(self.tr("Changes since the last record"))
        self._titles["plan"].setText(self.tr("What the protocol says for these grades"))
        self._titles["alerts"].setText(self.tr("Alerts"))
        self._titles["dose"].setText(self.tr("Tocilizumab"))
        self._titles["warnings"].setText(self.tr("Unusual values to confirm"))
        self._titles["summary"].setText(self.tr("This entry"))
        self.rerender()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rerender(self) -> None:
        """Render every logic message again (the session's language may have changed)."""
        a = self._assessment
        self.error.setText(f"⚠ {self._error}" if self._error else "")
        self.error.setVisible(bool(self._error))
        for title in self._titles.values():
            title.setVisible(a is not None)
        for widget in (
            self.crs_badge,
            self.icans_badge,
            self.crs_reasons,
            self.icans_reasons,
            self.plan,
            self.sources,
            self.dose,
            self.ledger,
            self.warnings_text,
            self.summary,
        ):
            widget.setVisible(a is not None)
        self._show_alerts(a)
        self._show_changes(a is not None)
        if a is None:
            return
        r = self._render
        self.crs_badge.set_grade(a.crs.grade)
        self.icans_badge.set_grade(a.icans.grade)
        none = self.tr("No findings for a grade.")
        # §12: NEWS2 beside, never instead of, the CRS grade, with its note.
        news2 = f"\n{r(a.news2.summary())} — {r(a.news2.note)}" if a.news2 else ""
        self.crs_reasons.setText(("\n".join(f"• {r(m)}" for m in a.crs_reasons) or none) + news2)
        self.icans_reasons.setText("\n".join(f"• {r(m)}" for m in a.icans_reasons) or none)
        blocks = []
        for kind, grade, lines in (
            ("CRS", a.crs.grade, a.plan.crs_lines),
            ("ICANS", a.icans.grade, a.plan.icans_lines),
        ):
            if lines:
                head = self.tr("{kind} grade {grade}:").format(kind=kind, grade=grade)
                blocks.append("\n".join([head, *(f"  • {r(m)}" for m in lines)]))
        protocol = self.tr("Protocol for this patient: {protocol}").format(  # §10
            protocol=r(protocol_display_name(a.protocol_id))
        )
        self.plan.setText(
            "\n".join(
                [protocol, *blocks]
                if blocks
                else [protocol, self.tr("No management step for grade 0: keep monitoring.")]
            )
        )
        self.sources.setText(
            self.tr("Source: {sources}").format(sources="; ".join(r(s) for s in a.plan.sources))
            if a.plan.sources
            else ""
        )
        self.dose.setText(dose_text(a, self._render))
        self.ledger.setText(ledger_text(a))
        self.warnings_text.setText(self._warnings_text())
        self.summary.setText("\n".join(self._summary))

    # -- internals ------------------------------------------------------------------------
    def _show_changes(self, shown: bool) -> None:
        r = self._render
        self.changes_text.setText("\n".join(f"• {r(m)}" for m in self._changes))
        self.changes_text.setVisible(shown and bool(self._changes))
        self._titles["changes"].setVisible(shown and bool(self._changes))
        self.drops_box.setVisible(shown and bool(self._drops))
        blocks = []
        for drop in self._drops:
            blocks.append(
                "\n".join(["⚠ " + r(drop.title()), *(f"  • {r(m)}" for m in drop.because)])
            )
        if self._drop_needed and not self.drop_confirm.isChecked():
            blocks.append(self.tr("Tap the box below to confirm the lower grade, then sign."))
        self.drops_text.setText("\n".join(blocks))
        self._on_drop_confirm(self.drop_confirm.isChecked(), emit=False)

    def _on_drop_confirm(self, checked: bool, emit: bool = True) -> None:
        mark = "✔" if checked else "□"
        self.drop_confirm.setText(
            f"{mark} " + self.tr("I checked the patient: the lower grade is right")
        )
        if emit:
            self.dropConfirmed.emit(checked)

    def _show_alerts(self, a: Assessment | None) -> None:
        for label in self.alert_labels:
            self._alerts_box.removeWidget(label)
            label.deleteLater()
        self.alert_labels = []
        if a is None:
            return
        words = {
            Severity.CRITICAL: self.tr("Critical"),
            Severity.WARNING: self.tr("Warning"),
            Severity.INFO: self.tr("Note"),
        }
        if not a.alerts:
            label = _label(self.tr("No alerts."))
            self.alert_labels.append(label)
            self._alerts_box.addWidget(label)
        for alert in a.alerts:
            text = self.tr("{severity}: {message}").format(
                severity=words[alert.severity], message=self._render(alert.message)
            )
            if alert.source:
                text += "\n" + self.tr("Source: {sources}").format(
                    sources=self._render(alert.source)
                )
            label = _label(text, name=f"alert_{alert.severity.value}")
            border, fill = SEVERITY_COLOURS[alert.severity]
            width = 8 if alert.severity is Severity.CRITICAL else 5
            label.setStyleSheet(
                f"background: {fill}; border-left: {width}px solid {border}; padding: 6px 10px;"
            )
            self.alert_labels.append(label)
            self._alerts_box.addWidget(label)

    def _warnings_text(self) -> str:
        if not self._warnings:
            return self.tr("None.")
        lines = []
        for warning in self._warnings:
            reason = self._confirmed.get(warning.render("en"))
            status = (
                self.tr("confirmed: {reason}").format(reason=reason)
                if reason
                else self.tr("to confirm when you save")
            )
            lines.append(
                "• "
                + self.tr("{warning} ({status})").format(
                    warning=self._render(warning.message), status=status
                )
            )
        return "\n".join(lines)

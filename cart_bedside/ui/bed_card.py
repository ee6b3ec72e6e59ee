"""One bed of the ward board: a card the nurse taps to open the patient."""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..logic.catalogue import CATALOGUE
from ..logic.findings import Severity
from ..logic.messages import msg, term
from ..logic.patient_protocol import protocol_short_name
from ..service import BedCard, masked_name
from ..service.sync_marks import BoardMarks
from . import theme
from .bed_card_parts import AgeLine, ElidedLabel, elide_lines, most_severe, short_alert_text
from .bed_card_style import CARD_HEIGHT, CARD_MIN_WIDTH, CARD_STYLESHEET
from .judgement_text import corrected_text, news2_text
from .widgets.grade_badge import GradeBadge

__all__ = [
    "CARD_MIN_WIDTH",
    "CARD_STYLESHEET",
    "BedCardWidget",
    "elide_lines",
    "most_severe",
    "short_alert_text",
]

L = TypeVar("L", bound=QLabel)

#: A press that moved further than this is a drag (scrolling), not a tap.
TAP_SLOP_PX = 16


class BedCardWidget(QFrame):
    """Bed, name (masked on request), D+N, CRS/ICANS badges, last ICE or CAPD, risk
    group, a draft marker, whether the grades are co-signed, when the last vital
    signs were taken, this shift's due and overdue tasks (and what is overdue),
    and the open alerts, counted with a word, of one ``BedCard``.

    The whole card is one touch target: a tap emits ``activated(episode_id)``.
    """

    activated = Signal(str)
    _ago: int | None = None  # the minutes of "… min ago" as written

    def __init__(self, session, card: BedCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._card = card
        self._press: QPoint | None = None
        self._marks = BoardMarks()
        self.setObjectName("bedCard")
        self.setProperty("pressed", False)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(CARD_MIN_WIDTH)
        self.setFixedHeight(CARD_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        def label(name: str, widget: L) -> L:
            widget.setObjectName(name)
            return widget

        self._bed = label("bed", QLabel())
        self._name = label("name", ElidedLabel(1))
        # the age (never cut), the protocol (elides) and a ward of devices' mark (a conflict,
        # rows just received): one line under the name, the card's height is fixed
        self._age_line = AgeLine()
        self._sync = self._age_line.mark
        self._day = label("day", QLabel())
        self._crs = GradeBadge("CRS")
        self._icans = GradeBadge("ICANS")
        for badge in (self._crs, self._icans):
            # Taps on the badges open the patient like the rest of the card.
            badge.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            badge.setFixedSize(72, theme.TOUCH_LARGE_PX)
        self._neuro = label("neuro", QLabel())
        self._confirmed = label("confirmed", ElidedLabel(1))
        self._news2 = label("news2", QLabel())
        self._risk = label("risk", QLabel())
        self._risk.setWordWrap(True)  # "standard risk" on a narrow card: two lines, not cut
        self._draft = label("draft", QLabel())
        self._vitals = label("vitals", QLabel())
        self._due = label("due", QLabel())
        self._overdue = label("overdue", ElidedLabel(1))
        self._alert_count = label("alertCount", QLabel())
        self._alert_text = label("alertText", ElidedLabel(1))

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self._bed)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self._name)
        names.addWidget(self._age_line)
        top.addLayout(names, 1)
        top.addWidget(self._day, 0, Qt.AlignmentFlag.AlignTop)

        middle = QHBoxLayout()
        middle.setSpacing(6)
        middle.addWidget(self._crs)
        middle.addWidget(self._icans)
        facts = QVBoxLayout()
        facts.setSpacing(2)
        facts.addWidget(self._neuro)
        facts.addWidget(self._risk, 0, Qt.AlignmentFlag.AlignLeft)
        facts.addWidget(self._news2)  # §12: beside the grades, never instead of them
        facts.addWidget(self._draft, 0, Qt.AlignmentFlag.AlignLeft)
        facts.addStretch(1)
        middle.addLayout(facts, 1)

        tasks = QHBoxLayout()
        tasks.setSpacing(12)
        tasks.addWidget(self._due)
        tasks.addWidget(self._overdue, 1)

        alerts = QHBoxLayout()
        alerts.setSpacing(8)
        alerts.addWidget(self._alert_count, 0, Qt.AlignmentFlag.AlignTop)
        alerts.addWidget(self._alert_text, 1)

        box = QVBoxLayout(self)
        box.setContentsMargins(10, 4, 10, 4)
        box.setSpacing(3)
        box.addLayout(top)
        box.addLayout(middle)
        box.addWidget(self._confirmed)  # its own line: "分级待医生确认" never cut
        box.addWidget(self._vitals)
        box.addLayout(tasks)
        box.addLayout(alerts)
        box.addStretch(1)
        self.retranslate()

    # -- model API -----------------------------------------------------------------------
    def card(self) -> BedCard:
        return self._card

    def episode_id(self) -> str:
        return self._card.episode_id

    def set_card(self, card: BedCard) -> None:
        """Show ``card``; nothing is redrawn when it did not change, but "… min ago" (and
        its red after 4 h) once the clock has moved on (a card built ahead, the minute tick)."""
        if card != self._card:
            self._card = card
            self.retranslate()
        elif card.last_vitals_at is not None and self._ago != self._minutes_ago(
            card.last_vitals_at
        ):
            self._vitals.setText(self.vitals_text(card.last_vitals_at))

    def set_marks(self, marks: BoardMarks | None) -> None:
        """Show a ward-of-devices mark: conflicting corrections, rows just received."""
        marks = marks or BoardMarks()
        if marks != self._marks:
            self._marks = marks
            self.retranslate()

    def marks(self) -> BoardMarks:
        return self._marks

    def crs_badge(self) -> GradeBadge:
        return self._crs

    def icans_badge(self) -> GradeBadge:
        return self._icans

    def shown_name(self) -> str:
        return self._name.full_text()

    def texts(self) -> dict[str, str]:
        """What the card says, by part (for tests and accessibility)."""
        return {
            "bed": self._bed.text(),
            "name": self._name.full_text(),
            "age": self._age_text(),
            "day": self._day.text(),
            "crs": self._crs.text(),
            "icans": self._icans.text(),
            "neuro": self._neuro.text(),
            "risk": self._risk.text(),
            "due": self._due.text(),
            "overdue": self._overdue.full_text(),
            "news2": self._news2.text(),
            "alert_count": self._alert_count.text(),
            "alert": self._alert_text.full_text(),
            "vitals": self._vitals.text(),
            "sync": self._age_line.mark_text(),
            "draft": self._draft.text() if self._card.has_draft else "",
            "confirmed": self._confirmed.full_text()
            if self._card.grades_confirmed is not None
            else "",
        }

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Redraw every text in the current language and masking."""
        card, render = self._card, self._session.render
        self._bed.setText(card.bed)
        name = masked_name(card.name) if self._session.names_masked else card.name
        self._name.set_full_text(name)
        self._day.setText(card.day_label)
        self._show_marks()
        # §11: the grade that stands (a physician's correction), the computed one beside.
        crs, icans = card.standing_grades
        self._crs.set_grade(crs)
        self._icans.set_grade(icans)
        self._neuro.setText(self.neuro_text(card))
        self._news2.setText(news2_text(card))
        confirmed = card.grades_confirmed
        self._confirmed.set_full_text(
            corrected_text(card, self.tr("physician ({kind} computed {grade})"))
            or (
                ""
                if confirmed is None
                else self.tr("✔ grades co-signed")
                if confirmed
                else self.tr("grades not yet co-signed")
            )
        )
        self._confirmed.setVisible(bool(self._confirmed.full_text()))
        self._risk.setText(
            render(msg("risk.group.high" if card.risk_high else "risk.group.standard"))
        )
        self._set_prop(self._risk, "high", card.risk_high)
        self._draft.setText(self.tr("✎ unsigned draft"))
        self._draft.setVisible(card.has_draft)
        self._vitals.setText(self.vitals_text(card.last_vitals_at))
        self._due.setText(self.tr("{n} due").format(n=card.due))  # this shift (logic.shift_tasks)
        self._set_prop(self._due, "zero", card.due == 0)
        not_done = self.tr(" · not done {n}").format(n=card.not_done) if card.not_done else ""
        if card.overdue:
            what = "、" if self._session.lang == "zh_CN" else ", "
            self._overdue.set_full_text(
                self.tr("{n} overdue: {what}").format(
                    n=card.overdue, what=what.join(self.kind_text(k) for k in card.overdue_kinds)
                )
                + not_done
            )
        else:
            self._overdue.set_full_text(self.tr("none overdue") + not_done)
        self._set_prop(self._overdue, "zero", card.overdue == 0)
        top = most_severe(card.alerts)
        critical = top is not None and top.severity is Severity.CRITICAL
        if top is None:
            self._alert_count.setText("")
            self._alert_text.set_full_text(self.tr("No open alerts"))
        else:
            mark = "‼" if critical else "!"
            self._alert_count.setText(
                self.tr("{mark} Alerts ({n}):").format(mark=mark, n=len(card.alerts))
            )
            self._alert_text.set_full_text(short_alert_text(top.render(self._session.lang)))
        self._alert_count.setVisible(top is not None)
        self._set_prop(self._alert_count, "critical", critical)
        self._set_prop(self._alert_text, "critical", critical)
        self._set_prop(self._alert_text, "none", top is None)
        self.setAccessibleName(
            self.tr("Bed {bed}, {name}, {day}, CRS {crs}, ICANS {icans}").format(
                bed=card.bed, name=name, day=card.day_label, crs=crs, icans=icans
            )
        )

    def _show_marks(self) -> None:
        """The line under the name: the age, the protocol and the ward of devices' mark, a
        conflict first (a physician must act), else "from another tablet" for a minute."""
        marks = self._marks
        if marks.conflicts:
            text, kind = self.tr("⚠ Conflict"), "conflict"
            tip = self.tr(
                "{n} record(s) corrected differently on two tablets: a physician resolves "
                "them in History"
            ).format(n=marks.conflicts)
        elif marks.received_from:
            text, kind = self.tr("⇩ Other tablet"), "received"
            tip = self.tr("New records from another tablet at {time}").format(
                time=marks.received_at.strftime("%H:%M") if marks.received_at else ""
            )
        else:
            text, kind, tip = "", "", ""
        card = self._card
        protocol = card.protocol_id and self._session.render(protocol_short_name(card.protocol_id))
        self._age_line.set_texts(self.age_text(card.age_years), protocol, text, text[:1])
        self._sync.setToolTip(tip)
        self._sync.setAccessibleDescription(tip)
        self._sync.setVisible(bool(text))
        if self._sync.property("kind") != kind:
            self._sync.setProperty("kind", kind)
            theme.repolish(self._sync)

    def _age_text(self) -> str:
        """The age and the protocol as the line says them in full."""
        line = self._age_line
        return f"{line.age.text()} {line.protocol.full_text()}".strip()

    def age_text(self, age_years: float) -> str:
        if age_years < 2:
            return self.tr("{months} months").format(months=int(age_years * 12))
        return self.tr("{years} y").format(years=int(age_years))

    def vitals_text(self, at: datetime | None) -> str:
        """When the last vital signs were taken, and how long ago (red after 4 h)."""
        if at is None:
            self._set_prop(self._vitals, "stale", True)
            return self.tr("No vital signs yet")
        self._ago = minutes = self._minutes_ago(at)
        ago = (
            self.tr("{m} min ago").format(m=minutes)
            if minutes < 60
            else self.tr("{h} h ago").format(h=minutes // 60)
        )
        self._set_prop(self._vitals, "stale", minutes >= 4 * 60)
        return self.tr("Vital signs {time} ({ago})").format(time=at.strftime("%H:%M"), ago=ago)

    def _minutes_ago(self, at: datetime) -> int:
        return max(0, int((self._session.service.clock() - at).total_seconds() // 60))

    def kind_text(self, kind: str) -> str:
        code = f"task.kind.{kind}"
        return self._session.render(term(code)) if code in CATALOGUE else kind

    def neuro_text(self, card: BedCard) -> str:
        """Last ICE score, or CAPD when the patient is assessed with CAPD (``Patient.uses_capd``:
        under 12, or developmental delay; CAPD ≥ 9 is abnormal, ICE < 10 is)."""
        if card.last_capd is not None and (card.last_ice is None or card.uses_capd):
            return self.tr("CAPD {score}").format(score=card.last_capd)
        if card.last_ice is not None:
            return self.tr("ICE {score}/10").format(score=card.last_ice)
        return self.tr("ICE –")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _set_prop(widget: QWidget, name: str, value: bool) -> None:
        if widget.property(name) != value:
            widget.setProperty(name, value)
            theme.repolish(widget)

    # -- touch ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.globalPosition().toPoint()
            self._set_prop(self, "pressed", True)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        start, self._press = self._press, None
        self._set_prop(self, "pressed", False)
        if start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.globalPosition().toPoint() - start).manhattanLength()
        if moved <= TAP_SLOP_PX and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self._card.episode_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self._card.episode_id)
        else:
            super().keyPressEvent(event)

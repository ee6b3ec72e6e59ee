"""The ward board: one card per occupied bed, sorted by bed or by severity."""

from __future__ import annotations

import time
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from ..service import BedCard
from ..service.sync_marks import RECEIVED_WINDOW_S
from . import tablet_settings, theme
from .bed_card import CARD_MIN_WIDTH, CARD_STYLESHEET, BedCardWidget

SORTS = ("bed", "severity")
#: The board redraws itself this often: due turns overdue, "2 h ago" moves on.
REFRESH_MS = 60_000
GRID_SPACING = 12
GRID_MARGIN = 12


def columns_for(width: int) -> int:
    """How many cards fit side by side in ``width`` px (4 at 1280, 6 at 1920)."""
    usable = width - 2 * GRID_MARGIN + GRID_SPACING
    return max(1, usable // (CARD_MIN_WIDTH + GRID_SPACING))


class WardBoardWidget(QWidget):
    """Cards of the occupied beds in a drag-scrolled grid, and a toolbar: sort by bed or
    severity, hide names, refresh.

    Redraws on ``session.record_saved`` (the service re-grades only that
    episode), on sign-in, on language or masking changes, and every minute
    while it is on screen (``REFRESH_MS``); clears itself when the tablet locks.
    A tapped card emits ``patient_requested(episode_id)``.
    """

    patient_requested = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        remembered = tablet_settings.get("board/sort")  # this tablet's last choice
        self._sort = remembered if remembered in SORTS else "bed"
        self._widgets: dict[str, BedCardWidget] = {}
        #: cards built while the PIN is typed (prepare_card): hidden until sign-in
        self._ready: dict[str, BedCardWidget] = {}
        self._order: list[str] = []
        self._columns = 0
        self._count = 0
        self.last_refresh_s = 0.0

        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._summary = QLabel()
        self._summary.setObjectName("boardSummary")
        self._summary.setProperty("role", "hint")
        self._sort_label = QLabel()
        self._sort_group = QButtonGroup(self)
        self._sort_group.setExclusive(True)
        self._sort_buttons: dict[str, QPushButton] = {}
        for sort in SORTS:
            button = self._tool_button(f"sort_{sort}", checkable=True)
            button.clicked.connect(lambda _=False, s=sort: self.set_sort(s))
            self._sort_group.addButton(button)
            self._sort_buttons[sort] = button
        self._sort_buttons[self._sort].setChecked(True)
        self._mask = self._tool_button("maskNames", checkable=True)
        self._mask.setChecked(session.names_masked)
        self._mask.toggled.connect(self._session.set_names_masked)
        self._refresh_button = self._tool_button("refresh")
        self._refresh_button.clicked.connect(self.refresh)

        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self._title)
        titles.addWidget(self._summary)
        toolbar.addLayout(titles, 1)
        toolbar.addWidget(self._sort_label)
        toolbar.addWidget(self._sort_buttons["bed"])
        toolbar.addWidget(self._sort_buttons["severity"])
        toolbar.addSpacing(16)
        toolbar.addWidget(self._mask)
        toolbar.addWidget(self._refresh_button)

        self._grid_box = QWidget()
        self._grid_box.setObjectName("boardGrid")
        self._grid_box.setStyleSheet(CARD_STYLESHEET)
        self._grid = QGridLayout(self._grid_box)
        self._grid.setContentsMargins(GRID_MARGIN, GRID_MARGIN, GRID_MARGIN, GRID_MARGIN)
        self._grid.setSpacing(GRID_SPACING)
        self._empty = QLabel()
        self._empty.setObjectName("boardEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "hint")
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(self._grid_box)
        # Drag to scroll (touch arrives as mouse drags); a tap still reaches the card.
        QScroller.grabGesture(
            self._scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture
        )
        self._scroll.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.setSpacing(6)
        layout.addLayout(toolbar)
        layout.addWidget(self._empty)
        layout.addWidget(self._scroll, 1)

        # Bound methods, not lambdas: Qt drops the connections when the board goes.
        session.record_saved.connect(self._on_record_saved)
        session.signed_in.connect(self._on_signed_in)
        session.language_changed.connect(self._on_language_changed)
        session.names_masked_changed.connect(self._on_masked)
        session.locked.connect(self.clear)
        session.signed_out.connect(self.clear)
        self.refreshed_at = None
        self._tick = QTimer(self)
        self._tick.setInterval(REFRESH_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self._on_tick)
        self.retranslate()
        self.refresh()

    # -- model API -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask the service for the cards and update the grid; only changed cards redraw."""
        started = time.perf_counter()
        if self._session.user is None:
            self.clear()
            return
        cards = self._session.service.board(sort=self._sort)
        marks = self._session.sync.board_marks()
        order = []
        for card in cards:
            widget = self._widgets.get(card.episode_id)
            if widget is None:
                widget = self._new_card(card)
                widget.activated.connect(self.patient_requested)
                self._widgets[card.episode_id] = widget
            else:
                widget.set_card(card)
            widget.set_marks(marks.get(card.episode_id))
            order.append(card.episode_id)
        for episode_id in set(self._widgets) - set(order):
            gone = self._widgets.pop(episode_id)
            self._grid.removeWidget(gone)
            gone.deleteLater()
        self._drop_ready()  # built ahead for a bed empty since: never shown
        self._count = len(order)
        self._place(order)
        self.refreshed_at = self._session.service.clock()
        self._expire_received(marks)
        self._show_summary()
        self.last_refresh_s = time.perf_counter() - started

    def clear(self) -> None:
        """Drop every card (the tablet locked: no patient data stays on screen)."""
        for widget in self._widgets.values():
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._widgets.clear()
        self._drop_ready()
        self._order = []
        self._count = 0
        self._show_summary()

    def prepare_card(self, card: BedCard) -> None:
        """Build ``card``'s widget ahead, hidden and styled by the board's stylesheet, while
        the sign-in screen waits (``ui/warm_up.py``): the first board after the PIN only
        shows it. It is never shown nor painted before the PIN is checked; the board then
        reads its cards again (``service.board``) and redraws only what changed."""
        if self._session.user is not None or card.episode_id in self._widgets:
            return  # signed in already: the board reads and builds its own
        self._drop_ready(card.episode_id)
        widget = BedCardWidget(self._session, card, self._grid_box)
        widget.hide()
        widget.ensurePolished()  # and its labels: nothing left to style when shown
        widget.adjustSize()  # its layout's sizes now: show() would work them out (≈ 0.7 ms)
        self._ready[card.episode_id] = widget

    def prepared(self) -> list[BedCardWidget]:
        """The cards built ahead and not shown yet (for tests)."""
        return list(self._ready.values())

    def cards(self) -> list[BedCardWidget]:
        """The card widgets in the order shown (row by row)."""
        return [self._widgets[e] for e in self._order]

    def card(self, episode_id: str) -> BedCardWidget:
        return self._widgets[episode_id]

    def sort(self) -> str:
        return self._sort

    def set_sort(self, sort: str) -> None:
        """ "bed" (natural bed order) or "severity" (highest grade, overdue, alerts first)."""
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
        self._sort_buttons[sort].setChecked(True)
        if sort != self._sort:
            self._sort = sort
            tablet_settings.put("board/sort", sort)
            self.refresh()

    def sort_button(self, sort: str) -> QPushButton:
        return self._sort_buttons[sort]

    def mask_button(self) -> QPushButton:
        return self._mask

    def columns(self) -> int:
        return self._columns

    def scroll_area(self) -> QScrollArea:
        return self._scroll

    # -- widget ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.tr("Ward board"))
        self._sort_label.setText(self.tr("Sort:"))
        self._sort_buttons["bed"].setText(self.tr("By bed"))
        self._sort_buttons["severity"].setText(self.tr("By severity"))
        self._mask.setText(self.tr("Hide names"))
        self._refresh_button.setText(self.tr("Refresh"))
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._place(self._order)
        return False

    # -- internals -------------------------------------------------------------------------
    def _tool_button(self, name: str, checkable: bool = False) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setCheckable(checkable)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        theme.touch_size(button)
        return button

    def _new_card(self, card: BedCard) -> BedCardWidget:
        widget = self._ready.pop(card.episode_id, None)
        if widget is None:
            return BedCardWidget(self._session, card, self._grid_box)
        widget.set_card(card)  # read again now: only what changed is redrawn
        widget.show()  # on screen with the grid, once placed
        return widget

    def _drop_ready(self, episode_id: str | None = None) -> None:
        """Delete the cards built ahead (one, or all): unshown, nobody needs them."""
        ids = list(self._ready) if episode_id is None else [episode_id]
        for eid in ids:
            widget = self._ready.pop(eid, None)
            if widget is not None:
                widget.deleteLater()

    def _place(self, order: list[str]) -> None:
        """Put the cards in the grid, re-laying it out only when order or width changed."""
        columns = columns_for(self._scroll.viewport().width())
        if order == self._order and columns == self._columns:
            return
        for episode_id in self._order:
            widget = self._widgets.get(episode_id)
            if widget is not None:
                self._grid.removeWidget(widget)
        for i, episode_id in enumerate(order):
            self._grid.addWidget(self._widgets[episode_id], i // columns, i % columns)
        for col in range(max(columns, self._columns)):
            self._grid.setColumnStretch(col, 1 if col < columns else 0)
        rows = (len(order) + columns - 1) // columns
        for row in range(max(self._grid.rowCount(), rows + 1)):
            self._grid.setRowStretch(row, 1 if row == rows else 0)
        self._order, self._columns = list(order), columns

    def _expire_received(self, marks: dict) -> None:
        """Redraw when the first "from another tablet" mark is a minute old (not a tick later)."""
        times = [m.received_at for m in marks.values() if m.received_at is not None]
        if not times or self.refreshed_at is None:
            return
        due = min(times) + timedelta(seconds=RECEIVED_WINDOW_S + 1) - self.refreshed_at
        self._expiry.start(max(1000, int(due.total_seconds() * 1000)))

    def _on_tick(self) -> None:
        if self.isVisible() and self._session.user is not None:
            self.refresh()

    def _on_record_saved(self, _episode_id: str) -> None:
        self.refresh()

    def _on_signed_in(self, _user) -> None:
        self.refresh()

    def _on_language_changed(self, _lang: str) -> None:
        self._redraw_cards()

    def _redraw_cards(self) -> None:
        for widget in (*self._widgets.values(), *self._ready.values()):
            widget.retranslate()
        self._show_summary()

    def _on_masked(self, masked: bool) -> None:
        if self._mask.isChecked() != masked:
            self._mask.setChecked(masked)
        self._redraw_cards()

    def _show_summary(self) -> None:
        signed_in = self._session.user is not None
        text = self.tr("{n} occupied beds").format(n=self._count) if signed_in else ""
        if signed_in and self.refreshed_at is not None:
            text += self.tr(" · updated {time}").format(time=self.refreshed_at.strftime("%H:%M"))
        self._summary.setText(text)
        if not signed_in:
            self._empty.setText(self.tr("Sign in to see the ward."))
        elif not self._count:
            self._empty.setText(self.tr("No occupied beds."))
        self._empty.setVisible(not signed_in or not self._count)

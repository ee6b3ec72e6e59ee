"""The shift entry's five pages in one stack, built a few at a time (issue 11 item 3).

Building all five pages at once held the UI thread for 140–160 ms (more on a
busy tablet). The stack starts empty; ``build_next()`` builds the next page
(the vitals page, the one a nurse lands on, first) and returns whether any is
left, so the owner builds one per turn of the event loop. Asking for a page
that is not built yet (``oxygen`` …) builds it and those before it at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QStackedWidget, QWidget

from ...logic.messages import Message
from .fluids_page import FluidsPage
from .neuro_page import NeuroPage
from .oxygen_page import OxygenPage
from .review_page import ReviewPage
from .vitals_page import VitalsPage


class EntryPages(QStackedWidget):
    """The stack vitals → oxygen → neuro → fluids → review (the step numbers of ``state``).

    Each page is made inside the stack (top-down): re-parenting a finished widget tree
    makes Qt re-style all of it under the app's style sheet, which doubled the time.
    """

    def __init__(
        self,
        clock: Callable[[], datetime],
        render: Callable[[Message], str],
        uses_capd: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._built: list[QWidget] = []
        self._makers: list[Callable[[], QWidget]] = [
            lambda: VitalsPage(clock, self, render=render),
            lambda: OxygenPage(self),
            lambda: NeuroPage(uses_capd, self),
            lambda: FluidsPage(self),
            lambda: ReviewPage(render, self),
        ]

    # -- building ---------------------------------------------------------------------------
    def build_next(self) -> bool:
        """Build the next page; True while pages are left to build."""
        if self._makers:
            page = self._makers.pop(0)()
            self.addWidget(page)
            self._built.append(page)
        return bool(self._makers)

    def complete(self) -> None:
        while self.build_next():
            pass

    def done(self) -> bool:
        return not self._makers

    # -- the pages (each built when first asked for) ----------------------------------------
    def page(self, index: int) -> QWidget:
        while len(self._built) <= index and self.build_next():
            pass
        return self._built[index]

    def all(self) -> tuple[QWidget, ...]:
        self.complete()
        return tuple(self._built)

    @property
    def vitals(self) -> VitalsPage:
        return self.page(0)  # type: ignore[return-value]

    @property
    def oxygen(self) -> OxygenPage:
        return self.page(1)  # type: ignore[return-value]

    @property
    def neuro(self) -> NeuroPage:
        return self.page(2)  # type: ignore[return-value]

    @property
    def fluids(self) -> FluidsPage:
        return self.page(3)  # type: ignore[return-value]

    @property
    def review(self) -> ReviewPage:
        return self.page(4)  # type: ignore[return-value]


class FinishedPage:
    """On the entry widget: the page of that name, after the entry has finished building
    (``owner.finish()``), so a caller never sees a half-built form."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, entry, owner: type | None = None):
        if entry is None:
            return self
        entry.finish()
        return getattr(entry.stack, self._name)

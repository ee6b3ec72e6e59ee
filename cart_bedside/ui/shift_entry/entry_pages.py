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
from typing import Generic, Protocol, TypeVar, overload

from PySide6.QtWidgets import QStackedWidget, QWidget

from ...logic.messages import Message
from .fluids_page import FluidsPage
from .neuro_page import NeuroPage
from .oxygen_page import OxygenPage
from .review_page import ReviewPage
from .vitals_page import VitalsPage

FormPage = VitalsPage | OxygenPage | NeuroPage | FluidsPage  # the four with fields
Page = FormPage | ReviewPage
P = TypeVar("P", VitalsPage, OxygenPage, NeuroPage, FluidsPage, ReviewPage)
W = TypeVar("W", bound=QWidget)


class EntryPages(QStackedWidget):
    """The stack vitals → oxygen → neuro → fluids → review (the step numbers of ``state``).

    Each page is made inside the stack (top-down): re-parenting a finished widget tree
    makes Qt re-style all of it under the app's style sheet, which doubled the time.
    """

    def __init__(
        self,
        clock: Callable[[], datetime],
        render: Callable[[Message | str], str],
        uses_capd: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._built: list[Page] = []
        self._makers: list[Callable[[], Page]] = [
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
    def page(self, index: int) -> Page:
        while len(self._built) <= index and self.build_next():
            pass
        return self._built[index]

    def all(self) -> tuple[Page, ...]:
        self.complete()
        return tuple(self._built)

    def form_pages(self) -> tuple[FormPage, ...]:
        """The four pages with fields (not the review), built."""
        return (self.vitals, self.oxygen, self.neuro, self.fluids)

    def _typed(self, index: int, kind: type[P]) -> P:
        page = self.page(index)
        if not isinstance(page, kind):  # the makers' order is the steps' order
            raise TypeError(f"page {index} is a {type(page).__name__}, not a {kind.__name__}")
        return page

    @property
    def vitals(self) -> VitalsPage:
        return self._typed(0, VitalsPage)

    @property
    def oxygen(self) -> OxygenPage:
        return self._typed(1, OxygenPage)

    @property
    def neuro(self) -> NeuroPage:
        return self._typed(2, NeuroPage)

    @property
    def fluids(self) -> FluidsPage:
        return self._typed(3, FluidsPage)

    @property
    def review(self) -> ReviewPage:
        return self._typed(4, ReviewPage)


class _Finishing(Protocol):
    stack: EntryPages

    def finish(self) -> None: ...


class FinishedPage(Generic[W]):
    """On the entry widget: the page of that name (a ``kind``), after the entry has
    finished building (``owner.finish()``), so a caller never sees a half-built form."""

    def __init__(self, kind: type[W]) -> None:
        self._kind = kind

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, entry: None, owner: type | None = None) -> FinishedPage[W]: ...
    @overload
    def __get__(self, entry: _Finishing, owner: type | None = None) -> W: ...
    def __get__(self, entry: _Finishing | None, owner: type | None = None) -> W | FinishedPage[W]:
        if entry is None:
            return self
        entry.finish()
        page = getattr(entry.stack, self._name)
        assert isinstance(page, self._kind)  # EntryPages' property of that name
        return page

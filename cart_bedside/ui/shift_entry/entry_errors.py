"""The one error an entry shows: which field, why, and on which page."""

from __future__ import annotations

from collections.abc import Callable

from ...logic.messages import Message
from ...logic.validation import ValidationError
from .entry_pages import EntryPages
from .error_banner import ErrorBannerWidget
from .state import place_of


class EntryError:
    """``set(field, error)`` keeps the error (a ``ValidationError`` or a text) for the
    dotted ``field``; ``show(step)`` renders it in the current language on its own page
    only; ``clear()`` forgets it."""

    def __init__(
        self,
        banner: ErrorBannerWidget,
        pages: EntryPages,
        render: Callable[[Message], str],
    ) -> None:
        self._banner = banner
        self._pages = pages
        self._render = render
        self.current: tuple[str, ValidationError | str] | None = None

    def set(self, field: str, error: ValidationError | str) -> None:
        self.current = (field, error)

    def field(self) -> str | None:
        return self.current[0] if self.current else None

    def step(self) -> int:
        return place_of(self.current[0])[0] if self.current else 0

    def show(self, step: int) -> None:
        if self.current is None:
            self._banner.clear()
            return
        field, error = self.current
        where, key = place_of(field)
        page = self._pages.form_pages()[where]  # place_of names a page with fields
        text = error if isinstance(error, str) else self._render(error.message)
        self._banner.show_error(page.field_label(key), text, page.field_widget(key))
        self._banner.setVisible(step == where)

    def clear(self) -> None:
        if self.current is not None:
            self.current = None
            self._banner.clear()

    def text(self) -> str:
        return self._banner.text() if self.current else ""

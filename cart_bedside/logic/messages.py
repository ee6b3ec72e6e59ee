"""The one message catalogue of the logic layer.

The rules return :class:`Message` objects (a code and parameters), never
sentences. :func:`render` turns them into Chinese (``zh_CN``, the ward's
language) or English (``en``). The texts live in ``logic/catalogue/``, one
module per area, merged here into one dictionary; a test checks both
languages are complete and use the same placeholders.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .catalogue import CATALOGUE

LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


@dataclass(frozen=True)
class Message:
    """A code from the catalogue with its parameters.

    A parameter may itself be a :class:`Message` (e.g. a drug or device name
    that needs translating); it is rendered in the same language.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __hash__(self) -> int:  # params is a dict; hash on the code and sorted items
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items()))))


def msg(code: str, **params: Any) -> Message:
    """Shorthand: ``msg("crs.reason.fever", temp_c=38.6)``."""
    return Message(code, params)


def term(code: str) -> Message:
    """A bare term (drug, device, category…) to use as a parameter."""
    return Message(code, {})


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return render(value, self.lang)
        if isinstance(value, list | tuple) and all(isinstance(v, Message) for v in value):
            sep = "、" if self.lang == "zh_CN" else ", "
            return sep.join(render(v, self.lang) for v in value)
        if isinstance(value, float) and not format_spec:
            return _number(value)
        return str(super().format_field(value, format_spec))


def _number(value: float) -> str:
    """512.0 → '512', 0.45 → '0.45', 3.25 → '3.25' (no float noise).

    Templates that need a fixed precision say so (``{temp_c:.1f}``).
    """
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def text(code: str, lang: str) -> str:
    """The raw template for a code; unknown codes and languages fail loudly."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
    try:
        return CATALOGUE[code][lang]
    except KeyError:
        raise KeyError(f"message code {code!r} is not in the catalogue") from None


def render(message: Message | str, lang: str = DEFAULT_LANGUAGE) -> str:
    """Render a message in ``lang`` (``zh_CN`` or ``en``)."""
    if isinstance(message, str):
        message = Message(message)
    return _Formatter(lang).format(text(message.code, lang), **message.params)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}

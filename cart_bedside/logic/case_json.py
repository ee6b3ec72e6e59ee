"""From the bytes of a case file to a JSON value, refusing what the contract does not allow.

The door of ``cart-bedside assess`` (assess-contract.md; issue 12): every
malformed input becomes a :class:`ValidationError` naming the field (or
``input`` for the file as a whole), never a traceback.

- **Encoding**: a byte-order mark decides (UTF-8 with BOM, UTF-16 LE/BE —
  what PowerShell's ``>`` writes — and UTF-32 LE/BE); without one, UTF-8.
  Whatever is still not valid text is refused, with the byte offset.
- **Numbers**: ``NaN``, ``Infinity``, ``-Infinity``, a float that overflows
  (``1e400``) and an integer of more than :data:`MAX_INT_DIGITS` digits are
  refused, naming the field where they stand.
- **Duplicate keys** are refused (the standard library silently keeps the
  last one), naming the field.
- **Nesting** deeper than :data:`MAX_DEPTH` is refused (the deepest value
  the contract has is ``vitals[i].vasopressors[j]``: depth 4); nesting so deep
  that the parser gives up (thousands of levels) is refused the same way.
- **Text**: lone UTF-16 surrogates (``"\\ud800"``) are refused; they cannot be
  written back out.

Linear in the size of the input.
"""

from __future__ import annotations

import codecs
import json
import math
import re
from typing import Any

from .messages import Message, msg
from .validation import ValidationError

MAX_DEPTH = 4
MAX_INT_DIGITS = 18
_INT_LIMIT = 10**MAX_INT_DIGITS
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _Bad:
    """A value the JSON parser accepted but the contract refuses; reported with its path."""

    __slots__ = ("message",)

    def __init__(self, message: Message) -> None:
        self.message = message


class _Object(dict[str, Any]):
    """A JSON object that remembers the first duplicate key."""

    __slots__ = ("duplicate",)
    duplicate: str | None


def decode_bytes(raw: bytes) -> str:
    """The text of a case file: decoded by its byte-order mark, else as UTF-8."""
    encoding, skip = "utf-8", 0
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding, skip = name, len(bom)
            break
    try:
        return raw[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "input", msg("error.input_encoding", encoding=encoding.upper(), offset=exc.start + skip)
        ) from None


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object()
    obj.duplicate = None
    for key, value in pairs:
        if key in obj and obj.duplicate is None:
            obj.duplicate = key
        obj[key] = value
    return obj


def _constant(name: str) -> _Bad:
    return _Bad(msg("error.not_finite", value=name))


def _float(text: str) -> float | _Bad:
    value = float(text)
    if not math.isfinite(value):
        return _Bad(msg("error.number_too_large", value=_short(text)))
    return value


def _int(text: str) -> int | _Bad:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        return _Bad(msg("error.number_too_large", value=_short(text)))
    return int(text)


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _scalar(path: str, key: str | int, item: Any, surrogates: bool) -> None:
    """Refuse a bad scalar where it stands (the path is built only for the error)."""
    kind = type(item)
    if kind is float:
        if not math.isfinite(item):  # 1e400 became inf
            raise ValidationError(
                _join(path, key) or "input",
                msg("error.number_too_large", value="> 1.8e308" if item > 0 else "< -1.8e308"),
            )
    elif kind is int:
        if not -_INT_LIMIT < item < _INT_LIMIT:
            raise ValidationError(
                _join(path, key) or "input", msg("error.number_too_large", value=_short(str(item)))
            )
    elif kind is str:
        if surrogates and _SURROGATE.search(item):
            raise ValidationError(_join(path, key) or "input", msg("error.bad_text"))
    elif kind is _Bad:
        raise ValidationError(_join(path, key) or "input", item.message)


def check_tree(value: Any, surrogates: bool = True, limit: int = MAX_DEPTH) -> None:
    """Walk the parsed value once: too deep, a refused number, a duplicate key or bad text.

    ``surrogates=False`` skips the lone-surrogate check (the text had no ``\\uD8xx``
    escape, the only way one can arrive). Linear in the number of values.
    """
    stack: list[tuple[str, Any, int]] = [("", value, 1)]
    if type(value) not in (_Object, list):
        _scalar("", "", value, surrogates)
        return
    while stack:
        path, item, depth = stack.pop()
        if depth > limit:
            raise ValidationError("input", msg("error.input_too_deep", limit=limit))
        if type(item) is _Object:
            if item.duplicate is not None:
                raise ValidationError(_join(path, item.duplicate), msg("error.duplicate_key"))
            pairs: Any = item.items()
        else:
            pairs = enumerate(item)
        for key, child in pairs:
            if surrogates and type(key) is str and _SURROGATE.search(key):
                raise ValidationError(path or "input", msg("error.bad_text"))
            kind = type(child)
            if kind is _Object or kind is list:
                stack.append((_join(path, key), child, depth + 1))
            else:
                _scalar(path, key, child, surrogates)


def load_case_json(raw: bytes | str) -> Any:
    """Decode and parse a case (bytes from a file or stdin, or text); raise ValidationError."""
    text = decode_bytes(raw) if isinstance(raw, bytes) else raw
    if text.startswith("\ufeff"):  # a BOM inside already-decoded text
        text = text[1:]
    try:
        try:  # fast path: numbers as the standard library makes them, judged in check_tree
            value = json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
        except ValueError as exc:
            if isinstance(exc, json.JSONDecodeError):
                raise
            # an integer past Python's digit limit: parse again, numbers one by one
            value = json.loads(
                text,
                object_pairs_hook=_pairs,
                parse_constant=_constant,
                parse_float=_float,
                parse_int=_int,
            )
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "input", msg("error.not_json", line=exc.lineno, column=exc.colno, reason=exc.msg)
        ) from None
    except RecursionError:  # far deeper than the contract: the parser itself gave up
        raise ValidationError("input", msg("error.input_too_deep", limit=MAX_DEPTH)) from None
    check_tree(value, surrogates=_SURROGATE_ESCAPE.search(text) is not None)
    return value

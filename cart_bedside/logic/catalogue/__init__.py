"""Message texts, one module per area, merged into one catalogue.

Each module defines ``MESSAGES: dict[str, dict[str, str]]`` mapping a code to
``{"zh_CN": ..., "en": ...}``. A code may appear in one module only. The list
is explicit (not discovered) so a frozen installer bundles every module.
"""

from __future__ import annotations

from . import (
    board,
    cli,
    core,
    dosing,
    entry,
    fields,
    followup,
    hlh,
    interop,
    judgements,
    medication_state,
    protocols,
    record,
    reports,
    rules,
    server,
    service,
    storage,
    sync,
)

CATALOGUE: dict[str, dict[str, str]] = {}

for _module in (
    core,
    fields,
    protocols,
    rules,
    service,
    storage,
    reports,
    record,
    dosing,
    judgements,
    entry,
    server,
    interop,
    medication_state,
    board,
    cli,
    sync,
    hlh,
    followup,
):
    for _code, _texts in _module.MESSAGES.items():
        if _code in CATALOGUE:
            raise RuntimeError(f"message code {_code!r} defined twice ({_module.__name__})")
        CATALOGUE[_code] = _texts

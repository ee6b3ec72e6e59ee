"""reportlab handover sheets, from logic objects and the catalogue (issue 6).

Importing this package imports reportlab (and, through the trend figure,
matplotlib); the app and the CLI import it lazily.
"""

from .data import HandoverSheet, PatientSheet, UnknownBedError, gather_handover, handover_shift
from .handover import (
    HandoverResult,
    handover_pdf,
    record_print,
    render_handover,
    trend_png,
    write_handover,
)
from .signed_in import gather_handover_for, record_print_for

__all__ = [
    "HandoverResult",
    "HandoverSheet",
    "PatientSheet",
    "UnknownBedError",
    "gather_handover",
    "gather_handover_for",
    "handover_pdf",
    "handover_shift",
    "record_print",
    "record_print_for",
    "render_handover",
    "trend_png",
    "write_handover",
]

"""The handover sheet for the signed-in user: read and audited through the ward service.

The screens hand the reports their :class:`~cart_bedside.service.WardService`,
never a repository: the view role is checked here before anything is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .data import HandoverSheet, gather_handover
from .handover import record_print

if TYPE_CHECKING:
    from ..service import WardService


def gather_handover_for(ward: WardService, **options: Any) -> HandoverSheet:
    """:func:`~cart_bedside.reports.data.gather_handover` for the signed-in user (view)."""
    ward.require("view")
    return gather_handover(ward, **options)


def record_print_for(ward: WardService, sheet: HandoverSheet, user: str, **details: Any) -> int:
    """:func:`~cart_bedside.reports.handover.record_print` into ``ward``'s audit log.

    No role is asked for: the sheet is already out (``user`` printed it), and a
    tablet that locked while the PDF was being made must still log the print.
    """
    return record_print(ward, sheet, user, **details)

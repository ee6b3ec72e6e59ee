"""Screen 4: admission, and the bed transfer and discharge dialogs (issue 5)."""

from .admission_screen import AdmissionScreen
from .discharge_dialog import DischargeDialog
from .transfer_dialog import TransferDialog

__all__ = ["AdmissionScreen", "DischargeDialog", "TransferDialog"]

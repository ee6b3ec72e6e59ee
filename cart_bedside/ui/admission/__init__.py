"""Screen 4: admission, and the bed transfer and discharge dialogs (issue 5)."""

from .admission_screen import AdmissionScreen
from .discharge_dialog import DischargeDialog
from .protocol_dialog import ProtocolDialog
from .transfer_dialog import TransferDialog

__all__ = ["AdmissionScreen", "DischargeDialog", "ProtocolDialog", "TransferDialog"]

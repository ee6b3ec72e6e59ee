"""Touch widgets for the bedside screens: one class per module.

Every widget takes its data through a small model API (``value()`` /
``set_value()`` or the like), emits a signal when the nurse changes it, has
targets of at least 48 × 48 px, and re-translates itself on
``QEvent.LanguageChange`` through its ``retranslate()``.
"""

from .capd import CapdWidget
from .fluid_lines import FluidLinesWidget
from .grade_badge import GradeBadge
from .handwriting_canvas import HandwritingCanvas
from .handwriting_compare import HandwritingCompare
from .handwriting_dialog import HandwritingDialog
from .handwriting_pad import HandwritingPad
from .ice_items import IceItemsWidget
from .keypad_dialog import KeypadDialog
from .number_field import NumberField
from .numeric_keypad import NumericKeypad
from .o2_device_selector import O2DeviceSelector
from .vasopressor_toggles import VasopressorToggles

__all__ = [
    "CapdWidget",
    "FluidLinesWidget",
    "GradeBadge",
    "HandwritingCanvas",
    "HandwritingCompare",
    "HandwritingDialog",
    "HandwritingPad",
    "IceItemsWidget",
    "KeypadDialog",
    "NumberField",
    "NumericKeypad",
    "O2DeviceSelector",
    "VasopressorToggles",
]

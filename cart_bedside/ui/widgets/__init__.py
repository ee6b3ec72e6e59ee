"""Touch widgets for the bedside screens: one class per module.

Every widget takes its data through a small model API (``value()`` /
``set_value()`` or the like), emits a signal when the nurse changes it, has
targets of at least 48 × 48 px, and re-translates itself on
``QEvent.LanguageChange`` through its ``retranslate()``.
"""

from importlib import import_module

#: class → module. Imported when first used (PEP 562), so the ward board, which
#: needs only the grade badge and the keypad, does not load every widget at start-up.
_MODULES = {
    "CapdWidget": "capd",
    "FluidLinesWidget": "fluid_lines",
    "GradeBadge": "grade_badge",
    "HandwritingCanvas": "handwriting_canvas",
    "HandwritingCompare": "handwriting_compare",
    "HandwritingDialog": "handwriting_dialog",
    "HandwritingPad": "handwriting_pad",
    "IceItemsWidget": "ice_items",
    "KeypadDialog": "keypad_dialog",
    "NumberField": "number_field",
    "NumericKeypad": "numeric_keypad",
    "O2DeviceSelector": "o2_device_selector",
    "VasopressorToggles": "vasopressor_toggles",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str):
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{module}", __name__), name)

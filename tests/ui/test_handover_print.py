"""Printing without CUPS or without a printer: the dialog says why and offers "Save PDF…".

The whole path through the Handover screen is in test_handover_screen.py.
"""

from __future__ import annotations

import pytest

from cart_bedside.ui import i18n
from cart_bedside.ui.handover_print import PrintProblem, PrintUnavailableBox, print_problem


def found(*names):
    return lambda name: f"/usr/lib/{name}" if name in names else None


@pytest.mark.parametrize(
    ("library", "tools", "printers", "problem"),
    [
        ((), ("lp",), ["ward"], PrintProblem.NO_CUPS_LIBRARY),
        (("cups",), (), ["ward"], PrintProblem.NO_CUPS_CLIENT),
        (("cups",), ("lpr",), [], PrintProblem.NO_PRINTER),
        (("cups",), ("lp",), ["ward"], None),
        (("cups",), ("lpr",), ["ward"], None),
    ],
)
def test_print_problem(library, tools, printers, problem):
    assert print_problem(found(*library), found(*tools), lambda: printers) is problem


@pytest.fixture
def english(qapp):
    i18n.install_translators(qapp, "en")
    yield
    i18n.remove_translators(qapp)


@pytest.mark.parametrize(
    ("problem", "says"),
    [
        (PrintProblem.NO_CUPS_LIBRARY, "libcups2 and cups-client"),
        (PrintProblem.NO_CUPS_CLIENT, "libcups2 and cups-client"),
        (PrintProblem.NO_PRINTER, "No printer is set up"),
    ],
)
def test_the_box_says_why_and_offers_save_pdf(qtbot, english, problem, says):
    box = PrintUnavailableBox(problem)
    qtbot.addWidget(box)
    assert says in box.text() and "save the sheet as a PDF" in box.text()
    assert box.save_button.text() == "Save PDF…"
    assert box.defaultButton() is box.save_button


def test_the_box_in_chinese(qtbot, qapp):
    i18n.install_translators(qapp, "zh_CN")
    try:
        box = PrintUnavailableBox(PrintProblem.NO_PRINTER)
        qtbot.addWidget(box)
        assert "打印机" in box.text() and "PDF" in box.save_button.text()
    finally:
        i18n.remove_translators(qapp)

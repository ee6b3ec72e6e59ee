"""The Handover screen: choices, preview, Save PDF (off the UI thread), Print, audit."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from cart_bedside.ui import handover_job, handover_print, i18n
from cart_bedside.ui.handover_screen import HandoverScreen
from cart_bedside.ui.worker import wait_for_background

from .board_translations import set_language
from .conftest import PINS

BEDS = [f"{i:02d}" for i in range(1, 13)]
TIMEOUT = 60_000


@pytest.fixture(autouse=True)
def _no_job_left(qapp):
    yield
    wait_for_background()  # no job outlives its database
    qapp.processEvents()


@pytest.fixture
def signed_in(session):
    session.sign_in("nurse", PINS["nurse"])
    return session


def show(qtbot, screen: HandoverScreen, bed: str | None = None) -> HandoverScreen:
    qtbot.addWidget(screen)
    screen.resize(1268, 740)
    screen.reset(bed)
    with qtbot.waitSignal(screen.preview_ready, timeout=TIMEOUT):
        screen.show()
    return screen


@pytest.fixture
def bed_screen(qtbot, signed_in, tmp_path):
    """One patient's sheet (bed 03), the worker reading through its own connection."""
    return show(qtbot, HandoverScreen(signed_in, tmp_path / "ward.db"), "03")


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def last_print(session):
    entries = session.service.repo.audit_log.audit_entries(action="print", limit=1)
    return entries[0] if entries else None


def save(qtbot, monkeypatch, screen, out: Path) -> dict:
    asked = {}

    def fake_dialog(parent, caption, start, filters):
        asked.update(caption=caption, start=start, filters=filters)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    with qtbot.waitSignal(screen.saved, timeout=TIMEOUT):
        qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
        assert screen.is_busy() and not screen._busy.isHidden()  # the busy bar while it works
        assert not screen.save_button.isEnabled()
    return asked


# --- choices and preview -----------------------------------------------------------------------
def test_defaults_the_whole_ward_now_in_the_wards_language(qtbot, signed_in):
    screen = show(qtbot, HandoverScreen(signed_in))
    choices = screen.choices
    assert choices.bed() is None and choices.bed_button(None).isChecked()
    assert choices.shift() == "day" and choices.shift_button("day").isChecked()  # 10:00
    assert choices.language() == "zh_CN" and choices.language_button("zh_CN").isChecked()
    assert [b for b in BEDS if choices.bed_button(b)] == BEDS
    assert choices.shift_button("night").text() == "夜班"
    assert "08:00" in choices._shift_times.text() and "16:00" in choices._shift_times.text()
    user = signed_in.user
    assert screen._printed_by.text() == f"打印人：{user.display_name}"
    lines = screen.preview.lines()
    assert [line.split()[0] for line in lines] == BEDS
    assert screen.preview.pages() > len(BEDS)  # summary page + a page or more per patient
    assert "病区汇总页" in screen.preview.summary_text()
    assert "共" in screen.preview.summary_text()


def test_the_preview_follows_the_choice_and_the_name_masking(qtbot, bed_screen, signed_in):
    lines = bed_screen.preview.lines()
    assert len(lines) == 1 and lines[0].startswith("03")
    assert "CRS 3 · ICANS 2" in lines[0]
    name = lines[0].split()[1]
    signed_in.set_names_masked(True)
    masked = bed_screen.preview.lines()[0].split()[1]
    assert masked != name and masked[0] == name[0] and "*" in masked
    signed_in.set_names_masked(False)
    with qtbot.waitSignal(bed_screen.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(bed_screen.choices.bed_button("06"), Qt.MouseButton.LeftButton)
    assert [line[:2] for line in bed_screen.preview.lines()] == ["06"]
    assert bed_screen.preview.pages() >= 1


def test_shift_choice_shows_its_times(qtbot, bed_screen):
    with qtbot.waitSignal(bed_screen.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(bed_screen.choices.shift_button("night"), Qt.MouseButton.LeftButton)
    assert bed_screen.request().shift_name == "night"
    assert bed_screen.choices._shift_times.text() == "夜班：11-23 00:00 至 11-23 08:00"


# --- save -------------------------------------------------------------------------------------
@pytest.mark.slow  # --durations=10 (issue 16): run by CI, skipped by -m "not slow"
@pytest.mark.parametrize("own_connection", [True, False], ids=["worker-db", "ui-gather"])
def test_save_pdf_writes_the_ward_sheet_and_audits_it(
    qtbot, monkeypatch, signed_in, tmp_path, own_connection
):
    gathered = []
    monkeypatch.setattr(
        handover_job,
        "gather_with_own_connection",
        _spy(handover_job.gather_with_own_connection, gathered),
    )
    if not own_connection:  # as for an in-memory database: the sheet is gathered here
        monkeypatch.setattr(signed_in.service.repo, "db_file", lambda: None)
    screen = show(qtbot, HandoverScreen(signed_in))
    out = tmp_path / "sheets" / "ward.pdf"
    asked = save(qtbot, monkeypatch, screen, out)
    assert asked["start"].endswith("handover-2026-11-23-day.pdf")
    assert "pdf" in asked["filters"].lower()
    text = pdf_text(out)
    for bed in BEDS:
        assert bed in text
    assert "交接班记录" in text and "病区汇总" in text
    assert signed_in.user.display_name in text  # printed by, in the header
    entry = last_print(signed_in)
    assert entry.actor == "nurse"
    assert entry.details["destination"] == str(out) and entry.details["scope"] == "ward"
    assert entry.details["beds"] == BEDS and entry.details["lang"] == "zh_CN"
    assert entry.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert entry.details["pages"] == len(PdfReader(out).pages)
    assert screen._busy.isHidden() and screen.save_button.isEnabled()
    assert str(out) in screen.status_text() and "已保存" in screen.status_text()
    assert bool(gathered) == own_connection
    assert all(path == str(tmp_path / "ward.db") for path in gathered)


def _spy(fn, calls: list):
    def spy(db_path, clock, req):
        calls.append(str(db_path))
        return fn(db_path, clock, req)

    return spy


@pytest.mark.parametrize(
    ("lang", "words", "not_words"),
    [
        ("en", ("Handover sheet", "Bed 03", "night shift"), ("交接班记录",)),
        ("zh_CN", ("交接班记录", "夜班"), ("Handover sheet",)),
    ],
)
def test_the_chosen_language_and_shift_are_the_sheets(
    qtbot, monkeypatch, bed_screen, signed_in, tmp_path, lang, words, not_words
):
    bed_screen.choose_shift("night")
    bed_screen.choose_language(lang)
    assert bed_screen.choices.language_button(lang).isChecked()
    asked = save(qtbot, monkeypatch, bed_screen, tmp_path / "bed.pdf")
    assert asked["start"].endswith("handover-2026-11-23-night-bed03.pdf")
    text = pdf_text(tmp_path / "bed.pdf")
    assert all(w in text for w in words) and not any(w in text for w in not_words)
    entry = last_print(signed_in)
    assert entry.details["lang"] == lang and entry.details["scope"] == "bed"
    assert entry.details["beds"] == ["03"] and entry.details["shift"] == "night"


def test_a_cancelled_file_dialog_saves_nothing(qtbot, monkeypatch, bed_screen, signed_in):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert bed_screen.save_pdf() is None
    assert last_print(signed_in) is None and not bed_screen.is_busy()


def test_a_file_that_cannot_be_written_is_reported(qtbot, bed_screen, signed_in, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with qtbot.waitSignal(bed_screen.failed, timeout=TIMEOUT) as failed:
        bed_screen.save_pdf(blocker / "sheet.pdf")
    assert "无法写入文件" in failed.args[0] and bed_screen._status.property("role") == "error"
    assert last_print(signed_in) is None and bed_screen.save_button.isEnabled()


# --- print ------------------------------------------------------------------------------------
class FakePrintDialog:
    """Qt's print dialog, accepted (or not) at once; ``choose(printer)`` sets the printer."""

    choose = staticmethod(lambda printer: None)
    result = QDialog.DialogCode.Accepted

    def __init__(self, printer, parent=None):
        self.printer = printer

    def exec(self):
        FakePrintDialog.choose(self.printer)
        return FakePrintDialog.result


class FakePrinter:
    """A CUPS printer as the dialog leaves it (Qt offers none on a machine without CUPS)."""

    OutputFormat = QPrinter.OutputFormat
    PrinterMode = QPrinter.PrinterMode

    def __init__(self, mode=None):
        self.doc_name = ""

    def setDocName(self, name):
        self.doc_name = name

    def outputFormat(self):
        return QPrinter.OutputFormat.NativeFormat

    def outputFileName(self):
        return ""

    def printerName(self):
        return "ward-laser"

    def copyCount(self):
        return 2

    def fromPage(self):
        return 0

    def toPage(self):
        return 0


@pytest.fixture
def print_dialog(monkeypatch):
    monkeypatch.setattr(handover_print, "print_problem", lambda: None)  # a printer is set up
    monkeypatch.setattr(handover_print, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(FakePrintDialog, "result", QDialog.DialogCode.Accepted)
    return FakePrintDialog


def test_print_to_a_pdf_file_from_the_print_dialog(
    qtbot, monkeypatch, bed_screen, signed_in, tmp_path, print_dialog
):
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(
        print_dialog, "choose", staticmethod(lambda printer: printer.setOutputFileName(str(out)))
    )
    with qtbot.waitSignal(bed_screen.printed, timeout=TIMEOUT):
        qtbot.mouseClick(bed_screen.print_button, Qt.MouseButton.LeftButton)
    assert "03" in pdf_text(out)
    entry = last_print(signed_in)
    assert entry.details["destination"] == str(out) and entry.details["beds"] == ["03"]


def test_print_sends_the_pdf_to_the_cups_printer(
    qtbot, monkeypatch, bed_screen, signed_in, print_dialog
):
    monkeypatch.setattr(handover_print, "QPrinter", FakePrinter)
    monkeypatch.setattr(
        handover_job.shutil, "which", lambda name: "/usr/bin/lp" if name == "lp" else None
    )
    sent = {}

    def fake_run(command, input, **kwargs):
        sent.update(command=command, input=input)
        return subprocess.CompletedProcess(command, 0, b"request id is ward-laser-7", b"")

    monkeypatch.setattr(handover_job.subprocess, "run", fake_run)
    with qtbot.waitSignal(bed_screen.printed, timeout=TIMEOUT) as printed:
        bed_screen.print_sheet()
    command = sent["command"]
    assert command[0] == "/usr/bin/lp" and sent["input"].startswith(b"%PDF")
    assert command[command.index("-d") + 1] == "ward-laser"
    assert command[command.index("-n") + 1] == "2"
    assert command[command.index("-t") + 1] == "handover-2026-11-23-day-bed03.pdf"
    entry = last_print(signed_in)
    assert entry.details["destination"] == "printer:ward-laser"
    assert entry.details["sha256"] == hashlib.sha256(sent["input"]).hexdigest()
    assert entry.details["pages"] == printed.args[0].pages
    assert "打印机" in bed_screen.status_text()


def test_a_refused_print_job_is_reported_and_not_audited(
    qtbot, monkeypatch, bed_screen, signed_in, print_dialog
):
    monkeypatch.setattr(handover_print, "QPrinter", FakePrinter)
    monkeypatch.setattr(handover_job.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(
        handover_job.subprocess,
        "run",
        lambda command, **kw: subprocess.CompletedProcess(command, 1, b"", b"lp: printer stopped"),
    )
    with qtbot.waitSignal(bed_screen.failed, timeout=TIMEOUT) as failed:
        bed_screen.print_sheet()
    assert "lp: printer stopped" in failed.args[0] and "打印机未接受" in failed.args[0]
    assert last_print(signed_in) is None


def test_without_cups_print_says_so_and_save_remains(
    qtbot, monkeypatch, bed_screen, signed_in, print_dialog
):
    monkeypatch.setattr(handover_print, "QPrinter", FakePrinter)
    monkeypatch.setattr(handover_job.shutil, "which", lambda name: None)
    with qtbot.waitSignal(bed_screen.failed) as failed:
        assert bed_screen.print_sheet() is None
    assert "CUPS" in failed.args[0] and "保存 PDF" in failed.args[0]
    assert bed_screen.save_button.isEnabled() and last_print(signed_in) is None


def test_a_cancelled_print_dialog_prints_nothing(monkeypatch, bed_screen, signed_in, print_dialog):
    monkeypatch.setattr(print_dialog, "result", QDialog.DialogCode.Rejected)
    assert bed_screen.print_sheet() is None
    assert last_print(signed_in) is None and not bed_screen.is_busy()


def test_print_command_lp_and_lpr():
    def which(*names):
        return lambda name: f"/usr/bin/{name}" if name in names else None

    assert handover_job.print_command("", 1, (3, 4), "t", which("lp", "lpr")) == [
        "/usr/bin/lp",
        "-t",
        "t",
        "-n",
        "1",
        "-P",
        "3-4",
    ]
    assert handover_job.print_command("p1", 3, None, "t", which("lpr")) == [
        "/usr/bin/lpr",
        "-T",
        "t",
        "-#3",
        "-P",
        "p1",
    ]
    assert handover_job.print_command("p1", 1, None, "t", which()) is None


# --- the rest ---------------------------------------------------------------------------------
def test_signing_out_clears_the_sheet(qtbot, bed_screen, signed_in):
    signed_in.sign_out()
    assert bed_screen.preview.lines() == [] and bed_screen._printed_by.text() == ""
    assert bed_screen.save_pdf("/nonexistent/x.pdf") is None  # nobody signed in
    assert bed_screen._status.property("role") == "error"


def test_language_switch_retranslates(qtbot, qapp, bed_screen, signed_in):
    assert bed_screen.save_button.text() == "保存 PDF…"
    try:
        set_language(qapp, signed_in, "en")
        assert bed_screen.save_button.text() == "Save PDF…"
        assert bed_screen.choices.shift_button("day").text() == "day shift"
        assert bed_screen.choices.bed_button(None).text() == "Whole ward"
        assert bed_screen.preview.summary_text().startswith("One patient's sheet: bed 03.")
        assert bed_screen._printed_by.text().startswith("Printed by: ")
    finally:
        i18n.remove_translators()
        signed_in.set_language("zh_CN")


def test_touch_targets(bed_screen):
    buttons = [
        bed_screen.save_button,
        bed_screen.print_button,
        *bed_screen.choices._bed_buttons.values(),
        *bed_screen.choices._shift_buttons.values(),
        *bed_screen.choices._lang_buttons.values(),
    ]
    for button in buttons:
        assert button.height() >= 64 and button.width() >= 64, button.objectName()
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_preview_shows_the_real_pages(qtbot, bed_screen):
    """Issue 11: the PDF's pages rasterised (PDFium), not a one-line list."""
    pixmaps = bed_screen.preview.page_images()
    assert len(pixmaps) == bed_screen.preview.pages() >= 1
    page = pixmaps[0]
    assert page.width() == handover_job.PREVIEW_WIDTH_PX
    assert 1.3 < page.height() / page.width() < 1.5  # A4 portrait
    # a real page: mostly white paper with dark print on it
    greys = [
        page.pixelColor(x, y).lightness()
        for x in range(0, page.width(), 7)
        for y in range(0, page.height(), 7)
    ]
    assert sum(g > 240 for g in greys) > len(greys) * 0.6
    assert sum(g < 100 for g in greys) > 50
    with qtbot.waitSignal(bed_screen.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(bed_screen.choices.bed_button("06"), Qt.MouseButton.LeftButton)
    assert bed_screen.preview.page_images()[0] != page  # the new bed's pages
    shown = bed_screen.preview.findChild(QLabel, "sheetPage1").pixmap()
    assert shown.width() <= bed_screen.preview.pages_area.viewport().width()  # whole width


# --- no CUPS or no printer: why, and "Save PDF…" (ui/handover_print.py) --------------------
def test_no_printer_then_save_pdf_writes_the_sheet_and_audits_it(
    qtbot, monkeypatch, bed_screen, signed_in, tmp_path
):
    out = tmp_path / "sheet"  # ".pdf" is added
    shown = {}

    def click_save(box):
        shown["text"] = box.text()
        box.save_button.click()
        return 0

    no_printer = handover_print.PrintProblem.NO_PRINTER
    monkeypatch.setattr(handover_print, "print_problem", lambda: no_printer)
    monkeypatch.setattr(handover_print.PrintUnavailableBox, "exec", click_save)
    monkeypatch.setattr(
        handover_print.QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(out), ""))
    )
    with qtbot.waitSignal(bed_screen.printed, timeout=TIMEOUT):
        bed_screen.print_sheet()
    assert shown["text"]
    assert "03" in pdf_text(tmp_path / "sheet.pdf")
    assert last_print(signed_in).details["destination"] == str(tmp_path / "sheet.pdf")


def test_no_cups_then_cancel_prints_nothing(monkeypatch, bed_screen, signed_in):
    no_cups = handover_print.PrintProblem.NO_CUPS_CLIENT
    monkeypatch.setattr(handover_print, "print_problem", lambda: no_cups)
    monkeypatch.setattr(
        handover_print.PrintUnavailableBox, "exec", lambda box: box.cancel_button.click() or 0
    )
    assert bed_screen.print_sheet() is None
    assert last_print(signed_in) is None and not bed_screen.is_busy()

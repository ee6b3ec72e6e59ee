"""Handover PDFs are private (issue 15 item 3): 0600, in folders made 0700 — written by the
command (``write_handover``) and by the app's "save as PDF" (``ui.handover_job.write_pdf``)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cart_bedside.reports import write_handover
from cart_bedside.reports.handover import write_private_pdf


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    """A umask that would leave files 0644 and folders 0755 (as a desktop session does)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_command_writes_the_sheet_0600_in_new_folders_0700(ward, tmp_path, loose_umask):
    repo, _ = ward
    out = tmp_path / "printer" / "shift" / "ward.pdf"
    write_handover(repo, out, bed="01", figures=False)
    assert mode(out) == 0o600
    assert mode(out.parent) == 0o700 and mode(out.parent.parent) == 0o700
    again = write_handover(repo, out, bed="01", figures=False)  # replaced: still private
    assert mode(again.path) == 0o600
    assert not list(out.parent.glob(".handover-*"))


def test_an_existing_folder_is_not_changed(tmp_path, loose_umask):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    write_private_pdf(shared / "h.pdf", b"%PDF-1.4 test")
    assert mode(shared / "h.pdf") == 0o600 and mode(shared) == 0o755
    old = shared / "old.pdf"
    old.write_bytes(b"old")
    os.chmod(old, 0o644)
    write_private_pdf(old, b"%PDF-1.4 new")  # an old readable sheet replaced: now private
    assert mode(old) == 0o600 and old.read_bytes() == b"%PDF-1.4 new"


def test_the_app_saves_the_sheet_0600(tmp_path, loose_umask):
    from cart_bedside.ui.handover_job import HandoverPdf, write_pdf

    pdf = HandoverPdf(None, b"%PDF-1.4 test", 1, "0" * 64, "zh_CN")
    saved = write_pdf(pdf, tmp_path / "new" / "handover.pdf")
    assert saved.path == tmp_path / "new" / "handover.pdf"
    assert mode(saved.path) == 0o600 and mode(saved.path.parent) == 0o700

"""The handover sheet printed from a device enrolled with a ward server says how old its
copy is: "data as of the last sync <date> <time>", or that it never synced (issue 14 item
5: rows charted on other devices since may be missing). A single tablet's sheet says
nothing of the kind. Real SQLite file (the demo ward), real PDF read back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pypdf import PdfReader

from cart_bedside.reports import gather_handover, write_handover
from cart_bedside.storage import sync_rows, sync_state
from tests.demo_ward import DEMO_NOW


def _first_page(repo, path, lang: str) -> str:
    result = write_handover(repo, path, user="nurse", lang=lang, now=DEMO_NOW, bed="06")
    return PdfReader(result.path).pages[0].extract_text()


def _enrol(repo) -> None:
    sync_rows.enrol(
        repo.store,
        server_url="https://ward-7b.example:8443",
        device_id="0b7d4c1e-workstation",
        role="workstation",
        ca_file=None,
        at=DEMO_NOW - timedelta(days=1),
    )


def test_a_single_tablet_sheet_says_nothing_of_a_sync(ward, tmp_path):
    repo, _ = ward
    sheet = gather_handover(repo, now=DEMO_NOW, user="nurse")
    assert not sheet.enrolled and sheet.synced_at is None
    text = _first_page(repo, tmp_path / "a.pdf", "en")
    assert "sync" not in text and "printed by" in text


@pytest.mark.parametrize(
    ("lang", "never", "as_of"),
    [
        ("en", "never synced here", "data as of sync 09:58"),
        ("zh_CN", "本机尚未同步", "数据截至同步 09:58"),
    ],
)
def test_an_enrolled_device_prints_when_its_copy_was_synced(ward, tmp_path, lang, never, as_of):
    repo, _ = ward
    _enrol(repo)
    assert never in _first_page(repo, tmp_path / "never.pdf", lang).replace("\n", "")
    last_ok = (DEMO_NOW - timedelta(minutes=2)).astimezone()  # stored aware, as the client does
    sync_state.save(repo.store, {"last_ok_at": last_ok.isoformat(timespec="seconds")})
    sheet = gather_handover(repo, now=DEMO_NOW, user="nurse")
    assert sheet.enrolled and sheet.synced_at == DEMO_NOW - timedelta(minutes=2)
    text = _first_page(repo, tmp_path / "synced.pdf", lang).replace("\n", "")
    assert as_of in text and never not in text
    yesterday = (DEMO_NOW - timedelta(days=1, minutes=2)).astimezone()  # another day: dated
    sync_state.save(repo.store, {"last_ok_at": yesterday.isoformat(timespec="seconds")})
    text = _first_page(repo, tmp_path / "old.pdf", lang).replace("\n", "")
    assert as_of.replace("09:58", "2026-11-22 09:58") in text

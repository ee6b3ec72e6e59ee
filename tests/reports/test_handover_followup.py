"""The handover's "follow-up to do" row (issue 13 item 8): prophylaxis, IgG and HBV lines that
are to do now, from the same rules as the Medications and Labs tabs."""

from __future__ import annotations

import re

from pypdf import PdfReader

from cart_bedside.logic.followup_line import Flag
from cart_bedside.reports import gather_handover, write_handover
from tests.demo_ward import DEMO_NOW


def test_only_lines_to_do_and_only_for_the_patient_concerned(ward):
    repo, _ = ward
    sheet = gather_handover(repo, now=DEMO_NOW)
    rows = {p.bed: p.followup for p in sheet.patients}
    assert all(line.flag is Flag.DUE for lines in rows.values() for line in lines)
    # bed 04: co-trimoxazole not charted; bed 11: the month-1 IgG check is due now
    assert [x.code for x in rows["04"]] == ["prophylaxis.title.pjp"]
    assert [x.code for x in rows["11"]] == ["ivig_igg_check"]
    assert rows["07"] == ()  # not yet infused: nothing to do from these rules


def test_the_row_on_the_bed_page_in_both_languages(ward, tmp_path):
    repo, _ = ward
    for lang, words in (
        ("zh_CN", ("随访待办", "肺孢子菌预防", "近 7 天用药记录中未见此类药物")),
        ("en", ("Follow-up to do", "Pneumocystis: co-trimoxazole", "not recorded in the doses")),
    ):
        path = tmp_path / f"{lang}.pdf"
        write_handover(repo, path, user="nurse", lang=lang, bed="04", now=DEMO_NOW)
        text = re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(path).pages))
        for word in words:
            assert word in text, (lang, word)

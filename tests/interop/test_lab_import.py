"""Lab results in (issue 17): HL7 ORU^R01 and CSV, once only, unmatched listed, broken refused."""

from __future__ import annotations

import subprocess
import sys

import hl7
import pytest

from cart_bedside.interop.lab_files import import_file, parse_lab_file, scan_folder
from cart_bedside.logic.lab_import import MalformedMessage
from tests.interop.conftest import CYTOKINES, oru, patient_in, when


def _counts(service):
    one = service.repo.store.one
    return (
        one("SELECT count(*) AS n FROM lab_results")["n"],
        one("SELECT count(*) AS n FROM lab_import_messages")["n"],
        one("SELECT count(*) AS n FROM lab_unmatched")["n"],
    )


def _write(tmp_path, name, text, charset="gb18030"):
    path = tmp_path / name
    path.write_bytes(text.encode(charset) if isinstance(text, str) else text)
    return path


def test_a_gb18030_message_is_imported_once_with_units_converted(service, importer, tmp_path):
    p = patient_in(service, "02")
    path = _write(tmp_path, "a.hl7", oru(p.mrn, p.name, CYTOKINES))
    labs_before, _, _ = _counts(service)
    first = import_file(importer, path)
    assert first.where is None and first.stored == 3 and first.unmatched == 0
    second = import_file(importer, path)
    assert second.duplicates == 1 and second.stored == 0
    assert _counts(service)[:2] == (labs_before + 3, 1)
    latest = {lab.name: lab for lab in service.repo.queries.labs(p.id) if lab.time == when()}
    assert (latest["il6"].value, latest["il6"].unit) == (180, "pg/mL")
    assert (latest["crp"].value, latest["crp"].unit) == (95, "mg/L")  # 9.5 mg/dL
    assert (latest["ferritin"].value, latest["ferritin"].unit) == (12500, "µg/L")
    audit = service.repo.audit_log.audit_entries(action="bulk_import")
    assert len(audit) == 1 and audit[0].details["control_id"] == "MSG0001"
    assert audit[0].details["stored"] == 3
    # every record carries its source: the message control id and the segment
    rows = service.repo.store.rows("SELECT position FROM lab_result_sources ORDER BY position")
    assert [r["position"] for r in rows] == ["OBX[1]", "OBX[2]", "OBX[3]"]


def test_anc_per_microlitre_becomes_10e9_per_litre(service, importer, tmp_path):
    p = patient_in(service, "02")
    path = _write(
        tmp_path,
        "anc.hl7",
        oru(p.mrn, p.name, [("751-8", "LN", "ANC", "450", "/uL")], control_id="ANC1"),
    )
    assert import_file(importer, path).stored == 1
    anc = [
        lab for lab in service.repo.queries.labs(p.id) if lab.name == "anc" and lab.time == when()
    ]
    assert anc[0].value == pytest.approx(0.45) and anc[0].unit == "10^9/L"


def test_the_wrong_charset_trap_is_caught(service, importer, tmp_path):
    # The trap itself: GB18030 bytes read as ISO 8859-1 turn 张三 into mojibake, silently.
    trap = "张三".encode("gb18030").decode("latin-1")
    assert trap == "ÕÅÈý"
    assert str(hl7.parse(f"MSH|^~\\&|A\rPID|1||1||{trap}\r").segment("PID")[5]) == "ÕÅÈý"
    p = patient_in(service, "02")
    before = _counts(service)
    lying = _write(tmp_path, "latin.hl7", oru(p.mrn, p.name, CYTOKINES, charset="8859/1"))
    result = import_file(importer, lying)
    assert result.where == "MSH-18" and "gb18030" in result.problem
    utf8_as_gb = _write(tmp_path, "utf8.hl7", oru(p.mrn, p.name, CYTOKINES), charset="utf-8")
    result = import_file(importer, utf8_as_gb)
    assert result.where == "MSH-18" and "UTF-8" in result.problem
    assert _counts(service) == before


def test_an_empty_msh18_uses_the_wards_default_charset(service, importer, tmp_path):
    p = patient_in(service, "02")
    path = _write(tmp_path, "plain.hl7", oru(p.mrn, p.name, CYTOKINES[:1], charset=""))
    assert importer.default_charset() == "gb18030"
    assert import_file(importer, path).stored == 1


def test_unknown_code_and_unknown_patient_are_listed_not_dropped(admin, importer, tmp_path):
    p = patient_in(admin, "02")
    text = oru(p.mrn, p.name, [CYTOKINES[0], ("LOCAL-99", "L", "神秘项目", "3", "U")])
    text += oru("NOPE-1", "王五", CYTOKINES[:1], control_id="X").split("\r", 1)[1]
    result = import_file(importer, _write(tmp_path, "mixed.hl7", text))
    assert result.stored == 1 and result.unmatched == 2
    listed = {(u.reason, u.code, u.mrn) for u in importer.unmatched()}
    assert listed == {("unknown_code", "LOCAL-99", p.mrn), ("unknown_patient", "26881-3", "NOPE-1")}
    wrong_name = _write(tmp_path, "name.hl7", oru(p.mrn, "李四", CYTOKINES[:1], control_id="N1"))
    assert import_file(importer, wrong_name).unmatched == 1
    assert importer.unmatched()[0].reason == "name_mismatch"


def test_an_admin_local_code_maps_after_it_is_added(admin, importer, tmp_path):
    from cart_bedside.logic.lab_codes import LOCAL, LabCode

    p = patient_in(admin, "02")
    importer.set_code_map([LabCode(LOCAL, "FER01", "ferritin", "铁蛋白（本院）")])
    path = _write(
        tmp_path,
        "local.hl7",
        oru(p.mrn, p.name, [("FER01", "L", "铁蛋白", "800", "ng/mL")], control_id="L1"),
    )
    assert import_file(importer, path).stored == 1


@pytest.mark.parametrize(
    ("segment", "replace", "where"),
    [
        ("OBX|2|NM|1988-5^C反应蛋白^LN||9.5|", "OBX|2|NM|1988-5^C反应蛋白^LN||九点五|", "OBX[2]-5"),
        ("|F|||202611230800\rOBX|3", "|F|||2026-11-23\rOBX|3", "OBX[2]-14"),
        ("OBX|3|NM|2276-4^", "OBX|3|NM|^", "OBX[3]-3"),
        ("ORU^R01", "ADT^A01", "MSH-9"),
        ("PID|1||", "PID|1||^^^HOSP", "PID[1]-3"),
    ],
)
def test_a_broken_segment_is_refused_with_nothing_stored(
    service, importer, tmp_path, segment, replace, where
):
    p = patient_in(service, "02")
    text = oru(p.mrn, p.name, CYTOKINES)
    assert segment in text
    before = _counts(service)
    result = import_file(importer, _write(tmp_path, "bad.hl7", text.replace(segment, replace, 1)))
    assert result.where == where, result.error
    assert _counts(service) == before
    assert "\n" not in result.error


def test_an_imported_ferritin_raises_the_hlh_alert(service, importer, tmp_path):
    p = patient_in(service, "02")
    assert "hlh_mas_suspected" not in service._cached(p.id).assessment.alert_codes()
    path = _write(
        tmp_path, "fer.hl7", oru(p.mrn, p.name, [CYTOKINES[2]], control_id="F1", at="202611230900")
    )
    outcome = import_file(importer, path).outcomes[0]
    assert "hlh_mas_suspected" in {a.code for _, a in outcome.raised}
    assert "hlh_mas_suspected" in service._cached(p.id).assessment.alert_codes()


def test_an_imported_igg_raises_the_ivig_suggestion(service, importer, tmp_path):
    p = patient_in(service, "02")
    assert "ivig_suggested" not in service._cached(p.id).assessment.alert_codes()
    path = _write(
        tmp_path,
        "igg.hl7",
        oru(p.mrn, p.name, [("2465-3", "LN", "IgG", "280", "mg/dL")], control_id="G1"),
    )
    outcome = import_file(importer, path).outcomes[0]
    assert "ivig_suggested" in {a.code for _, a in outcome.raised}


def test_the_lab_csv_imports_and_a_bad_line_names_line_and_column(service, importer, tmp_path):
    p = patient_in(service, "02")
    good = (
        "mrn,name,code,system,test_name,value,unit,observed_at\n"
        f"{p.mrn},{p.name},2276-4,LN,铁蛋白,900,ng/mL,2026-11-23 08:30\n"
        f"{p.mrn},{p.name},751-8,LN,中性粒细胞,1200,/uL,2026-11-23 08:30\n"
    )
    path = _write(tmp_path, "labs.csv", good)
    assert import_file(importer, path).stored == 2
    assert import_file(importer, path).duplicates == 1
    bad = _write(tmp_path, "bad.csv", good.replace("2026-11-23 08:30\n", "yesterday\n", 1))
    result = import_file(importer, bad)
    assert result.where == "line 2, column observed_at"


def test_a_file_that_is_neither_format_is_refused():
    with pytest.raises(MalformedMessage) as info:
        parse_lab_file(b"hello", "gb18030")
    assert info.value.where == "MSH"


def test_the_watched_folder_moves_files_after_import(service, importer, tmp_path):
    p = patient_in(service, "02")
    _write(tmp_path, "ok.hl7", oru(p.mrn, p.name, CYTOKINES[:1], control_id="W1"))
    _write(
        tmp_path,
        "broken.hl7",
        oru(p.mrn, p.name, CYTOKINES[:1], control_id="W2").replace("ORU^R01", "ORU"),
    )
    scan = scan_folder(importer, tmp_path)
    assert sorted(f.path.name for f in scan.files) == ["broken.hl7", "ok.hl7"]
    assert (tmp_path / "imported" / "ok.hl7").exists()
    assert (
        (tmp_path / "refused" / "broken.hl7.error.txt").read_text().startswith("broken.hl7: MSH-9")
    )
    assert not list(tmp_path.glob("*.hl7"))


def test_import_labs_command_runs_in_a_subprocess(service, tmp_path):
    p = patient_in(service, "02")
    db = service.repo.db_file()
    good = _write(tmp_path, "good.hl7", oru(p.mrn, p.name, CYTOKINES, control_id="C1"))
    bad = _write(
        tmp_path,
        "bad.hl7",
        oru(p.mrn, p.name, CYTOKINES, control_id="C2").replace("||12500|", "||lots|"),
    )
    cmd = [sys.executable, "-m", "cart_bedside", "import-labs", str(good), str(bad), "--db", db]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "good.hl7: 3 lab results stored, 0 unmatched (C1)" in run.stdout
    assert run.stderr.strip().splitlines() == [
        "error: bad.hl7: refused, nothing stored: OBX[3]-5: 'lots' is not a number (OBX-2 is NM)"
    ]
    again = subprocess.run([*cmd[:-3], "--db", db], capture_output=True, text=True, timeout=120)
    assert "already imported" in again.stdout


def test_an_imported_anc_in_cells_per_microlitre_feeds_the_icaht_rules(service, importer, tmp_path):
    p = next(
        p
        for p in service.repo.patients.list_patients()
        if p.infusion_time
        and "severe_neutropenia" not in service._cached(p.id).assessment.alert_codes()
    )
    path = _write(
        tmp_path,
        "anc.hl7",
        oru(
            p.mrn,
            p.name,
            [("751-8", "LN", "中性粒细胞", "300", "/uL")],
            control_id="A1",
            at="202611230900",
        ),
    )
    outcome = import_file(importer, path).outcomes[0]
    assert "severe_neutropenia" in {a.code for _, a in outcome.raised}  # 0.3 × 10^9/L
    anc = [lab for lab in service.repo.queries.labs(p.id) if lab.name == "anc"][-1]
    assert (anc.value, anc.unit) == (0.3, "10^9/L")

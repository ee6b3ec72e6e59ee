"""Screenshots of issue 17's screens under Xvfb: the Lab import tab, the FHIR button.

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python \
        docs/screenshots/take_interop_screenshots.py --lang zh_CN --size 1280x800

Builds the window as the app does on a demo ward, imports one GB18030 ORU^R01
message with an unknown code and one for an unknown patient (so the unmatched
list has rows), signs the administrator in and opens Settings → Lab import,
then signs the nurse in and opens a patient (the FHIR export button).
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import demo_window, options, shooter


def _message(mrn: str, name: str, control: str) -> bytes:
    return (
        "\r".join(
            [
                f"MSH|^~\\&|LIS|HOSP|CART|WARD|202611230930||ORU^R01|{control}|P|2.5|||||CHN|"
                "GB 18030-2000",
                f"PID|1||{mrn}^^^HOSP^MR||{name[0]}^{name[1:]}",
                "OBX|1|NM|2276-4^铁蛋白^LN||1800|ng/mL|||||F|||202611230700",
                "OBX|2|NM|HS-CRP^超敏C反应蛋白^L||12.5|mg/L|||||F|||202611230700",
            ]
        )
        + "\r"
    ).encode("gb18030")


def main() -> int:
    args = options()

    from cart_bedside.interop.lab_files import import_file
    from cart_bedside.service.lab_import import LabImportService
    from cart_bedside.ui.admin.settings_screen import TAB_LABS

    _app, window, _database, path = demo_window(args)
    service = window.session.service
    patient = next(p for p in service.repo.patients.list_patients() if p.bed == "02")
    drop = Path(path).parent / "lis-drop"
    drop.mkdir(exist_ok=True)
    (drop / "shot.hl7").write_bytes(
        _message(patient.mrn, patient.name, "SHOT1") + _message("H0099887", "王五", "SHOT2")
    )
    import_file(LabImportService(service), drop / "shot.hl7")
    shot = shooter("interop", args.suffix, wait_ms=500)

    window.session.sign_in("admin", "9000")
    window.show_settings()
    settings = window.settings_screen
    settings.labs.folder.setText(str(drop))
    settings.labs.save_watch_folder()
    settings.show_tab(TAB_LABS)
    shot("lab_import")
    window.session.sign_out()
    window.session.sign_in("nurse", "1111")
    window.open_patient(patient.id)
    shot("patient_fhir")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Talking to the hospital (issue 17): file formats in and out, above the services.

- lab results in: HL7 v2 ORU^R01 (:mod:`.hl7_oru`, charset in :mod:`.charset`)
  and the ward's CSV (:mod:`.csv_labs`), read by :mod:`.lab_files`;
- FHIR R4 out (:mod:`.fhir_export`), the toxicity registry CSV out
  (:mod:`.registry_csv`); files written 0600 and audited (:mod:`.output`);
- the command-line sub-commands (:mod:`.cli`).

Rules (code tables, episodes) live in ``logic/``; the import and export
orchestration in ``service/``; this package only reads and writes formats.
"""

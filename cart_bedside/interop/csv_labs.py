"""The ward's lab CSV format → :class:`LabMessage` (docs/lab-import-csv.md).

For laboratories that drop files or export a database view instead of
sending HL7. One header line, then one result per line::

    mrn,name,code,system,test_name,value,unit,observed_at,status
    DEMO-0154,张建国,2276-4,LN,铁蛋白,12500,ng/mL,2026-11-23 08:00,F

``mrn``, ``name``, ``code``, ``value``, ``unit`` and ``observed_at`` are
required columns (in any order); ``system`` (``LN`` for LOINC, else the
ward's local code), ``test_name`` and ``status`` may be left out. The file
is UTF-8 (a BOM is fine) or, if it is not valid UTF-8, the ward's default
charset (GB18030), with the same wrong-charset check as HL7. A file's
identity is its sha256: the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import datetime

from ..logic.lab_codes import LOCAL, LOINC
from ..logic.lab_import import LabMessage, MalformedMessage, PatientResults, ResultLine
from .charset import decode

REQUIRED = ("mrn", "name", "code", "value", "unit", "observed_at")
OPTIONAL = ("system", "test_name", "status")


def looks_like_csv(raw: bytes) -> bool:
    head = raw[:200].lstrip(b"\xef\xbb\xbf").lower()
    return head.startswith(b"mrn") or b",mrn" in head.split(b"\n", 1)[0]


def _text(raw: bytes, default_charset: str) -> tuple[str, str]:
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode(body, None, default_charset, where="file"), default_charset


def parse_csv(raw: bytes, default_charset: str, name: str = "") -> LabMessage:
    """A lab CSV file → one :class:`LabMessage` (or :class:`MalformedMessage`: line, column)."""
    text, charset = _text(raw, default_charset)
    reader = csv.reader(io.StringIO(text))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise MalformedMessage("line 1", "the file is empty") from None
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise MalformedMessage("line 1", f"missing column(s): {', '.join(missing)}")
    col = {c: header.index(c) for c in (*REQUIRED, *OPTIONAL) if c in header}
    groups: dict[tuple[str, str], list[ResultLine]] = {}
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header):
            raise MalformedMessage(
                f"line {number}", f"{len(row)} columns, the header has {len(header)}"
            )

        def cell(c: str, row=row) -> str:
            return row[col[c]].strip() if c in col else ""

        for c in ("mrn", "code"):
            if not cell(c):
                raise MalformedMessage(f"line {number}, column {c}", "empty")
        when = cell("observed_at")
        try:
            observed = datetime.fromisoformat(when.replace("/", "-"))
        except ValueError:
            raise MalformedMessage(
                f"line {number}, column observed_at",
                f"{when!r} is not a date and time (2026-11-23 08:00)",
            ) from None
        system_name = cell("system").upper()
        system = LOINC if system_name in ("LN", "LOINC", LOINC.upper()) else LOCAL
        line = ResultLine(
            f"line {number}",
            cell("code"),
            system,
            cell("test_name"),
            cell("value"),
            cell("unit"),
            observed.replace(tzinfo=None),
            cell("status").upper(),
        )
        groups.setdefault((cell("mrn"), cell("name")), []).append(line)
    if not groups:
        raise MalformedMessage("line 2", "no results in the file")
    digest = hashlib.sha256(raw).hexdigest()
    patients = tuple(
        PatientResults(mrn, pname, tuple(lines)) for (mrn, pname), lines in groups.items()
    )
    return LabMessage(f"csv:{digest}", name or digest[:16], charset, patients)

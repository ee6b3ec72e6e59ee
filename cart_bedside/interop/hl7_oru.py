"""HL7 v2 ORU^R01 result messages → :class:`LabMessage` (with ``hl7``, python-hl7).

Read per message (one file may hold several, each starting with MSH):

- MSH-3/MSH-4 sending application/facility and MSH-10 control id make the
  message's identity (the same message twice adds nothing); MSH-9 must be
  ``ORU^R01``; MSH-18 names the charset (:mod:`.charset` decodes the bytes
  before ``hl7`` sees them);
- PID-3 (first identifier) is the MRN, PID-5 the name (``family^given``);
- OBR-7 is the default observation time of the OBX segments after it;
- OBX-3 ``code^text^system`` (``LN`` = LOINC, anything else the ward's local
  code), OBX-5 value, OBX-6 unit, OBX-11 status (``F`` final, ``C``
  corrected; others are not stored: listed as unmatched), OBX-14 time.

Anything that cannot be read raises :class:`MalformedMessage` naming the
segment and field (``OBX[2]-14``); the caller stores nothing from it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

import hl7

from ..logic.lab_codes import LOCAL, LOINC
from ..logic.lab_import import LabMessage, MalformedMessage, PatientResults, ResultLine
from .charset import decode, msh18

_TS = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(?:\.\d+)?([+-]\d{4})?$")


def split_messages(raw: bytes) -> list[bytes]:
    """The messages of one file (each begins with ``MSH``), in order."""
    text = raw.replace(b"\r\n", b"\r").replace(b"\n", b"\r")
    if text.startswith(b"\xef\xbb\xbf"):
        text = text[3:]
    parts = re.split(rb"\r(?=MSH)", text.strip(b"\r\x0b\x1c "))
    return [p.strip(b"\x0b\x1c") + b"\r" for p in parts if p.strip()]


def parse_time(text: str, where: str) -> datetime:
    """An HL7 DTM (``YYYYMMDD[HH[MM[SS]]][±ZZZZ]``) as local wall-clock time."""
    m = _TS.match(text.strip())
    if not m:
        raise MalformedMessage(where, f"{text!r} is not an HL7 date/time (YYYYMMDDHHMM)")
    y, mo, d, h, mi, s, tz = m.groups()
    try:
        value = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0))
    except ValueError:
        raise MalformedMessage(where, f"{text!r} is not a date") from None
    if tz:
        sign = 1 if tz[0] == "+" else -1
        offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
        value = value.replace(tzinfo=timezone(offset)).astimezone().replace(tzinfo=None)
    return value


def _component(field, n: int = 1) -> str:
    """Component ``n`` (1-based) of the first repetition of a field, as text."""
    text = str(field) if field is not None else ""
    first = text.split("~", 1)[0]
    parts = first.split("^")
    return parts[n - 1].strip() if len(parts) >= n else ""


def _field(segment, n: int):
    return segment[n] if len(segment) > n else ""


def parse_message(raw: bytes, default_charset: str) -> LabMessage:
    """One ORU^R01 message's bytes → :class:`LabMessage` (or :class:`MalformedMessage`)."""
    declared = msh18(raw)
    text = decode(raw, declared, default_charset)
    try:
        message = hl7.parse(text.replace("\r\n", "\r").replace("\n", "\r"))
    except Exception as exc:  # python-hl7 raises several types for broken input
        raise MalformedMessage("MSH", f"not an HL7 v2 message ({exc})") from None
    msh = message.segment("MSH")
    kind = f"{_component(_field(msh, 9), 1)}^{_component(_field(msh, 9), 2)}"
    if kind != "ORU^R01":
        raise MalformedMessage("MSH-9", f"{str(_field(msh, 9))!r} is not ORU^R01")
    control_id = str(_field(msh, 10)).strip()
    if not control_id:
        raise MalformedMessage("MSH-10", "the message control id is empty")
    app, facility = _component(_field(msh, 3)), _component(_field(msh, 4))
    sent = str(_field(msh, 7)).strip()
    sent_at = parse_time(sent, "MSH-7") if sent else None
    groups: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    obr_time: datetime | None = None
    counts: dict[str, int] = {}
    for segment in message:
        name = str(segment[0]).strip()
        counts[name] = counts.get(name, 0) + 1
        where = f"{name}[{counts[name]}]"
        if name == "PID":
            current = _pid(message, segment, where)
            groups.append(current)
            obr_time = None
        elif name == "OBR":
            t = str(_field(segment, 7)).strip()
            obr_time = parse_time(t, f"{where}-7") if t else None
        elif name == "OBX":
            if current is None:
                raise MalformedMessage(where, "an OBX segment comes before any PID segment")
            current["results"].append(_obx(message, segment, where, obr_time))
    if not groups:
        raise MalformedMessage("PID", "the message has no PID segment")
    patients = tuple(PatientResults(g["mrn"], g["name"], tuple(g["results"])) for g in groups)
    source = f"hl7:{app}|{facility}|{control_id}"
    return LabMessage(source, control_id, declared or default_charset, patients, sent_at)


def _pid(message: Any, segment: Any, where: str) -> dict[str, Any]:
    mrn = _component(_field(segment, 3), 1)
    if not mrn:
        raise MalformedMessage(f"{where}-3", "no patient identifier (MRN)")
    family = message.unescape(_component(_field(segment, 5), 1))
    given = message.unescape(_component(_field(segment, 5), 2))
    name = f"{family}^{given}" if given else family
    return {"mrn": message.unescape(mrn), "name": name, "results": []}


def _obx(message, segment, where: str, obr_time: datetime | None) -> ResultLine:
    code = _component(_field(segment, 3), 1)
    if not code:
        raise MalformedMessage(f"{where}-3", "no observation code")
    text = message.unescape(_component(_field(segment, 3), 2))
    system_name = _component(_field(segment, 3), 3).upper()
    system = LOINC if system_name in ("LN", "LOINC") else LOCAL if system_name else None
    value_type = str(_field(segment, 2)).strip().upper()
    value = message.unescape(str(_field(segment, 5)).strip())
    if value_type == "NM" and value:
        try:
            float(value)
        except ValueError:
            raise MalformedMessage(
                f"{where}-5", f"{value!r} is not a number (OBX-2 is NM)"
            ) from None
    unit = message.unescape(_component(_field(segment, 6), 1))
    status = str(_field(segment, 11)).strip().upper()
    t = str(_field(segment, 14)).strip()
    if t:
        observed = parse_time(t, f"{where}-14")
    elif obr_time is not None:
        observed = obr_time
    else:
        raise MalformedMessage(f"{where}-14", "no observation time here nor in OBR-7")
    return ResultLine(where, code, system, text, value, unit, observed, status)


def parse_file(raw: bytes, default_charset: str) -> list[LabMessage]:
    """Every message of a file; the first malformed one raises (with its number if several)."""
    parts = split_messages(raw)
    if not parts:
        raise MalformedMessage("MSH", "the file is empty")
    out = []
    for i, part in enumerate(parts, start=1):
        try:
            out.append(parse_message(part, default_charset))
        except MalformedMessage as exc:
            if len(parts) == 1:
                raise
            raise MalformedMessage(f"message {i} {exc.where}", exc.problem) from None
    return out

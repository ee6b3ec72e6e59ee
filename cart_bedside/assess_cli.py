"""``cart-bedside assess``: grade one case headless, as assess-contract.md says.

Imports only the logic layer (an import-linter contract and a subprocess test
check that Qt, the database, matplotlib and reportlab stay out).
Exit 0 with the assessment on stdout; exit 2 with one line on stderr naming
the offending field and nothing on stdout.
"""

from __future__ import annotations

import json
import sys
from typing import Any, BinaryIO, TextIO

from .logic.assessment import Assessment, assess
from .logic.case import parse_case
from .logic.case_json import load_case_json
from .logic.messages import msg, render
from .logic.news2 import News2
from .logic.patient_protocol import protocol_display_name
from .logic.protocols import DEFAULT_PROTOCOL, PROTOCOL_IDS
from .logic.timeutil import format_time
from .logic.validation import ValidationError


def assessment_to_json(a: Assessment, lang: str = "en") -> dict[str, Any]:
    """The assessment as the contract's JSON object (messages rendered in ``lang``)."""

    def r(messages) -> list[str]:
        return [render(m, lang) for m in messages]

    crs_now = a.crs.current
    icans_now = a.icans.current
    return {
        "at": format_time(a.at),
        "day": a.day,
        "protocol": a.protocol_id,
        "protocol_name": render(protocol_display_name(a.protocol_id), lang),
        "crs": {
            "grade": a.crs.grade,
            "max_grade": a.crs.max_grade,
            "onset": format_time(a.crs.onset) if a.crs.onset else None,
            "reasons": r(a.crs_reasons),
            "fever_masked": bool(crs_now and crs_now.fever_masked),
        },
        "icans": {
            "grade": a.icans.grade,
            "max_grade": a.icans.max_grade,
            "ice_score": icans_now.ice_score if icans_now else None,
            "capd_score": icans_now.capd_score if icans_now else None,
            "onset": format_time(a.icans.onset) if a.icans.onset else None,
            "reasons": r(a.icans_reasons),
            "excluded": r(icans_now.excluded) if icans_now else [],
        },
        "management": {
            "crs": r(a.plan.crs_lines),
            "icans": r(a.plan.icans_lines),
            "source": r(a.plan.sources),
        },
        "tocilizumab": {
            "dose_mg": a.dose.dose_mg,
            "weight_kg": a.dose.weight_kg,
            "mg_per_kg": a.dose.mg_per_kg,
            "doses_total": a.ledger.doses_total,
            "doses_last_24h": a.ledger.doses_last_24h,
            "doses_remaining": a.ledger.doses_remaining,
            "next_allowed_at": (
                format_time(a.ledger.next_allowed_at) if a.ledger.next_allowed_at else None
            ),
            "allowed_now": a.ledger.allowed_now,
            "limit_reached": a.ledger.limit_reached,
            "notes": r(a.dose.warnings),
        },
        "steroids": {
            "dex_equivalent_mg": round(a.steroids.dex_equivalent_mg, 2),
            "days_with_dose": a.steroids.days_with_dose,
        },
        "news2": _news2_json(a.news2, lang),
        "risk_group": a.risk.group.value,
        "alerts": [
            {
                "code": al.code,
                "severity": al.severity.value,
                "message": al.render(lang),
                "source": render(al.source, lang) if al.source else None,
            }
            for al in a.alerts
        ],
        "warnings": [{"field": w.field, "message": render(w.message, lang)} for w in a.warnings],
    }


def _news2_json(score: News2 | None, lang: str) -> dict[str, Any] | None:
    """NEWS2 of the latest vital signs (§12), beside the CRS grade; null without vitals."""
    if score is None:
        return None
    return {
        "time": format_time(score.time),
        "score": score.total,
        "band": score.band.value if score.band else None,
        "parameters": dict(score.parts),
        "consciousness": score.acvpu,
        "summary": render(score.summary(), lang),
        "note": render(score.note, lang),
    }


def assess_document(data: Any, protocol: str | None = None, lang: str = "en") -> dict[str, Any]:
    """Parse a decoded case, assess it, return the JSON object (raises ValidationError)."""
    case = parse_case(data)
    protocol_id = protocol or case.protocol or DEFAULT_PROTOCOL
    if protocol_id not in PROTOCOL_IDS:
        field = "--protocol" if protocol else "protocol"
        raise ValidationError(
            field, msg("error.bad_choice", value=protocol_id, known=", ".join(PROTOCOL_IDS))
        )
    result = assess(
        case.patient,
        case.infusion_time,
        case.vitals,
        case.neuro,
        case.medications,
        case.labs,
        at=case.at,
        protocol_id=protocol_id,
        warnings=case.warnings,
    )
    return assessment_to_json(result, lang)


def run(args: Any) -> int:
    """``cart-bedside assess`` (cli.COMMANDS): the contract's output is English unless --lang."""
    return run_assess(args.case, protocol=args.protocol, lang=args.lang or "en")


def _one_line(text: str) -> str:
    """The error is one line, whatever the input held (line breaks shown escaped)."""
    return "\\n".join(text.splitlines()) if text else text


def read_case(path: str, stdin: BinaryIO | TextIO | None = None) -> Any:
    """The decoded case from a file or ``-`` (standard input); raises ValidationError."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    else:
        with open(path, "rb") as fh:
            raw = fh.read()
    return load_case_json(raw)


def run_assess(
    path: str,
    protocol: str | None = None,
    lang: str = "en",
    stdin: BinaryIO | TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Exit 0 with the assessment on ``stdout``, or 2 with one line on ``stderr``.

    Every malformed input is refused by name (assess-contract.md; issue 12).
    Anything the rules did not foresee is still one line and exit 2, saying
    it is an internal error (the fuzz test checks it never happens).
    """
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        data = read_case(path, stdin)
        document = assess_document(data, protocol, lang)
        text = json.dumps(document, ensure_ascii=False, indent=2)
    except OSError as exc:
        print(_one_line(f"error: {path}: {exc.strerror or exc}"), file=stderr)
        return 2
    except ValidationError as exc:
        print(_one_line(f"error: {exc.render(lang)}"), file=stderr)
        return 2
    except Exception as exc:  # the contract: never a traceback
        kind = type(exc).__name__
        print(
            _one_line(f"error: input: {render(msg('error.internal', kind=kind), lang)}"),
            file=stderr,
        )
        return 2
    try:
        try:
            stdout.write(text + "\n")
        except UnicodeEncodeError:  # a console that cannot show Chinese: escape it
            stdout.write(json.dumps(document, ensure_ascii=True, indent=2) + "\n")
        stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: the reader left, not an error of ours
        sys.stderr.close()
    return 0

"""The ward summary page: every bed in one table (issue 6)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..logic.catalogue import CATALOGUE
from ..logic.findings import Severity
from ..logic.followup_line import FollowUpLine
from ..logic.messages import msg
from ..logic.timeutil import format_study_day
from ..logic.tocilizumab_state import TociState, tocilizumab_state
from .data import HandoverSheet, PatientSheet
from .page import (
    HEAD_BG,
    RULE,
    RunningHead,
    Words,
    bullets,
    grade_cell,
    grade_styles,
    net_text,
    signature_block,
    task_texts,
)
from .para import Para


def grade_with_highest(w: Words, grade: int, highest: int) -> Paragraph:
    """The grade now, and the highest since infusion under it when higher."""
    cell = grade_cell(w, grade)
    if highest > grade:
        cell = Para(cell.text + "<br/>" + escape(w.t("summary.highest", grade=highest)), w.cell_c)
    return cell


def vitals_short(w: Words, ps: PatientSheet) -> str:
    """When the last vital signs were taken, with temperature and SBP."""
    v = ps.last_vitals
    if v is None:
        return "—"
    parts = [v.time.strftime("%H:%M")]
    if v.temp_c is not None:
        parts.append(f"{v.temp_c:.1f} °C")
    if v.sbp is not None:
        parts.append(f"SBP {v.sbp:g}")
    return "\n".join(parts)


def toci_short(w: Words, ps: PatientSheet) -> str:
    """The tocilizumab state in a cell: doses given and the next time, or why none."""
    a = ps.assessment
    s = tocilizumab_state(a.ledger, a.crs.grade, a.icans.grade)
    given = f"{s.doses_given}/{s.max_total}"
    if s.state is TociState.NEXT_AT:
        return w.t("summary.toci.next", given=given, time=w.when(s.next_at))
    return w.t(f"summary.toci.{s.state.value}", given=given)


#: The ward page lists this many alerts or overdue tasks per bed; the bed's page has all.
SUMMARY_LINES = 2


def first_few(w: Words, lines: list[str]) -> list[str]:
    """The first ``SUMMARY_LINES`` lines, and "+N more (bed page)" for the rest."""
    if len(lines) <= SUMMARY_LINES + 1:
        return lines
    return [*lines[:SUMMARY_LINES], w.t("summary.more", n=len(lines) - SUMMARY_LINES)]


def summary_story(sheet: HandoverSheet, words: Words) -> list[Flowable]:
    w = words
    story: list[Flowable] = [
        RunningHead(w.t("handover.summary.running", beds=len(sheet.patients))),
        w.p(w.t("handover.summary.title", beds=len(sheet.patients)), w.title),
    ]
    if not sheet.patients:
        return [*story, w.p(w.t("handover.no_patients"))]
    # Issue 11: the highest grade under each grade, the last vital signs and when the next
    # tocilizumab dose is allowed (the one state, as on the panel), 9 pt type.
    head = [
        "bed",
        "name",
        "day",
        "crs",
        "icans",
        "neuro",
        "vitals",
        "risk",
        "balance",
        "toci",
        "overdue",
        "alerts",
    ]
    widths = [8, 17, 10, 13, 13, 12, 15, 10, 16, 17, 20, 35]
    rows: list[list[Any]] = [[w.p(w.t(f"handover.col.{h}"), w.head) for h in head]]
    grade_cells = []
    for i, ps in enumerate(sheet.patients, start=1):
        a = ps.assessment
        rows.append(
            [
                w.p(ps.bed, w.cell_c),
                w.p(f"{ps.patient.name}\n{age_sex(w, ps)}", w.cell),
                w.p(format_study_day(ps.day), w.cell_c),
                grade_with_highest(w, a.crs.grade, a.crs.max_grade),
                grade_with_highest(w, a.icans.grade, a.icans.max_grade),
                w.p(neuro_short(w, ps), w.cell_c),
                w.p(vitals_short(w, ps), w.cell_c),
                w.p(w.t(a.risk.label), w.cell_c),
                w.p(
                    w.t(
                        "handover.summary.balance",
                        shift=net_text(ps.shift_balance),
                        cumulative=net_text(ps.cumulative),
                    ),
                    w.cell_c,
                ),
                w.p(toci_short(w, ps), w.cell_c),
                bullets(w, first_few(w, task_texts(w, ps.overdue, short=True)), w.cell),
                bullets(
                    w, first_few(w, [alert_text(w, al, short=True) for al in ps.alerts]), w.cell
                ),
            ]
        )
        grade_cells += [(3, i, a.crs.grade), (4, i, a.icans.grade)]
    table = Table(rows, colWidths=[x * mm for x in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (10, 1), (11, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                *grade_styles(grade_cells),
            ]
        )
    )
    story += [
        table,
        Spacer(1, 3 * mm),
        w.p(w.t("handover.summary.legend"), w.small),
        Spacer(1, 4 * mm),
        KeepTogether([signature_block(w)]),
    ]
    return story


def age_sex(w: Words, ps: PatientSheet) -> str:
    sex = w.t(f"handover.sex.{ps.patient.sex.lower()}") if ps.patient.sex in ("M", "F") else ""
    return w.t("handover.age_sex", age=int(ps.patient.age_years), sex=sex).strip()


def neuro_short(w: Words, ps: PatientSheet) -> str:
    n = ps.last_neuro
    if n is None:
        return "—"
    if n.total_capd is not None:
        return w.t("handover.capd_short", score=n.total_capd)
    if n.total_ice is not None:
        return w.t("handover.ice_short", score=n.total_ice)
    return w.t("handover.neuro_unable")


def followup_text(w: Words, line: FollowUpLine) -> str:
    """A follow-up line to do (§4, §7): what the rule suggests — how it stands."""
    if not line.details:
        return w.t(line.title)
    return w.t(msg("handover.followup_line", what=line.title, state=line.details[0]))


def alert_text(w: Words, line, short: bool = False) -> str:
    text = line.alert.render(w.lang)
    if short:
        code = f"handover.alert_title.{line.alert.code}"
        text = w.t(code) if code in CATALOGUE else alert_title(text)
    if line.alert.severity is Severity.CRITICAL:
        text = w.t("handover.alert.critical", text=text)
    if line.acknowledged_by:
        text += w.t(
            "handover.alert.acknowledged",
            user=line.acknowledged_by,
            time=w.when(line.acknowledged_at),
        )
    return text


def alert_title(text: str) -> str:
    """An alert's title: its text up to the first colon outside brackets (the summary table).

    Alert messages read "what: what the guideline suggests"; the ward table
    shows the first part, the patient page the whole message.
    """
    depth = 0
    for i, ch in enumerate(text):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == "：" or (ch == ":" and text[i + 1 : i + 2] == " ")):
            return text[:i] if i else text
    return text

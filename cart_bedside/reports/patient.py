"""One patient's pages in SBAR order, with the small trend figure (issue 6)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..logic import drugs
from ..logic.catalogue import CATALOGUE
from ..logic.messages import Message, term
from ..logic.patient_protocol import protocol_short_name
from ..logic.timeutil import format_study_day
from ..logic.tocilizumab_state import tocilizumab_state, tocilizumab_state_messages
from .data import HandoverSheet, PatientSheet
from .figure_image import FigureImage, PdfImage
from .fluid_text import balance_lines
from .hlh_text import hlh_lines
from .page import (
    CONTENT_W,
    INK,
    MUTED,
    RULE,
    SBAR_W,
    SECTION_BG,
    SIGNATURE_H,
    RunningHead,
    Words,
    bullets,
    grade_cell,
    grade_styles,
    signature_block,
    task_texts,
)
from .para import Para
from .summary import age_sex, alert_text, followup_text


def patient_story(
    ps: PatientSheet,
    sheet: HandoverSheet,
    words: Words,
    figure: Callable[[PatientSheet], PdfImage | None],
) -> list[Flowable]:
    w = words
    a = ps.assessment
    p = ps.patient
    title = w.t("handover.patient.running", bed=ps.bed, name=p.name, day=format_study_day(ps.day))
    story: list[Flowable] = [RunningHead(title), _patient_banner(ps, w)]
    story.append(Spacer(1, 2 * mm))

    s_rows = [
        (
            "diagnosis",
            w.t(
                "handover.diagnosis_product",
                diagnosis=_diagnosis(w, p.diagnosis),
                product=p.product or "—",
                target=p.target or "—",
                costim=p.costim_domain or "—",
            ),
        ),
        ("crs", _grade_line(w, a.crs.grade, a.crs_reasons, ps.crs_confirmation, ps.crs_shown)),
        (
            "icans",
            _grade_line(w, a.icans.grade, a.icans_reasons, ps.icans_confirmation, ps.icans_shown),
        ),
        ("risk", _risk_line(w, a)),
    ]
    # The one tocilizumab state, as on the panel (the grades are the rows above).
    toci = w.t(
        tocilizumab_state_messages(tocilizumab_state(a.ledger, a.crs.grade, a.icans.grade))[1]
    )
    b_rows = [
        (
            "infusion",
            w.t(
                "handover.infusion",
                infusion=w.when(ps.infusion_time),
                admitted=w.when(ps.admitted_at),
            ),
        ),
        ("highest", _highest(w, ps)),
        ("doses", _dose_lines(w, ps)),
        ("toci", toci),
        ("steroids", w.t(a.steroids.summary)),
        ("other_meds", w.join(f"{w.drug(d)} ×{n}" for d, n in ps.other_doses_24h) or "—"),
    ]
    a_rows = [
        ("vitals", _vitals_line(w, ps) + _news2_line(w, a)),
        ("neuro", _neuro_line(w, ps)),
        ("balance", balance_lines(w, sheet.shift_words, ps)),
        ("weight", w.t(ps.weight.summary) if ps.weight else "—"),
        ("alerts", [alert_text(w, al) for al in ps.alerts]),
        *([("hlh", hlh_lines(w, ps.hlh))] if ps.hlh else []),
        ("overdue", task_texts(w, ps.overdue)),
    ]
    if ps.not_done:  # §12: checks recorded as not done, with why (a row only when there are)
        a_rows.append(
            (
                "not_done",
                [
                    w.t(
                        "handover.not_done_line",
                        task=w.t(t.message),
                        due=w.when(t.due_at),
                        why=w.t(t.not_done),
                    )
                    for t in ps.not_done
                    if t.not_done
                ],
            )
        )
    plan = ps.plan or a.plan  # the step of the grades that stand (§11)
    r_rows = [
        ("plan_crs", [w.t(m) for m in plan.crs_lines]),
        ("plan_icans", [w.t(m) for m in plan.icans_lines]),
        # The patient's protocol by name (§10), then the sections the step comes from.
        (
            "sources",
            _protocol_line(w, ps)
            + ("；" if w.lang == "zh_CN" else "; ")
            + (
                "；".join(w.t(m) for m in plan.sources)
                if w.lang == "zh_CN"
                else "; ".join(w.t(m) for m in plan.sources)
            ),
        ),
        ("due_next", task_texts(w, ps.due_next)),
    ]
    if ps.followup:  # prophylaxis, IgG, HBV to do (a row only when there is one)
        r_rows.append(("followup", [followup_text(w, f) for f in ps.followup]))
    for letter, rows in (("s", s_rows), ("b", b_rows), ("a", a_rows), ("r", r_rows)):
        story.append(_sbar_table(w, letter, rows))
        story.append(Spacer(1, 1.6 * mm))

    picture = figure(ps)
    if picture is not None:
        image = FigureImage(picture, CONTENT_W, reserve=SIGNATURE_H)
        story.append(CondPageBreak(image.full_height * image.min_scale + SIGNATURE_H + 5 * mm))
        story += [w.p(w.t("handover.trend_caption"), w.label), image]
    story += [Spacer(1, 1.5 * mm), KeepTogether([signature_block(w)])]
    return story


def _patient_banner(ps: PatientSheet, w: Words) -> Table:
    a = ps.assessment
    left = Para(
        f'<font size="15">{escape(w.t("handover.bed", bed=ps.bed))}</font>'
        f'&nbsp;&nbsp;<font size="13">{escape(ps.patient.name)}</font>&nbsp;&nbsp;'
        f"{escape(age_sex(w, ps))}&nbsp;&nbsp;MRN {escape(ps.patient.mrn or '—')}",
        ParagraphStyle("banner", parent=w.body, leading=18),
    )
    day = Para(
        f'<font size="13">{escape(format_study_day(ps.day))}</font>',
        ParagraphStyle("day", parent=w.body, alignment=TA_CENTER, leading=16),
    )
    big = ParagraphStyle("big", parent=w.cell_c, fontSize=10, leading=12)
    crs_grade, icans_grade = (
        _standing(a.crs.grade, ps.crs_shown),
        _standing(a.icans.grade, ps.icans_shown),
    )
    crs = grade_cell(w, crs_grade, big)
    icans = grade_cell(w, icans_grade, big)
    row = [
        left,
        day,
        w.p("CRS", w.cell_c),
        crs,
        w.p("ICANS", w.cell_c),
        icans,
        w.p("NEWS2", w.cell_c),
        _news2_cell(w, a, big),
    ]
    table = Table(
        [row], colWidths=[76 * mm, 18 * mm, 11 * mm, 18 * mm, 15 * mm, 18 * mm, 15 * mm, 15 * mm]
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("LINEAFTER", (0, 0), (1, 0), 0.4, RULE),
                *grade_styles([(3, 0, crs_grade), (5, 0, icans_grade)]),
            ]
        )
    )
    return table


def _sbar_table(w: Words, letter: str, rows: Sequence[tuple[str, Any]]) -> Table:
    data: list[list[Any]] = []
    for i, (key, value) in enumerate(rows):
        if isinstance(value, list):
            cell = bullets(w, value)
        else:
            cell = w.p(value or "—")
        head: Any = ""
        if i == 0:  # the letter and its word, tight, so the first row hardly grows
            head = Para(
                f'{letter.upper()}<br/><font size="{w.section_word.fontSize}">'
                f"{escape(w.t(f'handover.sbar.{letter}'))}</font>",
                w.section,
            )
        data.append([head, w.p(w.t(f"handover.field.{key}"), w.label), cell])
    # No SPAN on the letter column: rows may then split across pages.
    table = Table(data, colWidths=[SBAR_W, 25 * mm, CONTENT_W - SBAR_W - 25 * mm], splitByRow=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (0, -1), SECTION_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (1, 0), (-1, -2), 0.3, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, MUTED),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ]
        )
    )
    return table


def _diagnosis(w: Words, code: str | None) -> str:
    if not code:
        return "—"
    key = f"handover.diagnosis.{code}"
    return w.t(key) if key in CATALOGUE else code


def _protocol_line(w: Words, ps: PatientSheet) -> str:
    if ps.protocol is None:
        return "—"
    return w.t(
        "handover.protocol_line",
        protocol=w.t(protocol_short_name(ps.protocol.protocol_id)),
        why=w.t(ps.protocol.reason),
    )


def _news2_line(w: Words, a) -> str:
    """NEWS2 of the latest vital signs, with the note that it is not validated for CRS (§12).

    The score itself stands beside the CRS grade in the banner (:func:`_news2_cell`).
    """
    if a.news2 is None or a.news2.total is None:
        return ""
    return w.t("handover.news2_vitals", summary=w.t(a.news2.summary()))


def _standing(computed: int, shown) -> int:
    """The grade that stands (§11): a physician's while it stands, else the computed one."""
    if shown is not None and shown.physician is not None and not shown.lapsed:
        return shown.grade
    return computed


def _news2_cell(w: Words, a, style: ParagraphStyle) -> Paragraph:
    """ "NEWS2 9" beside the CRS and ICANS grades (— when not scored, e.g. a child)."""
    total = a.news2.total if a.news2 is not None else None
    band = a.news2.band.value if total is not None and a.news2.band is not None else ""
    colour = {"urgent_review": "#b35900", "emergency": "#c62828"}.get(band, "#111111")
    text = "—" if total is None else str(total)
    return Para(f'<font color="{colour}"><b>{escape(text)}</b></font>', style)


def _grade_line(w: Words, grade: int, reasons: Sequence[Message], confirmation, shown=None) -> str:
    if shown is not None and shown.physician is not None:
        # §11: the physician's grade stands (computed grade and reason beside), or lapsed.
        text = w.t(shown.message())
        if reasons:
            sep = "；" if w.lang == "zh_CN" else "; "
            text += w.t("handover.reasons", reasons=sep.join(w.t(r) for r in reasons))
        return text
    text = w.t("handover.grade", grade=grade)
    if reasons:
        sep = "；" if w.lang == "zh_CN" else "; "
        text += w.t("handover.reasons", reasons=sep.join(w.t(r) for r in reasons))
    if confirmation.confirmed:
        text += w.t("handover.confirmed", user=confirmation.by or "?", time=w.when(confirmation.at))
    else:
        text += w.t("handover.not_confirmed")
    return text


def _risk_line(w: Words, a) -> str:
    text = w.t(a.risk.label)
    if a.risk.reasons:
        sep = "；" if w.lang == "zh_CN" else "; "
        text += w.t("handover.reasons", reasons=sep.join(w.t(r) for r in a.risk.reasons))
    return text


def _highest(w: Words, ps: PatientSheet) -> str:
    a = ps.assessment
    parts = []
    for name, grade, at in (
        ("CRS", a.crs.max_grade, ps.crs_max_at),
        ("ICANS", a.icans.max_grade, ps.icans_max_at),
    ):
        parts.append(
            w.t("handover.highest.grade", name=name, grade=grade, at=w.when(at))
            if grade
            else w.t("handover.highest.none", name=name)
        )
    if a.crs.onset is not None:
        parts.append(w.t("handover.highest.fever", at=w.when(a.crs.onset)))
    return ("；" if w.lang == "zh_CN" else "; ").join(parts)


def _dose_lines(w: Words, ps: PatientSheet) -> list[str]:
    by_drug: dict[str, list] = {}
    for d in ps.doses:
        by_drug.setdefault(drugs.normalise(d.drug), []).append(d)
    lines = []
    for drug, doses in by_drug.items():
        given = [
            f"{w.when(d.time)} {d.dose_mg:g} mg" if d.dose_mg is not None else w.when(d.time)
            for d in doses
        ]
        sep = "，" if w.lang == "zh_CN" else ", "
        lines.append(
            w.t("handover.dose_line", drug=w.drug(drug), count=len(doses), doses=sep.join(given))
        )
    return lines


def _vitals_line(w: Words, ps: PatientSheet) -> str:
    v = ps.last_vitals
    if v is None:
        return "—"
    parts = [w.when(v.time)]
    if v.temp_c is not None:
        parts.append(f"T {v.temp_c:.1f} °C")
    if v.hr is not None:
        parts.append(f"HR {v.hr}")
    if v.sbp is not None and v.dbp is not None:
        parts.append(f"BP {v.sbp}/{v.dbp} (MAP {v.map_mmhg:.0f})")
    if v.rr is not None:
        parts.append(f"RR {v.rr}")
    if v.spo2 is not None:
        parts.append(f"SpO₂ {v.spo2:g} %")
    device = w.t(term(f"o2.{v.o2_device.value}"))
    if v.o2_flow_l_min:
        device += f" {v.o2_flow_l_min:g} L/min"
    parts.append(device)
    sep = "，" if w.lang == "zh_CN" else ", "
    if v.vasopressors:
        parts.append(("、" if w.lang == "zh_CN" else " + ").join(w.drug(x) for x in v.vasopressors))
    return sep.join(parts)


def _neuro_line(w: Words, ps: PatientSheet) -> str:
    n = ps.last_neuro
    if n is None:
        return "—"
    if n.total_capd is not None:
        score = w.t("handover.capd_score", score=n.total_capd)
    elif n.total_ice is not None:
        score = w.t("handover.ice_score", score=n.total_ice)
    else:
        score = w.t("handover.neuro_unable")
    level = w.t(term(f"loc.{n.consciousness.value}")) if n.consciousness else ""
    text = f"{w.when(n.time)} {score}"
    return (
        f"{text}，{level}" if level and w.lang == "zh_CN" else f"{text}, {level}" if level else text
    )

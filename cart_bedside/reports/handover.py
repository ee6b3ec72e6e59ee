"""The handover sheet as a PDF (reportlab), in the ward's language, with the font embedded.

Layout (A4 portrait): a header on every page (ward, sheet title, shift and
its times, date, printed by and at), a footer with "page n of N"; the ward
summary page (every bed in one table: grades, D+N, ICE/CAPD, risk, balance,
overdue tasks, alerts) with signature lines; then one section per patient in
SBAR order — Situation, Background, Assessment, Recommendation — with a
small trend figure from :mod:`cart_bedside.plots` and signature lines. Each
patient starts on a new page and the running header names the bed.

:func:`handover_pdf` turns a :class:`~cart_bedside.reports.data.HandoverSheet`
into PDF bytes; :func:`write_handover` gathers, draws, writes the file and
records the print in the audit log.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import __version__
from ..logic import drugs
from ..logic.catalogue import CATALOGUE
from ..logic.findings import Severity
from ..logic.messages import Message, msg, render, term
from ..logic.timeutil import format_study_day
from .data import HandoverSheet, PatientSheet, TaskLine, gather_handover
from .fonts import covered, register_fonts

if TYPE_CHECKING:
    from ..storage import Repository

PAGE_W, PAGE_H = A4
MARGIN_X = 12 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 15 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
SIGNATURE_H = 11 * mm  # the signature lines with the space above them

# Grade colours as on the ward board and in the trend figures (readable in greyscale).
GRADE_FILL = {0: "#e8f5e9", 1: "#ffd43b", 2: "#f08c00", 3: "#c62828", 4: "#3b0a45"}
GRADE_TEXT = {0: "#111111", 1: "#111111", 2: "#000000", 3: "#ffffff", 4: "#ffffff"}
INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#4a4a4a")
RULE = colors.HexColor("#9a9a9a")
HEAD_BG = colors.HexColor("#e4e9f0")
SECTION_BG = colors.HexColor("#0b4f8a")
CRITICAL = colors.HexColor("#b00020")


@dataclass(frozen=True)
class HandoverResult:
    """What :func:`write_handover` wrote."""

    path: Path
    pages: int
    beds: tuple[str, ...]
    sha256: str
    audit_seq: int | None


# --- text helpers ---------------------------------------------------------------------------
class _Words:
    """Catalogue rendering, date formats and paragraph styles for one language."""

    def __init__(self, lang: str, font: str) -> None:
        self.lang = lang
        self.font = font
        base = ParagraphStyle("base", fontName=font, fontSize=8.2, leading=10.6, textColor=INK,
                              wordWrap="CJK")
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=7.2, leading=9.0)
        self.label = ParagraphStyle("label", parent=base, fontSize=7.6, leading=9.6,
                                    textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=7.6, leading=9.4)
        self.cell_c = ParagraphStyle("cell_c", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle("head", parent=base, fontSize=7.6, leading=9.4,
                                   alignment=TA_CENTER)
        self.title = ParagraphStyle("title", parent=base, fontSize=13, leading=17,
                                    spaceAfter=3)
        self.section = ParagraphStyle("section", parent=base, fontSize=12, leading=14,
                                      textColor=colors.white, alignment=TA_CENTER)

    def t(self, code: str | Message, **params: Any) -> str:
        message = code if isinstance(code, Message) else msg(code, **params)
        return render(message, self.lang)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph from plain text (escaped; newlines become line breaks)."""
        return Paragraph(self.markup(text), style or self.body)

    def markup(self, text: str) -> str:
        """Escaped paragraph markup; newlines become breaks, missing glyphs substituted."""
        return covered(escape(text)).replace("\n", "<br/>")

    def when(self, moment: datetime | None) -> str:
        return moment.strftime("%m-%d %H:%M") if moment else "—"

    def date(self, moment: datetime) -> str:
        return moment.strftime("%Y-%m-%d")

    def drug(self, name: str) -> str:
        key = drugs.normalise(name)
        for code in (f"drug.{key}", f"handover.drug.{key}"):
            if code in CATALOGUE:
                return render(term(code), self.lang)
        return name


# --- page furniture -----------------------------------------------------------------------
class _NumberedCanvas(Canvas):
    """Defers page output until the end so each footer can say "page n of N"."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._footer is not None:
                self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class _RunningHead(Flowable):
    """Zero-size marker: the pages from here on carry this text in their header."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._cart_running_head = self.text  # type: ignore[attr-defined]


class _Doc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, sheet: HandoverSheet, words: _Words) -> None:
        super().__init__(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         title=words.t("handover.title"), author=sheet.printed_by_name,
                         subject=sheet.ward_name, creator=f"cart-bedside {__version__}")
        self.sheet = sheet
        self.words = words
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                            onPageEnd=self._header)])

    def _header(self, canv: Canvas, _doc: Any) -> None:
        w, s = self.words, self.sheet
        canv.saveState()
        top = PAGE_H - 9 * mm
        canv.setFont(w.font, 11)
        canv.setFillColor(INK)
        canv.drawString(MARGIN_X, top, s.ward_name or w.t("handover.ward_unnamed"))
        canv.setFont(w.font, 10)
        shift = w.t("handover.header.shift", shift=s.shift.label,
                    start=s.shift.start.strftime("%H:%M"), end=s.shift.end.strftime("%H:%M"))
        canv.drawCentredString(PAGE_W / 2, top, f"{w.t('handover.title')} · {shift}")
        canv.setFont(w.font, 8)
        canv.drawRightString(PAGE_W - MARGIN_X, top, w.t(
            "handover.header.printed", date=w.date(s.printed_at),
            time=s.printed_at.strftime("%H:%M"), user=_who(s)))
        running = getattr(canv, "_cart_running_head", "")
        canv.setFont(w.font, 9)
        canv.drawString(MARGIN_X, top - 5.2 * mm, running)
        canv.setFont(w.font, 8)
        canv.drawRightString(PAGE_W - MARGIN_X, top - 5.2 * mm, w.t(
            "handover.header.shift_date", date=w.date(s.shift.start)))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 7.5 * mm, PAGE_W - MARGIN_X, top - 7.5 * mm)
        canv.restoreState()


def _who(sheet: HandoverSheet) -> str:
    if sheet.printed_by_name and sheet.printed_by_name != sheet.printed_by:
        return f"{sheet.printed_by_name} ({sheet.printed_by})"
    return sheet.printed_by


def _footer(words: _Words) -> Callable[[Canvas, int, int], None]:
    def draw(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setFont(words.font, 8)
        canv.setFillColor(MUTED)
        y = 8 * mm
        canv.drawCentredString(PAGE_W / 2, y, words.t("handover.footer.page", page=page,
                                                      total=total))
        canv.drawString(MARGIN_X, y, f"cart-bedside {__version__}")
        canv.drawRightString(PAGE_W - MARGIN_X, y, words.t("handover.footer.confidential"))
        canv.restoreState()
    return draw


# --- building blocks ------------------------------------------------------------------------
def _grade_cell(words: _Words, grade: int, style: ParagraphStyle | None = None) -> Paragraph:
    colour = GRADE_TEXT[max(0, min(4, grade))]
    text = words.t("handover.grade", grade=grade)
    return Paragraph(f'<font color="{colour}">{escape(text)}</font>', style or words.cell_c)


def _grade_styles(cells: Sequence[tuple[int, int, int]]) -> list[tuple]:
    """Background and border per grade cell (col, row, grade): thicker border, darker fill."""
    out: list[tuple] = []
    for col, row, grade in cells:
        g = max(0, min(4, grade))
        out.append(("BACKGROUND", (col, row), (col, row), colors.HexColor(GRADE_FILL[g])))
        if g >= 3:
            out.append(("BOX", (col, row), (col, row), 1.2, colors.black))
    return out


def _signature_block(words: _Words) -> Table:
    labels = [words.t("handover.sign.handed_over"), words.t("handover.sign.received"),
              words.t("handover.sign.physician"), words.t("handover.sign.time")]
    row: list[Any] = []
    for label in labels:
        row += [words.p(label, words.label), ""]
    widths = [22 * mm, 25 * mm, 22 * mm, 25 * mm, 20 * mm, 25 * mm, 14 * mm, 22 * mm]
    table = Table([row], colWidths=widths, rowHeights=[SIGNATURE_H - 2 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
        *[("LINEBELOW", (c, 0), (c, 0), 0.7, INK) for c in (1, 3, 5, 7)],
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    table.hAlign = "LEFT"
    return table


def _balance_text(words: _Words, totals) -> str:
    if totals is None:
        return "—"
    if not totals.entries:
        return words.t("handover.balance.none")
    return words.t(totals.summary)


def _net(totals) -> str:
    if totals is None or not totals.entries:
        return "—"
    return f"{round(totals.net_ml):+d}"


def _task_texts(w: _Words, tasks: Sequence[TaskLine]) -> list[str]:
    """One line per kind of task: a task due every hour is one line with its count and span."""
    groups: dict[str, list[TaskLine]] = {}
    for task in tasks:
        groups.setdefault(w.t(task.message), []).append(task)
    lines = []
    for text, same in groups.items():
        if len(same) == 1:
            lines.append(w.t("handover.task_line", task=text, due=w.when(same[0].due_at)))
        else:
            lines.append(w.t("handover.task_lines", task=text, count=len(same),
                             first=w.when(same[0].due_at), last=w.when(same[-1].due_at)))
    return lines


def _bullets(words: _Words, lines: Sequence[str], style: ParagraphStyle | None = None
             ) -> Paragraph:
    if not lines:
        return words.p("—", style)
    text = "<br/>".join(f"• {words.markup(line)}" for line in lines)
    return Paragraph(text, style or words.body)


# --- the ward summary -----------------------------------------------------------------------
def _summary(sheet: HandoverSheet, words: _Words) -> list[Flowable]:
    w = words
    story: list[Flowable] = [
        _RunningHead(w.t("handover.summary.running", beds=len(sheet.patients))),
        w.p(w.t("handover.summary.title", beds=len(sheet.patients)), w.title),
    ]
    head = ["bed", "name", "day", "crs", "icans", "neuro", "risk", "balance", "overdue",
            "alerts"]
    widths = [9, 19, 11, 12, 12, 15, 12, 18, 28, 50]
    rows: list[list[Any]] = [[w.p(w.t(f"handover.col.{h}"), w.head) for h in head]]
    grade_cells = []
    for i, ps in enumerate(sheet.patients, start=1):
        a = ps.assessment
        rows.append([
            w.p(ps.bed, w.cell_c),
            w.p(f"{ps.patient.name}\n{_age_sex(w, ps)}", w.cell),
            w.p(format_study_day(ps.day), w.cell_c),
            _grade_cell(w, a.crs.grade),
            _grade_cell(w, a.icans.grade),
            w.p(_neuro_short(w, ps), w.cell_c),
            w.p(w.t(a.risk.label), w.cell_c),
            w.p(w.t("handover.summary.balance", shift=_net(ps.shift_balance),
                    cumulative=_net(ps.cumulative)), w.cell_c),
            _bullets(w, _task_texts(w, ps.overdue), w.small),
            _bullets(w, [_alert_text(w, al, short=True) for al in ps.alerts], w.small),
        ])
        grade_cells += [(3, i, a.crs.grade), (4, i, a.icans.grade)]
    table = Table(rows, colWidths=[x * mm for x in widths], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (8, 1), (9, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        *_grade_styles(grade_cells),
    ]))
    story += [table, Spacer(1, 3 * mm),
              w.p(w.t("handover.summary.legend"), w.small), Spacer(1, 4 * mm),
              KeepTogether([_signature_block(w)])]
    return story


def _age_sex(w: _Words, ps: PatientSheet) -> str:
    sex = w.t(f"handover.sex.{ps.patient.sex}") if ps.patient.sex in ("M", "F") else ""
    return w.t("handover.age_sex", age=int(ps.patient.age_years), sex=sex).strip()


def _neuro_short(w: _Words, ps: PatientSheet) -> str:
    n = ps.last_neuro
    if n is None:
        return "—"
    if n.total_capd is not None:
        return w.t("handover.capd_short", score=n.total_capd)
    if n.total_ice is not None:
        return w.t("handover.ice_short", score=n.total_ice)
    return w.t("handover.neuro_unable")


def _alert_text(w: _Words, line, short: bool = False) -> str:
    text = line.alert.render(w.lang)
    if short:
        code = f"handover.alert_title.{line.alert.code}"
        text = w.t(code) if code in CATALOGUE else alert_title(text)
    if line.alert.severity is Severity.CRITICAL:
        text = w.t("handover.alert.critical", text=text)
    if line.acknowledged_by:
        text += w.t("handover.alert.acknowledged", user=line.acknowledged_by,
                    time=w.when(line.acknowledged_at))
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
        elif depth == 0 and (ch == "：" or (ch == ":" and text[i + 1:i + 2] == " ")):
            return text[:i] if i else text
    return text


# --- one patient ---------------------------------------------------------------------------
def _patient(ps: PatientSheet, sheet: HandoverSheet, words: _Words,
             figure: Callable[[PatientSheet], ImageReader | None]) -> list[Flowable]:
    w = words
    a = ps.assessment
    p = ps.patient
    title = w.t("handover.patient.running", bed=ps.bed, name=p.name,
                day=format_study_day(ps.day))
    story: list[Flowable] = [_RunningHead(title), _patient_banner(ps, w)]
    story.append(Spacer(1, 2 * mm))

    s_rows = [
        ("diagnosis", w.t("handover.diagnosis_product", diagnosis=_diagnosis(w, p.diagnosis),
                          product=p.product or "—", target=p.target or "—",
                          costim=p.costim_domain or "—")),
        ("crs", _grade_line(w, a.crs.grade, a.crs_reasons, ps.crs_confirmation)),
        ("icans", _grade_line(w, a.icans.grade, a.icans_reasons, ps.icans_confirmation)),
        ("risk", _risk_line(w, a)),
    ]
    ledger = a.ledger
    toci = w.t("handover.toci.ledger", given=ledger.doses_total, total=ledger.limits.max_total,
               left=ledger.doses_remaining,
               next=w.when(ledger.next_allowed_at) if ledger.next_allowed_at else
               w.t("handover.toci.no_dose_yet"))
    if not ledger.allowed_now:
        toci += w.t("handover.toci.blocked", why="、".join(
            w.t(f"tocilizumab.limit.{b}") for b in ledger.blocked_by))
    b_rows = [
        ("infusion", w.t("handover.infusion", infusion=w.when(ps.infusion_time),
                         admitted=w.when(ps.admitted_at))),
        ("highest", _highest(w, ps)),
        ("doses", _dose_lines(w, ps)),
        ("toci", toci),
        ("steroids", w.t(a.steroids.summary)),
        ("other_meds", "、".join(f"{w.drug(d)} ×{n}" for d, n in ps.other_doses_24h) or "—"),
    ]
    a_rows = [
        ("vitals", _vitals_line(w, ps)),
        ("neuro", _neuro_line(w, ps)),
        ("balance", "\n".join([
            w.t("handover.balance.shift", shift=sheet.shift.label,
                text=_balance_text(w, ps.shift_balance)),
            w.t("handover.balance.day", text=_balance_text(w, ps.balance_24h)),
            w.t("handover.balance.cumulative", text=_balance_text(w, ps.cumulative)),
        ])),
        ("weight", w.t(ps.weight.summary) if ps.weight else "—"),
        ("alerts", [_alert_text(w, al) for al in ps.alerts]),
        ("overdue", _task_texts(w, ps.overdue)),
    ]
    plan = a.plan
    r_rows = [
        ("plan_crs", [w.t(m) for m in plan.crs_lines]),
        ("plan_icans", [w.t(m) for m in plan.icans_lines]),
        ("sources", "；".join(w.t(m) for m in plan.sources) if w.lang == "zh_CN"
         else "; ".join(w.t(m) for m in plan.sources)),
        ("due_next", _task_texts(w, ps.due_next)),
    ]
    for letter, rows in (("s", s_rows), ("b", b_rows), ("a", a_rows), ("r", r_rows)):
        story.append(_sbar_table(w, letter, rows))
        story.append(Spacer(1, 1.6 * mm))

    picture = figure(ps)
    if picture is not None:
        image = _FigureImage(picture, CONTENT_W, reserve=SIGNATURE_H)
        story.append(CondPageBreak(image.full_height * image.min_scale + SIGNATURE_H + 5 * mm))
        story += [w.p(w.t("handover.trend_caption"), w.label), image]
    story += [Spacer(1, 1.5 * mm), KeepTogether([_signature_block(w)])]
    return story


def _patient_banner(ps: PatientSheet, w: _Words) -> Table:
    a = ps.assessment
    left = Paragraph(
        f'<font size="15">{escape(w.t("handover.bed", bed=ps.bed))}</font>'
        f'&nbsp;&nbsp;<font size="13">{escape(ps.patient.name)}</font>&nbsp;&nbsp;'
        f'{escape(_age_sex(w, ps))}&nbsp;&nbsp;MRN {escape(ps.patient.mrn or "—")}',
        ParagraphStyle("banner", parent=w.body, leading=18))
    day = Paragraph(f'<font size="13">{escape(format_study_day(ps.day))}</font>',
                    ParagraphStyle("day", parent=w.body, alignment=TA_CENTER, leading=16))
    big = ParagraphStyle("big", parent=w.cell_c, fontSize=10, leading=12)
    crs = _grade_cell(w, a.crs.grade, big)
    icans = _grade_cell(w, a.icans.grade, big)
    row = [left, day, w.p("CRS", w.cell_c), crs, w.p("ICANS", w.cell_c), icans]
    table = Table([row], colWidths=[98 * mm, 20 * mm, 12 * mm, 20 * mm, 16 * mm, 20 * mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LINEAFTER", (0, 0), (1, 0), 0.4, RULE),
        *_grade_styles([(3, 0, a.crs.grade), (5, 0, a.icans.grade)]),
    ]))
    return table


def _sbar_table(w: _Words, letter: str, rows: Sequence[tuple[str, Any]]) -> Table:
    data: list[list[Any]] = []
    for i, (key, value) in enumerate(rows):
        if isinstance(value, list):
            cell = _bullets(w, value)
        else:
            cell = w.p(value or "—")
        head = Paragraph(f'{letter.upper()}<br/><font size="7.5">'
                         f'{escape(w.t(f"handover.sbar.{letter}"))}</font>', w.section) \
            if i == 0 else ""
        data.append([head, w.p(w.t(f"handover.field.{key}"), w.label), cell])
    table = Table(data, colWidths=[15 * mm, 25 * mm, CONTENT_W - 40 * mm])
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (0, -1)),
        ("BACKGROUND", (0, 0), (0, -1), SECTION_BG),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"),
        ("VALIGN", (1, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (1, 0), (-1, -2), 0.3, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, MUTED),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]))
    return table


def _diagnosis(w: _Words, code: str | None) -> str:
    if not code:
        return "—"
    key = f"handover.diagnosis.{code}"
    return w.t(key) if key in CATALOGUE else code


def _grade_line(w: _Words, grade: int, reasons: Sequence[Message], confirmation) -> str:
    text = w.t("handover.grade", grade=grade)
    if reasons:
        sep = "；" if w.lang == "zh_CN" else "; "
        text += w.t("handover.reasons", reasons=sep.join(w.t(r) for r in reasons))
    if confirmation.confirmed:
        text += w.t("handover.confirmed", user=confirmation.by or "?",
                    time=w.when(confirmation.at))
    else:
        text += w.t("handover.not_confirmed")
    return text


def _risk_line(w: _Words, a) -> str:
    text = w.t(a.risk.label)
    if a.risk.reasons:
        sep = "；" if w.lang == "zh_CN" else "; "
        text += w.t("handover.reasons", reasons=sep.join(w.t(r) for r in a.risk.reasons))
    return text


def _highest(w: _Words, ps: PatientSheet) -> str:
    a = ps.assessment
    parts = []
    for name, grade, at in (("CRS", a.crs.max_grade, ps.crs_max_at),
                            ("ICANS", a.icans.max_grade, ps.icans_max_at)):
        parts.append(w.t("handover.highest.grade", name=name, grade=grade, at=w.when(at))
                     if grade else w.t("handover.highest.none", name=name))
    if a.crs.onset is not None:
        parts.append(w.t("handover.highest.fever", at=w.when(a.crs.onset)))
    return ("；" if w.lang == "zh_CN" else "; ").join(parts)


def _dose_lines(w: _Words, ps: PatientSheet) -> list[str]:
    by_drug: dict[str, list] = {}
    for d in ps.doses:
        by_drug.setdefault(drugs.normalise(d.drug), []).append(d)
    lines = []
    for drug, doses in by_drug.items():
        given = [f"{w.when(d.time)} {d.dose_mg:g} mg" if d.dose_mg is not None
                 else w.when(d.time) for d in doses]
        sep = "，" if w.lang == "zh_CN" else ", "
        lines.append(w.t("handover.dose_line", drug=w.drug(drug), count=len(doses),
                         doses=sep.join(given)))
    return lines


def _vitals_line(w: _Words, ps: PatientSheet) -> str:
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
    if v.vasopressors:
        parts.append("、".join(w.drug(x) for x in v.vasopressors))
    sep = "，" if w.lang == "zh_CN" else ", "
    return sep.join(parts)


def _neuro_line(w: _Words, ps: PatientSheet) -> str:
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
    return f"{text}，{level}" if level and w.lang == "zh_CN" else \
        f"{text}, {level}" if level else text


class _FigureImage(Flowable):
    """A figure at full width that shrinks (down to ``min_scale``) to finish a page.

    Keeps one patient on one page when only the figure would spill over;
    ``reserve`` is the room left below it for the signature lines.
    """

    def __init__(self, image: ImageReader, width: float, min_scale: float = 0.7,
                 reserve: float = 0.0) -> None:
        super().__init__()
        self.image = image
        w, h = image.getSize()
        self.full_width = width
        self.full_height = width * h / w
        self.min_scale = min_scale
        self.reserve = reserve
        self.drawWidth, self.drawHeight = self.full_width, self.full_height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        scale = 1.0
        room = availHeight - self.reserve
        if self.full_height > room >= self.full_height * self.min_scale:
            scale = room / self.full_height
        self.drawWidth, self.drawHeight = self.full_width * scale, self.full_height * scale
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        self.canv.drawImage(self.image, 0, 0, self.drawWidth, self.drawHeight)


# --- public API -----------------------------------------------------------------------------
def trend_png(ps: PatientSheet, lang: str) -> bytes:
    """The small trend figure of a patient's page (last 72 h), as PNG bytes."""
    from ..plots.trends import handover_figure, render_png

    return render_png(handover_figure(ps.trend, lang))


def _trend_image(ps: PatientSheet, lang: str) -> ImageReader:
    """The same figure as an image for reportlab: a recycled figure, no PNG round trip."""
    from ..plots.trends import handover_figure, render_image

    return ImageReader(render_image(handover_figure(ps.trend, lang, reuse=True)))


def handover_pdf(sheet: HandoverSheet, lang: str = "zh_CN", *, figures: bool = True) -> bytes:
    """The handover sheet as PDF bytes: ward summary (unless one bed), then SBAR per patient."""
    return render_handover(sheet, lang, figures=figures)[0]


def render_handover(sheet: HandoverSheet, lang: str = "zh_CN", *, figures: bool = True
                    ) -> tuple[bytes, int]:
    """The PDF bytes and the number of pages."""
    font = register_fonts()
    words = _Words(lang, font)
    story: list[Flowable] = []
    if sheet.bed is None:
        story += _summary(sheet, words)

    def figure(ps: PatientSheet) -> ImageReader | None:
        return _trend_image(ps, lang) if figures else None

    for ps in sheet.patients:
        if story:
            story.append(PageBreak())
        story += _patient(ps, sheet, words, figure)
    if not story:
        story.append(words.p(words.t("handover.no_patients"), words.title))
    buf = io.BytesIO()
    doc = _Doc(buf, sheet, words)
    saved = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: reportlab's pure-Python ASCII85 took a third
    try:
        doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(
            *a, footer=_footer(words), **k))
    finally:
        rl_config.useA85 = saved
    return buf.getvalue(), doc.page


def record_print(repo: Repository, sheet: HandoverSheet, user: str, *, lang: str,
                 destination: str, pages: int | None = None, sha256: str | None = None) -> int:
    """Write the print to the audit log (action ``print``); returns the entry's seq."""
    details = {
        "document": "handover", "scope": "bed" if sheet.bed else "ward", "beds": sheet.beds,
        "episodes": [p.episode_id for p in sheet.patients], "shift": sheet.shift.name,
        "shift_start": sheet.shift.start.isoformat(timespec="minutes"), "lang": lang,
        "destination": destination, "pages": pages, "sha256": sha256,
    }
    return repo.log_event("print", user, details=details)


def write_handover(repo: Repository, out: Path | str, *, user: str = "system",
                   lang: str | None = None, shift_name: str | None = None,
                   bed: str | None = None, now: datetime | None = None,
                   figures: bool = True) -> HandoverResult:
    """Gather, draw and write the handover PDF to ``out`` (atomically), and audit the print.

    ``lang`` defaults to the ward's language setting.
    """
    lang = lang or repo.get_setting("language", "zh_CN") or "zh_CN"
    sheet = gather_handover(repo, now=now, shift_name=shift_name, bed=bed, user=user)
    pdf, pages = render_handover(sheet, lang, figures=figures)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".handover-", suffix=".pdf", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pdf)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    digest = hashlib.sha256(pdf).hexdigest()
    seq = record_print(repo, sheet, user, lang=lang, destination=str(out), pages=pages,
                       sha256=digest)
    return HandoverResult(out, pages, tuple(sheet.beds), digest, seq)

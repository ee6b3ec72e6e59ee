"""Page furniture of the handover PDF: sizes, colours, words, header, footer, blocks.

Shared by the ward summary (:mod:`.summary`) and the patient pages
(:mod:`.patient`); :mod:`.handover` assembles them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from .. import __version__
from ..logic import drugs
from ..logic.catalogue import CATALOGUE
from ..logic.messages import Message, msg, render, term
from ..plots.style import GRADE_FILL
from .data import HandoverSheet, TaskLine
from .fonts import covered
from .para import Para

PAGE_W, PAGE_H = A4
MARGIN_X = 12 * mm
MARGIN_TOP = 21 * mm
MARGIN_BOTTOM = 15 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
SIGNATURE_H = 11 * mm  # the signature lines with the space above them
SBAR_W = 21 * mm  # the S/B/A/R column: "Recommendation" fits on one line

# Grade colours as in the trend figures and on the ward board (readable in greyscale);
# the text colour on each fill.
GRADE_TEXT = {0: "#111111", 1: "#111111", 2: "#000000", 3: "#ffffff", 4: "#ffffff"}
INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#4a4a4a")
RULE = colors.HexColor("#9a9a9a")
HEAD_BG = colors.HexColor("#e4e9f0")
SECTION_BG = colors.HexColor("#0b4f8a")
#: The smallest type a ward reads on the sheet: body, labels, table cells.
BODY_PT = 9.0


class Words:
    """Catalogue rendering, date formats and paragraph styles for one language."""

    def __init__(self, lang: str, font: str) -> None:
        self.lang = lang
        self.font = font
        # Body type ≥ 9 pt (issue 11): read at arm's length at shift change.
        base = ParagraphStyle(
            "base", fontName=font, fontSize=BODY_PT, leading=11.4, textColor=INK, wordWrap="CJK"
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.0, leading=9.8)
        self.label = ParagraphStyle(
            "label", parent=base, fontSize=BODY_PT, leading=11.0, textColor=MUTED
        )
        self.cell = ParagraphStyle("cell", parent=base, fontSize=BODY_PT, leading=10.8)
        self.cell_c = ParagraphStyle("cell_c", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle(
            "head", parent=base, fontSize=BODY_PT, leading=10.8, alignment=TA_CENTER
        )
        self.title = ParagraphStyle("title", parent=base, fontSize=13, leading=17, spaceAfter=3)
        self.section = ParagraphStyle(
            "section",
            parent=base,
            fontSize=10,
            leading=9.5,
            textColor=colors.white,
            alignment=TA_CENTER,
        )
        self.section_word = ParagraphStyle(
            "section_word", parent=self.section, fontSize=6.6 if lang == "en" else 7.6, leading=9
        )

    def t(self, code: str | Message, **params: Any) -> str:
        message = code if isinstance(code, Message) else msg(code, **params)
        return render(message, self.lang)

    def p(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph from plain text (escaped; newlines become line breaks)."""
        return Para(self.markup(text), style or self.body)

    def markup(self, text: str) -> str:
        """Escaped paragraph markup; newlines become breaks, missing glyphs substituted."""
        return covered(escape(text)).replace("\n", "<br/>")

    def join(self, items: Any) -> str:
        """A list in the language's way: 甲、乙 / a, b."""
        return ("、" if self.lang == "zh_CN" else ", ").join(items)

    def when(self, moment: datetime | None) -> str:
        return moment.strftime("%m-%d %H:%M") if moment else "—"

    def date(self, moment: datetime) -> str:
        return moment.strftime("%Y-%m-%d")

    def drug(self, name: str) -> str:
        key = drugs.normalise(name)
        for code in (f"drug.{key}", f"handover.drug.{key}", f"infection.drug.{key}"):
            if code in CATALOGUE:
                return render(term(code), self.lang)
        return name


# --- page furniture -----------------------------------------------------------------------
class NumberedCanvas(Canvas):
    """Defers page output until the end so each footer can say "page n of N"."""

    def __init__(
        self, *args: Any, footer: Callable[[Canvas, int, int], None] | None = None, **kwargs: Any
    ) -> None:
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


class RunningHead(Flowable):
    """Zero-size marker: the pages from here on carry this text in their header."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def wrap(self, *_args: Any) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv._cart_running_head = self.text


class HandoverDoc(BaseDocTemplate):
    def __init__(self, buf: io.BytesIO, sheet: HandoverSheet, words: Words) -> None:
        super().__init__(
            buf,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=words.t("handover.title"),
            author=sheet.printed_by_name,
            subject=sheet.ward_name,
            creator=f"cart-bedside {__version__}",
        )
        self.sheet = sheet
        self.words = words
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._header)])

    def _header(self, canv: Canvas, _doc: Any) -> None:
        w, s = self.words, self.sheet
        canv.saveState()
        top = PAGE_H - 9 * mm
        canv.setFont(w.font, 11)
        canv.setFillColor(INK)
        canv.drawString(MARGIN_X, top, s.ward_name or w.t("handover.ward_unnamed"))
        canv.setFont(w.font, 10.5)
        shift = w.t(
            "handover.header.shift",
            shift=s.shift_words,
            date=w.date(s.shift.start),
            start=s.shift.start.strftime("%H:%M"),
            end=s.shift.end.strftime("%H:%M"),
        )
        canv.drawRightString(PAGE_W - MARGIN_X, top, f"{w.t('handover.title')} · {shift}")
        running = getattr(canv, "_cart_running_head", "")
        canv.setFont(w.font, 9)
        canv.drawString(MARGIN_X, top - 5.2 * mm, running)
        canv.setFont(w.font, 8)
        canv.drawRightString(
            PAGE_W - MARGIN_X,
            top - 5.2 * mm,
            w.t(
                "handover.header.printed",
                date=w.date(s.printed_at),
                time=s.printed_at.strftime("%H:%M"),
                user=printed_by_text(s),
            )
            + (" · " + data_as_of(w, s) if s.enrolled else "")
            + (" · " + w.t("audit.anchor", anchor=s.anchor) if s.anchor else ""),
        )
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN_X, top - 7.5 * mm, PAGE_W - MARGIN_X, top - 7.5 * mm)
        canv.restoreState()


def data_as_of(w: Words, sheet: HandoverSheet) -> str:
    """Printed from an enrolled device: "data as of the last sync …" (issue 14), or that it
    never synced — rows charted on other devices since may be missing."""
    if sheet.synced_at is None:
        return w.t("handover.header.never_synced")
    at = sheet.synced_at  # the date only when not the day printed (the line is short)
    same_day = at.date() == sheet.printed_at.date()
    when = at.strftime("%H:%M") if same_day else f"{w.date(at)} {at:%H:%M}"
    return w.t("handover.header.data_as_of", when=when)


def printed_by_text(sheet: HandoverSheet) -> str:
    """The display name, never the login name (issue 11); the login only when there is no
    account (the command line's default "system")."""
    return sheet.printed_by_name or sheet.printed_by


def footer(words: Words) -> Callable[[Canvas, int, int], None]:
    def draw(canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setFont(words.font, 8)
        canv.setFillColor(MUTED)
        y = 8 * mm
        canv.drawCentredString(
            PAGE_W / 2, y, words.t("handover.footer.page", page=page, total=total)
        )
        canv.drawString(MARGIN_X, y, f"cart-bedside {__version__}")
        canv.drawRightString(PAGE_W - MARGIN_X, y, words.t("handover.footer.confidential"))
        canv.restoreState()

    return draw


# --- building blocks ------------------------------------------------------------------------
def grade_cell(words: Words, grade: int, style: ParagraphStyle | None = None) -> Paragraph:
    colour = GRADE_TEXT[max(0, min(4, grade))]
    text = words.t("handover.grade", grade=grade)
    return Para(f'<font color="{colour}">{escape(text)}</font>', style or words.cell_c)


def grade_styles(cells: Sequence[tuple[int, int, int]]) -> list[tuple]:
    """Background and border per grade cell (col, row, grade): thicker border, darker fill."""
    out: list[tuple] = []
    for col, row, grade in cells:
        g = max(0, min(4, grade))
        out.append(("BACKGROUND", (col, row), (col, row), colors.HexColor(GRADE_FILL[g])))
        if g >= 3:
            out.append(("BOX", (col, row), (col, row), 1.2, colors.black))
    return out


def signature_block(words: Words) -> Table:
    labels = [
        words.t("handover.sign.handed_over"),
        words.t("handover.sign.received"),
        words.t("handover.sign.physician"),
        words.t("handover.sign.time"),
    ]
    row: list[Any] = []
    for label in labels:
        row += [words.p(label, words.label), ""]
    widths = [22 * mm, 25 * mm, 22 * mm, 25 * mm, 20 * mm, 25 * mm, 14 * mm, 22 * mm]
    table = Table([row], colWidths=widths, rowHeights=[SIGNATURE_H - 2 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
                *[("LINEBELOW", (c, 0), (c, 0), 0.7, INK) for c in (1, 3, 5, 7)],
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


def balance_text(words: Words, totals) -> str:
    if totals is None:
        return "—"
    if not totals.entries:
        return words.t("handover.balance.none")
    return words.t(totals.summary)


def net_text(totals) -> str:
    if totals is None or not totals.entries:
        return "—"
    return f"{round(totals.net_ml):+d}"


def task_texts(w: Words, tasks: Sequence[TaskLine], short: bool = False) -> list[str]:
    """One line per kind of task: a task due every hour is one line with its count and span.

    ``short``: the kind of check only where there is one (the ward page; the bed's page
    has the whole text).
    """
    groups: dict[str, list[TaskLine]] = {}
    for task in tasks:
        text = task.short if short and task.short is not None else task.message
        groups.setdefault(w.t(text), []).append(task)
    lines = []
    for label, same in groups.items():
        if len(same) == 1 and same[0].latest is not None:
            lines.append(
                w.t(
                    "handover.task_line_window",
                    task=label,
                    due=w.when(same[0].due_at),
                    latest=w.when(same[0].latest),
                )
            )
        elif len(same) == 1:
            lines.append(w.t("handover.task_line", task=label, due=w.when(same[0].due_at)))
        else:
            lines.append(
                w.t(
                    "handover.task_lines",
                    task=label,
                    count=len(same),
                    first=w.when(same[0].due_at),
                    last=w.when(same[-1].due_at),
                )
            )
    return lines


def bullets(words: Words, lines: Sequence[str], style: ParagraphStyle | None = None) -> Paragraph:
    if not lines:
        return words.p("—", style)
    text = "<br/>".join(f"• {words.markup(line)}" for line in lines)
    return Para(text, style or words.body)

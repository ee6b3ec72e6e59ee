"""Find text that does not fit its widget: what a nurse would see cut off.

``cut_offs(root)`` walks every visible label, button, check box and tab of
``root`` and measures the text with the widget's own font (``QFontMetrics``)
against the room the widget really has:

- the widget's contents rectangle (a button's contents after the style's
  padding; a label's after its margin and indent);
- a word-wrapped label needs ``heightForWidth`` of its width;
- a short table cell (a drug, a time, a name: ≤ ``SHORT_CELL`` characters) on
  screen must not be elided by its column ("tociliz…");
- the part of the widget its parents show (a label pushed half out of a
  fixed-size card is cut even if it is wide enough itself) — except inside a
  scroll area, where the rest is a scroll away;
- a label whose text is elided on purpose (``_ElidedLabel`` on the board
  cards: long names and alert headlines, the full text a tap away) is
  allowed to end in "…"; any other shown text ending in "…" that is not the
  full text is reported.

Each problem comes back as one line naming the widget, its text and the
pixels missing, so a failing test says what to fix.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTableView,
    QWidget,
)

#: Rounding and anti-aliasing slack, px.
SLACK = 2
_TAGS = re.compile(r"<[^>]+>")


def _name(widget: QWidget) -> str:
    parts = []
    w = widget
    while w is not None and len(parts) < 4:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _shown(widget: QWidget) -> bool:
    size = QWidget.size(widget)  # unbound: some widgets have a field called "height"
    return widget.isVisible() and size.width() > 0 and size.height() > 0


def _in_scroll_area(widget: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w.parentWidget(), QAbstractScrollArea) and w is w.parentWidget().viewport():
            return True
        w = w.parentWidget()
    return False


def _visible_width(widget: QWidget) -> tuple[int, int]:
    """The width and height of the part of ``widget`` its ancestors leave on screen."""
    rect = QRect(widget.rect())
    child = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        rect.translate(child.pos())
        if (
            isinstance(parent.parentWidget(), QAbstractScrollArea)
            and parent is parent.parentWidget().viewport()
        ):
            return widget.width(), widget.height()  # the rest is a scroll away
        rect = rect.intersected(parent.rect())
        child, parent = parent, parent.parentWidget()
    return rect.width(), rect.height()


def _text_size(metrics: QFontMetrics, text: str) -> tuple[int, int]:
    lines = text.split("\n")
    width = max((metrics.horizontalAdvance(line) for line in lines), default=0)
    return width, metrics.lineSpacing() * len(lines) - metrics.leading()


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return None
    if type(label).__name__ == "_ElidedLabel" or label.property("elides"):
        return None  # an eliding label: elision is its job, the full text a tap away
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    room = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    width, height = room.width() - margin, room.height() - label.margin() * 2
    seen_w, seen_h = _visible_width(label)
    if label.wordWrap():
        need_h = label.heightForWidth(label.width())
        if need_h > label.height() + SLACK:
            return f"needs {need_h} px height, has {label.height()}"
        if seen_h + SLACK < min(need_h, label.height()):
            return f"only {seen_h} of {need_h} px height shown (clipped by its parent)"
        return None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        need_w, need_h = int(doc.idealWidth()), int(doc.size().height())
    else:
        need_w, need_h = _text_size(label.fontMetrics(), text)
    problems = []
    if need_w > width + SLACK:
        problems.append(f"needs {need_w} px, has {width}")
    elif need_w > seen_w - margin + SLACK and seen_w < label.width():
        problems.append(f"needs {need_w} px, only {seen_w} shown (clipped by its parent)")
    if need_h > height + SLACK + 2:
        problems.append(f"needs {need_h} px height, has {height}")
    return "; ".join(problems) or None


def _button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "&")
    if not text.strip():
        return None
    metrics = button.fontMetrics()
    need_w, need_h = _text_size(
        metrics, text.replace("&", "") if "&&" not in button.text() else text
    )
    if not button.icon().isNull():
        need_w += button.iconSize().width() + 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        need = button.sizeHint()
        if need.width() > button.width() + SLACK:
            return f"needs {need.width()} px, has {button.width()}"
        return None
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
    else:
        room = button.contentsRect()
    seen_w, _ = _visible_width(button)
    if need_w > room.width() + SLACK:
        return f"needs {need_w} px, has {room.width()}"
    if seen_w + SLACK < button.width() and need_w > room.width() - (button.width() - seen_w):
        return f"only {seen_w} of {button.width()} px shown (clipped by its parent)"
    if need_h > room.height() + SLACK + 4:
        return f"needs {need_h} px height, has {room.height()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index).replace("&&", "&")
        need = metrics.horizontalAdvance(text)
        rect = bar.tabRect(index)
        if need > rect.width() - 8:
            out.append(f"{_name(bar)} tab {text!r}: needs {need} px, has {rect.width() - 8}")
    return out


#: A table cell this short is a value (a drug, a time, a name): it must show whole.
SHORT_CELL = 24


def _table_problems(table: QTableView) -> list[str]:
    """Short cells of the rows on screen that the column is too narrow for."""
    model = table.model()
    if model is None:
        return []
    out = []
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    first = max(0, table.rowAt(0))
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = table.columnWidth(column) - 12
        for row in range(first, min(last, first + 30) + 1):
            text = str(model.data(model.index(row, column)) or "")
            if (
                0 < len(text) <= SHORT_CELL
                and "\n" not in text
                and metrics.horizontalAdvance(text) > width + SLACK
            ):
                title = model.headerData(column, Qt.Orientation.Horizontal)
                out.append(
                    f"{_name(table)} column {title!r} cell {text!r}: needs "
                    f"{metrics.horizontalAdvance(text)} px, has {width}"
                )
                break
    return out


def cut_offs(root: QWidget) -> list[str]:
    """Every visible text in ``root`` that does not fit (module docstring)."""
    problems: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget) or not widget.window().isVisible():
            continue
        if isinstance(widget, QTabBar):
            problems += _tab_problems(widget)
            continue
        if isinstance(widget, QTableView):
            problems += _table_problems(widget)
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            text = widget.text()
        else:
            continue
        if problem:
            shown = _TAGS.sub("", text).replace("\n", " ⏎ ")[:60]
            problems.append(f"{_name(widget)} {shown!r}: {problem}")
    return problems

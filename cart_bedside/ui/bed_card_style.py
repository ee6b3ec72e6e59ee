"""How a bed card looks: its size on the board and the one stylesheet every card shares."""

from __future__ import annotations

from . import theme

CARD_MIN_WIDTH = 290
#: Room for one more line (the rules helpers add NEWS2 / the physician's grade).
CARD_HEIGHT = 232
#: Installed once by the board on the widget holding the cards (cheaper than one
#: stylesheet per card); a card on its own still works, only plainer.
CARD_STYLESHEET = f"""
QFrame#bedCard {{
    background: #ffffff;
    border: 2px solid {theme.BORDER};
    border-radius: 10px;
}}
QFrame#bedCard[pressed="true"] {{
    background: #cfd8e3;
}}
QLabel#bed {{
    font-size: 34px;
    font-weight: bold;
}}
QLabel#name {{
    font-size: {theme.BASE_FONT_PX + 4}px;
    font-weight: bold;
}}
QLabel#day {{
    font-size: {theme.BASE_FONT_PX + 5}px;
    font-weight: bold;
}}
QLabel#age, QLabel#protocol {{
    color: {theme.TEXT_MUTED};
}}
QLabel#neuro {{
    font-size: {theme.BASE_FONT_PX + 2}px;
    font-weight: bold;
}}
QLabel#risk[high="true"] {{
    background: {theme.TEXT};
    color: #ffffff;
    font-weight: bold;
    border-radius: 4px;
    padding: 1px 6px;
}}
QLabel#risk[high="false"], QLabel#due[zero="true"], QLabel#overdue[zero="true"] {{
    color: {theme.TEXT_MUTED};
}}
QLabel#overdue[zero="false"] {{
    color: {theme.ERROR};
    font-weight: bold;
}}
QLabel#alertCount, QLabel#news2 {{
    font-weight: bold;
}}
QLabel#draft {{
    background: #fff4e6;
    border: 1px solid {theme.FOCUS};
    border-radius: 4px;
    padding: 0 6px;
    color: #5c3200;
}}
QLabel#syncMark {{
    font-size: {theme.BASE_FONT_PX - 2}px;
    font-weight: bold;
    border-radius: 4px;
    padding: 0 4px;
}}
QLabel#syncMark[kind="conflict"] {{
    background: #fdecee;
    border: 1px solid {theme.ERROR};
    color: {theme.ERROR};
}}
QLabel#syncMark[kind="received"] {{
    background: #e3effa;
    border: 1px solid #1f5fa8;
    color: #1f4f8a;
}}
QLabel#vitals[stale="true"] {{
    color: {theme.ERROR};
    font-weight: bold;
}}
QLabel#alertCount[critical="true"], QLabel#alertText[critical="true"] {{
    color: {theme.ERROR};
}}
QLabel#alertText[none="true"] {{
    color: {theme.TEXT_MUTED};
}}
"""

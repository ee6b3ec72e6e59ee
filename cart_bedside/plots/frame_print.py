"""What a frame artist of the batch renderer draws, as comparable data (:mod:`.batch`).

Two patients' frames are the same when every frame artist prints the same: its kind, style
and where on the canvas, in pixels (not the patient's data that put it there).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axis import Axis, XAxis
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Annotation, Text


def frame_print(artist: Artist, renderer: Any = None) -> tuple:
    """What a frame artist draws: its kind, style and where on the canvas (pixels)."""
    common = (type(artist).__name__, artist.get_gid(), artist.get_visible(), artist.get_zorder())
    if isinstance(artist, Legend):
        handles = tuple(_handle_print(h) for h in artist.legend_handles)
        texts = tuple(t.get_text() for t in artist.texts)
        style = _text_style(artist.texts[0]) if artist.texts else ()
        where = rounded(artist.get_window_extent(renderer).bounds)
        return (*common, texts, handles, style, where)
    if isinstance(artist, Axis):
        locs = artist.get_majorticklocs()
        tick = artist.majorTicks[0] if artist.majorTicks else None
        style = (
            ()
            if tick is None
            else (
                tick.label1.get_color(),
                tick.label1.get_fontsize(),
                tick.label1.get_visible(),
                tick.label2.get_visible(),
                tick.tick1line.get_markersize(),
                tick.tick1line.get_visible(),
                tick.tick2line.get_visible(),
                tick.gridline.get_visible(),
            )
        )
        formatter = artist.get_major_formatter()
        labels = tuple(formatter.format_ticks(list(locs))) if len(locs) else ()
        minor = artist.get_minorticklocs()
        ticks_at = (_ticks_on_canvas(artist, locs), _ticks_on_canvas(artist, minor))
        return (*common, artist.get_visible(), ticks_at, labels, style)
    if isinstance(artist, Annotation):
        return (
            *common,
            artist.get_text(),
            _where(artist, artist.xy, artist.xycoords),
            tuple(artist.xyann),
            artist.anncoords,
            *_text_style(artist),
        )
    if isinstance(artist, Text):
        at = artist.get_transform().transform(artist.get_position())
        return (*common, artist.get_text(), rounded(at), *_text_style(artist))
    if isinstance(artist, Line2D):
        path = artist.get_transform().transform(artist.get_xydata())
        return (
            *common,
            rounded(path),
            artist.get_color(),
            artist.get_linewidth(),
            artist.get_linestyle(),
            artist.get_marker(),
            artist.get_alpha(),
        )
    if isinstance(artist, Patch):
        return (
            *common,
            _patch_where(artist),
            tuple(artist.get_facecolor()),
            tuple(artist.get_edgecolor()),
            artist.get_linewidth(),
        )
    return (*common, id(artist))  # not a frame kind: never equal to another patient's


def _patch_where(patch: Patch) -> Any:
    """Where a patch is: a band across its panel (x in the panel's width, y in data, as
    ``grade_panels.band`` makes them) by its rectangle in those units, placed on the canvas
    by the panel's box, y range and scale (in the Axes' print); any other by its corners on
    the canvas, in pixels."""
    ax = patch.axes
    if (
        ax is not None
        and isinstance(patch, Rectangle)
        and Artist.get_transform(patch) is ax.get_yaxis_transform("grid")
    ):
        return ("band", patch.get_x(), patch.get_y(), patch.get_width(), patch.get_height())
    return rounded(patch.get_verts())


def _ticks_on_canvas(axis: Axis, locs: Any) -> bytes:
    """Where an axis' ticks are on the canvas, in pixels along it (two patients' x axes
    tick at the same hours of the same window, from different days since their D0)."""
    values = np.asarray(locs, dtype=float)
    if not values.size:
        return b""
    ax = axis.axes
    if isinstance(axis, XAxis):
        return rounded(
            ax.get_xaxis_transform().transform(np.column_stack([values, values * 0]))[:, 0]
        )
    return rounded(ax.get_yaxis_transform().transform(np.column_stack([values * 0, values]))[:, 1])


def _handle_print(handle: Artist | None) -> tuple:
    """A legend key's style (the keys of these legends are lines)."""
    if isinstance(handle, Line2D):
        return (handle.get_color(), handle.get_linestyle(), handle.get_linewidth())
    return (type(handle).__name__, id(handle))  # another kind: never equal to another's


def _text_style(text: Text) -> tuple:
    return (
        text.get_color(),
        text.get_fontsize(),
        text.get_horizontalalignment(),
        text.get_verticalalignment(),
        text.get_rotation(),
        getattr(text, "_linespacing", None),  # get_linespacing() is matplotlib 3.11+ only
        tuple(text.get_fontfamily()),
        str(text.get_bbox_patch()),
    )


def _where(artist: Text, xy: Any, coords: Any) -> tuple:
    """An anchor on the canvas, in pixels (whatever coordinates it was given in)."""
    axes = artist.axes
    if axes is None or coords not in ("data", "axes fraction", ("axes fraction", "data")):
        return (tuple(xy), str(coords))
    transform = {
        "data": axes.transData,
        "axes fraction": axes.transAxes,
        ("axes fraction", "data"): axes.get_yaxis_transform(),
    }[coords if isinstance(coords, str) else tuple(coords)]
    return (rounded(transform.transform(xy)),)


def rounded(points: Any) -> bytes:
    """Pixel positions to a millionth of a pixel, NaN breaks kept (comparable as bytes)."""
    values = np.asarray(points, dtype=float)
    return np.where(np.isnan(values), np.inf, np.round(values, 6)).tobytes()

"""The parts of a trend figure around the panels: the panels' common look, the title and
the dose-marker key (see :mod:`.trends`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from .style import GRID, INK

if TYPE_CHECKING:
    from .panels import PanelBuilder
    from .trends import Layout


#: The ticks: their length at the screen's font size (they scale with the font) and the gap
#: between a tick and its label, in points.
TICK_LENGTH = 2.5
TICK_PAD = 2.0


def style_axes(ax: Axes) -> None:
    """The panels' common look: the y grid under the data, no top spine, short ticks out."""
    ax.grid(axis="y", color=GRID, linewidth=0.5, zorder=0)
    ax.set_axisbelow(True)
    ax.spines["top"].set_visible(False)
    ax.tick_params(axis="both", which="both", direction="out", length=TICK_LENGTH, pad=TICK_PAD)


def header(
    fig: Figure, builder: PanelBuilder, time_range: str | None, title: str | None, layout: Layout
) -> None:
    """Title and range at the top left; the dose-marker key at the top right."""
    parts = [title] if title else []
    if time_range:
        parts.append(builder.t(f"trend.range.{time_range}"))
    if parts:
        fig.text(
            layout.left_in / layout.width_in,
            1 - 0.06 / fig.get_figheight(),
            "  ·  ".join(parts),
            ha="left",
            va="top",
            fontsize=layout.font_size + 1.5,
            color=INK,
            gid="title",
        )
    if builder.legend:
        fig.legend(
            list(builder.legend.values()),
            list(builder.legend.keys()),
            loc="upper right",
            bbox_to_anchor=(1 - layout.right_in / layout.width_in, 1.0),
            ncol=min(6, len(builder.legend)),
            fontsize=layout.font_size - 0.5,
            frameon=False,
            handlelength=1.8,
            borderaxespad=0.2,
        )

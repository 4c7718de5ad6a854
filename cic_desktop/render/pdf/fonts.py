"""Register the bundled DejaVu fonts once; every PDF embeds them (ș ț ă î â print everywhere)."""

from __future__ import annotations

import functools

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cic_desktop.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@functools.cache
def register_fonts() -> tuple[str, str]:
    """Returns (regular, bold) font names, registered with ReportLab and set as the default."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # No page may fall back to an unembedded Helvetica.
    rl_config.canvas_basefontname = REGULAR
    # Binary (Flate only) page streams: ASCII85 on top made files a quarter larger and, in pure
    # Python, cost about a fifth of the time of a big registry book. Every PDF reader takes them.
    rl_config.useA85 = 0
    return REGULAR, BOLD

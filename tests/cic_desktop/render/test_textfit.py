"""Line breaking of register cells: never wider than the column, nothing lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cic_desktop.render.pdf.fonts import register_fonts
from cic_desktop.render.pdf.textfit import TextFitter

REGULAR, _ = register_fonts()
FITTER = TextFitter(REGULAR, 6.4)
WIDTH = 40.0


def test_long_tokens_break_at_the_natural_place() -> None:
    assert FITTER.wrap("1234/CIC/27.11.2026", WIDTH) == ["1234/CIC/", "27.11.2026"]
    assert FITTER.wrap("stefan.taranu@example.ro", 60) == ["stefan.taranu@", "example.ro"]
    assert FITTER.wrap("scurt", WIDTH) == ["scurt"]
    assert FITTER.wrap("Agricultură", 30) == ["Agricul-", "tură"]


@given(st.text(alphabet="abcșțăîâȘȚĂÎÂ /.-@ \n", max_size=200))
def test_lines_fit_and_keep_every_character(text: str) -> None:
    lines = FITTER.wrap(text, WIDTH)
    assert all(FITTER.width(line) <= WIDTH + 1e-6 for line in lines)
    # Only a hyphen may be added (where a word is split between letters).
    printed = "".join("".join(lines).split())
    assert printed.replace("-", "") == "".join(text.split()).replace("-", "")

"""Fast line breaking for table cells: plain strings instead of Paragraphs (PLATFORM.md, PDF).

A `Paragraph` per cell is what makes big registers slow. Register cells are plain text without
markup, so they are broken into lines here (word widths cached, long words split at `/ - . @ ,`
or, failing that, between characters) and handed to the table as `"line 1\\nline 2"`.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

# Break a too-long word after one of these, best first: `12/` `27.11.2026`, `ion@` `mail.ro`.
_BREAK_PRIORITY = ("/", "@", ";,", "-_", ".")


_VOWELS = frozenset("aeiouăâîAEIOUĂÂÎ")


def _syllable_cut(word: str, keep: int) -> int:
    """Move a cut between letters back (at most 3) so the next line starts a syllable:
    consonant + vowel, as Romanian splits words („Agricul-” / „tură”)."""
    for k in range(keep, max(keep - 3, 1), -1):
        if (
            k + 1 < len(word)
            and word[k] not in _VOWELS
            and word[k + 1] in _VOWELS
            and word[k].isalpha()
        ):
            return k
    return keep


class TextFitter:
    """Measures and wraps text in one font and size; reuse one per column style."""

    def __init__(self, font_name: str, size: float) -> None:
        face = pdfmetrics.getFont(font_name).face
        self.font_name = font_name
        self.size = size
        self._char_widths: dict[int, int] = face.charWidths
        self._default = face.defaultWidth
        self._scale = size / 1000.0
        self._cache: dict[str, float] = {}
        self.space = self.width(" ")
        self.hyphen = self.width("-")

    def width(self, text: str) -> float:
        cached = self._cache.get(text)
        if cached is None:
            get, default = self._char_widths.get, self._default
            cached = sum(get(ord(c), default) for c in text) * self._scale
            if len(self._cache) < 200_000:
                self._cache[text] = cached
        return cached

    def wrap(self, text: str, max_width: float) -> list[str]:
        """Lines of `text` no wider than `max_width` (explicit line breaks kept)."""
        if "\n" not in text and self.width(text) <= max_width:
            return [text]
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(self._wrap_paragraph(paragraph, max_width))
        return lines or [""]

    def _wrap_paragraph(self, text: str, max_width: float) -> list[str]:
        lines: list[str] = []
        current: list[str] = []
        current_width = 0.0
        for word in text.split():
            word_width = self.width(word)
            if word_width > max_width:
                if current:
                    lines.append(" ".join(current))
                pieces = self._break_word(word, max_width)
                lines.extend(pieces[:-1])
                current, current_width = [pieces[-1]], self.width(pieces[-1])
            elif not current:
                current, current_width = [word], word_width
            elif current_width + self.space + word_width <= max_width:
                current.append(word)
                current_width += self.space + word_width
            else:
                lines.append(" ".join(current))
                current, current_width = [word], word_width
        if current:
            lines.append(" ".join(current))
        return lines

    def _break_word(self, word: str, max_width: float) -> list[str]:
        """Split a word wider than the column: after `/`, `@`, `;`, `-`, `.` if it has one, else
        between letters with a hyphen („Agricultu-” / „ră”)."""
        pieces: list[str] = []
        rest = word
        while rest and self.width(rest) > max_width:
            fit = self._fitting_prefix(rest, max_width)
            cut = self._best_cut(rest, fit)
            if cut is not None:
                pieces.append(rest[:cut])
                rest = rest[cut:]
            else:
                keep = _syllable_cut(
                    rest, max(self._fitting_prefix(rest, max_width - self.hyphen), 1)
                )
                pieces.append(rest[:keep] + "-")
                rest = rest[keep:]
        if rest:
            pieces.append(rest)
        return pieces or [word]

    def _fitting_prefix(self, text: str, max_width: float) -> int:
        """How many leading characters fit in `max_width` (at least one)."""
        get, default, scale = self._char_widths.get, self._default, self._scale
        used, fit = 0.0, 0
        for char in text:
            used += get(ord(char), default) * scale
            if used > max_width and fit:
                break
            fit += 1
        return fit

    @staticmethod
    def _best_cut(word: str, fit: int) -> int | None:
        """Where to cut `word` whose first `fit` characters fit the column, if it can break."""
        for chars in _BREAK_PRIORITY:
            for i in range(fit - 1, 0, -1):
                if word[i] in chars:
                    return i + 1
        return None

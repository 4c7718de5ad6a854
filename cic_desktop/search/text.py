"""Search results as plain text lines (the `cic-desktop search` command prints them)."""

from __future__ import annotations

from collections.abc import Iterator

from cic_desktop.labels import REGISTER, RegisterCode
from cic_desktop.search.query import SearchGroup, SearchResults


def register_title(code: str) -> str:
    try:
        return REGISTER[RegisterCode(code)]
    except ValueError:
        return code


def group_heading(group: SearchGroup) -> str:
    shown = len(group.lines)
    count = f"{group.total}" if shown == group.total else f"primele {shown} din {group.total}"
    return f"{register_title(group.register_code)} ({count})"


def results_text(results: SearchResults) -> Iterator[str]:
    if not results.groups:
        yield f"Nu s-a găsit nimic pentru „{results.text.strip()}”."
        return
    for index, group in enumerate(results.groups):
        if index:
            yield ""
        yield group_heading(group)
        for line in group.lines:
            state = f" [{line.state}]" if line.state else ""
            name = line.name or "—"
            yield f"  {line.number_text}  {name} – {line.subject}{state}"

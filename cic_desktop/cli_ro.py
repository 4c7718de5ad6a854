"""argparse speaking Romanian: its own messages are translated, usage errors exit with code 2."""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

_MESSAGES = [
    (r"^the following arguments are required: (.*)$", r"lipsesc argumentele obligatorii: \1"),
    (r"^unrecognized arguments: (.*)$", r"argumente necunoscute: \1"),
    (
        r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$",
        r"argumentul \1: alegere necunoscută \2 (alegeți dintre \3)",
    ),
    (r"^argument (.*?): expected one argument$", r"argumentul \1 are nevoie de o valoare"),
    (r"^argument (.*?): invalid (\w+) value: (.*)$", r"argumentul \1: valoare nevalidă \3"),
    (
        r"^invalid choice: (.*?) \(choose from (.*)\)$",
        r"comandă necunoscută \1 (alegeți dintre \2)",
    ),
]


def translate(message: str) -> str:
    for pattern, replacement in _MESSAGES:
        if re.match(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class RomanianArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumente"
        self._optionals.title = "opțiuni"
        self.add_argument("-h", "--help", action="help", help="arată acest ajutor și ieși")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "utilizare:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "utilizare:", 1)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"Eroare: {translate(message)}\n")

"""Entry point `cic-desktop`: headless commands go to the core's CLI before Qt is ever imported."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from cic_desktop.cli import GUI_COMMANDS, command_of, run_headless

    command = command_of(args)
    if command == "selftest" or "--selftest" in args:  # the frozen build is checked with --selftest
        from ui.selftest import run_selftest

        return run_selftest(args)
    if command is not None and command not in GUI_COMMANDS:
        return run_headless(args)
    from ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

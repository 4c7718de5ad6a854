"""Entry script of the frozen bundle (PyInstaller): the same `main()` as the `cic-desktop` command.

`build_installer.spec` builds two executables from this one script: `cic` (windowed, for the
clerks) and `cic-debug` (console: headless commands, `selftest`, and tracebacks you can read).
"""

from __future__ import annotations

import multiprocessing
import sys


def _run() -> int:
    # A frozen program that ever starts a child process must call this first (harmless otherwise).
    multiprocessing.freeze_support()
    from ui.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(_run())

"""Keeping the cyclic garbage collector from freezing the window during big background reads.

The collector stops every thread while it scans, the GUI thread included. A read on the worker
that builds 100,000 objects (the agenda of a large database) triggers several full collections of
0.3–1.2 s each: the window froze although the work was off the GUI thread (measured by
benchmarks/bench_first_paint.py). Those objects are freed by reference counting, so during such a
read automatic collection waits, and resumes when the last read ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_was_enabled = True


@contextmanager
def no_collector_pauses() -> Iterator[None]:
    global _active, _was_enabled
    with _lock:
        if _active == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _was_enabled:
                gc.enable()

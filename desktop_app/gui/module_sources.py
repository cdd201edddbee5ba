"""Give back the module source text that PySide6's import hook leaves behind in Python's line cache."""

from __future__ import annotations

import linecache


def forget_module_sources() -> None:
    """Empty `linecache` after a burst of imports.

    Once PySide6 is imported, its `__feature__` import hook reads the whole source of every module
    imported after it (to see whether the module names PySide6), and `linecache` keeps those lines:
    about 12 MB by the time the window is ready, a quarter of a bare PySide6 window's memory. The
    window imports its domain modules after showing its frame, so it calls this after each step of
    start-up and after background work: the next imports reuse the memory instead of adding to the
    peak. Nothing is lost; a traceback reads the lines it needs again.
    """
    linecache.clearcache()

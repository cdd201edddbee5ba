"""The installed Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did, and aborted)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, QPointF
holder, point = QObject(), QPointF()
before = sys.getrefcount(None)
for _ in range(3000):
    holder.setObjectName("x")
    point.setX(1.0)
print(before - sys.getrefcount(None))
"""


def test_void_qt_calls_keep_none_alive():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100, "the Qt binding drops a reference to None on every call"

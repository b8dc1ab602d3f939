"""Named points in the writing of a store, where the fault tests stop a process.

``TKSK_FAULT=<point>`` kills the process with SIGKILL when it reaches that point; ``TKSK_PAUSE=<point>:<seconds>``
makes it wait there (holding the lock), so a second writer can be started against it. Unset, a point costs one
environment look-up.
"""

from __future__ import annotations

import os
import signal
import time


def point(name: str) -> None:
    if os.environ.get("TKSK_FAULT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
    pause = os.environ.get("TKSK_PAUSE", "")
    if pause.startswith(name + ":"):
        time.sleep(float(pause.split(":", 1)[1]))

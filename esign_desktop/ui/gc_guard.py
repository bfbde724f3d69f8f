"""Collect cyclic garbage on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold is crossed.
This app has background threads (the embedded sandbox, the callback receiver, executors); if one of them
triggers a collection that frees a Qt object, the object's C++ destructor runs in the wrong thread: Qt warns
"Timers cannot be stopped from another thread" at best and crashes at worst. So automatic collection is
switched off and a timer on the GUI thread collects instead (the pyqtgraph GarbageCollector approach).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds, as the automatic collector would."""
        counts = gc.get_count()
        if counts[0] > self._thresholds[0]:
            generation = 0
            if counts[1] > self._thresholds[1]:
                generation = 1
                if counts[2] > self._thresholds[2]:
                    generation = 2
            gc.collect(generation)

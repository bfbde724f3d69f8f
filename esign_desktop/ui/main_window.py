"""The window people leave open all day."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from esign_desktop import __version__


class MainWindow(QMainWindow):
    """Envelopes across every account.

    Signals:
        close_requested: the user asked to close; the application shuts down its tasks, then the window.
    """

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"esign-desktop {__version__}")
        self.resize(1100, 700)
        self._shutdown_done = False
        placeholder = QLabel(self.tr("No envelopes yet."), self)
        placeholder.setObjectName("emptyPlaceholder")
        placeholder.setAccessibleName(self.tr("Envelope list"))
        self.setCentralWidget(placeholder)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Ready"))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def allow_close(self) -> None:
        """Called once the application has finished its shutdown work."""
        self._shutdown_done = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shutdown_done:
            event.accept()
            return
        # Let the application cancel tasks and close clients first; it calls allow_close() when done.
        event.ignore()
        self.close_requested.emit()

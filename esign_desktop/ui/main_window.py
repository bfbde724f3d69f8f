"""The window people leave open all day: every envelope across accounts, views, details and actions."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from esign_desktop.domain.action_rules import Command, targets
from esign_desktop.domain.model import Envelope
from esign_desktop.domain.status import EnvelopeStatus
from esign_desktop.services.notifier import Level, Message
from esign_desktop.storage.quarantine import QuarantinedRecord
from esign_desktop.ui.actions import CONTEXT_COMMANDS, TOOLBAR_COMMANDS, EnvelopeActions
from esign_desktop.ui.banner import Banner
from esign_desktop.ui.commands import MAIN_COMMANDS, build_action, view_shortcut
from esign_desktop.ui.csv_export import write_envelopes_csv
from esign_desktop.ui.envelope_list import EnvelopeListView
from esign_desktop.ui.labels import view_label
from esign_desktop.ui.message_area import MessageArea
from esign_desktop.ui.models.envelope_filter_proxy import EnvelopeFilterProxy
from esign_desktop.ui.models.envelope_table_model import EnvelopeTableModel
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.sidebar import ViewSidebar
from esign_desktop.ui.team_status import (
    TeamOfflineStrip,
    TeamStatus,
    back_text,
    status_bar_text,
    unreachable_text,
)
from esign_desktop.ui.views_rules import EnvelopeView, ViewContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from esign_desktop.ui.attention_panel import AttentionPanel
    from esign_desktop.ui.details_pane import DetailsPane

pin_singletons()  # this module emits signals from Python; see pyside_refcount_fix

SCREENSHOT_VIEWS = ("list", "details")
FIRST_SCREEN = 500  # envelopes shown at start before the rest of the cache is read in the background


DEFAULT_SIZE = QSize(1280, 760)
DETAILS_WIDTH_BEFORE_BUILT = 360  # the details' room in a window shown before its panes are built
FRAME_ALLOWANCE = QSize(16, 48)  # a window manager's title bar and borders, outside the size we set


def default_size(screen: QScreen | None) -> QSize:
    """The first run's size: 1280x760, or less on a smaller screen, so the title bar and the status bar
    both stay on it (a 1366x768 laptop would otherwise lose the status line below the screen's edge)."""
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry().size() - FRAME_ALLOWANCE
    return DEFAULT_SIZE.boundedTo(room).expandedTo(QSize(640, 480))


class MainWindow(QMainWindow):
    """Envelopes across every account.

    Signals:
        close_requested(): the user asked to close; the application shuts down its tasks, then the window.
        action_requested(str, list): a Command value and the Envelopes it applies to (already filtered by the
            action rules; a confirmed delete arrives here only after the user said yes). For
            "update_metadata" the envelopes carry the metadata the user saved.
        document_requested(str, object, object): ("open" or "save_as", Envelope, Document).
        banner_dismissed(): the user closed the banner.
        team_database_requested(): the user asked for Team ▸ Database….
        about_requested(): the user asked for Help ▸ About.
        new_envelope_requested(): the user asked for a new envelope (File ▸ New envelope, Ctrl+N).
        calibration_requested(): the user asked for placement calibration (File ▸ Calibrate placement).
        draft_open_requested(str): the local id of an unsent draft the user opened (double-click or Enter).
        accounts_requested(), settings_requested(): the user asked for those dialogs.
        attention_export_requested(int, str), attention_delete_requested(int): a record set aside ("Needs
            attention") is to be exported to a file or deleted.

    The composition root (app.py) connects each of them once.

    `panes_later=True` (the start, app.py): the details pane and the "Needs attention" view are built by
    `build_panes()` just after the window's first paint, so the list shows sooner; until then their place
    is empty. Using `details` or `attention_panel` builds them at once, so no caller has to wait for that.
    """

    close_requested = Signal()
    action_requested = Signal(str, list)
    document_requested = Signal(str, object, object)
    banner_dismissed = Signal()
    accounts_requested = Signal()
    settings_requested = Signal()
    team_database_requested = Signal()
    about_requested = Signal()
    new_envelope_requested = Signal()
    calibration_requested = Signal()
    draft_open_requested = Signal(str)
    attention_export_requested = Signal(int, str)  # a set-aside record's id, target file ("Needs attention")
    attention_delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, panes_later: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("eSign Desktop")  # the product's name in every language, as its texts say
        self.setAccessibleName(self.tr("esign-desktop main window"))
        self.resize(default_size(QGuiApplication.primaryScreen()))
        self._shutdown_done = False
        self._pending_dialog: QMessageBox | QFileDialog | None = None

        self.envelope_model = EnvelopeTableModel(self)
        self.envelope_proxy = EnvelopeFilterProxy(self.envelope_model, self)
        self.envelope_actions = EnvelopeActions(self)

        self.banner = Banner(self)
        self.banner.dismissed.connect(self.banner_dismissed)
        self.sidebar = ViewSidebar(self)
        self.envelope_list = EnvelopeListView(self.envelope_proxy, self)
        self.envelope_list.set_context_actions(self.envelope_actions.ordered(CONTEXT_COMMANDS))
        self._details: DetailsPane | None = None
        self._attention_panel: AttentionPanel | None = None
        self._splitter_restored = False
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search envelopes"))
        self.search.setPlaceholderText(self.tr("Search name, party or account (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(self.search.fontMetrics().averageCharWidth() * 48)  # grows with the font

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setAccessibleName(self.tr("Views, list and details"))
        self.splitter.addWidget(self.sidebar)
        # The list, or the "Needs attention" view when that sidebar entry is chosen.
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.envelope_list)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(QWidget(self))  # the details pane's place until build_panes
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(self._first_sizes(DETAILS_WIDTH_BEFORE_BUILT))
        # The views' names stay whole however the first sizes are scaled.
        self.sidebar.setMinimumWidth(min(self.sidebar.fitting_width(), 280))
        self.splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        central.setObjectName("centralArea")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        self.team_strip = TeamOfflineStrip(self)
        layout.addWidget(self.team_strip)
        self.message_area = MessageArea(self)
        layout.addWidget(self.message_area)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self._on_selection_changed()
        self.setTabOrder(self.search, self.sidebar)
        self.setTabOrder(self.sidebar, self.envelope_list)
        if not panes_later:
            self.build_panes()

    @property
    def details(self) -> DetailsPane:
        """The current envelope's details (built now if the window was shown before its panes)."""
        if self._details is None:
            self.build_panes()
        assert self._details is not None
        return self._details

    @property
    def attention_panel(self) -> AttentionPanel:
        """The "Needs attention" view (built now if the window was shown before its panes)."""
        if self._attention_panel is None:
            self.build_panes()
        assert self._attention_panel is not None
        return self._attention_panel

    def _first_sizes(self, details_width: int) -> list[int]:
        """Sidebar, list and details widths before the window is shown; setSizes scales them to its first
        size."""
        return [max(210, self.sidebar.fitting_width()), 750, details_width]

    def build_panes(self) -> None:
        """The details pane and the "Needs attention" view, in their places; once."""
        if self._details is not None:
            return
        from esign_desktop.ui.attention_panel import AttentionPanel
        from esign_desktop.ui.details_pane import DetailsPane

        details = self._details = DetailsPane(self)
        attention = self._attention_panel = AttentionPanel(self)
        self.list_stack.addWidget(attention)
        sizes = self.splitter.sizes()
        placeholder = self.splitter.replaceWidget(2, details)
        if placeholder is not None:
            placeholder.deleteLater()
        # The details' tabs whole in every language (Swedish ones are the widest).
        width = min(max(320, details.tabs.tabBar().sizeHint().width() + 40), 500)
        if self._splitter_restored:
            self.splitter.setSizes(sizes)
        elif self.splitter.isVisible():  # shown already: the list gives the details their room
            self.splitter.setSizes([sizes[0], max(1, sizes[1] + sizes[2] - width), width])
        else:
            self.splitter.setSizes(self._first_sizes(width))
        self.setTabOrder(self.envelope_list, details.tabs)
        self.sidebar.attention_selected.connect(self._on_sidebar_attention_selected)
        attention.export_requested.connect(self.attention_export_requested)
        attention.delete_requested.connect(self.attention_delete_requested)
        self.envelope_list.current_changed.connect(details.show_envelope)
        details.metadata_changed.connect(
            lambda envelope: self.action_requested.emit(Command.UPDATE_METADATA.value, [envelope])
        )
        details.document_requested.connect(self.document_requested)
        details.link_copied.connect(
            lambda _url: self.statusBar().showMessage(self.tr("Signing link copied"), 4000)
        )
        details.show_envelope(self.envelope_list.current_envelope())

    # Building

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Envelope actions"), self)
        self.envelope_toolbar = toolbar
        toolbar.setObjectName("envelopeToolbar")
        toolbar.setAccessibleName(self.tr("Envelope actions"))
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.envelope_actions.ordered(TOOLBAR_COMMANDS):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
                button = toolbar.widgetForAction(action)
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        # The search box has a toolbar of its own, first in the row: Qt gives a row's toolbars their room
        # from the left, so in a narrow window the actions move into their toolbar's » menu while the search
        # box (Ctrl+F, Tab's first stop) always stays in view.
        search_bar = QToolBar(self.tr("Search envelopes"), self)
        search_bar.setObjectName("searchToolbar")
        search_bar.setMovable(False)
        search_bar.toggleViewAction().setEnabled(False)  # never hidden by a right-click on the toolbars
        self.search.setMinimumWidth(self.search.fontMetrics().averageCharWidth() * 36)
        search_bar.addWidget(self.search)
        self.addToolBar(search_bar)
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_envelope_action = build_action(MAIN_COMMANDS["new_envelope"], self)
        self.new_envelope_action.triggered.connect(self.new_envelope_requested)
        file_menu.addAction(self.new_envelope_action)
        first = self.envelope_toolbar.actions()[0]
        self.envelope_toolbar.insertAction(first, self.new_envelope_action)  # the first button: start here
        self.envelope_toolbar.insertSeparator(first)
        new_button = self.envelope_toolbar.widgetForAction(self.new_envelope_action)
        new_button.setObjectName("newEnvelopeButton")
        new_button.setAccessibleName(self.tr("New envelope"))
        file_menu.addAction(self.envelope_actions[Command.CREATE_FROM_TEMPLATE])
        file_menu.addAction(self.envelope_actions[Command.EXPORT_CSV])
        file_menu.addSeparator()
        for name, signal in (
            ("accounts", self.accounts_requested),
            ("calibration", self.calibration_requested),
            ("settings", self.settings_requested),
        ):
            file_action = build_action(MAIN_COMMANDS[name], self)
            file_action.triggered.connect(signal)
            file_menu.addAction(file_action)
        file_menu.addSeparator()
        quit_action = build_action(MAIN_COMMANDS["quit"], self)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        envelope_menu = self.menuBar().addMenu(self.tr("&Envelope"))
        for action in self.envelope_actions.ordered(CONTEXT_COMMANDS):
            if action is None:
                envelope_menu.addSeparator()
            else:
                envelope_menu.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        find_action = build_action(MAIN_COMMANDS["find"], self)
        find_action.triggered.connect(self._on_find_action_triggered)
        view_menu.addAction(find_action)
        view_menu.addSeparator()
        for number, view in enumerate(EnvelopeView, start=1):
            view_action = QAction(view_label(view), self)
            view_action.setObjectName(f"action_view_{view.value}")
            view_action.setShortcut(QKeySequence(view_shortcut(number)))
            view_action.triggered.connect(lambda _checked=False, v=view: self.sidebar.set_current_view(v))
            view_menu.addAction(view_action)

        team_menu = self.menuBar().addMenu(self.tr("Te&am"))
        team_menu.setObjectName("teamMenu")
        self.team_database_action = build_action(MAIN_COMMANDS["team_database"], self)
        self.team_database_action.triggered.connect(self.team_database_requested)
        team_menu.addAction(self.team_database_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = build_action(MAIN_COMMANDS["about"], self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.about_requested)
        help_menu.addAction(about_action)

    def _build_status_bar(self) -> None:
        self.visible_count_label = QLabel(self)
        self.visible_count_label.setObjectName("visibleCount")
        self.visible_count_label.setAccessibleName(self.tr("Number of envelopes shown"))
        self.statusBar().addWidget(self.visible_count_label)
        self._account_labels: dict[str, QLabel] = {}
        self.team_label = QLabel(self)
        self.team_label.setObjectName("teamState")
        self.team_label.setAccessibleName(self.tr("Team mode"))
        self.team_label.hide()
        self.statusBar().addPermanentWidget(self.team_label)
        self._team_status: TeamStatus | None = None
        self._update_visible_count(self.envelope_proxy.rowCount())

    def _connect(self) -> None:
        self.envelope_model.counts_changed.connect(self.sidebar.set_counts)
        self.sidebar.view_selected.connect(self._on_sidebar_view_selected)
        self.search.textChanged.connect(self.envelope_proxy.set_search_text)
        self.envelope_proxy.visible_count_changed.connect(self._update_visible_count)
        self.envelope_list.selection_changed.connect(self._on_selection_changed)
        self.envelope_list.activated.connect(self._on_envelope_list_activated)
        # A row updated in place (sync) must refresh the details shown for it.
        self.envelope_proxy.dataChanged.connect(self._on_envelope_proxy_data_changed)
        self.envelope_proxy.layoutChanged.connect(self._on_selection_changed)
        self.envelope_proxy.rowsRemoved.connect(self._on_selection_changed)
        # A search or view that hides the envelope shown in the details pane empties the pane.
        self.envelope_proxy.layoutChanged.connect(self._on_envelope_proxy_rows_changed)
        self.envelope_proxy.rowsRemoved.connect(self._on_envelope_proxy_rows_changed)
        self.envelope_proxy.modelReset.connect(self._on_envelope_proxy_rows_changed)
        self.envelope_actions.triggered.connect(self._on_envelope_actions_triggered)

    # Data in

    def set_envelopes(self, envelopes: Iterable[Envelope]) -> None:
        """First load, from the local cache."""
        envelopes = list(envelopes)
        self.envelope_model.set_envelopes(envelopes)
        self._show_sent_by_if_named(envelopes)

    def upsert_envelopes(self, envelopes: Iterable[Envelope]) -> None:
        envelopes = list(envelopes)
        self.envelope_model.upsert(envelopes)
        self._show_sent_by_if_named(envelopes)

    def _show_sent_by_if_named(self, envelopes: Sequence[Envelope]) -> None:
        if not self.envelope_list.sent_by_shown() and any(envelope.sent_by for envelope in envelopes):
            self.envelope_list.show_sent_by(True)

    def has_envelope(self, local_id: str) -> bool:
        return self.envelope_model.collection.row_of(local_id) is not None

    def remove_envelopes(self, local_ids: Iterable[str]) -> None:
        self.envelope_model.remove(local_ids)

    def set_account_names(self, names: Mapping[str, str]) -> None:
        """Display names by account id, for the Provider / account column and search."""
        self.envelope_model.set_account_names(names)

    def set_outbox(self, local_ids: Iterable[str]) -> None:
        self.envelope_model.set_outbox(local_ids)

    def set_view_context(self, context: ViewContext) -> None:
        self.envelope_model.set_view_context(context)

    # Status area

    def set_account_state(self, account_name: str, text: str) -> None:
        """Show e.g. "Sandbox: synced 12 s ago" in the status bar; an empty text removes the account."""
        label = self._account_labels.get(account_name)
        if not text:
            if label is not None:
                self.statusBar().removeWidget(label)
                label.deleteLater()
                del self._account_labels[account_name]
            return
        if label is None:
            label = QLabel(self)
            label.setObjectName("accountState")
            self.statusBar().addPermanentWidget(label)
            self._account_labels[account_name] = label
        label.setText(f"{account_name}: {text}")
        label.setAccessibleName(fill(self.tr("Account %1"), account_name))
        label.setToolTip(label.text())

    def account_state(self, account_name: str) -> str:
        label = self._account_labels.get(account_name)
        return "" if label is None else label.text()

    def show_banner(self, text: str) -> None:
        self.banner.show_text(text)

    def set_team_status(self, status: TeamStatus | None, now: datetime | None = None) -> None:
        """Team mode's state (None: not in team mode). Unreachable shows the strip above the list; coming
        back hides it and says so in the status bar for a while."""
        previous, self._team_status = self._team_status, status
        now = now or datetime.now(UTC)
        if status is None:
            self.team_label.hide()
            self.team_strip.hide()
            return
        self.envelope_list.show_sent_by(True)
        self.team_label.setText(status_bar_text(status, now))
        self.team_label.setToolTip(self.team_label.text())
        self.team_label.show()
        if status.connected:
            self.team_strip.hide()
            if previous is not None and not previous.connected:
                self.statusBar().showMessage(back_text(), 15000)
        else:
            self.team_strip.show_text(unreachable_text(status, now))

    def team_status(self) -> TeamStatus | None:
        return self._team_status

    # Selection and views

    def selected_envelopes(self) -> list[Envelope]:
        return self.envelope_list.selected_envelopes()

    def current_envelope(self) -> Envelope | None:
        return self.envelope_list.current_envelope()

    def select_envelope(self, local_id: str) -> bool:
        """Show and select an envelope (e.g. from a notification); switches to All when it is filtered out."""
        if self.envelope_list.select_envelope(local_id):
            return True
        if self.envelope_model.collection.row_of(local_id) is None:
            return False
        self.search.clear()
        self.sidebar.set_current_view(EnvelopeView.ALL)
        return self.envelope_list.select_envelope(local_id)

    def set_attention_records(self, records: Sequence[QuarantinedRecord]) -> None:
        """Records the store set aside; the sidebar's "Needs attention" entry shows while there are any."""
        self.attention_panel.set_records(records)
        self.sidebar.set_attention_count(len(records))

    def _on_sidebar_view_selected(self, view: str) -> None:
        self.list_stack.setCurrentWidget(self.envelope_list)
        self.envelope_proxy.set_view(EnvelopeView(view))

    def _on_sidebar_attention_selected(self) -> None:
        self.list_stack.setCurrentWidget(self.attention_panel)

    def _on_envelope_list_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        envelope = self.envelope_proxy.envelope(index.row())
        if not envelope.remote_id and envelope.status in {EnvelopeStatus.DRAFT, EnvelopeStatus.FAILED}:
            self.draft_open_requested.emit(envelope.local_id)

    def _on_find_action_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_selection_changed(self) -> None:
        self.envelope_actions.update_for(
            self.envelope_list.selected_envelopes(), visible_rows=self.envelope_proxy.rowCount()
        )

    def _on_envelope_proxy_data_changed(self) -> None:
        current = self.envelope_list.current_envelope()
        shown = self._details.envelope if self._details is not None else None  # not built: shows the current
        if current is not None and shown is not None and current is not shown:
            self.details.show_envelope(current)
        self._on_selection_changed()

    def _on_envelope_proxy_rows_changed(self) -> None:
        shown = self._details.envelope if self._details is not None else None
        if shown is not None and self.envelope_proxy.row_of(shown.local_id) is None:
            self.details.show_envelope(self.envelope_list.current_envelope())

    def _update_visible_count(self, count: int) -> None:
        self.visible_count_label.setText(self.tr("%n envelope(s)", "", count))
        self._on_selection_changed()

    # Actions

    def _on_envelope_actions_triggered(self, value: str) -> None:
        command = Command(value)
        if command is Command.EXPORT_CSV:
            self.ask_csv_path()
            return
        if command is Command.CREATE_FROM_TEMPLATE:
            self.action_requested.emit(command.value, [])
            return
        if command is Command.UPDATE_METADATA:
            self.details.focus_metadata()
            return
        chosen = targets(command, self.envelope_list.selected_envelopes())
        if not chosen:
            return
        if command is Command.DELETE:
            self.confirm_delete(chosen)
            return
        if command is Command.RECALL:
            self.confirm_recall(chosen)
            return
        self.action_requested.emit(command.value, chosen)

    def confirm_recall(self, envelopes: Sequence[Envelope]) -> QMessageBox:
        """Ask before recalling, without a nested event loop; emits action_requested on Yes.

        Neither service takes a reason with a recall (Assently's recallCase has only the case id; GMO Sign
        cannot recall through its API), so the box says what the parties will see instead of asking for one.
        """
        chosen = list(envelopes)
        if len(chosen) == 1:
            text = fill(self.tr("Recall “%1”?"), chosen[0].name or self.tr("(untitled)"))
        else:
            text = self.tr("Recall %n envelope(s)?", "", len(chosen))
        return self._confirm(
            "confirmRecall",
            self.tr("Recall envelopes"),
            text,
            self.tr(
                "The parties can no longer sign, and the service tells them the envelope was recalled. "
                "It takes no reason: to explain, write to the parties yourself."
            ),
            Command.RECALL,
            chosen,
        )

    def _confirm(
        self, name: str, title: str, text: str, details: str, command: Command, chosen: list[Envelope]
    ) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox  # its bindings load when a question is first asked

        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def on_finished(_result: int) -> None:
            self._pending_dialog = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.action_requested.emit(command.value, chosen)

        box.finished.connect(on_finished)
        self._pending_dialog = box
        box.open()
        return box

    def confirm_delete(self, envelopes: Sequence[Envelope]) -> QMessageBox:
        """Ask before deleting, without a nested event loop; emits action_requested on Yes."""
        chosen = list(envelopes)
        if len(chosen) == 1:
            text = fill(self.tr("Delete “%1”?"), chosen[0].name or self.tr("(untitled)"))
        else:
            text = self.tr("Delete %n envelope(s)?", "", len(chosen))
        return self._confirm(
            "confirmDelete",
            self.tr("Delete envelopes"),
            text,
            self.tr("Envelopes that are out for signature are recalled first. This cannot be undone."),
            Command.DELETE,
            chosen,
        )

    def ask_csv_path(self) -> QFileDialog:
        from PySide6.QtWidgets import QFileDialog  # its bindings load when the dialog is first needed

        dialog = QFileDialog(self, self.tr("Export visible envelopes"))
        dialog.setObjectName("exportCsvDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile("envelopes.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export_visible_to_csv(Path(path)))
        dialog.finished.connect(lambda _result: setattr(self, "_pending_dialog", None))
        self._pending_dialog = dialog
        dialog.open()
        return dialog

    def export_visible_to_csv(self, path: Path) -> int:
        """Write the rows the list shows, in its order; returns how many."""
        try:
            count = write_envelopes_csv(
                path, self.envelope_proxy.visible_envelopes(), self.envelope_model.collection.account_name
            )
        except OSError as error:
            text = fill(self.tr("Could not write %1: %2. Choose another folder."), path, error.strerror)
            self.message_area.show_message(Message(Level.ERROR, text))
            return 0
        # A confirmation that stays until dismissed, naming the file (the status bar's would vanish).
        text = fill(self.tr("Exported %n envelope(s) to %1.", "", count), path)
        self.message_area.show_message(Message(Level.INFO, text))
        return count

    # Window state

    def save_state(self) -> dict[str, str]:
        return {
            "geometry": _encode(self.saveGeometry()),
            "window": _encode(self.saveState()),
            "splitter": _encode(self.splitter.saveState()),
            "header": _encode(self.envelope_list.horizontalHeader().saveState()),
            "view": self.sidebar.current_view().value,
            "language": QLocale().name(),  # the widths above fit this language's texts
        }

    def restore_state(self, state: Mapping[str, str]) -> None:
        """Restore what save_state gave; missing or damaged entries are skipped."""
        if data := _decode(state.get("geometry")):
            self.restoreGeometry(data)
        if data := _decode(state.get("window")):
            self.restoreState(data)
        if data := _decode(state.get("splitter")):
            self._splitter_restored = self.splitter.restoreState(data)
        header = self.envelope_list.horizontalHeader()
        if (data := _decode(state.get("header"))) and header.restoreState(data):
            self.envelope_proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            if state.get("language") != QLocale().name():  # saved in another language: its texts may not fit
                self.envelope_list.widen_to_fit_texts()
        # A header saved before "Sent by" existed restores it as shown: the team rule decides instead.
        self.envelope_list.show_sent_by(
            self._team_status is not None
            or any(envelope.sent_by for envelope in self.envelope_model.collection.envelopes())
        )
        try:
            view = EnvelopeView(state.get("view", EnvelopeView.ALL.value))
        except ValueError:
            view = EnvelopeView.ALL
        self.sidebar.set_current_view(view)

    # Screenshots

    def prepare_screenshot(self, view: str = "list") -> None:
        """Arrange the window for `--screenshot --view list|details`."""
        if view not in SCREENSHOT_VIEWS:
            choices = ", ".join(SCREENSHOT_VIEWS)
            raise ValueError(f"Unknown screenshot view {view!r}; choose one of {choices}.")
        self.resize(DEFAULT_SIZE)  # the usual size, whatever the (offscreen) screen that renders it
        if self.envelope_proxy.rowCount() and self.current_envelope() is None:
            self.envelope_list.select_envelope(self.envelope_proxy.envelope(0).local_id)
        if view == "details":
            self.splitter.setSizes([180, 560, 540])
        QTimer.singleShot(0, self.envelope_list.setFocus)

    # Closing

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


def _encode(data: QByteArray) -> str:
    return base64.b64encode(data.data()).decode("ascii")


def _decode(text: str | None) -> QByteArray | None:
    if not text:
        return None
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return None


def decode_window_state(saved: bytes) -> dict[str, str]:
    """The saved window state (Settings.window_state_bytes) as `restore_state` takes it; {} when damaged."""
    try:
        value = json.loads(saved)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

"""The questions the composer asks before it uses a working copy of a PDF: a password, "I may remove the
restrictions", "repair a copy". The answers go to services/document_intake.py; nothing here is stored.

Texts only and one small dialog, so the documents panel (and any later layout of the composer) can ask them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from esign_desktop.domain.capabilities import Capabilities, PlacementModel
from esign_desktop.pdf.errors import RESTRICTION_NAMES, PdfError, RestrictedPdf, WrongPassword
from esign_desktop.services.document_intake import Remedy, WorkingCopy, make_working_copy, remedy_for
from esign_desktop.storage.errors import StorageError
from esign_desktop.ui.error_text import error_text
from esign_desktop.ui.placeholders import fill
from esign_desktop.ui.pyside_refcount_fix import pin_singletons
from esign_desktop.ui.widget_work import WidgetWork

pin_singletons()  # Python code called from Qt here; see pyside_refcount_fix


def _restriction_text(english: str) -> str:
    """The pdf layer names restrictions in English (RESTRICTION_NAMES); these are the translated words."""
    texts = {
        RESTRICTION_NAMES["modify_other"]: QCoreApplication.translate("PdfIntake", "changing the document"),
        RESTRICTION_NAMES["modify_assembly"]: QCoreApplication.translate(
            "PdfIntake", "inserting, removing or rotating pages"
        ),
        RESTRICTION_NAMES["modify_form"]: QCoreApplication.translate("PdfIntake", "filling in form fields"),
        RESTRICTION_NAMES["modify_annotation"]: QCoreApplication.translate(
            "PdfIntake", "adding comments and fields"
        ),
        RESTRICTION_NAMES["extract"]: QCoreApplication.translate("PdfIntake", "copying text and images"),
        RESTRICTION_NAMES["print_highres"]: QCoreApplication.translate("PdfIntake", "high-quality printing"),
        RESTRICTION_NAMES["print_lowres"]: QCoreApplication.translate("PdfIntake", "printing"),
        RESTRICTION_NAMES["accessibility"]: QCoreApplication.translate(
            "PdfIntake", "extracting text for accessibility"
        ),
    }
    return texts.get(english, english)


def restrictions_question(file_name: str, restrictions: Sequence[str], capabilities: Capabilities) -> str:
    """Names the owner-password restrictions and what the envelope's service will do with the file."""
    listed = ", ".join(_restriction_text(r) for r in restrictions) or QCoreApplication.translate(
        "PdfIntake", "none, but the file is encrypted"
    )
    if capabilities.placement is PlacementModel.COORDINATES:
        service = QCoreApplication.translate(
            "PdfIntake", "GMO Sign refuses encrypted files, so only an unrestricted copy can be sent."
        )
    else:
        service = QCoreApplication.translate(
            "PdfIntake",
            "Assently receives a copy with your fields, and that copy cannot keep the restrictions.",
        )
    return fill(
        QCoreApplication.translate(
            "PdfIntake",
            "“%1” is encrypted by its author with restrictions (%2). %3 Only continue if you may remove the "
            "restrictions: the draft then uses an unrestricted copy; your original file is not changed.",
        ),
        file_name,
        listed,
        service,
    )


def remove_restrictions_button() -> str:
    return QCoreApplication.translate("PdfIntake", "I may remove the restrictions")


def repair_question(file_name: str) -> str:
    return fill(
        QCoreApplication.translate(
            "PdfIntake",
            "“%1” is damaged, but a repaired copy can be made. The draft then uses the repaired copy; your "
            "original file is not changed. Check every page after repairing.",
        ),
        file_name,
    )


def repair_button() -> str:
    return QCoreApplication.translate("PdfIntake", "Repair a copy")


class PasswordDialog(QDialog):
    """Asks for the password of one PDF. Non-modal use: `open()`, then read `password()` on accepted.

    The password lives only in the line edit until the caller takes it; `forget()` clears it.
    """

    def __init__(self, file_name: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPasswordDialog")
        self.setWindowTitle(self.tr("Password for the PDF"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            fill(
                self.tr(
                    "“%1” is protected with a password. Enter it to use the document: the draft keeps an "
                    "unprotected working copy, and the password is not stored anywhere."
                ),
                file_name,
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.error_label = QLabel(error, self)
        self.error_label.setObjectName("pdfPasswordError")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))
        layout.addWidget(self.error_label)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("pdfPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        layout.addWidget(self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password_edit.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # the explanation reads in 4-5 lines

    def password(self) -> str:
        return self.password_edit.text()

    def forget(self) -> None:
        self.password_edit.clear()


@dataclass(frozen=True, slots=True)
class Offer:
    """A refused file that a choice of the person can make usable."""

    path: Path
    remedy: Remedy
    restrictions: tuple[str, ...] = ()
    replace_index: int = -1  # >= 0: the copy replaces this document instead of being added


def offer_for(error: PdfError, path: Path, replace_index: int = -1) -> Offer | None:
    remedy = remedy_for(error)
    if remedy is None:
        return None
    restrictions = error.restrictions if isinstance(error, RestrictedPdf) else ()
    return Offer(path, remedy, restrictions, replace_index)


# (question, confirm text, on confirm, on cancel): the panel's inline question bar
Ask = Callable[[str, str, Callable[[], None], Callable[[], None]], None]


class IntakeQuestions(QObject):
    """Asks about refused-but-usable files one at a time, then makes the working copy on the thread pool.

    Signals:
        copy_ready(object, int): a WorkingCopy, and the document index it replaces (-1: add it).
        failed(str): the copy could not be made; the reason, for people.
        dialog_opened(object): the PasswordDialog just opened (non-modal; tests answer it).
    """

    copy_ready = Signal(object, int)
    failed = Signal(str)
    dialog_opened = Signal(object)

    def __init__(self, ask: Ask, parent: QWidget) -> None:
        super().__init__(parent)
        self._ask = ask
        self._parent = parent
        self._folder: Path | None = None
        self._capabilities: Capabilities | None = None
        self._waiting: deque[Offer] = deque()
        self._busy = False
        self._work = WidgetWork(self)  # making working copies; ends with the questions (and their panel)

    def set_folder(self, folder: Path | None) -> None:
        """Where working copies go (the draft store's folder); None: nothing is offered, files are refused."""
        self._folder = folder

    def set_capabilities(self, capabilities: Capabilities) -> None:
        self._capabilities = capabilities

    @property
    def has_folder(self) -> bool:
        return self._folder is not None

    def offer(self, offer: Offer) -> None:
        self._waiting.append(offer)

    def ask_next(self) -> None:
        """Ask about the next waiting file, unless a question or a copy is still open."""
        if self._busy or not self._waiting or self._capabilities is None:
            return
        offer = self._waiting.popleft()
        self._busy = True
        name = offer.path.name
        if offer.remedy is Remedy.PASSWORD:
            self._ask_password(offer, "")
        elif offer.remedy is Remedy.REMOVE_RESTRICTIONS:
            question = restrictions_question(name, offer.restrictions, self._capabilities)
            self._ask(question, remove_restrictions_button(), lambda: self._copy(offer, ""), self.declined)
        else:
            self._ask(repair_question(name), repair_button(), lambda: self._copy(offer, ""), self.declined)

    def declined(self) -> None:
        """The person said no (or the question was replaced): go on with the next file."""
        self._busy = False
        self.ask_next()

    def _ask_password(self, offer: Offer, error: str) -> None:
        dialog = PasswordDialog(offer.path.name, error, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

        def accepted() -> None:
            password = dialog.password()
            dialog.forget()
            self._copy(offer, password)

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(self.declined)
        dialog.open()  # never exec(): a nested loop would stall the asyncio tasks
        self.dialog_opened.emit(dialog)

    def _copy(self, offer: Offer, password: str) -> None:
        folder = self._folder
        if folder is None:
            self.declined()
            return

        self._work.call(partial(_make_copy, offer, folder, password), partial(self._on_copied, offer))

    def _on_copied(self, offer: Offer, made: tuple[WorkingCopy | None, str]) -> None:
        copy, message = made
        if message == "wrong":
            self._ask_password(
                offer, QCoreApplication.translate("PdfIntake", "That password is not correct. Try again.")
            )
            return
        self._busy = False
        if copy is None:
            self.failed.emit(message)
        else:
            self.copy_ready.emit(copy, offer.replace_index)
        self.ask_next()


def _make_copy(offer: Offer, folder: Path, password: str) -> tuple[WorkingCopy | None, str]:
    """On a worker thread: the working copy, or why there is none ("wrong": the password is not correct)."""
    try:
        return make_working_copy(offer.path, folder, offer.remedy, password), ""
    except WrongPassword:
        return None, "wrong"
    except (PdfError, StorageError) as error:
        return None, error_text(error)
    except OSError as error:
        message = fill(
            QCoreApplication.translate("PdfIntake", "%1 could not be copied (%2)."),
            offer.path.name,
            error.strerror or "",
        )
        return None, message

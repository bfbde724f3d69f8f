"""What happens after preflight refuses a PDF that a person can still use: a working copy.

A password-protected file (the person types the password), an owner-restricted one (the person confirms that
they may remove the restrictions) or a damaged one (the person agrees to a repair) becomes a working copy in
the draft store's folder, content-addressed like every stored draft PDF, so the draft uses that copy from then
on. The original file is never changed and the password is never stored. Nothing here asks: the caller (the
composer's questions, the CLI's flags) has already obtained the person's choice.
"""

from __future__ import annotations

import dataclasses
import tempfile
from enum import StrEnum
from pathlib import Path

from esign_desktop.domain.model import Document
from esign_desktop.pdf.errors import PasswordRequired, PdfError, RepairablePdf, RestrictedPdf
from esign_desktop.pdf.preflight import PdfReport, domain_document, inspect_pdf
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.atomic_file import copy_hashed_atomically

_SUFFIX = ".pdf"  # the draft store's suffix: the copy is then "already our own copy" to it


class Remedy(StrEnum):
    PASSWORD = "password"  # noqa: S105 - the name of a remedy, not a password
    REMOVE_RESTRICTIONS = "remove_restrictions"
    REPAIR = "repair"


def remedy_for(error: PdfError) -> Remedy | None:
    """The choice that would make the refused file usable, or None when nothing the person does helps."""
    if isinstance(error, PasswordRequired):
        return Remedy.PASSWORD
    if isinstance(error, RestrictedPdf):
        return Remedy.REMOVE_RESTRICTIONS
    if isinstance(error, RepairablePdf):
        return Remedy.REPAIR
    return None


@dataclasses.dataclass(frozen=True, slots=True)
class WorkingCopy:
    report: PdfReport  # named as the original; pages, hash and warnings of the copy
    path: Path  # the copy, in the draft store's folder

    def document(self) -> Document:
        return domain_document(self.report, self.path)


def make_working_copy(source: Path, folder: Path, remedy: Remedy, password: str = "") -> WorkingCopy:
    """Write the working copy into `folder` (the draft store's files) and check it.

    The report keeps the original file name (the one the person knows); its pages describe the copy.
    Raises WrongPassword, DamagedPdf... (PdfError) and StorageError; the original file is untouched.
    """
    from esign_desktop.pdf.intake import (
        decrypted_copy,
        repair_copy,
        unrestricted_copy,
    )

    with tempfile.TemporaryDirectory(dir=_ensured(folder), prefix=".intake-") as staging:
        staged = Path(staging) / "copy.pdf"
        if remedy is Remedy.PASSWORD:
            decrypted_copy(source, staged, password)
        elif remedy is Remedy.REMOVE_RESTRICTIONS:
            unrestricted_copy(source, staged)
        else:
            repair_copy(source, staged)
        stored, _sha512, _size = copy_hashed_atomically(
            staged, folder, suffix=_SUFFIX, action=ActionPhrase.MAKING_A_WORKING_COPY_OF_THE_PDF
        )
    return WorkingCopy(dataclasses.replace(inspect_pdf(stored), file_name=source.name), stored)


def _ensured(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclasses.dataclass(frozen=True, slots=True)
class IntakeChoices:
    """What the person already agreed to, for callers that cannot ask (the CLI's flags)."""

    folder: Path  # where working copies go (the draft store's files)
    password: str | None = None
    remove_restrictions: bool = False
    repair: bool = False

    def allows(self, remedy: Remedy) -> bool:
        if remedy is Remedy.PASSWORD:
            return self.password is not None
        if remedy is Remedy.REMOVE_RESTRICTIONS:
            return self.remove_restrictions
        return self.repair

    def __repr__(self) -> str:  # never show the password
        return f"IntakeChoices(folder={self.folder!r}, remove_restrictions={self.remove_restrictions})"


def load_document(path: Path, choices: IntakeChoices) -> tuple[Document, PdfReport]:
    """Preflight `path`; where it is refused but the person's choices allow a remedy, use a working copy.

    Raises the preflight's PdfError when no choice covers the refusal (remedy_for() names the one needed).
    """
    try:
        report = inspect_pdf(path)
    except PdfError as error:
        remedy = remedy_for(error)
        if remedy is None or not choices.allows(remedy):
            raise
        copy = make_working_copy(path, choices.folder, remedy, choices.password or "")
        return copy.document(), copy.report
    return domain_document(report, path), report

"""The PDFs of queued sends, where any desktop that finishes the send can read them.

A desktop working alone reads each document from its own data folder (`SoloDocuments`: nothing to do). In
team mode another desktop may finish a send whose desktop died, and that desktop's files are not on its disk:
`TeamDocuments` copies each PDF into the team database (`team_documents`, by SHA-512) before the send is
journalled, and the desktop that drives the send writes any PDF it lacks into its own content-addressed folder
from there, checking the hash, before the first upload. Once no unsent outbox entry needs a PDF any more it
leaves the database (a failed send keeps its PDFs: a person may retry it from any desktop).
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from pathlib import Path
from typing import Protocol

from esign_desktop.domain.model import Document, Envelope
from esign_desktop.storage import error_templates as templates
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.atomic_file import write_bytes_atomically
from esign_desktop.storage.errors import StorageError, TeamDatabaseUnavailableError
from esign_desktop.storage.sql import SqlDatabase

_log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
# A PDF leaves the database when no outbox entry still needs it: every entry but the sent ones and the
# drafts created on the service (a failed send may be retried from any desktop).
_RELEASE_SQL = (
    "DELETE FROM team_documents WHERE sha512 = ? AND NOT EXISTS "
    "(SELECT 1 FROM outbox WHERE state NOT IN ('sent', 'drafted') AND envelope_json LIKE ?)"
)


class DocumentUnavailableError(StorageError):
    """A PDF of the send cannot be had intact here: the send stops with this message, nothing is sent."""


class SendDocuments(Protocol):
    def keep(self, envelope: Envelope) -> None:
        """Make the envelope's PDFs available to whichever desktop finishes its send (before journalling)."""
        ...

    def fetch(self, envelope: Envelope) -> Envelope:
        """The envelope with each document's `path` pointing at a readable copy on this desktop."""
        ...

    def release(self, envelope: Envelope) -> None:
        """The send is finished: let go of the PDFs nothing else still waiting needs."""
        ...


class SoloDocuments:
    """One desktop: the files are in its own data folder already."""

    def keep(self, envelope: Envelope) -> None:
        return None

    def fetch(self, envelope: Envelope) -> Envelope:
        return envelope

    def release(self, envelope: Envelope) -> None:
        return None


class TeamDocuments:
    """PDFs of queued sends in the team database; `files_dir` is this desktop's content-addressed folder."""

    def __init__(self, team: SqlDatabase, files_dir: Path) -> None:
        self._team = team
        self._files_dir = files_dir

    def keep(self, envelope: Envelope) -> None:
        try:
            self._keep(envelope)
        except TeamDatabaseUnavailableError:
            # The send is then journalled on this desktop alone (FallbackOutbox), which has the files.
            _log.info("the team database is out of reach: the PDFs stay on this desktop")

    def _keep(self, envelope: Envelope) -> None:
        for document in envelope.documents:
            if not (document.sha512 and document.path) or self._stored(document.sha512):
                continue  # a document without a file cannot be sent from here either: the upload says so
            content = _read(document)
            if hashlib.sha512(content).hexdigest() != document.sha512:
                raise DocumentUnavailableError(templates.PDF_CHANGED, document.file_name)
            with self._team.transaction(ActionPhrase.SHARING_THE_PDF_WITH_THE_TEAM) as connection:
                connection.execute(
                    "INSERT INTO team_documents (sha512, size, content) VALUES (?, ?, ?) "
                    "ON CONFLICT (sha512) DO NOTHING",
                    (document.sha512, len(content), content),
                )

    def fetch(self, envelope: Envelope) -> Envelope:
        documents = tuple(self._local_copy(document) for document in envelope.documents)
        if documents == envelope.documents:
            return envelope
        return dataclasses.replace(envelope, documents=documents)

    def release(self, envelope: Envelope) -> None:
        for sha512 in {d.sha512 for d in envelope.documents if d.sha512}:
            with self._team.transaction(ActionPhrase.TIDYING_THE_TEAMS_PDFS) as connection:
                connection.execute(_RELEASE_SQL, (sha512, f"%{sha512}%"))

    def _stored(self, sha512: str) -> bool:
        with self._team.read(ActionPhrase.CHECKING_THE_TEAMS_PDFS) as connection:
            row = connection.execute("SELECT 1 FROM team_documents WHERE sha512 = ?", (sha512,)).fetchone()
        return row is not None

    def _local_copy(self, document: Document) -> Document:
        if _readable(document.path, document.size) or not document.sha512:
            return document
        target = self._files_dir / f"{document.sha512}{PDF_SUFFIX}"
        if _readable(str(target), document.size):
            return dataclasses.replace(document, path=str(target))
        with self._team.read(ActionPhrase.FETCHING_THE_PDF_FROM_THE_TEAM) as connection:
            row = connection.execute(
                "SELECT content FROM team_documents WHERE sha512 = ?", (document.sha512,)
            ).fetchone()
        if row is None:
            _log.warning("the PDF of a queued send is neither here nor in the team database")
            return document  # the upload then says which file is missing
        content = bytes(row[0])
        if hashlib.sha512(content).hexdigest() != document.sha512:
            raise DocumentUnavailableError(templates.TEAM_PDF_DAMAGED, document.file_name)
        self._files_dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(target, content, action=ActionPhrase.SAVING_A_PDF_FROM_THE_TEAM)
        _log.info("fetched the PDF of a queued send from the team database (%d bytes)", len(content))
        return dataclasses.replace(document, path=str(target))


def _readable(path: str, size: int) -> bool:
    if not path:
        return False
    try:
        return Path(path).stat().st_size == size
    except OSError:
        return False


def _read(document: Document) -> bytes:
    try:
        return Path(document.path).read_bytes()
    except OSError as error:
        raise DocumentUnavailableError(templates.PDF_UNREADABLE, document.file_name, error.strerror) from None

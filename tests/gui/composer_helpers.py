"""A ComposerWidget on a real PDF with two parties, shown offscreen: shared by the editor tests."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from esign_desktop.domain.model import Envelope, Field, Party, ProviderKind, new_id
from esign_desktop.pdf.preflight import domain_document, inspect_pdf
from esign_desktop.ui.editor.composer import ComposerWidget


def make_composer(
    qtbot: QtBot, pdf: Path, provider: ProviderKind, fields: tuple[Field, ...] = ()
) -> ComposerWidget:
    document = domain_document(inspect_pdf(pdf), pdf)
    parties = (Party(id="alice", name="Alice"), Party(id="bob", name="Bob"))
    envelope = Envelope(
        local_id=new_id(), provider=provider, documents=(document,), parties=parties, fields=fields
    )
    composer = ComposerWidget()
    qtbot.addWidget(composer)
    composer.resize(1200, 800)
    composer.load(envelope, [pdf])
    composer.show()
    qtbot.waitExposed(composer)
    return composer

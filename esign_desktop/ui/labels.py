"""The translated words for domain and view enumerations, as people read them in the UI.

The domain keeps English labels for logs and files; every widget shows these instead. Each text is a literal
inside `QCoreApplication.translate` so lupdate extracts it; the lookup runs at call time, after the translator
for the chosen language is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from esign_desktop.domain.capabilities import SignTypeOption
from esign_desktop.domain.model import UNNAMED_PARTY, Affiliation, FieldKind, Party, PartyRole
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus
from esign_desktop.ui.views_rules import EnvelopeView


def status_label(status: EnvelopeStatus) -> str:
    labels = {
        EnvelopeStatus.DRAFT: QCoreApplication.translate("EnvelopeStatus", "Draft"),
        EnvelopeStatus.PENDING_APPROVAL: QCoreApplication.translate("EnvelopeStatus", "Pending approval"),
        EnvelopeStatus.SENT: QCoreApplication.translate("EnvelopeStatus", "Sent"),
        EnvelopeStatus.SIGNED: QCoreApplication.translate("EnvelopeStatus", "Signed, finalising"),
        EnvelopeStatus.COMPLETED: QCoreApplication.translate("EnvelopeStatus", "Completed"),
        EnvelopeStatus.REJECTED: QCoreApplication.translate("EnvelopeStatus", "Rejected"),
        EnvelopeStatus.RECALLED: QCoreApplication.translate("EnvelopeStatus", "Recalled"),
        EnvelopeStatus.EXPIRED: QCoreApplication.translate("EnvelopeStatus", "Expired"),
        EnvelopeStatus.DELETED: QCoreApplication.translate("EnvelopeStatus", "Deleted"),
        EnvelopeStatus.FAILED: QCoreApplication.translate("EnvelopeStatus", "Failed"),
    }
    return labels[status]


def party_status_label(status: PartyStatus) -> str:
    labels = {
        PartyStatus.NOT_SENT: QCoreApplication.translate("PartyStatus", "Not sent"),
        PartyStatus.WAITING: QCoreApplication.translate("PartyStatus", "Waiting"),
        PartyStatus.SIGNED: QCoreApplication.translate("PartyStatus", "Signed"),
        PartyStatus.APPROVED: QCoreApplication.translate("PartyStatus", "Approved"),
        PartyStatus.DECLINED: QCoreApplication.translate("PartyStatus", "Declined"),
    }
    return labels[status]


def role_label(role: PartyRole) -> str:
    labels = {
        PartyRole.SIGNER: QCoreApplication.translate("PartyRole", "Signer"),
        PartyRole.APPROVER: QCoreApplication.translate("PartyRole", "Approver"),
        PartyRole.RECIPIENT: QCoreApplication.translate("PartyRole", "Recipient"),
    }
    return labels[role]


def affiliation_label(affiliation: Affiliation) -> str:
    labels = {
        Affiliation.EXTERNAL: QCoreApplication.translate("Affiliation", "External partner"),
        Affiliation.IN_HOUSE: QCoreApplication.translate("Affiliation", "In-house"),
    }
    return labels[affiliation]


def field_kind_label(kind: FieldKind) -> str:
    labels = {
        FieldKind.SIGNATURE: QCoreApplication.translate("FieldKind", "Signature"),
        FieldKind.DATE: QCoreApplication.translate("FieldKind", "Date"),
        FieldKind.TEXT: QCoreApplication.translate("FieldKind", "Text"),
        FieldKind.CHECKBOX: QCoreApplication.translate("FieldKind", "Checkbox"),
    }
    return labels[kind]


def view_label(view: EnvelopeView) -> str:
    labels = {
        EnvelopeView.ALL: QCoreApplication.translate("EnvelopeView", "All"),
        EnvelopeView.DRAFTS: QCoreApplication.translate("EnvelopeView", "Drafts"),
        EnvelopeView.OUTBOX: QCoreApplication.translate("EnvelopeView", "Outbox"),
        EnvelopeView.WAITING: QCoreApplication.translate("EnvelopeView", "Waiting for others"),
        EnvelopeView.ACTION_NEEDED: QCoreApplication.translate("EnvelopeView", "Action needed"),
        EnvelopeView.COMPLETED: QCoreApplication.translate("EnvelopeView", "Completed"),
        EnvelopeView.CLOSED: QCoreApplication.translate("EnvelopeView", "Declined, expired or recalled"),
    }
    return labels[view]


def sign_type_label(option: SignTypeOption) -> str:
    """The providers' sign types, keyed by the domain's English label (codes overlap between providers)."""
    labels = {
        "Electronic ID (BankID and similar)": QCoreApplication.translate(
            "SignType", "Electronic ID (BankID and similar)"
        ),
        "Touch (draw on screen)": QCoreApplication.translate("SignType", "Touch (draw on screen)"),
        "SMS code": QCoreApplication.translate("SignType", "SMS code"),
        "Quick intent (click to sign)": QCoreApplication.translate(
            "SignType", "Quick intent (click to sign)"
        ),
        "Sign by hand": QCoreApplication.translate("SignType", "Sign by hand"),
        "Personal seal (certificate-based)": QCoreApplication.translate(
            "SignType", "Personal seal (certificate-based)"
        ),
        "Contract seal (witness type)": QCoreApplication.translate(
            "SignType", "Contract seal (witness type)"
        ),
        "E-signature": QCoreApplication.translate("SignType", "E-signature"),
        "Digital signature": QCoreApplication.translate("SignType", "Digital signature"),
        "Signature in person": QCoreApplication.translate("SignType", "Signature in person"),
    }
    return labels.get(option.label, option.label)


def keyring_note() -> str:
    """What people read when no system keyring is usable: storage's NOT_PERSISTENT_MESSAGE, translated."""
    return QCoreApplication.translate(
        "Keyring",
        "No system keyring is available, so passwords and API keys are kept only until eSign Desktop closes "
        "and you will be asked for them again next time. To have them remembered, install and unlock a "
        "keyring service (GNOME Keyring, KWallet, or the Windows/macOS credential store).",
    )


def unnamed_party() -> str:
    return QCoreApplication.translate("Party", "Unnamed party")


def party_name(party: Party) -> str:
    """The party's name as the UI shows it: `display_name`, with "Unnamed party" in the UI's language."""
    name = party.display_name
    return unnamed_party() if name == UNNAMED_PARTY and not party.name else name

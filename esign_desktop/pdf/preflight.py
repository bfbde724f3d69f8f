"""Preflight: everything the app must know about a PDF before it joins an envelope.

CPU and disk bound (hashing, parsing): call it from an executor, never on the UI thread.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject

from esign_desktop.domain.capabilities import PlacementModel
from esign_desktop.domain.geometry import PageBox
from esign_desktop.domain.model import Document, PageInfo, new_id
from esign_desktop.pdf.errors import DamagedPdf, NotAPdf, RepairablePdf, RestrictedPdf
from esign_desktop.pdf.reading import DEFAULT_MAX_BYTES, open_pdf, page_box_of, pdf_errors

_HASH_CHUNK = 1024 * 1024


class WarningCode(StrEnum):
    ALREADY_SIGNED = "already_signed"  # approval signatures by people
    CERTIFIED = "certified"  # a DocMDP certification signature by the author
    USAGE_RIGHTS = "usage_rights"  # Adobe Reader usage rights (/Perms /UR3): not a person's signature
    MIXED_PAGE_SIZES = "mixed_page_sizes"
    MIXED_ROTATIONS = "mixed_rotations"
    JAVASCRIPT = "javascript"


# What the PDF is (first) and, per placement model, what sending it does (second).
_WARNING_TEXT = {
    WarningCode.ALREADY_SIGNED: "The PDF is already digitally signed ({count}).",
    WarningCode.CERTIFIED: "The PDF is certified by its author (a certification signature; {allowed}).",
    WarningCode.USAGE_RIGHTS: (
        "The PDF carries Adobe Reader usage rights (/UR3). This is not anyone's signature: fields can be "
        "placed as usual."
    ),
    WarningCode.MIXED_PAGE_SIZES: "The pages have different sizes; check field positions on each page.",
    WarningCode.MIXED_ROTATIONS: "Some pages are rotated; check field positions on each page.",
    WarningCode.JAVASCRIPT: (
        "The PDF contains JavaScript. Signing services may reject it; consider saving a clean copy."
    ),
}

_NEXT_STEP: dict[WarningCode, dict[PlacementModel, str]] = {
    WarningCode.ALREADY_SIGNED: {
        PlacementModel.FORM_FIELDS: (
            "Assently: adding fields would invalidate the signatures, so send it without placed fields "
            "(signers then sign the document as a whole), or use an unsigned copy."
        ),
        PlacementModel.COORDINATES: (
            "GMO Sign: the service stamps and seals the document; viewers then show the existing signatures "
            "as followed by changes. Use an unsigned copy if they must stay intact."
        ),
    },
    WarningCode.CERTIFIED: {
        PlacementModel.FORM_FIELDS: (
            "Assently: adding fields breaks the certification, so send it without placed fields, or ask the "
            "author for an uncertified copy."
        ),
        PlacementModel.COORDINATES: (
            "GMO Sign: the service's stamps and seal change the document, so viewers will report the "
            "certification as broken. Ask the author for an uncertified copy if it must stay valid."
        ),
    },
    WarningCode.USAGE_RIGHTS: {
        PlacementModel.FORM_FIELDS: (
            "Assently: the copy sent with your fields leaves the usage rights out (they would be reported as "
            "broken); the form and its contents are kept."
        ),
        PlacementModel.COORDINATES: (
            "GMO Sign: after the service stamps the document, Adobe Reader may say its extended features are "
            "no longer available; the form and its contents are kept."
        ),
    },
}

_DOCMDP_ALLOWED = {
    1: "no changes are allowed",
    2: "only filling in forms and signing are allowed",
    3: "only filling in forms, signing and comments are allowed",
}


@dataclass(frozen=True, slots=True)
class PdfWarning:
    code: WarningCode
    message: str  # what the PDF is, then what sending does on each service

    def message_for(self, placement: PlacementModel) -> str:
        """The warning with only the next step for one service (its placement model)."""
        return self.message if self.code not in _NEXT_STEP else self._describe(placement)

    def _describe(self, placement: PlacementModel) -> str:
        head = self.message.split("\n", 1)[0]
        return f"{head} {_NEXT_STEP[self.code][placement]}"


@dataclass(frozen=True, slots=True)
class PdfPage:
    """One page: its boxes (for coordinate conversions) and what the viewer shows."""

    number: int  # 1-based
    box: PageBox

    @property
    def info(self) -> PageInfo:
        width, height = self.box.displayed_size
        return PageInfo(width=width, height=height, rotation=self.box.rotation)


@dataclass(frozen=True, slots=True)
class Signatures:
    """What kind of signatures a PDF carries; only approval and certification count as "signed"."""

    approval: int = 0  # filled signature fields other than the certification one
    certification: int | None = None  # the DocMDP permission level (1-3), None when not certified
    usage_rights: bool = False  # /Perms /UR3 (or the older /UR)

    @property
    def signed(self) -> bool:
        return self.approval > 0 or self.certification is not None


@dataclass(frozen=True, slots=True)
class PdfReport:
    file_name: str
    size: int
    sha512: str  # lowercase hex
    pages: tuple[PdfPage, ...]
    has_signatures: bool  # approval or certification signatures (usage rights do not count)
    has_javascript: bool
    warnings: tuple[PdfWarning, ...]
    signatures: Signatures = Signatures()

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def page_infos(self) -> tuple[PageInfo, ...]:
        return tuple(page.info for page in self.pages)

    def has_warning(self, code: WarningCode) -> bool:
        return any(warning.code is code for warning in self.warnings)


def inspect_pdf(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> PdfReport:
    """Check and describe `path`. Raises a PdfError subclass for anything unusable; never anything else.

    Refusals a person can act on: PasswordRequired (ask for the password, then decrypted_copy),
    RestrictedPdf (ask whether the restrictions may be removed, then unrestricted_copy), RepairablePdf
    (ask whether to repair, then repair_copy), CertificateEncryptedPdf (only its recipients can open it).
    """
    name = path.name
    try:
        reader = open_pdf(path, max_bytes)
        with pdf_errors(name):
            pages = tuple(
                PdfPage(number, page_box_of(page, name, number))
                for number, page in enumerate(reader.pages, 1)
            )
            signatures = _signatures(reader)
            has_javascript = _has_javascript(reader)
            encrypted = bool(reader.is_encrypted)
    except (DamagedPdf, NotAPdf) as error:
        from esign_desktop.pdf.intake import can_repair

        if type(error) in (DamagedPdf, NotAPdf) and can_repair(path):
            raise RepairablePdf(file_name=name) from error
        raise
    if encrypted:  # opened without a password, so only an owner password: restrictions
        from esign_desktop.pdf.intake import restrictions_of

        raise RestrictedPdf(file_name=name, restrictions=restrictions_of(path))
    size, digest = _size_and_sha512(path)
    return PdfReport(
        file_name=name,
        size=size,
        sha512=digest,
        pages=pages,
        has_signatures=signatures.signed,
        has_javascript=has_javascript,
        warnings=_warnings(pages, signatures, has_javascript),
        signatures=signatures,
    )


def domain_document(report: PdfReport, path: Path) -> Document:
    """The domain Document for a checked PDF (a new local id; not uploaded yet)."""
    return Document(
        id=new_id(),
        file_name=report.file_name,
        sha512=report.sha512,
        size=report.size,
        pages=report.page_infos,
        path=str(path),
        has_signatures=report.has_signatures,
    )


def _size_and_sha512(path: Path) -> tuple[int, str]:
    digest = hashlib.sha512()
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(_HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _warnings(pages: tuple[PdfPage, ...], signatures: Signatures, javascript: bool) -> tuple[PdfWarning, ...]:
    found: list[PdfWarning] = []
    if signatures.approval:
        count = "1 signature" if signatures.approval == 1 else f"{signatures.approval} signatures"
        found.append(_warning(WarningCode.ALREADY_SIGNED, count=count))
    if signatures.certification is not None:
        allowed = _DOCMDP_ALLOWED.get(signatures.certification, _DOCMDP_ALLOWED[2])
        found.append(_warning(WarningCode.CERTIFIED, allowed=allowed))
    if signatures.usage_rights:
        found.append(_warning(WarningCode.USAGE_RIGHTS))
    sizes = {(round(p.box.displayed_size[0], 1), round(p.box.displayed_size[1], 1)) for p in pages}
    # A landscape page and its portrait twin are the same sheet: compare sizes regardless of orientation.
    if len({tuple(sorted(size)) for size in sizes}) > 1:
        found.append(_warning(WarningCode.MIXED_PAGE_SIZES))
    if len({p.box.rotation for p in pages}) > 1:
        found.append(_warning(WarningCode.MIXED_ROTATIONS))
    if javascript:
        found.append(_warning(WarningCode.JAVASCRIPT))
    return tuple(found)


def _warning(code: WarningCode, **params: str) -> PdfWarning:
    text = _WARNING_TEXT[code].format(**params)
    steps = _NEXT_STEP.get(code)
    if steps:  # both services' next steps; message_for() keeps only one
        text += "\n" + " ".join(steps[model] for model in PlacementModel)
    return PdfWarning(code, text)


def _signatures(reader: PdfReader) -> Signatures:
    """Approval signatures (filled /Sig fields), DocMDP certification and Reader usage rights, apart."""
    root = reader.trailer["/Root"].get_object()
    perms = root.get("/Perms") if isinstance(root, DictionaryObject) else None
    perms = perms.get_object() if perms is not None else None
    certification_signature = None
    certification: int | None = None
    usage_rights = False
    if isinstance(perms, DictionaryObject):
        usage_rights = "/UR3" in perms or "/UR" in perms
        if "/DocMDP" in perms:
            certification_signature = perms["/DocMDP"].get_object()
            certification = _docmdp_level(certification_signature)
    approval = 0
    for field in (reader.get_fields() or {}).values():
        value = field.get("/V")
        if field.get("/FT") != "/Sig" or value is None:
            continue
        value = value.get_object() if hasattr(value, "get_object") else value
        if certification_signature is not None and value is certification_signature:
            continue
        if isinstance(value, DictionaryObject) and _is_usage_rights_signature(value, perms):
            continue
        approval += 1
    return Signatures(approval=approval, certification=certification, usage_rights=usage_rights)


def _docmdp_level(signature: object) -> int:
    """The certification's /P (1 no changes, 2 forms and signing, 3 also comments); 2 when absent."""
    if not isinstance(signature, DictionaryObject):
        return 2
    references = signature.get("/Reference")
    references = references.get_object() if references is not None else None
    if isinstance(references, ArrayObject):
        for reference in references:
            reference = reference.get_object()
            if isinstance(reference, DictionaryObject) and reference.get("/TransformMethod") == "/DocMDP":
                params = reference.get("/TransformParams")
                params = params.get_object() if params is not None else None
                level = params.get("/P") if isinstance(params, DictionaryObject) else None
                if isinstance(level, int) and level in (1, 2, 3):
                    return int(level)
    return 2


def _is_usage_rights_signature(value: DictionaryObject, perms: object) -> bool:
    if not isinstance(perms, DictionaryObject):
        return False
    return any(key in perms and perms[key].get_object() is value for key in ("/UR3", "/UR"))


def _has_javascript(reader: PdfReader) -> bool:
    """Document-level scripts, an opening script, or scripts on page annotations."""
    root = reader.trailer["/Root"].get_object()
    if not isinstance(root, DictionaryObject):
        return False
    names = root.get("/Names")
    if isinstance(names := names.get_object() if names is not None else None, DictionaryObject) and (
        "/JavaScript" in names
    ):
        return True
    if _is_javascript_action(root.get("/OpenAction")) or _has_javascript_trigger(root.get("/AA")):
        return True
    for page in reader.pages:
        annotations = page.get("/Annots")
        annotations = annotations.get_object() if annotations is not None else None
        if not isinstance(annotations, ArrayObject):
            continue
        for annotation in annotations:
            annotation = annotation.get_object()
            if isinstance(annotation, DictionaryObject) and (
                _is_javascript_action(annotation.get("/A")) or _has_javascript_trigger(annotation.get("/AA"))
            ):
                return True
    return False


def _is_javascript_action(action: object) -> bool:
    action = action.get_object() if hasattr(action, "get_object") else action
    return isinstance(action, DictionaryObject) and action.get("/S") == "/JavaScript"


def _has_javascript_trigger(triggers: object) -> bool:
    triggers = triggers.get_object() if hasattr(triggers, "get_object") else triggers
    if not isinstance(triggers, DictionaryObject):
        return False
    return any(_is_javascript_action(action) for action in triggers.values())

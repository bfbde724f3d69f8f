"""Working copies made with qpdf (through pikepdf): repaired, decrypted with a password, or unrestricted.

Each function writes a new file and never touches the original. The caller chooses where the copy lives
(the draft store's folder), so a decrypted copy never lands anywhere else. Passwords are used once and
never logged, stored or put into an exception message.
"""

from __future__ import annotations

import logging
import os
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pikepdf

from esign_desktop.pdf import error_templates as templates
from esign_desktop.pdf.errors import RESTRICTION_NAMES, DamagedPdf, PdfError, WrongPassword

log = logging.getLogger(__name__)

_SCAN_WINDOW = 1024 * 1024  # a repair is only offered when "%PDF-" appears this early


def restrictions_of(path: Path) -> tuple[str, ...]:
    """What an owner-password PDF forbids, in words; () for one that forbids nothing."""
    with _qpdf_errors(path.name), pikepdf.open(path) as pdf:
        if not pdf.is_encrypted:
            return ()
        allowed = pdf.allow
        return tuple(text for attribute, text in RESTRICTION_NAMES.items() if not getattr(allowed, attribute))


def can_repair(path: Path) -> bool:
    """Whether qpdf rebuilds `path` into a PDF with at least one page (the original stays untouched)."""
    try:
        with path.open("rb") as stream:
            if b"%PDF-" not in stream.read(_SCAN_WINDOW):
                return False
        with _recovered(path) as pdf:
            return len(pdf.pages) > 0
    except pikepdf.PasswordError:
        return False
    except Exception as error:  # noqa: BLE001 - qpdf raises many kinds on garbage; all mean "no"
        log.debug("qpdf cannot repair %s: %s", path.name, type(error).__name__)
        return False


def repair_copy(source: Path, target: Path) -> None:
    """Write qpdf's reconstruction of a damaged `source` to `target`. Raises DamagedPdf when it cannot."""
    with _qpdf_errors(source.name), _recovered(source) as pdf:
        if len(pdf.pages) == 0:
            raise DamagedPdf(file_name=source.name)
        _save(pdf, target)


@contextmanager
def _recovered(source: Path) -> Iterator[pikepdf.Pdf]:
    """qpdf's recovery, plus one repair qpdf refuses: a page tree that contains itself (a loop)."""
    with pikepdf.open(source, attempt_recovery=True, inherit_page_attributes=False) as pdf:
        try:
            len(pdf.pages)
        except pikepdf.PdfError as error:
            if "loop" not in str(error).lower():
                raise
            _flatten_page_tree(pdf)
        yield pdf


_INHERITED = ("/MediaBox", "/CropBox", "/Rotate", "/Resources")
_MAX_PAGE_TREE_NODES = 100_000


def _flatten_page_tree(pdf: pikepdf.Pdf) -> None:
    """Rebuild /Pages as one flat list of the page leaves, each node visited once (loops cut), with the
    attributes a page inherits copied onto it, so the copy reads the same in every viewer."""
    root_node = pdf.Root.Pages
    seen: set[tuple[int, int]] = set()
    leaves: list[pikepdf.Dictionary] = []
    stack: list[tuple[pikepdf.Object, dict[str, pikepdf.Object]]] = [(root_node, {})]
    while stack and len(seen) < _MAX_PAGE_TREE_NODES:
        node, inherited = stack.pop()
        if not isinstance(node, pikepdf.Dictionary) or (node.is_indirect and node.objgen in seen):
            continue
        if node.is_indirect:
            seen.add(node.objgen)
        here = dict(inherited) | {key: node[key] for key in _INHERITED if key in node}
        if node.get("/Type") == pikepdf.Name.Page or "/Kids" not in node:
            leaves.append(_with_inherited(node, here))
            continue
        kids = node.get("/Kids")
        if isinstance(kids, pikepdf.Array):
            stack.extend((kid, here) for kid in reversed(list(kids)))
    flat = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Pages, Kids=pikepdf.Array(leaves), Count=len(leaves))
    )
    for leaf in leaves:
        leaf.Parent = flat
    pdf.Root.Pages = flat


def _with_inherited(page: pikepdf.Dictionary, inherited: dict[str, pikepdf.Object]) -> pikepdf.Dictionary:
    for key, value in inherited.items():
        if key not in page:
            page[key] = value
    page.Type = pikepdf.Name.Page
    return page


def decrypted_copy(source: Path, target: Path, password: str) -> None:
    """Write an unencrypted copy of a password-protected `source`. Raises WrongPassword for a wrong one."""
    pdf = None
    for candidate in _password_encodings(password):
        try:
            pdf = pikepdf.open(source, password=candidate, attempt_recovery=True)
            break
        except pikepdf.PasswordError:
            continue
        except Exception as error:  # noqa: BLE001 - never let the password near a message: no chaining
            log.debug("qpdf cannot decrypt %s: %s", source.name, type(error).__name__)
            raise DamagedPdf(file_name=source.name) from None
    if pdf is None:
        raise WrongPassword(file_name=source.name)
    with _qpdf_errors(source.name), pdf:
        _save(pdf, target)


def _password_encodings(password: str) -> list[str | bytes]:
    """The password as typed (UTF-8: what AES-256 files expect) and, for older files that encode passwords
    in PDFDocEncoding, its Latin-1 bytes ("hôtel" opens files from both worlds)."""
    candidates: list[str | bytes] = [password]
    try:
        latin = password.encode("latin-1")
    except UnicodeEncodeError:
        return candidates
    if latin != password.encode("utf-8"):
        candidates.append(latin)
    return candidates


def unrestricted_copy(source: Path, target: Path) -> None:
    """Write a copy of an owner-password `source` without its encryption and restrictions.

    Only after the person confirmed that they may remove the restrictions.
    """
    with _qpdf_errors(source.name), pikepdf.open(source, attempt_recovery=True) as pdf:
        _save(pdf, target)


def _save(pdf: pikepdf.Pdf, target: Path) -> None:
    """Atomically: a half-written working copy must never be taken for a good one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".intake-", suffix=".tmp", dir=target.parent)
    os.close(descriptor)
    if "/Size" not in pdf.trailer:
        # After recovery qpdf may keep a trailer without /Size and then writes none (pypdf refuses such a
        # file); with any /Size present qpdf writes the right one.
        pdf.trailer.Size = len(pdf.objects)
    try:
        with warnings.catch_warnings():  # e.g. PageCopyWarning about stray widgets: the copy keeps them as-is
            warnings.simplefilter("ignore")
            pdf.save(temporary, encryption=False)
        Path(temporary).replace(target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextmanager
def _qpdf_errors(file_name: str) -> Iterator[None]:
    try:
        yield
    except PdfError:
        raise
    except OSError as error:
        raise PdfError(templates.COPY_FAILED, file_name=file_name) from error
    except Exception as error:  # pikepdf/qpdf failures on a broken file
        log.debug("qpdf failed on %s: %s", file_name, type(error).__name__)
        raise DamagedPdf(file_name=file_name) from error

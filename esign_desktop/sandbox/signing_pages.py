"""The page each party opens from its signing link (Assently PartyUrl, GMO Sign envelope_sign_token):
see the documents, fill in the party's own fields, then sign (or approve) or decline. Plain HTML forms, no
JavaScript: required fields are marked `required` for the browser and checked again by the server."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from html import escape
from urllib.parse import parse_qs, quote

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from esign_desktop.sandbox import actions
from esign_desktop.sandbox.context import SandboxContext
from esign_desktop.sandbox.envelope import Envelope, Party, PartyState, Role
from esign_desktop.sandbox.field_input import MAX_TEXT_LENGTH, FieldInputError, own_fields
from esign_desktop.sandbox.guard import csrf_ok, csrf_token
from esign_desktop.sandbox.lifecycle import LifecycleError


def _context(request: Request) -> SandboxContext:
    context: SandboxContext = request.app.state.context
    return context


def _csrf(request: Request, token: str) -> str:
    return csrf_token(request.app.state.control_secret, token)


async def _form_field(request: Request, name: str) -> str:
    """One field of a urlencoded form body ("" when absent or unreadable)."""
    try:
        fields = parse_qs((await request.body()).decode("utf-8"), max_num_fields=2000)
    except (UnicodeDecodeError, ValueError):
        return ""
    values = fields.get(name) or [""]
    return values[0]


def find_party(context: SandboxContext, token: str) -> tuple[Envelope, Party] | None:
    with context.store.transaction() as tx:
        for envelope in tx.list_envelopes():
            for party in envelope.parties:
                if party.token == token:
                    return envelope, party
    return None


def _page(title: str, body: str, status_code: int = 200) -> HTMLResponse:
    html = (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>{escape(title)}</title><style>body{{font-family:sans-serif;max-width:40em;margin:2em auto}}"
        "button{font-size:1.1em;margin-right:1em}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(html, status_code=status_code)


async def show(
    request: Request, entered: Mapping[str, str | bool] | None = None, refused: str = ""
) -> Response:
    """The signing page; after a refused signature (`refused`: why) with what the party had entered."""
    context = _context(request)
    actions.sweep_expired(context)
    token = request.path_params["token"]
    found = find_party(context, token)
    if found is None:
        return _page("Signing link not found", "<p>This link is unknown or the case was deleted.</p>", 404)
    envelope, party = found
    verb = "Approve" if party.role is Role.APPROVER else "Sign"
    documents = "".join(
        f'<li><a href="/_sandbox/sign/{escape(token)}/documents/{escape(doc.id)}">{escape(doc.name)}</a></li>'
        for doc in envelope.documents
    )
    message = refused or request.query_params.get("message", "")
    parts = [
        f"<p>{escape(envelope.provider.value)} envelope <b>{escape(envelope.name)}</b> "
        f"({escape(envelope.phase.value)}).</p>",
        f"<p>You are <b>{escape(party.name)}</b> &lt;{escape(party.email)}&gt;, {escape(party.role.value)}: "
        f"{escape(party.state.value)}.</p>",
        f"<ul>{documents}</ul>",
    ]
    if message:
        parts.append(f"<p><i>{escape(message)}</i></p>")
    if envelope.failure:
        parts.append(f"<p><b>This envelope failed:</b> {escape(envelope.failure)}</p>")
    if party.state is PartyState.WAITING:
        csrf = f'<input type=hidden name=csrf value="{_csrf(request, token)}">'
        parts.append(
            f'<form method=post action="/_sandbox/sign/{escape(token)}/sign" style="display:inline">'
            f"{csrf}{field_inputs(envelope, party, context.clock.now(), entered)}"
            f"<button>{verb}</button></form>"
            f'<form method=post action="/_sandbox/sign/{escape(token)}/decline" style="display:inline">'
            f"{csrf}<button>Decline</button></form>"
        )
    return _page(f"{verb}: {envelope.name}", "".join(parts), 400 if refused else 200)


async def document(request: Request) -> Response:
    context = _context(request)
    found = find_party(context, request.path_params["token"])
    if found is None:
        return _page("Not found", "<p>Unknown signing link.</p>", 404)
    envelope, _ = found
    ref = envelope.document(request.path_params["document_id"])
    if ref is None:
        return _page("Not found", "<p>No such document in this envelope.</p>", 404)
    with context.store.transaction() as tx:
        data = tx.get_blob(ref.signed_blob_key or ref.blob_key) or b""
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="{ref.id}.pdf"'},
    )


async def decide(request: Request) -> Response:
    context = _context(request)
    token = request.path_params["token"]
    found = find_party(context, token)
    if found is None:
        return _page("Signing link not found", "<p>This link is unknown or the case was deleted.</p>", 404)
    envelope, party = found
    decision = request.path_params["decision"]
    if decision not in {"sign", "decline"}:
        return _page("Not found", "<p>Unknown action.</p>", 404)
    if not csrf_ok(request.app.state.control_secret, token, await _form_field(request, "csrf")):
        return _page("Not accepted", "<p>This form is out of date: open the signing link again.</p>", 403)
    approve = decision == "sign"
    values = submitted_values(envelope, party, await request.body()) if approve else {}
    try:
        await actions.party_action(context, envelope.provider, envelope.id, party.id, approve, values)
        message = "Thank you: your answer is recorded."
    except FieldInputError as error:
        return await show(request, values, str(error))  # the page again, with what was entered
    except (LifecycleError, actions.NotFoundError) as error:
        message = str(error)
    return RedirectResponse(f"/_sandbox/sign/{token}?message={quote(message)}", status_code=303)


def field_inputs(
    envelope: Envelope, party: Party, now: datetime, entered: Mapping[str, str | bool] | None = None
) -> str:
    """One labelled input per field the party fills: text, date (the signing date, editable), checkbox;
    filled with what the party `entered` when its signature was refused."""
    rows = []
    for index, placed in own_fields(envelope, party.id):
        name = f"field-{index}"
        again = (entered or {}).get(str(index))
        where = (
            f"{placed.kind.capitalize()} field on page {placed.page_no} "
            f"({placed.left:.0%} across, {placed.top:.0%} down)"
        )
        label = f"{where}{' (required)' if placed.required else ''}"
        required = " required" if placed.required else ""
        if placed.kind == "checkbox":
            checked = " checked" if (placed.checked if again is None else again in (True, "on")) else ""
            rows.append(
                f'<p><label><input type=checkbox id="{name}" name="{name}" value=on{checked}{required}> '
                f"{escape(label)}</label></p>"
            )
            continue
        if placed.kind == "date":
            value, kind = placed.text or now.strftime("%Y-%m-%d"), "date"
        else:
            value, kind = placed.text, "text"
        if isinstance(again, str) and (again or kind == "text"):
            value = again  # an emptied date is the signing date again
        rows.append(
            f'<p><label for="{name}">{escape(label)}</label><br>'
            f'<input type={kind} id="{name}" name="{name}" value="{escape(value)}" '
            f'placeholder="{escape(placed.placeholder)}" maxlength={MAX_TEXT_LENGTH}{required}></p>'
        )
    if not rows:
        return ""
    return f"<fieldset><legend>Your fields</legend>{''.join(rows)}</fieldset>"


def submitted_values(envelope: Envelope, party: Party, body: bytes) -> dict[str, str | bool]:
    """The party's field values from the posted form (an unticked checkbox is simply absent from it)."""
    form = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {
        str(index): (form.get(f"field-{index}") or [""])[0] for index, _ in own_fields(envelope, party.id)
    }


def routes() -> list[Route]:
    return [
        Route("/_sandbox/sign/{token}", show, methods=["GET"]),
        Route("/_sandbox/sign/{token}/documents/{document_id}", document, methods=["GET"]),
        Route("/_sandbox/sign/{token}/{decision:str}", decide, methods=["POST"]),
    ]

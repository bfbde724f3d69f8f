"""Hypothesis strategies for domain objects, shared by every test that needs random envelopes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import strategies as st

from esign_desktop.domain.geometry import PageRect
from esign_desktop.domain.model import (
    Affiliation,
    Document,
    Envelope,
    EnvelopeEvent,
    Field,
    FieldKind,
    PageInfo,
    Party,
    PartyRole,
    ProviderKind,
)
from esign_desktop.domain.status import EnvelopeStatus, PartyStatus

# Identifiers as the app and the services make them (they end up as SQL keys, so plain ASCII).
ids = st.text(alphabet="0123456789abcdef-", min_size=1, max_size=32)
# Anything a person might type, including characters that stress encoders (lone surrogates, NUL, emoji).
texts = st.text(max_size=24)
finite_floats = st.floats(allow_nan=False, allow_infinity=False, width=64)

utc_datetimes = st.datetimes(
    min_value=datetime(1970, 1, 2),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=9)), timezone(timedelta(hours=-5, minutes=-30))]
    ),
)


@st.composite
def page_rects(draw: st.DrawFn) -> PageRect:
    xs = draw(st.lists(st.floats(0.0, 1.0), min_size=2, max_size=2, unique=True))
    ys = draw(st.lists(st.floats(0.0, 1.0), min_size=2, max_size=2, unique=True))
    return PageRect(min(xs), min(ys), max(xs), max(ys))


page_infos = st.builds(
    PageInfo,
    width=st.floats(1.0, 20000.0),
    height=st.floats(1.0, 20000.0),
    rotation=st.sampled_from([0, 90, 180, 270]),
)

documents = st.builds(
    Document,
    id=ids,
    file_name=texts,
    sha512=st.text(alphabet="0123456789abcdef", min_size=128, max_size=128),
    size=st.integers(0, 2**40),
    pages=st.lists(page_infos, max_size=3).map(tuple),
    path=texts,
    remote_id=texts,
    has_signatures=st.booleans(),
)

parties = st.builds(
    Party,
    id=ids,
    role=st.sampled_from(PartyRole),
    name=texts,
    email=texts,
    phone=texts,
    organisation=texts,
    affiliation=st.sampled_from(Affiliation),
    order=st.integers(1, 20),
    sign_type=texts,
    access_code=texts,
    language=texts,
    may_delegate=st.booleans(),
    any_one_of_group=texts,
    status=st.sampled_from(PartyStatus),
    acted_at=st.none() | utc_datetimes,
    signing_url=texts,
    remote_id=texts,
)

fields = st.builds(
    Field,
    id=ids,
    kind=st.sampled_from(FieldKind),
    document=st.integers(0, 5),
    page=st.integers(1, 500),
    rect=page_rects(),
    party_id=texts,
    required=st.booleans(),
    label=texts,
    placeholder=texts,
    font_size=finite_floats,
    checkbox_default=st.booleans(),
    value=texts,
)

envelope_events = st.builds(
    EnvelopeEvent,
    at=utc_datetimes,
    kind=texts,
    status=st.none() | st.sampled_from(EnvelopeStatus),
    party_id=texts,
    detail=texts,
)


def envelopes(
    *,
    documents_strategy: st.SearchStrategy[tuple[Document, ...]] | None = None,
    account_ids: st.SearchStrategy[str] | None = None,
) -> st.SearchStrategy[Envelope]:
    """Random envelopes; pass `documents_strategy=st.just(())` when the documents need real files."""
    return st.builds(
        Envelope,
        local_id=ids,
        provider=st.sampled_from(ProviderKind),
        account_id=account_ids if account_ids is not None else st.just("") | ids,
        remote_id=st.just("") | ids,
        name=texts,
        status=st.sampled_from(EnvelopeStatus),
        provider_status=texts,
        documents=documents_strategy
        if documents_strategy is not None
        else st.lists(documents, max_size=3).map(tuple),
        parties=st.lists(parties, max_size=4).map(tuple),
        fields=st.lists(fields, max_size=5).map(tuple),
        metadata=st.dictionaries(texts, texts, max_size=3),
        message=texts,
        expire_after_days=st.integers(0, 3650),
        created_at=utc_datetimes,
        updated_at=utc_datetimes,
        sent_at=st.none() | utc_datetimes,
        expires_at=st.none() | utc_datetimes,
        events=st.lists(envelope_events, max_size=4).map(tuple),
    )

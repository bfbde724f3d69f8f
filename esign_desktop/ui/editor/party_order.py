"""Signing order after the sender drags parties into a new sequence (Qt-free).

The list order becomes the signing order. Neighbours that shared an order number before the move (signing in
parallel) keep sharing one; every other step in the list is the next number, so orders stay 1, 2, 3...
without gaps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from esign_desktop.domain.model import Party


def renumber_in_list_order(parties: Sequence[Party]) -> tuple[Party, ...]:
    result: list[Party] = []
    order = 0
    previous: Party | None = None
    for party in parties:
        if previous is None or party.order != previous.order:
            order += 1
        result.append(party if party.order == order else dataclasses.replace(party, order=order))
        previous = party
    return tuple(result)


def next_order(parties: Sequence[Party]) -> int:
    """The order number a newly added party gets: after everyone else."""
    return max((p.order for p in parties), default=0) + 1

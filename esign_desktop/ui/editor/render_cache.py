"""A least-recently-used cache bounded by bytes, for rendered page images. Qt-free and generic."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

DEFAULT_BUDGET_BYTES = 192 * 1024 * 1024


class ByteBudgetCache(Generic[K, V]):
    """Evicts the least recently used entries once their total size exceeds `budget_bytes`.

    An entry larger than the whole budget is still kept (alone) so the page on screen can always be shown.
    """

    def __init__(self, size_of: Callable[[V], int], budget_bytes: int = DEFAULT_BUDGET_BYTES) -> None:
        if budget_bytes <= 0:
            raise ValueError("the cache budget must be positive")
        self._size_of = size_of
        self.budget_bytes = budget_bytes
        self._entries: OrderedDict[K, tuple[V, int]] = OrderedDict()
        self.used_bytes = 0
        self.peak_bytes = 0

    def get(self, key: K) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        self._entries.move_to_end(key)
        return entry[0]

    def peek(self, key: K) -> V | None:
        """Like get, without counting as a use."""
        entry = self._entries.get(key)
        return None if entry is None else entry[0]

    def put(self, key: K, value: V) -> None:
        self.discard(key)
        size = self._size_of(value)
        self._entries[key] = (value, size)
        self.used_bytes += size
        while self.used_bytes > self.budget_bytes and len(self._entries) > 1:
            _, (_, evicted) = self._entries.popitem(last=False)
            self.used_bytes -= evicted
        self.peak_bytes = max(self.peak_bytes, self.used_bytes)

    def discard(self, key: K) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self.used_bytes -= entry[1]

    def clear(self) -> None:
        self._entries.clear()
        self.used_bytes = 0

    def ordered_keys(self) -> list[K]:
        """Oldest first."""
        return list(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

"""Layout templates: fields and party roles saved under a name, to place again on similar documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from esign_desktop.domain.model import Field, Party, ProviderKind, utc_now
from esign_desktop.storage.action_phrases import ActionPhrase
from esign_desktop.storage.codec import from_json, to_json
from esign_desktop.storage.sql import SqlDatabase
from esign_desktop.storage.sql_values import time_column, time_from_column


@dataclass(frozen=True, slots=True)
class Layout:
    """`parties` are role templates (role, order, sign type...); each field's `party_id` names one of them."""

    name: str
    provider: ProviderKind
    fields: tuple[Field, ...] = ()
    parties: tuple[Party, ...] = ()
    updated_at: datetime = field(default_factory=utc_now)


LayoutListener = Callable[[ProviderKind, str], None]


@dataclass(frozen=True, slots=True)
class LayoutSummary:
    name: str
    provider: ProviderKind
    updated_at: datetime


class LayoutStore:
    """Names are unique per provider; saving under an existing name replaces that layout."""

    def __init__(self, database: SqlDatabase) -> None:
        self._database = database
        self._listeners: list[LayoutListener] = []

    def subscribe(self, listener: LayoutListener) -> Callable[[], None]:
        """`listener(provider, name)` after each layout saved or deleted here (team mode shares them)."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _changed(self, provider: ProviderKind, name: str) -> None:
        for listener in list(self._listeners):
            listener(provider, name)

    def save(self, layout: Layout) -> None:
        if not layout.name.strip():
            raise ValueError("a layout needs a name")
        with self._database.transaction(ActionPhrase.SAVING_THE_LAYOUT) as connection:
            connection.execute(
                "INSERT INTO layouts (provider, name, updated_at, json) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (provider, name) DO UPDATE SET updated_at = excluded.updated_at, "
                "json = excluded.json",
                (layout.provider.value, layout.name, time_column(layout.updated_at), to_json(layout)),
            )
        self._changed(layout.provider, layout.name)

    def list(self, provider: ProviderKind | None = None) -> list[LayoutSummary]:
        """Sorted by name."""
        sql = "SELECT provider, name, updated_at FROM layouts"
        parameters: tuple[str, ...] = ()
        if provider is not None:
            sql += " WHERE provider = ?"
            parameters = (provider.value,)
        with self._database.read() as connection:
            rows = connection.execute(sql + " ORDER BY lower(name), provider", parameters).fetchall()
        return [
            LayoutSummary(
                name=row["name"],
                provider=ProviderKind(row["provider"]),
                updated_at=time_from_column(row["updated_at"]),
            )
            for row in rows
        ]

    def load(self, provider: ProviderKind, name: str) -> Layout | None:
        with self._database.read(ActionPhrase.OPENING_THE_LAYOUT) as connection:
            row = connection.execute(
                "SELECT json FROM layouts WHERE provider = ? AND name = ?", (provider.value, name)
            ).fetchone()
        return None if row is None else from_json(Layout, row["json"])

    def delete(self, provider: ProviderKind, name: str) -> bool:
        with self._database.transaction(ActionPhrase.DELETING_THE_LAYOUT) as connection:
            cursor = connection.execute(
                "DELETE FROM layouts WHERE provider = ? AND name = ?", (provider.value, name)
            )
        if cursor.rowcount > 0:
            self._changed(provider, name)
        return cursor.rowcount > 0

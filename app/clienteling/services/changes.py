"""What a use case changed, so views redraw only what they must."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    clients: frozenset[str] = field(default_factory=frozenset)  # dossiers / list rows to refresh
    added: frozenset[str] = field(default_factory=frozenset)  # new clients (rows to insert)
    removed: frozenset[str] = field(default_factory=frozenset)  # clients gone from the list
    book_reloaded: bool = False  # everything may have changed (import, restore, sync)

    @classmethod
    def client(cls, client_id: str) -> "Changes":
        return cls(clients=frozenset({client_id}))

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(self.clients | other.clients, self.added | other.added,
                       self.removed | other.removed, self.book_reloaded or other.book_reloaded)

    @property
    def empty(self) -> bool:
        return not (self.clients or self.added or self.removed or self.book_reloaded)

"""Today's drafts, kept while the advisor writes them: a crash or a closed laptop loses nothing.

`DraftService(book)` runs on the book thread, like every service:

- `save(prompt_key, client_id, channel, subject, body, now) -> PromptDraft | None`: keeps the
  text as typed (one draft per prompt, each save replacing the last); returns None and keeps
  nothing once the prompt is done or dismissed, so a save still on its way when the decision
  was taken never brings its draft back. ValidationError (a sentence) for a text too long to keep.
- `kept(prompt_key) -> PromptDraft | None`;
- `discard(prompt_key) -> bool`: the prompt was answered, or the advisor starts again from the template;
- `message(prompt_key, channel) -> str`: the kept text as it would be sent on `channel` ("" if none).

None of these returns `Changes`: a draft is not a change the views redraw for (Today's queue is
not read again while the advisor types). Drafts stay on this laptop: store/drafts.py.
"""

from __future__ import annotations

from datetime import datetime

from ..domain import PromptDraft, build
from ..domain.errors import ValidationError
from ..domain.vocab import Channel
from ..store import Book
from ..store import drafts as repo
from ..store.book import driver_errors


def message_of(channel: str, subject: str, body: str) -> str:
    """What is sent: an e-mail's subject, a blank line and its body; on other channels the text alone."""
    return f"{subject}\n\n{body}" if channel == Channel.EMAIL.value and subject.strip() else body


class DraftService:
    def __init__(self, book: Book):
        self.book = book

    def save(self, prompt_key: str, client_id: str, channel: str, subject: str, body: str,
             now: datetime) -> PromptDraft | None:
        """Keep the advisor's text for the prompt (see the module docstring)."""
        if not isinstance(now, datetime) or now.tzinfo is None:
            raise ValidationError("The time of the draft has no time zone.", "now")
        draft = build(PromptDraft, prompt_key=prompt_key, client_id=client_id, channel=channel or "",
                      subject=subject, body=body, saved_at=now)
        with self.book.transaction() as db:
            if repo.answered(db.conn, client_id, prompt_key):
                repo.delete(db.conn, prompt_key)
                return None
            repo.save(db.conn, draft)
        return draft

    def kept(self, prompt_key: str) -> PromptDraft | None:
        with driver_errors():
            return repo.get(self.book.conn, prompt_key)

    def discard(self, prompt_key: str) -> bool:
        with self.book.transaction() as db:
            return repo.delete(db.conn, prompt_key)

    def message(self, prompt_key: str, channel: str) -> str:
        draft = self.kept(prompt_key)
        return message_of(channel, draft.subject, draft.body) if draft is not None else ""

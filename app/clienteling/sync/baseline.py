"""A bare pull for the sync benchmark's baseline: the cursor loop over raw JSON, nothing applied."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import httpx


@contextlib.contextmanager
def raw_pages(url: str, token: str, boutique_id: str, page_size: int) -> Iterator[Callable[[], Iterator[list]]]:
    """Yield a function that walks every page of `GET /v1/sync/changes` from the start."""
    headers = {"Authorization": f"Bearer {token}", "X-Boutique-Id": boutique_id}
    with httpx.Client(base_url=url, headers=headers, timeout=60) as http:
        def pages() -> Iterator[list]:
            cursor = None
            while True:
                params = {"limit": page_size, **({"cursor": cursor} if cursor else {})}
                response = http.get("/v1/sync/changes", params=params)
                response.raise_for_status()
                page = response.json()
                yield page["changes"]
                cursor = page["next_cursor"]
                if not page["has_more"]:
                    return
        yield pages

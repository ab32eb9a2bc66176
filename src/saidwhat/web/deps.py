"""What the views take from the app: the store opener kept in ``app.state``.

Its own module, so ``views`` never imports ``app`` (``app`` includes the views' routers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import QuoteStore


def store_of(app: Any) -> QuoteStore:
    """The request's store: ``app.state.store`` opens (or reuses) a read-only connection."""
    store: QuoteStore = app.state.store()
    return store

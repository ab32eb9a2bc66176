"""The web app: ``saidwhat serve --db quotes.db``.

    from saidwhat.web import create_app
    app = create_app("quotes.db")   # a FastAPI app; run it with uvicorn
"""

from __future__ import annotations

try:
    import fastapi  # noqa: F401
    import jinja2  # noqa: F401
except ImportError as exc:  # pragma: no cover - both are core dependencies
    raise ImportError(
        "saidwhat's web app needs fastapi, uvicorn and jinja2: pip install saidwhat"
    ) from exc

from .app import create_app
from .render import render_article, speaker_hue

__all__ = ["create_app", "render_article", "speaker_hue"]

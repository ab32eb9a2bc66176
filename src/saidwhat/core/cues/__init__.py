"""Cue finders for quotations no reporting clause claimed, one module each.

The reporting-verb, naming, "according to" and label finders read the parse in
``attribution.py``; these take a quotation and look around it. Each is a rule in
``core/rules.py``.
"""

from __future__ import annotations

from .after_quote import after_quote_cue
from .colon import colon_cue
from .dash import dash_cue
from .introduced import introducing_subject
from .nearby import nearest_cue

__all__ = ["after_quote_cue", "colon_cue", "dash_cue", "introducing_subject", "nearest_cue"]

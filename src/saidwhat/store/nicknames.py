"""Name data for merging people across articles. The data lives in ``core/nicknames.py``,
where the people of one article use it too; it is re-exported here for the store."""

from __future__ import annotations

from ..core.nicknames import NAME_SUFFIXES, NICKNAMES, TITLE_WORDS

__all__ = ["NAME_SUFFIXES", "NICKNAMES", "TITLE_WORDS"]

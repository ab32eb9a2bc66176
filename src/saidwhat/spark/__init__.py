"""saidwhat on Spark: the same extraction, over corpora too large for one machine.

Needs the ``spark`` extra (``pip install 'saidwhat[spark]'``). The pure parts
(``records``, ``partition``) import no pyspark; ``job`` does, and says how to install it
when it is missing.
"""

from __future__ import annotations

from ..core.errors import SaidwhatError

INSTALL_HINT = "pip install 'saidwhat[spark]'"


def require_pyspark() -> None:
    """Raise a SaidwhatError that says how to install the extra when pyspark is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        raise SaidwhatError(
            f"the Spark job needs pyspark, which is not installed; install it with `{INSTALL_HINT}`"
        ) from exc


__all__ = ["INSTALL_HINT", "require_pyspark"]

"""``python -m saidwhat.spark INPUT... --output DIR``: the Spark job without the saidwhat CLI."""

from __future__ import annotations

import sys

from ..core.errors import SaidwhatError

if __name__ == "__main__":
    try:
        from .job import main
    except SaidwhatError as exc:  # pyspark missing: one line, not a traceback
        print(f"saidwhat: error: {exc}", file=sys.stderr)
        sys.exit(2)
    sys.exit(main())

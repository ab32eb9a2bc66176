"""How fast the report answers on a large store: the store query, the page and the API.

    python benchmarks/report_scale.py /tmp/saidwhat-scale/1m.db [--requests 20]

Build the store first with ``python benchmarks/store_scale.py build`` (generated articles,
no model). The store is opened read-only; each request is timed ``--requests`` times after
two warm-up calls (p50 and p95 in ms): ``build_report`` in-process (what ``saidwhat report``
runs), ``GET /report`` and ``GET /api/report`` through Starlette's TestClient over the app
(routing, query, template and JSON counted), unfiltered and with the filters a reader uses
(an outlet; a month range; a day range and a topic, which count the statements themselves),
and ``saidwhat report`` as a subprocess (wall time with Python's start-up).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _time(call: Callable[[], Any], n: int) -> dict[str, float]:
    for _ in range(2):
        call()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        call()
        times.append(1000 * (time.perf_counter() - t))
    times.sort()
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1)}


def measure(db: Path, n: int) -> dict[str, Any]:
    from saidwhat.store import QuoteStore
    from saidwhat.store.report import build_report
    from saidwhat.web import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    raw = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    statements = raw.execute("SELECT count(*) FROM quotes").fetchone()[0]
    cells = raw.execute("SELECT count(*) FROM report_cells").fetchone()[0]
    outlet = raw.execute("SELECT outlet FROM articles WHERE outlet IS NOT NULL LIMIT 1").fetchone()[0]
    months = [r[0] for r in raw.execute("SELECT DISTINCT month FROM report_cells WHERE month != '' ORDER BY 1")]
    raw.close()
    since, until = months[len(months) // 4], months[len(months) // 2]
    cases: dict[str, dict[str, str]] = {
        "all": {},
        "outlet": {"outlet": outlet},
        "months": {"since": since, "until": until},
        "days": {"since": since + "-15", "until": until + "-14"},
        "topic": {"q": "the"},
    }
    results: dict[str, Any] = {"db": str(db), "statements": statements, "report_cells": cells}
    with QuoteStore(db, readonly=True) as store, TestClient(create_app(db)) as client:
        for name, filters in cases.items():
            kw = {("query" if k == "q" else k): v for k, v in filters.items()}
            results[f"store {name}"] = _time(lambda kw=kw: build_report(store.conn, **kw), n)
            for path in ("/report", "/api/report"):
                def get(path: str = path, filters: dict[str, str] = filters) -> None:
                    response = client.get(path, params=filters)
                    assert response.status_code == 200, response.text[:200]
                results[f"GET {path} {name}"] = _time(get, n)
    cli = [str(Path(sys.executable).with_name("saidwhat")), "report", "--db", str(db), "--format", "json"]
    results["saidwhat report (subprocess)"] = _time(
        lambda: subprocess.run(cli, check=True, capture_output=True), max(3, n // 5)
    )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    results = measure(args.db, args.requests)
    print(json.dumps(results, indent=2))
    print()
    print(f"| request ({results['statements']:,} statements) | p50 ms | p95 ms |")
    print("|---|---:|---:|")
    for key, value in results.items():
        if isinstance(value, dict):
            print(f"| {key} | {value['p50_ms']} | {value['p95_ms']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

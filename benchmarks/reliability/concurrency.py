#!/usr/bin/env python3
"""Concurrency and read-only databases for the quote store and `saidwhat serve`.

    python concurrency.py --cli .venv/bin/saidwhat --data shared/data/polnear/dev.jsonl
        [--threads 20] [--requests 200] [--copies 3] [--workdir DIR] [--skip-readonly]

Part 1, readers while ingest writes: a small db is ingested, then `saidwhat ingest` runs on
more of the corpus (text-varied copies, so there is real work, --batch-size 4 so that it
commits often) while `saidwhat serve --db` serves the same file and THREADS threads send
REQUESTS requests each (search pages and API, people, articles). Counted: status codes,
5xx, timeouts, connection errors, 'database is locked' in any body or in the server log,
tracebacks in either process; how many requests ran while ingest was writing.

Part 2, read-only databases (as root, the commands run with CAP_DAC_OVERRIDE dropped through
setpriv so that file modes count): the db file chmod 444 in a writable folder, and the db in a
folder chmod 555. For each: does `saidwhat serve` answer search/API requests, does
`saidwhat search` work, and does `saidwhat ingest` fail with one clear line (no traceback)?

Standard library only. Sends traffic to 127.0.0.1 only; every loop is bounded. Last line: a
one-line summary; exit code 1 on any failure.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CLI = str(REPO / ".venv" / "bin" / "saidwhat")
DEFAULT_DATA = str(REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl")
DEFAULT_SEED = str(REPO.parent / "shared" / "data" / "seed" / "mattis.txt")

HOST = "127.0.0.1"
WORDS = ["said", "clinton", "trump", "president", "email", "campaign", "obama", "russia",
         "\"ready to\"", "war", "the", "health"]
DROP = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
        "--inh-caps", "-dac_override,-dac_read_search,-fowner", "--"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def get(port: int, path: str, timeout: float = 10.0, method: str = "GET",
        body: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def start_server(cli: str, db: Path, port: int, prefix: list[str], log: Path) -> subprocess.Popen[bytes]:
    handle = log.open("wb")
    return subprocess.Popen([*prefix, cli, "serve", "--db", str(db), "--port", str(port)],
                            stdout=handle, stderr=subprocess.STDOUT)


def wait_up(proc: subprocess.Popen[bytes], port: int, limit: float = 90.0) -> bool:
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        if proc.poll() is not None:
            return False
        try:
            status, _ = get(port, "/api/people?limit=1", timeout=2)
            return True
        except OSError:
            time.sleep(0.3)
    return False


def stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.terminate()  # our own child, by its pid
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps(r, ensure_ascii=False) + "\n")


def hammer(port: int, threads: int, per_thread: int, article_ids: list[str],
           writer: subprocess.Popen[bytes] | None, timeout: float) -> dict[str, object]:
    paths = []
    for w in WORDS:
        qw = urllib.parse.quote(w)
        paths += [f"/api/search?q={qw}", f"/api/search?q={qw}&limit=50", f"/?q={qw}",
                  f"/search?q={qw}&type=direct", f"/api/search?q={qw}&speaker=Trump"]
    paths += ["/", "/people", "/api/people", "/api/people?q=cl", "/api/people/1", "/people/1",
              "/api/search?offset=40", "/api/search?q=&since=2016"]
    lock = threading.Lock()
    stats: dict[str, object] = {"status": {}, "errors": {}, "locked": 0, "during_ingest": 0,
                                "latencies": [], "examples": []}

    def one(rng: random.Random) -> None:
        for _ in range(per_thread):
            if article_ids and rng.random() < 0.25:
                aid = urllib.parse.quote(rng.choice(article_ids), safe="")
                path = rng.choice([f"/api/articles/{aid}", f"/articles/{aid}"])
            else:
                path = rng.choice(paths)
            t0 = time.monotonic()
            writing = writer is not None and writer.poll() is None
            try:
                status, body = get(port, path, timeout=timeout)
                key = str(status)
                if b"database is locked" in body or b"locked" in body and status >= 500:
                    with lock:
                        stats["locked"] = int(stats["locked"]) + 1  # type: ignore[call-overload]
                if status >= 500 or (status >= 400 and "articles" not in path):
                    with lock:
                        ex = stats["examples"]
                        if len(ex) < 5:  # type: ignore[arg-type]
                            ex.append(f"{status} {path}: {body[:200]!r}")  # type: ignore[union-attr]
            except TimeoutError:
                key = "timeout"
            except OSError as exc:
                key = f"{type(exc).__name__}"
            dt = time.monotonic() - t0
            with lock:
                st = stats["status"]
                st[key] = st.get(key, 0) + 1  # type: ignore[union-attr,index]
                stats["latencies"].append(dt)  # type: ignore[union-attr]
                if writing:
                    stats["during_ingest"] = int(stats["during_ingest"]) + 1  # type: ignore[call-overload]

    workers = [threading.Thread(target=one, args=(random.Random(i),)) for i in range(threads)]
    t0 = time.monotonic()
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout + per_thread * timeout)
    stats["wall"] = time.monotonic() - t0
    return stats


def part1(args: argparse.Namespace, work: Path, records: list[dict[str, object]],
          problems: list[str], summary: dict[str, object]) -> None:
    db = work / "live.db"
    small = work / "small.jsonl"
    write_jsonl(small, records[:10])
    r = subprocess.run([args.cli, "ingest", str(small), "--db", str(db), "--no-progress"], capture_output=True)
    if r.returncode != 0:
        problems.append(f"seed ingest failed: {r.stderr[-300:]!r}")
        return
    more = []
    for c in range(args.copies):
        for rec in records[10:] if c == 0 else records:
            rec = dict(rec)
            rec["id"] = f"{rec['id']}-copy{c}"
            rec["text"] = str(rec["text"]) + "\n" + " " * c  # another text hash: real work
            more.append(rec)
    big = work / "more.jsonl"
    write_jsonl(big, more)
    ids = [str(r_["id"]) for r_ in records[:10]]
    port = free_port()
    serve_log = work / "serve.log"
    ingest_log = work / "ingest.log"
    writer = subprocess.Popen([args.cli, "ingest", str(big), "--db", str(db), "--no-progress",
                               "--batch-size", "4"], stdout=subprocess.DEVNULL,
                              stderr=ingest_log.open("wb"))
    server = start_server(args.cli, db, port, [], serve_log)
    try:
        if not wait_up(server, port):
            problems.append("serve did not come up: " + serve_log.read_text(errors="replace")[-300:])
            return
        stats = hammer(port, args.threads, args.requests, ids, writer, args.timeout)
        alive = server.poll() is None
    finally:
        stop(server)
        ingest_done = writer.poll() is not None
        if not ingest_done:
            writer.kill()  # our own child, by its pid; the db is checked below
            writer.wait()
    lat = sorted(stats["latencies"])  # type: ignore[arg-type]
    n = len(lat)
    codes = stats["status"]
    bad5 = sum(v for k, v in codes.items() if k.isdigit() and int(k) >= 500)  # type: ignore[union-attr]
    other_err = sum(v for k, v in codes.items() if not k.isdigit())  # type: ignore[union-attr]
    server_log = serve_log.read_text(errors="replace")
    ingest_err = ingest_log.read_text(errors="replace")
    print(f"part 1: {n} requests in {stats['wall']:.1f} s, {stats['during_ingest']} while ingest was writing; "
          f"status {dict(sorted(codes.items()))}; p50 {lat[n // 2] * 1000:.0f} ms, "  # type: ignore[union-attr]
          f"p95 {lat[int(n * 0.95)] * 1000:.0f} ms, max {lat[-1] * 1000:.0f} ms")
    print(f"  ingest {'finished rc ' + str(writer.returncode) if ingest_done else 'still running (killed after the test)'}; "
          f"server alive at the end: {alive}")
    for ex in stats["examples"]:  # type: ignore[union-attr]
        print("  example:", ex)
    if bad5:
        problems.append(f"{bad5} responses with status 5xx")
    if other_err:
        problems.append(f"{other_err} requests failed without a response: "
                        f"{ {k: v for k, v in codes.items() if not k.isdigit()} }")  # type: ignore[union-attr]
    if stats["locked"]:
        problems.append(f"{stats['locked']} responses mention 'database is locked'")
    if "database is locked" in server_log:
        problems.append("'database is locked' in the server log")
    if "Traceback" in server_log:
        problems.append("traceback in the server log: " + [ln for ln in server_log.splitlines() if "Error" in ln][-1][:200])
    if "Traceback" in ingest_err or "locked" in ingest_err:
        problems.append("ingest stderr: " + ingest_err.strip().splitlines()[-1][:200])
    if ingest_done and writer.returncode != 0:
        problems.append(f"ingest exited {writer.returncode} while being read: {ingest_err[-200:]}")
    if not alive:
        problems.append("server died during the test")
    if int(stats["during_ingest"]) < n // 2:  # type: ignore[call-overload]
        problems.append(f"only {stats['during_ingest']} of {n} requests overlapped the ingest; raise --copies")
    summary.update(requests=n, fivexx=bad5, neterr=other_err, locked=stats["locked"],
                   overlap=stats["during_ingest"])


def readonly_case(args: argparse.Namespace, label: str, db: Path, prefix: list[str], small: Path,
                  problems: list[str], results: list[str]) -> None:
    port = free_port()
    log = db.parent.parent / f"serve-{label}.log"
    server = start_server(args.cli, db, port, prefix, log)
    served = {}
    try:
        up = wait_up(server, port, 60)
        if up:
            for path in ("/api/search?q=said", "/?q=said", "/api/people", "/people/1", "/api/search"):
                try:
                    status, body = get(port, path)
                except OSError as exc:
                    status, body = -1, str(exc).encode()
                served[path] = status
                if status != 200:
                    results.append(f"    {path}: {status} {body[:200]!r}")
    finally:
        stop(server)
    text = log.read_text(errors="replace")
    if not up:
        problems.append(f"{label}: serve did not start: {text.strip()[-300:]}")
    elif any(s != 200 for s in served.values()):
        problems.append(f"{label}: serve answered {served}")
    if "Traceback" in text:
        last = [ln for ln in text.splitlines() if ln.strip()][-1]
        problems.append(f"{label}: traceback in the server log: {last[:200]}")
    results.append(f"  {label}: serve {'up' if up else 'DOWN'}, statuses {served}")
    s = subprocess.run([*prefix, args.cli, "search", "said", "--db", str(db), "--limit", "3"], capture_output=True)
    serr = s.stderr.decode(errors="replace").strip()
    results.append(f"  {label}: `saidwhat search` rc {s.returncode}: {serr.splitlines()[-1][:200] if serr else ''}")
    if s.returncode != 0 or "Traceback" in serr:
        problems.append(f"{label}: search rc {s.returncode}: {serr.splitlines()[-1][:200] if serr else ''}")
    i = subprocess.run([*prefix, args.cli, "ingest", str(small), "--db", str(db), "--no-progress"],
                       capture_output=True)
    ierr = i.stderr.decode(errors="replace").strip()
    last = ierr.splitlines()[-1][:300] if ierr else ""
    results.append(f"  {label}: `saidwhat ingest` rc {i.returncode}: {last}")
    if "Traceback" in ierr:
        problems.append(f"{label}: ingest printed a traceback: {last}")
    elif i.returncode == 0:
        problems.append(f"{label}: ingest into a read-only db exited 0")
    elif not ierr.lower().count("read") and "permission" not in ierr.lower():
        problems.append(f"{label}: ingest error does not say why: {last}")


def part2(args: argparse.Namespace, work: Path, records: list[dict[str, object]],
          problems: list[str]) -> int:
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            print("part 2 skipped: running as root and setpriv is missing")
            return 0
        prefix = DROP
    small = work / "ro-small.jsonl"
    write_jsonl(small, [{"id": "ro-new", "text": "\"We are ready,\" the minister said."}])
    base = work / "ro-base.db"
    r = subprocess.run([args.cli, "ingest", str(work / "small.jsonl"), "--db", str(base), "--no-progress"],
                       capture_output=True)
    if r.returncode != 0:
        problems.append("part 2: could not build the db")
        return 0
    results: list[str] = []
    cases = 0
    # a) the file 444 in a writable folder
    d1 = work / "ro-file"
    d1.mkdir()
    db1 = d1 / "quotes.db"
    shutil.copy(base, db1)
    db1.chmod(0o444)
    readonly_case(args, "file-444", db1, prefix, small, problems, results)
    cases += 1
    # b) the folder 555 (db file 644)
    d2 = work / "ro-dir"
    d2.mkdir()
    db2 = d2 / "quotes.db"
    shutil.copy(base, db2)
    d2.chmod(0o555)
    try:
        readonly_case(args, "dir-555", db2, prefix, small, problems, results)
        cases += 1
    finally:
        d2.chmod(0o755)
    left = sorted(p.name for p in d1.iterdir()) + sorted(p.name for p in d2.iterdir())
    results.append(f"  files left in the read-only places: {left}")
    print("part 2 (read-only):" + (" (as root with CAP_DAC_OVERRIDE dropped)" if prefix else ""))
    print("\n".join(results))
    return cases


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=DEFAULT_CLI, help="the saidwhat executable (default: .venv/bin/saidwhat)")
    ap.add_argument("--data", default=DEFAULT_DATA, help="a JSONL corpus (default: ../shared/data/polnear/dev.jsonl)")
    ap.add_argument("--threads", type=int, default=20)
    ap.add_argument("--requests", type=int, default=200, help="requests per thread")
    ap.add_argument("--copies", type=int, default=3, help="text-varied copies of the corpus to ingest")
    ap.add_argument("--timeout", type=float, default=15.0, help="seconds per request")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--skip-readonly", action="store_true")
    args = ap.parse_args()
    args.cli = str(Path(args.cli).absolute())
    work = Path(args.workdir or tempfile.mkdtemp(prefix="concurrency."))
    work.mkdir(parents=True, exist_ok=True)
    records = [json.loads(ln) for ln in Path(args.data).read_text(encoding="utf-8").splitlines() if ln.strip()]
    problems: list[str] = []
    summary: dict[str, object] = {}
    part1(args, work, records, problems, summary)
    cases = 0
    if not args.skip_readonly:
        cases = part2(args, work, records, problems)
    for p in problems:
        print("FAIL:", p)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    ok = not problems
    print(f"SUMMARY concurrency: {summary.get('requests', 0)} requests ({summary.get('overlap', 0)} during ingest), "
          f"{summary.get('fivexx', 0)} 5xx, {summary.get('neterr', 0)} timeouts/connection errors, "
          f"{summary.get('locked', 0)} 'locked'; {cases} read-only cases; {len(problems)} problems -> "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Bad corpora through `saidwhat extract` and `saidwhat ingest`.

    python bad_corpora.py --cli .venv/bin/saidwhat [--workdir DIR] [--big-mb 50] [--html-mb 20]

Builds hostile inputs and runs each as `saidwhat extract BAD good.txt --format jsonl` (the good
article after it shows whether the rest of the batch is processed), then everything at once
through `saidwhat ingest`, and a few through ingest alone:

  truncated.warc.gz   three gzipped HTML response records, cut inside the third
  truncated.warc      the same uncompressed, cut inside the third record
  notgzip.warc.gz     text bytes under a .warc.gz name
  gztext.warc.gz      a real gzip of text that is not WARC
  empty.warc.gz       0 bytes
  bigline.jsonl       a normal line, a --big-mb MB line (a few quotes + whitespace), a normal line
  bigbroken.jsonl     a --big-mb MB line that is not valid JSON, then a normal line
  badutf8.jsonl       a normal line, a line with raw invalid UTF-8 bytes, a normal line
  surrogate.jsonl     a normal line, a line whose text holds an escaped lone surrogate inside a
                      quote (valid JSON, valid UTF-8), a normal line
  mixed.jsonl         non-object lines, "text": 5, blank lines, a good line
  big.html            --html-mb MB of HTML (mostly <script> and markup) around a short article
  deep.html           100,000 nested <div>s around a short article
  binary.txt          NUL bytes;  utf16.txt  UTF-16 with BOM;  empty.txt  0 bytes
  loops/              symlink loops (a folder linking to its parent and to itself, a file
                      linking to itself, a dangling link), one real article inside
  vanish/             200 articles; the last is deleted while the run is under way
  noperm.txt          mode 000 (as root, runs drop CAP_DAC_OVERRIDE through setpriv)

Checked: the process ends (timeout), the exit code (1 when something was skipped, as the
README says), no Python traceback on stderr, a one-line message naming the bad input, the good
article still extracted/stored, and peak memory. Standard library only. Last line: a one-line
summary; exit code 1 on any failure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CLI = str(REPO / ".venv" / "bin" / "saidwhat")
DEFAULT_DATA = str(REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl")
DEFAULT_SEED = str(REPO.parent / "shared" / "data" / "seed" / "mattis.txt")

DROP = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner",
        "--inh-caps", "-dac_override,-dac_read_search,-fowner", "--"]

ARTICLE = ("\u201cWe are ready to act now,\u201d said Elena Varga, the transport minister, on Monday.\n\n"
           "She told reporters that the ferry service would resume within a week and that "
           "the budget had been approved by parliament after a long debate.\n\n"
           "\u201cNobody will be left behind,\u201d Ms Varga added.")


def html_page(title: str, body_extra: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    return (f"<html><head><title>{title}</title><meta name='date' content='2018-12-21'></head><body>"
            f"{body_extra}<article><h1>{title}</h1>{paras}</article></body></html>")


def warc_record(uri: str, html: bytes) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(len(html)).encode() + b"\r\n\r\n" + html)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Date: 2018-12-21T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def build(work: Path, big_mb: int, html_mb: int) -> dict[str, dict[str, object]]:
    """The inputs, each with what a correct run keeps from it."""
    cases: dict[str, dict[str, object]] = {}
    records = [warc_record(f"https://news.example/{i}", html_page(f"Story {i}").encode()) for i in range(3)]
    members = [gzip.compress(r) for r in records]
    whole = b"".join(members)
    cut = len(members[0]) + len(members[1]) + len(members[2]) // 2
    (work / "truncated.warc.gz").write_bytes(whole[:cut])
    cases["truncated.warc.gz"] = {"keep": 2, "fail": True}
    records = [warc_record(f"https://news.example/raw/{i}", html_page(f"Raw story {i}").encode()) for i in range(3)]
    raw = b"".join(records)
    (work / "truncated.warc").write_bytes(raw[: len(records[0]) + len(records[1]) + len(records[2]) // 2])
    cases["truncated.warc"] = {"keep": 2, "fail": True}
    (work / "notgzip.warc.gz").write_text("this is not gzip at all\n" * 50)
    cases["notgzip.warc.gz"] = {"keep": 0, "fail": True}
    (work / "gztext.warc.gz").write_bytes(gzip.compress(b"plain text, gzipped, not a web archive\n" * 100))
    cases["gztext.warc.gz"] = {"keep": 0, "fail": True}
    (work / "empty.warc.gz").write_bytes(b"")
    cases["empty.warc.gz"] = {"keep": 0, "fail": True}  # reported: an empty archive
    lambda i: json.dumps({"id": f"line-{i}", "text": ARTICLE})  # noqa: E731
    pad = " " * (big_mb * 1024 * 1024)
    with (work / "bigline.jsonl").open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "bl-1", "text": ARTICLE + "\n\nfirst."}) + "\n")
        f.write(json.dumps({"id": "bl-huge", "text": ARTICLE + pad + ARTICLE}) + "\n")
        f.write(json.dumps({"id": "bl-3", "text": ARTICLE + "\n\nthird."}) + "\n")
    cases["bigline.jsonl"] = {"keep": 3, "fail": False}
    with (work / "bigbroken.jsonl").open("w", encoding="utf-8") as f:
        f.write('{"id": "bb-huge", "text": "' + "x " * (big_mb * 512 * 1024) + "\n")
        f.write(json.dumps({"id": "bb-2", "text": ARTICLE + "\n\nsecond."}) + "\n")
    cases["bigbroken.jsonl"] = {"keep": 1, "fail": True}
    with (work / "badutf8.jsonl").open("wb") as f:
        f.write(json.dumps({"id": "bu-1", "text": ARTICLE + " one"}).encode() + b"\n")
        f.write(b'{"id": "bu-2", "text": "\xe2\x80\x9cWe are \xff\xfe ready,\xe2\x80\x9d she said."}\n')
        f.write(json.dumps({"id": "bu-3", "text": ARTICLE + " three"}).encode() + b"\n")
    cases["badutf8.jsonl"] = {"keep": 2, "fail": True}
    with (work / "surrogate.jsonl").open("w", encoding="utf-8") as f:
        # texts unlike badutf8.jsonl's: ingest keeps one copy of a text without an outlet
        f.write(json.dumps({"id": "su-1", "text": ARTICLE + " surrogate one"}) + "\n")
        f.write('{"id": "su-2", "text": "\\u201cWe are \\ud800 ready,\\u201d she said."}\n')
        f.write(json.dumps({"id": "su-3", "text": ARTICLE + " surrogate three"}) + "\n")
    cases["surrogate.jsonl"] = {"keep": 3, "fail": None}  # a lone surrogate is legal JSON text
    with (work / "mixed.jsonl").open("w", encoding="utf-8") as f:
        f.write("[1, 2]\n\n\"just a string\"\n{\"id\": \"m-1\", \"text\": 5}\n{\"text\": null}\n")
        f.write(json.dumps({"id": "m-ok", "text": ARTICLE + " mixed"}) + "\n")
    cases["mixed.jsonl"] = {"keep": 1, "fail": True}
    junk = "<script>var a = '" + "x" * 1000 + "';</script>\n"
    n = max(1, html_mb * 1024 * 1024 // len(junk))
    (work / "big.html").write_text(html_page("Big page", junk * n), encoding="utf-8")
    cases["big.html"] = {"keep": 1, "fail": False}
    (work / "deep.html").write_text(html_page("Deep page", "<div>" * 100_000 + "deep" + "</div>" * 100_000))
    cases["deep.html"] = {"keep": None, "fail": None}  # reported, not judged: past libxml2's depth limit
    (work / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    cases["binary.txt"] = {"keep": 0, "fail": True}
    (work / "utf16.txt").write_bytes((ARTICLE + " utf16").encode("utf-16"))
    cases["utf16.txt"] = {"keep": 1, "fail": False}  # read as UTF-16 (its text differs from good.txt)
    (work / "empty.txt").write_bytes(b"")
    cases["empty.txt"] = {"keep": None, "fail": None}  # an article with no text (kept, no quotes)
    loops = work / "loops"
    (loops / "sub").mkdir(parents=True)
    (loops / "sub" / "real.txt").write_text(ARTICLE + " loops", encoding="utf-8")
    os.symlink("..", loops / "sub" / "up")
    os.symlink(".", loops / "self")
    os.symlink("selfloop.txt", loops / "selfloop.txt")
    os.symlink("nowhere.txt", loops / "dangling.txt")
    cases["loops"] = {"keep": 1, "fail": None}
    noperm = work / "noperm.txt"
    noperm.write_text(ARTICLE + " noperm", encoding="utf-8")
    noperm.chmod(0)
    cases["noperm.txt"] = {"keep": 0, "fail": True}
    return cases


def run(cmd: list[str], timeout: float, stdin: bytes | None = None) -> dict[str, object]:
    """Run, with peak memory (ru_maxrss of this child) and a hard timeout."""
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=out_f, stderr=err_f, stdin=subprocess.DEVNULL)
    timed_out = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() - t0 > timeout:
            proc.kill()  # our own child, by its pid
            pid, status, usage = os.wait4(proc.pid, 0)
            timed_out = True
            break
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    out_f.seek(0)
    err_f.seek(0)
    return {"rc": proc.returncode, "out": out_f.read(), "err": err_f.read().decode("utf-8", "replace"),
            "wall": time.monotonic() - t0, "rss_mb": usage.ru_maxrss / 1024, "timeout": timed_out}


def out_ids(out: bytes) -> list[str]:
    ids = []
    for line in out.split(b"\n"):
        if line.strip():
            try:
                ids.append(str(json.loads(line).get("id")))
            except ValueError:
                ids.append("<bad json line>")
    return ids


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=DEFAULT_CLI, help="the saidwhat executable (default: .venv/bin/saidwhat)")
    ap.add_argument("--workdir", default=None)
    ap.add_argument("--big-mb", type=int, default=50)
    ap.add_argument("--html-mb", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=600)
    args = ap.parse_args()
    cli = str(Path(args.cli).absolute())
    work = Path(args.workdir or tempfile.mkdtemp(prefix="badcorpora.")).absolute()
    if work.exists():
        for p in work.iterdir():
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
    work.mkdir(parents=True, exist_ok=True)
    inputs = work / "in"
    inputs.mkdir()
    cases = build(inputs, args.big_mb, args.html_mb)
    good = inputs / "good.txt"
    good.write_text(ARTICLE + " good", encoding="utf-8")
    prefix = DROP if os.geteuid() == 0 and shutil.which("setpriv") else []
    problems: list[str] = []
    rows: list[str] = []

    def judge(label: str, r: dict[str, object], expect_fail: object, stored: list[str] | None = None) -> None:
        err = str(r["err"])
        lines = [ln for ln in err.splitlines() if ln.strip()]
        shown = " | ".join(ln[:150] for ln in lines[-3:])
        rows.append(f"  {label:<34} rc {r['rc']}, {r['wall']:.1f} s, {r['rss_mb']:.0f} MB; "
                    f"out {stored if stored is not None else out_ids(r['out'])}; stderr: {shown[:400]}")
        if r["timeout"]:
            problems.append(f"{label}: no end within {args.timeout:.0f} s")
        if "Traceback" in err:
            problems.append(f"{label}: traceback on stderr: {lines[-1][:200]}")
        if expect_fail is True and r["rc"] != 1:
            problems.append(f"{label}: exit code {r['rc']}, expected 1 (an input was skipped)")
        if expect_fail is False and r["rc"] != 0:
            problems.append(f"{label}: exit code {r['rc']}, expected 0")
        if r["rc"] not in (0, 1):
            problems.append(f"{label}: exit code {r['rc']}")

    # 1. each bad input, then a good one, through extract
    extracted: dict[str, set[str]] = {}  # the article ids each input gave
    for name, expect in cases.items():
        path = inputs / name
        r = run([*prefix, cli, "extract", str(path), str(good), "--format", "jsonl"], args.timeout)
        ids = out_ids(r["out"])
        extracted[name] = set(ids) - {"good"}
        judge(f"extract {name}", r, expect["fail"])
        if "good" not in ids:
            problems.append(f"extract {name}: the good article after it was not processed")
        keep = expect["keep"]
        if isinstance(keep, int) and len([i for i in ids if i != "good"]) != keep:
            problems.append(f"extract {name}: {len(ids) - ('good' in ids)} articles out, expected {keep}")
        if expect["fail"] and name not in str(r["err"]) and name not in str(r["err"]).replace(str(inputs) + "/", ""):
            problems.append(f"extract {name}: no message names the bad input")
    # 2. a file that disappears during the run
    vanish = inputs / "vanish"
    vanish.mkdir()
    for i in range(200):
        (vanish / f"v{i:03d}.txt").write_text(ARTICLE + f" number {i}", encoding="utf-8")
    out_f = tempfile.TemporaryFile()
    err_f = tempfile.TemporaryFile()
    proc = subprocess.Popen([cli, "extract", str(vanish), "--format", "jsonl", "--batch-size", "4"],
                            stdout=out_f, stderr=err_f)
    t0 = time.monotonic()
    gone = vanish / "v199.txt"
    while time.monotonic() - t0 < 120 and proc.poll() is None:
        if out_f.tell() > 0:  # the first results are out: the folder was listed, v39 not read yet
            gone.unlink()
            break
        time.sleep(0.02)
    deleted = not gone.exists()
    try:
        proc.wait(args.timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    out_f.seek(0)
    err_f.seek(0)
    r = {"rc": proc.returncode, "out": out_f.read(), "err": err_f.read().decode("utf-8", "replace"),
         "wall": time.monotonic() - t0, "rss_mb": 0.0, "timeout": False}
    ids = out_ids(r["out"])
    judge("extract vanish/ (v199 deleted mid-run)" if deleted else "extract vanish/ (deleted too late)", r,
          True if deleted else None)
    if deleted and len(ids) != 199:
        problems.append(f"vanish: {len(ids)} articles out, expected 199")
    if deleted and "v199" not in str(r["err"]):
        problems.append("vanish: no message names the vanished file")
    # 3. everything at once through ingest (and once without surrogate.jsonl)
    expected = sum(c["keep"] for c in cases.values() if isinstance(c["keep"], int)) + 1
    for label, names in (("ingest (all inputs + good.txt)", list(cases)),
                         ("ingest (all but surrogate.jsonl)", [n for n in cases if n != "surrogate.jsonl"])):
        db = work / f"bad-{len(names)}.db"
        batch = [str(inputs / n) for n in names] + [str(good)]
        r = run([*prefix, cli, "ingest", *batch, "--db", str(db), "--no-progress"], args.timeout)
        stored = []
        if db.exists():
            conn = sqlite3.connect(db)
            stored = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
            ic = conn.execute("PRAGMA integrity_check").fetchone()[0]
            conn.close()
            if ic != "ok":
                problems.append(f"{label}: integrity_check {ic}")
        judge(label, r, True, [f"{len(stored)} articles stored"])
        # Distinct ids: both truncated archives hold the same pages (an id per page address),
        # and ingest keeps one article per id.
        ids = set().union(*(extracted[n] for n in names if n in extracted)) | {"good"}
        want = min(len(ids), expected - (3 if "surrogate.jsonl" not in names else 0))
        if len(stored) < want:
            problems.append(f"{label}: not stored: {sorted(ids - set(stored))}")
        if "good" not in stored or len(stored) < want:
            problems.append(f"{label}: {len(stored)} articles stored, expected at least {want} (good.txt "
                            f"{'stored' if 'good' in stored else 'not stored'})")
    # 4. through ingest alone: the JSONL cases
    for name in ("surrogate.jsonl", "badutf8.jsonl", "bigline.jsonl"):
        db = work / f"{name}.db"
        r = run([cli, "ingest", str(inputs / name), str(good), "--db", str(db), "--no-progress"], args.timeout)
        stored = []
        if db.exists():
            conn = sqlite3.connect(db)
            stored = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
            conn.close()
        judge(f"ingest {name} good.txt", r, cases[name]["fail"], stored)
        keep = cases[name]["keep"]
        if isinstance(keep, int) and len(stored) != keep + 1:
            problems.append(f"ingest {name}: {len(stored)} articles stored, expected {keep + 1}")
    (inputs / "noperm.txt").chmod(0o644)
    print("\n".join(rows))
    for p in problems:
        print("FAIL:", p)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    ok = not problems
    print(f"SUMMARY bad_corpora: {len(cases) + 1} bad inputs, {len(rows)} runs, {len(problems)} problems -> "
          f"{'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Fuzz saidwhat's extraction engine: saidwhat.extract(text) in-process, and `saidwhat extract`
as a process for a subset.

Run with the project's own interpreter (it imports saidwhat):

    .venv/bin/python fuzz_extract.py --seed-text shared/data/seed/mattis.txt [--n 3000]
        [--cli PATH/TO/saidwhat] [--cli-n 60] [--rng 1] [--no-big] [--report out.json]

Generates texts (quotation marks of every kind, nested and unbalanced marks, hostile unicode,
punctuation only, HTML fragments, mutations of the seed article, texts that cross the
engine's 20k-character chunk boundary, and three big ones: a 1 MB line, 10k paragraphs,
"said" 100k times). Each text goes to a worker process that is killed on a per-text timeout.

Properties checked for every text:
  * extract() does not raise, and result.error is None (an error means the engine raised
    inside and the article was dropped);
  * every quote, quote piece (spans), cue, speaker mention and person mention satisfies
    0 <= start <= end <= len(text) and text[start:end] == span.text; no empty quote;
  * confidence in [0, 1]; article_to_dict() is JSON-serialisable;
  * the text finishes within the timeout (30 s + 90 s per MB), and a text of 2,000+ chars
    takes under 0.5 CPU s per 1000 chars (the 1 MB text runs at ~0.03).
CLI subset: `saidwhat extract FILE.jsonl`, a folder of .txt files and stdin; exit code,
no traceback on stderr, one JSON line per article, spans valid against the input.

Each distinct failure is minimised (delta debugging on characters) and printed with a
reproducer. Last line: a one-line summary; exit code 1 when anything failed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CLI = str(REPO / ".venv" / "bin" / "saidwhat")
DEFAULT_DATA = str(REPO.parent / "shared" / "data" / "polnear" / "dev.jsonl")
DEFAULT_SEED = str(REPO.parent / "shared" / "data" / "seed" / "mattis.txt")

# --------------------------------------------------------------------------------------
# generators

MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u201a",
         "''", "``", "'", "\u2039", "\u203a", "\u300c", "\u300d", "\uff02", "\u201f", "\u201b",
         "\u275d", "\u275e", "\u301d", "\u301e"]
PAIRS = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u00ab", "\u00bb"),
         ("\u00bb", "\u00ab"), ("\u201e", "\u201c"), ("\u201a", "\u2018"), ("``", "''"),
         ("''", "''"), ("'", "'"), ("\u2039", "\u203a"), ("\u201e", "\u201d"),
         ("\u00ab\u00a0", "\u00a0\u00bb"), ("\u300c", "\u300d")]
CUES = ["said", "says", "told reporters", "added", "according to", "pointed out", "warned",
        "argued", "insisted", "claimed", "wrote", "tweeted", "explained", "made clear",
        "said that", "told", "asked", "replied", "announced", "stated"]
SPEAKERS = ["he", "she", "they", "Mr Mattis", "James Mattis", "the minister", "Trump",
            "a spokesman", "officials", "the four-star general", "Elena Varga", "Reuters",
            "the 68-year-old", "Ms O'Neil", "Jean-Luc Picard", "Dr. Smith Jr.", "it",
            "the Pentagon", "sources", "one official, who spoke on condition of anonymity"]
COMBINING = [chr(c) for c in range(0x300, 0x370)] + ["\u20dd", "\u0489", "\u1ab0"]
RTL = ["\u05d0", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u202e",
       "\u202b", "\u200f", "\u061c", "\u202c", "\u2067", "\u2069", "\u0627\u0644\u0633\u0644\u0627\u0645"]
EMOJI = ["\U0001f600", "\U0001f469\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466",
         "\U0001f3f3\ufe0f\u200d\U0001f308", "\U0001f44d\U0001f3fd", "\U0001f1fa\U0001f1f8",
         "1\ufe0f\u20e3", "\U0001f4ac", "\u2764\ufe0f", "\U0001f5e8\ufe0f"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"]
CONTROLS = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\x7f", "\x85",
            "\u2028", "\u2029", "\r", "\r\n", "\t"]
SURROGATES = ["\ud800", "\udfff", "\udc80", "\ud83d", "\ude00", "\udbff\ud800"]
ODD = ["\uffff", "\ufffe", "\ufffd", "\U0001d518\U0001d52b\U0001d526", "\U00020000",
       "\uff21\uff22\uff23", "\u00a0", "\u2009", "\u3000", "\u2002", "\u0130", "\u1e9e", "\ufb01",
       "\u0345", "\u2163", "\u00b5", "\u03a3", "\u0131"]
PUNCT = list("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~") + ["\u2014", "\u2013", "\u2026", "\u00bf",
        "\u00a1", "\u00b7", "\u2022", "\u00a7"] + MARKS
HTML = ['<p>{q} {s} {c}.</p>', '<script>alert("{w}")</script>', '&quot;{w}&quot; {s} {c}.',
        '<a href="javascript:alert(1)" onclick="x()">"{w}"</a>', '<!-- "{w} -->',
        '<![CDATA[ "{w}" ]]>', '&ldquo;{w}&rdquo; &mdash; {s} {c}', '<b>{s}</b> {c}: <i>"{w}</i>"',
        '<img src=x onerror=alert(1)>', '<div class="q">{q}</div>\n<span>{s}</span> {c}.',
        '<br/>"{w}<br>{w}"<br>', '<style>q:before{{content:"\\201C"}}</style>', '</p><p>"', '<<>>"<"',
        '<q>{w}</q> {s} {c}.', '<blockquote>{w}</blockquote>\u2014{s}']


def words(rng: random.Random, vocab: list[str], n: int) -> str:
    return " ".join(rng.choice(vocab) for _ in range(n))


def quoted(rng: random.Random, vocab: list[str], depth: int = 0) -> str:
    o, c = rng.choice(PAIRS)
    inner = words(rng, vocab, rng.randint(0, 12))
    if depth < 3 and rng.random() < 0.25:
        inner += " " + quoted(rng, vocab, depth + 1) + " " + words(rng, vocab, rng.randint(0, 3))
    r = rng.random()
    if r < 0.15:
        c = ""  # unbalanced: no closing mark
    elif r < 0.25:
        o = ""  # closing mark only
    elif r < 0.35:
        c = rng.choice(MARKS)  # mismatched pair
    return f"{o}{inner}{c}"


def gen_marks(rng: random.Random, vocab: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 6)):
        q = quoted(rng, vocab)
        s, c = rng.choice(SPEAKERS), rng.choice(CUES)
        form = rng.randint(0, 6)
        if form == 0:
            parts.append(f"{q} {s} {c}.")
        elif form == 1:
            parts.append(f"{s.capitalize()} {c}: {q}")
        elif form == 2:
            o, cl = rng.choice(PAIRS)
            parts.append(f"{o}{words(rng, vocab, 4)},{cl} {s} {c}, {o}{words(rng, vocab, 5)}.{cl}")
        elif form == 3:
            parts.append(f"{s} {c} the plan was {q} and {quoted(rng, vocab)}.")
        elif form == 4:  # carried-on paragraphs
            o, cl = rng.choice(PAIRS)
            parts.append(f"{o}{words(rng, vocab, 6)}\n\n{o}{words(rng, vocab, 6)},{cl} {s} {c}.")
        elif form == 5:
            parts.append(f"{c} {s} {q}")
        else:
            parts.append("".join(rng.choice(MARKS) + words(rng, vocab, rng.randint(0, 2))
                                 for _ in range(rng.randint(1, 8))))
    sep = rng.choice([" ", "\n", "\n\n", "\r\n", "  "])
    return sep.join(parts)


def gen_nested(rng: random.Random, vocab: list[str]) -> str:
    depth = rng.randint(1, 40)
    opens = [rng.choice(MARKS) for _ in range(depth)]
    closes = [rng.choice(MARKS) for _ in range(rng.randint(0, depth))]
    mid = words(rng, vocab, rng.randint(0, 6))
    text = " ".join(opens) + " " + mid + " " + " ".join(closes)
    return text + f" {rng.choice(SPEAKERS)} {rng.choice(CUES)}."


def gen_unicode(rng: random.Random, vocab: list[str]) -> str:
    base = gen_marks(rng, vocab) if rng.random() < 0.7 else words(rng, vocab, 10)
    pools = [COMBINING, RTL, EMOJI, ZERO_WIDTH, CONTROLS, SURROGATES, ODD]
    out = list(base)
    for _ in range(rng.randint(1, max(2, len(out) // 3))):
        pool = rng.choice(pools)
        pos = rng.randint(0, len(out))
        if pool is COMBINING and rng.random() < 0.3:
            out.insert(pos, "".join(rng.choice(COMBINING) for _ in range(rng.randint(5, 60))))
        else:
            out.insert(pos, rng.choice(pool))
    if rng.random() < 0.1:  # random code points
        out.insert(rng.randint(0, len(out)), "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(20)))
    return "".join(out)


def gen_punct(rng: random.Random, vocab: list[str]) -> str:
    return "".join(rng.choice(PUNCT + [" ", "\n"]) for _ in range(rng.randint(1, 400)))


def gen_html(rng: random.Random, vocab: list[str]) -> str:
    parts = []
    for _ in range(rng.randint(1, 6)):
        tpl = rng.choice(HTML)
        parts.append(tpl.format(q=quoted(rng, vocab), s=rng.choice(SPEAKERS), c=rng.choice(CUES),
                                w=words(rng, vocab, rng.randint(1, 6))))
    return rng.choice(["", "\n", " "]).join(parts)


def mutate(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        if not chars:
            chars = list(rng.choice(MARKS))
        op = rng.randint(0, 9)
        pos = rng.randint(0, len(chars) - 1)
        if op == 0:  # delete a run
            del chars[pos : pos + rng.randint(1, 20)]
        elif op == 1:  # insert a mark
            chars.insert(pos, rng.choice(MARKS))
        elif op == 2:  # swap every mark of one kind for another
            a, b = rng.choice(MARKS), rng.choice(MARKS)
            chars = list("".join(chars).replace(a, b))
        elif op == 3:  # drop all of one mark
            a = rng.choice(['"', "\u201c", "\u201d", "'", "\u2019"])
            chars = [ch for ch in chars if ch != a]
        elif op == 4:  # duplicate a run
            run = chars[pos : pos + rng.randint(1, 200)]
            chars[pos:pos] = run
        elif op == 5:  # hostile unicode
            pool = rng.choice([COMBINING, RTL, EMOJI, ZERO_WIDTH, CONTROLS, SURROGATES, ODD])
            chars.insert(pos, rng.choice(pool))
        elif op == 6:  # cut
            chars = chars[:pos] if rng.random() < 0.5 else chars[pos:]
        elif op == 7:  # paragraph break inside
            chars.insert(pos, rng.choice(["\n\n", "\n", "\r\n\r\n", "\u2029"]))
        elif op == 8:  # case
            chars = list("".join(chars).upper() if rng.random() < 0.5 else "".join(chars).lower())
        else:  # replace a char by a cue
            chars[pos : pos + 1] = list(" " + rng.choice(CUES) + " ")
    return "".join(chars)


def gen_seed(rng: random.Random, seed_sentences: list[str], seed_text: str) -> str:
    if rng.random() < 0.3:
        return mutate(rng, seed_text)
    k = rng.randint(1, 5)
    start = rng.randint(0, max(0, len(seed_sentences) - k))
    return mutate(rng, " ".join(seed_sentences[start : start + k]))


def gen_chunk_boundary(rng: random.Random, seed_text: str, size: int) -> str:
    """Longer than the engine's 20k chunk: quotes and paragraphs across the cut."""
    out: list[str] = []
    while sum(len(x) for x in out) < size:
        piece = seed_text
        if rng.random() < 0.5:
            piece = piece.replace("\n\n", " ")  # fewer paragraph breaks to cut at
        if rng.random() < 0.5:
            o, c = rng.choice(PAIRS)
            piece = o + piece[: rng.randint(100, 3000)]  # a quote left open
        out.append(piece)
    return "\n\n".join(out)[:size] if rng.random() < 0.5 else " ".join(out)[:size]


EDGE = ["", " ", "\n", "\n\n\n", '"', "''", "``", "\u201c", "\u201d", "\u00ab\u00bb", '""', '" "',
        "said", "said said said", '"said," said said.', "\x00", "\ud800", "\x00" * 50, "\ufeff",
        "'" * 1000, '"' * 1001, "\u201c" * 500 + "\u201d" * 499, "\n" * 5000, " " * 25000,
        '"' + "a " * 15000 + '" he said.', "He said: \u201c", "\u201c\u201d he said.",
        '"."', '"Hello," said "", "" said.', "\u2028\u2029\x85" * 100,
        '"We are \ud800 ready," the minister said.', '\u201cNo\x00 comment,\u201d she said.']


SLOW_S_PER_1000 = 0.5  # CPU seconds per 1000 characters that count as pathological (normal: ~0.03)


@dataclass
class Case:
    category: str
    text: str
    timeout: float


def build_cases(n: int, rng: random.Random, seed_text: str, big: bool) -> list[Case]:
    vocab = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*|[,.;:?!]", seed_text) + CUES + SPEAKERS
    sentences = [s for s in re.split(r"(?<=[.!?\u201d\"])\s+", seed_text) if s.strip()]

    def tmo(text: str) -> float:
        return 30.0 + 90.0 * len(text) / 1_000_000  # 120 s for 1 MB

    cases = [Case("edge", t, tmo(t)) for t in EDGE]
    if big:
        line = ('"' + " ".join(rng.choice(vocab) for _ in range(40)) + ', " ' + rng.choice(SPEAKERS) + " said. ")
        one_mb = (line * (1_000_000 // len(line) + 1))[:1_000_000].replace("\n", " ")
        cases.append(Case("big-1MB-one-line", one_mb, tmo(one_mb)))
        paras = "\n\n".join(
            f'"{words(rng, vocab, rng.randint(3, 12))}," {rng.choice(SPEAKERS)} said.' if i % 3 == 0
            else words(rng, vocab, rng.randint(2, 10)) for i in range(10_000))
        cases.append(Case("big-10k-paragraphs", paras, tmo(paras)))
        said = "said " * 100_000
        cases.append(Case("big-said-100k", said, tmo(said)))
        # long runs of punctuation with no whitespace (a tokenizer worst case)
        run = "\u201c" * 10_000
        cases.append(Case("punct-run", run, tmo(run)))
        run = "".join(rng.choice(MARKS + list("([.,;])")) for _ in range(6_000))
        cases.append(Case("punct-run", run, tmo(run)))
        for size in (20_001, 41_000, 65_000):
            t = gen_chunk_boundary(rng, seed_text, size)
            cases.append(Case("chunk-boundary", t, tmo(t)))
    weights = [("marks", 22, lambda: gen_marks(rng, vocab)),
               ("nested", 12, lambda: gen_nested(rng, vocab)),
               ("unicode", 17, lambda: gen_unicode(rng, vocab)),
               ("punct", 5, lambda: gen_punct(rng, vocab)),
               ("html", 7, lambda: gen_html(rng, vocab)),
               ("seed-mutation", 37, lambda: gen_seed(rng, sentences, seed_text))]
    names = [w[0] for w in weights]
    ws = [w[1] for w in weights]
    makers = {w[0]: w[2] for w in weights}
    while len(cases) < n:
        cat = rng.choices(names, ws)[0]
        t = makers[cat]()
        cases.append(Case(cat, t, tmo(t)))
    return cases


# --------------------------------------------------------------------------------------
# checks (run inside the worker)


def _span_problems(label: str, span: Any, text: str) -> list[tuple[str, str]]:
    out = []
    s, e, st = span.start, span.end, span.text
    if not (isinstance(s, int) and isinstance(e, int)):
        return [(f"{label}:non-int", f"{label} ({s!r}, {e!r})")]
    if not (0 <= s <= e <= len(text)):
        out.append((f"{label}:out-of-bounds",
                    f"{label} ({s}, {e}) outside text of length {len(text)}; span text {st[:60]!r}"))
    elif text[s:e] != st:
        out.append((f"{label}:text-mismatch",
                    f"{label} ({s}, {e}): text[s:e]={text[s:e][:60]!r} but span text={st[:60]!r}"))
    return out


def check_result(text: str, result: Any) -> list[tuple[str, str]]:
    import saidwhat

    problems: list[tuple[str, str]] = []
    if result.error is not None:
        msg = re.sub(r"\d+", "N", str(result.error).splitlines()[0])[:160]
        problems.append((f"error-field:{msg}", str(result.error)[:300]))
    for i, q in enumerate(result.quotes):
        problems += _span_problems("quote", q.span if hasattr(q, "span") else q, text)
        if q.start == q.end:
            problems.append(("quote:empty", f"quote {i} is empty at {q.start}"))
        for piece in q.spans:
            problems += _span_problems("piece", piece, text)
        if q.cue is not None:
            problems += _span_problems("cue", q.cue, text)
        if q.speaker is not None and q.speaker.mention is not None:
            problems += _span_problems("mention", q.speaker.mention, text)
        if not (0.0 <= float(q.confidence) <= 1.0):
            problems.append(("confidence:range", f"quote {i} confidence {q.confidence}"))
    for p in result.people:
        for m in p.mentions:
            problems += _span_problems("person-mention", m, text)
    try:
        json.dumps(saidwhat.article_to_dict(result))
    except Exception as exc:  # noqa: BLE001
        problems.append((f"json:{type(exc).__name__}", str(exc)[:200]))
    return problems


def worker(conn: Any) -> None:
    import saidwhat

    saidwhat.extract("warm up: \u201cyes,\u201d he said.")
    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        text = msg
        t0 = time.process_time()
        try:
            result = saidwhat.extract(text)
        except BaseException as exc:  # noqa: BLE001
            first = str(exc).splitlines()[0] if str(exc) else ""
            documented = isinstance(exc, saidwhat.SaidwhatError)
            sig = f"raise:{type(exc).__name__}:{re.sub(chr(92) + 'd+', 'N', first)[:120]}"
            conn.send(("done", {"problems": [(sig, f"{'documented' if documented else 'UNDOCUMENTED'} "
                                                   f"{type(exc).__name__}: {first[:300]}")],
                                "cpu": time.process_time() - t0, "quotes": 0}))
            continue
        cpu = time.process_time() - t0
        try:
            problems = check_result(text, result)
        except Exception as exc:  # noqa: BLE001
            problems = [(f"checker:{type(exc).__name__}", str(exc)[:200])]
        conn.send(("done", {"problems": problems, "cpu": cpu, "quotes": len(result.quotes)}))


class Runner:
    """A worker process that extracts one text at a time; killed and restarted on a hang."""

    def __init__(self) -> None:
        self.ctx = mp.get_context("spawn")
        self.proc: Any = None
        self.conn: Any = None
        self.restarts = 0

    def start(self) -> None:
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=worker, args=(child,), daemon=True)
        self.proc.start()
        self.conn = parent
        if not parent.poll(300):
            raise SystemExit("worker did not start within 300 s")
        parent.recv()

    def stop(self) -> None:
        if self.proc is not None and self.proc.is_alive():
            try:
                self.conn.send(None)
            except Exception:  # noqa: BLE001
                pass
            self.proc.join(5)
            if self.proc.is_alive():
                self.proc.kill()  # our own child, by its pid
                self.proc.join()

    def run(self, text: str, timeout: float) -> tuple[str, dict[str, Any]]:
        if self.proc is None or not self.proc.is_alive():
            self.restarts += 1
            self.start()
        t0 = time.monotonic()
        try:
            self.conn.send(text)
        except (BrokenPipeError, OSError):
            self.proc.kill()
            self.proc.join()
            return "died", {"problems": [("worker-died", "worker pipe broke")], "wall": 0}
        if self.conn.poll(timeout):
            try:
                kind, data = self.conn.recv()
            except EOFError:
                self.proc.join()
                code = self.proc.exitcode
                return "died", {"problems": [("worker-died", f"worker exited with {code}")],
                                "wall": time.monotonic() - t0}
            data["wall"] = time.monotonic() - t0
            return kind, data
        self.proc.kill()  # hung: our own child, by its pid
        self.proc.join()
        return "timeout", {"problems": [("timeout", f"no result within {timeout:.0f} s")],
                           "wall": time.monotonic() - t0}


# --------------------------------------------------------------------------------------
# minimisation


def ddmin(text: str, fails: Any, budget: int) -> str:
    """Delta debugging over characters, at most ``budget`` calls of ``fails``."""
    calls = 0
    n = 2
    cur = text
    while len(cur) >= 2 and calls < budget:
        chunk = max(1, len(cur) // n)
        reduced = False
        for i in range(0, len(cur), chunk):
            cand = cur[:i] + cur[i + chunk :]
            calls += 1
            if cand and fails(cand):
                cur = cand
                n = max(n - 1, 2)
                reduced = True
                break
            if calls >= budget:
                break
        if not reduced:
            if chunk == 1:
                break
            n = min(len(cur), n * 2)
    return cur


# --------------------------------------------------------------------------------------
# CLI subset


def check_cli_output(label: str, proc: subprocess.CompletedProcess[bytes], texts: dict[str, str],
                     failures: list[dict[str, Any]], expect_all: bool = True) -> int:
    stderr = proc.stderr.decode("utf-8", "replace")
    checked = 0
    if "Traceback" in stderr:
        last = [ln for ln in stderr.strip().splitlines() if ln.strip()][-1]
        failures.append({"sig": f"cli-traceback:{last[:120]}", "where": label,
                         "detail": f"rc={proc.returncode}; stderr ends: {last[:300]}"})
    if proc.returncode not in (0, 1):
        failures.append({"sig": f"cli-exit:{proc.returncode}", "where": label,
                         "detail": stderr.strip()[-300:]})
    seen = set()
    # JSON Lines: records end at b"\n" only (str.splitlines() would also cut at U+2028, \x85...)
    for raw in proc.stdout.split(b"\n"):
        ln = raw.decode("utf-8", "surrogateescape")
        if not ln.strip():
            continue
        try:
            obj = json.loads(ln)
        except ValueError as exc:
            failures.append({"sig": "cli-bad-json-line", "where": label, "detail": f"{exc}: {ln[:120]!r}"})
            continue
        aid = obj.get("id")
        seen.add(aid)
        text = texts.get(aid)
        if text is None:
            continue
        checked += 1
        if obj.get("error"):
            failures.append({"sig": f"cli-error-field:{obj['error'][:100]}", "where": f"{label}:{aid}",
                             "detail": obj["error"][:300]})
        for q in obj.get("quotes", []):
            spans = [("quote", q)] + [("piece", s) for s in q.get("spans", [])]
            if q.get("cue"):
                spans.append(("cue", q["cue"]))
            if q.get("speaker") and q["speaker"].get("mention"):
                spans.append(("mention", q["speaker"]["mention"]))
            for kind, s in spans:
                if not (0 <= s["start"] <= s["end"] <= len(text)) or text[s["start"]:s["end"]] != s["text"]:
                    failures.append({"sig": f"cli-span:{kind}", "where": f"{label}:{aid}",
                                     "detail": f"({s['start']}, {s['end']}) {s['text'][:60]!r}"})
    missing = [i for i in texts if i not in seen]
    if expect_all and missing:
        failures.append({"sig": "cli-missing-articles", "where": label,
                         "detail": f"{len(missing)} of {len(texts)} articles have no output line "
                                   f"(first: {missing[:3]})"})
    return checked


def run_cli(cli: str, cases: list[Case], tmp: Path, failures: list[dict[str, Any]],
            timeout: float) -> dict[str, int]:
    stats = {"processes": 0, "articles": 0}
    has_bad = re.compile("[\x00\ud800-\udfff]")

    def go(label: str, args: list[str], texts: dict[str, str], stdin: bytes | None = None) -> None:
        stats["processes"] += 1
        try:
            proc = subprocess.run([cli, "extract", *args, "--format", "jsonl"], input=stdin,
                                  capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            failures.append({"sig": "cli-timeout", "where": label, "detail": f"> {timeout} s"})
            return
        stats["articles"] += check_cli_output(label, proc, texts, failures)

    clean = [c for c in cases if not has_bad.search(c.text) and c.text.strip()]
    dirty = [c for c in cases if has_bad.search(c.text)]
    # 1. JSONL of texts without NUL/surrogates
    texts = {f"c{i}": c.text for i, c in enumerate(clean)}
    p = tmp / "clean.jsonl"
    p.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in texts.items()), encoding="utf-8")
    go("jsonl-clean", [str(p)], texts)
    # 2. JSONL of texts with NULs, then with lone surrogates (both escaped in JSON)
    surrogate = re.compile("[\ud800-\udfff]")
    for label, group in (("jsonl-nul", [c for c in dirty if not surrogate.search(c.text)]),
                         ("jsonl-surrogates", [c for c in dirty if surrogate.search(c.text)])):
        if not group:
            continue
        texts = {f"{label[6:9]}{i}": c.text for i, c in enumerate(group)}
        p = tmp / f"{label}.jsonl"
        p.write_text("".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in texts.items()), encoding="utf-8")
        # The readers turn each lone surrogate into U+FFFD, one for one (README, extract):
        # spans index that text, offsets unchanged.
        go(label, [str(p)], {k: surrogate.sub("\ufffd", t) for k, t in texts.items()})
    # 3. a folder of .txt files (ids are the file names)
    folder = tmp / "txt"
    folder.mkdir()
    texts = {}
    for i, c in enumerate(clean[:20]):
        texts[f"t{i}"] = c.text
        (folder / f"t{i}.txt").write_bytes(c.text.encode("utf-8"))
    go("txt-folder", [str(folder)], texts)
    # 4. standard input, one plain article
    for i, c in enumerate([c for c in clean if not c.text.lstrip().startswith("{")][:2]):
        go(f"stdin-{i}", ["-"], {"stdin": c.text}, stdin=c.text.encode("utf-8"))
    return stats


# --------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed-text", default=DEFAULT_SEED, help="a real article to mutate (default: ../shared/data/seed/mattis.txt)")
    ap.add_argument("--n", type=int, default=3000, help="texts to generate (default 3000)")
    ap.add_argument("--rng", type=int, default=1, help="random seed")
    ap.add_argument("--cli", default=None, help="the saidwhat executable (default: next to this python)")
    ap.add_argument("--cli-n", type=int, default=60, help="texts sent through the CLI (0: none)")
    ap.add_argument("--no-big", action="store_true", help="skip the 1 MB / 10k-paragraph / 100k-said texts")
    ap.add_argument("--min-budget", type=int, default=400, help="worker calls per minimisation")
    ap.add_argument("--report", default=None, help="write every failure as JSON here")
    ap.add_argument("--cli-only", action="store_true", help="skip the in-process run (CLI subset only)")
    args = ap.parse_args()

    rng = random.Random(args.rng)
    seed_text = Path(args.seed_text).read_text(encoding="utf-8")
    cases = build_cases(args.n, rng, seed_text, big=not args.no_big)
    cats: dict[str, int] = {}
    for c in cases:
        cats[c.category] = cats.get(c.category, 0) + 1
    print(f"fuzz_extract: {len(cases)} texts: " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())), flush=True)

    runner = Runner()
    if not args.cli_only:
        runner.start()
    by_sig: dict[str, dict[str, Any]] = {}
    failed_texts = 0
    slowest: list[tuple[float, str, int]] = []
    t_start = time.monotonic()
    for i, case in enumerate([] if args.cli_only else cases):
        kind, data = runner.run(case.text, case.timeout)
        slowest.append((data.get("wall", 0.0), case.category, len(case.text)))
        cpu = data.get("cpu", 0.0)
        if kind == "done" and len(case.text) >= 2000 and cpu * 1000 / len(case.text) > SLOW_S_PER_1000:
            data["problems"].append(("slow:superlinear", f"{cpu:.1f} s CPU for {len(case.text):,} chars "
                                     f"({cpu * 1000 / len(case.text):.2f} s per 1000 chars; the 1 MB text "
                                     f"runs at about 0.03)"))
        if case.category.startswith("big") or case.category in ("chunk-boundary", "punct-run"):
            print(f"  {case.category}: {len(case.text):,} chars, {data.get('wall', 0):.1f} s wall, "
                  f"cpu {data.get('cpu', 0):.1f} s, {data.get('quotes', '?')} quotes, {kind}", flush=True)
        if data["problems"]:
            failed_texts += 1
            for sig, detail in data["problems"]:
                entry = by_sig.setdefault(sig, {"count": 0, "examples": []})
                entry["count"] += 1
                if len(entry["examples"]) < 3 or len(case.text) < len(entry["examples"][0][1]):
                    entry["examples"].append((case.category, case.text, detail))
                    entry["examples"].sort(key=lambda e: len(e[1]))
                    del entry["examples"][3:]
        if (i + 1) % 500 == 0:
            print(f"  ... {i + 1}/{len(cases)} texts, {failed_texts} failing, "
                  f"{time.monotonic() - t_start:.0f} s", flush=True)

    # minimise each distinct failure
    results = []
    for sig, entry in sorted(by_sig.items(), key=lambda kv: -kv[1]["count"]):
        category, text, detail = entry["examples"][0]
        minimal = text
        if sig not in ("timeout", "worker-died", "slow:superlinear") and len(text) <= 20_000:
            def fails(candidate: str, sig: str = sig) -> bool:
                kind, data = runner.run(candidate, 30.0)
                return any(s == sig for s, _ in data["problems"])
            minimal = ddmin(text, fails, args.min_budget)
            _, data = runner.run(minimal, 30.0)
            detail = next((d for s, d in data["problems"] if s == sig), detail)
        results.append({"signature": sig, "texts": entry["count"], "category": category,
                        "reproducer": minimal, "detail": detail, "original_len": len(text)})
    runner.stop()

    cli_failures: list[dict[str, Any]] = []
    cli_stats = {"processes": 0, "articles": 0}
    if args.cli_n > 0:
        cli = args.cli or str(Path(sys.executable).with_name("saidwhat"))
        subset_rng = random.Random(args.rng + 1)
        small = [c for c in cases if len(c.text) < 50_000]
        subset = subset_rng.sample(small, min(args.cli_n, len(small)))
        # make sure the subset holds NUL / surrogate texts and a few of each kind of mark
        subset += [c for c in cases if c.category == "edge" and c not in subset and len(c.text) < 50_000]
        tmp = Path(tempfile.mkdtemp(prefix="fuzzcli."))
        try:
            cli_stats = run_cli(cli, subset, tmp, cli_failures, timeout=600)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    print()
    print("== in-process failures (distinct signatures) ==")
    for r in results:
        print(f"- {r['signature']}  [{r['texts']} texts, first seen in {r['category']}, "
              f"original {r['original_len']} chars]")
        print(f"    detail: {r['detail'][:300]}")
        rep = r["reproducer"]
        shown = repr(rep) if len(rep) <= 400 else repr(rep[:400]) + f"... ({len(rep)} chars)"
        print(f"    reproducer: saidwhat.extract({shown})")
    if not results:
        print("(none)")
    print("== CLI failures ==")
    for f in cli_failures:
        print(f"- {f['sig']}  at {f['where']}: {f['detail'][:300]}")
    if not cli_failures:
        print("(none)")
    slowest.sort(reverse=True)
    print("slowest: " + "; ".join(f"{c} {n:,} chars {w:.1f} s" for w, c, n in slowest[:5]))
    if args.report:
        Path(args.report).write_text(json.dumps({"in_process": results, "cli": cli_failures,
                                                 "categories": cats}, ensure_ascii=True, indent=1))
    hangs = by_sig.get("timeout", {}).get("count", 0)
    ok = not results and not cli_failures
    print(f"SUMMARY fuzz_extract: {len(cases)} texts, {failed_texts} failing, {len(results)} distinct "
          f"in-process failures, {hangs} timeouts, {runner.restarts} worker restarts; CLI: "
          f"{cli_stats['processes']} processes, {cli_stats['articles']} articles checked, "
          f"{len(cli_failures)} failures -> {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

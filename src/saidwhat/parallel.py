"""Extraction on several cores: a pool of worker processes, each loading the model once.

Each task is a chunk of ``batch_size`` articles; a worker runs the single-process
``pipeline.extract_batch`` on it and sends back ``ArticleQuotes`` (small), not spaCy ``Doc`` objects
(large), so the parent does no NLP work at all. Results come back in input order, with at
most ``IN_FLIGHT_PER_WORKER * workers`` chunks in flight, so memory stays flat on any input size. Workers are
started with ``spawn``: safe inside threaded hosts (web servers, Spark executors).

A worker that dies (killed, out of memory) fails only the articles it held: they come back
with ``error`` set, a fresh pool takes over, and the batch goes on. After ``MAX_RESTARTS``
broken pools (workers that cannot even start, e.g. under a ``__main__`` that ``spawn``
cannot import) the rest runs in this process instead.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .core.types import ArticleQuotes

Chunk = list[tuple[str | None, str]]
MAX_RESTARTS = 3
# Chunks queued per worker: enough that a worker never idles while the oldest chunk (a long
# article, say) holds up the in-order results.
IN_FLIGHT_PER_WORKER = 4


def _start_worker(fast: bool | None) -> None:
    from .nlp import engine_model

    engine_model(fast=fast)  # once per worker, before the first task


def _work(
    chunk: Chunk,
    batch_size: int,
    fast: bool | None,
    any_language: bool = False,
    acts: Collection[str] | None = None,
) -> list[ArticleQuotes]:
    from .pipeline import extract_batch

    return list(
        extract_batch(chunk, batch_size=batch_size, fast=fast, any_language=any_language, acts=acts)
    )


def _chunks(items: Iterable[tuple[str | None, str]], size: int) -> Iterator[Chunk]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract_parallel(
    items: Iterable[tuple[str | None, str]],
    *,
    workers: int,
    batch_size: int = 16,
    fast: bool | None = None,
    any_language: bool = False,
    acts: Collection[str] | None = None,
) -> Iterator[ArticleQuotes]:
    """``extract_many`` over ``workers`` processes; yields one result per input, in order."""
    context = multiprocessing.get_context("spawn")

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(fast,)
        )

    pool: ProcessPoolExecutor | None = new_pool()
    restarts = 0
    pending: deque[tuple[Chunk, Future[list[ArticleQuotes]]]] = deque()

    def submit(chunk: Chunk) -> None:
        future: Future[list[ArticleQuotes]]
        try:
            if pool is None:  # given up on worker processes: run here
                future = Future()
                future.set_result(_work(chunk, batch_size, fast, any_language, acts))
            else:
                future = pool.submit(_work, chunk, batch_size, fast, any_language, acts)
        except BrokenProcessPool as exc:  # the pool broke since the last result: retry later
            future = Future()
            future.set_exception(exc)
        pending.append((chunk, future))

    def collect() -> list[ArticleQuotes]:
        nonlocal pool, restarts
        chunk, future = pending.popleft()
        try:
            return future.result()
        except BrokenProcessPool as exc:
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            retry = [c for c, _ in pending]
            pending.clear()
            restarts += 1
            pool = new_pool() if restarts < MAX_RESTARTS else None
            for c in retry:  # chunks that were only waiting get a second chance
                submit(c)
            return [_failed(doc_id, f"worker process died: {exc}") for doc_id, _ in chunk]
        except Exception as exc:  # a bug in a worker fails its chunk, not the batch
            return [_failed(doc_id, f"{type(exc).__name__}: {exc}") for doc_id, _ in chunk]

    try:
        for chunk in _chunks(items, batch_size):
            submit(chunk)
            while len(pending) >= IN_FLIGHT_PER_WORKER * workers:
                yield from collect()
        while pending:
            yield from collect()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _failed(doc_id: str | None, reason: str) -> ArticleQuotes:
    return ArticleQuotes(id=doc_id, error=reason)

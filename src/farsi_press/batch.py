"""Many documents at once: an ordered, bounded map over worker processes, one pipeline each.

`ordered_map(task, items, options, n_process=N)` calls `task(pipeline, item)` for every item and
yields the results in input order. Items travel in batches; at most
`2 * n_process` batches are in flight, so an endless input runs in bounded memory. With N
processes, this process analyzes every N-th batch itself and N - 1 workers the others; each
worker builds one `Pipeline(**options)` when it starts (pool initializer) and keeps it. An exception
raised by a task on one item is returned in that item's place (the caller decides), so one bad
item never stops the others.

>>> from farsi_press.batch import ordered_map, analyze_pair
>>> [d.id for d in ordered_map(analyze_pair, [("متن", 1), ("متن", 2)], {})]
[1, 2]
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import multiprocessing.pool
import os
import threading
from collections import deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from farsi_press.document import Document

__all__ = ["LineError", "analyze_pair", "available_cores", "jsonl_document", "jsonl_record", "ordered_map", "resolve_processes"]

Task = Callable[[Any, Any], Any]

_WORKER_PIPELINE = None


def available_cores() -> int:
    """Cores this process may run on (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_processes(n_process: int) -> int:
    """Number of processes for `n_process`: a positive count, or -1 for every available core."""
    if isinstance(n_process, bool) or not isinstance(n_process, int):
        raise TypeError(f"n_process must be an int, got {type(n_process).__name__}")
    if n_process == -1:
        return available_cores()
    if n_process < 1:
        raise ValueError(f"n_process must be a positive number of processes or -1 (all cores), not {n_process}")
    return n_process


def _init_worker(options: dict[str, Any]) -> None:
    global _WORKER_PIPELINE
    from farsi_press.pipeline import Pipeline

    _WORKER_PIPELINE = Pipeline(**options)


def _call(task: Task, pipeline: Any, item: Any) -> Any:
    try:
        return task(pipeline, item)
    except Exception as exc:  # returned in the item's place; the caller raises or reports it
        return exc


def _run_batch(task: Task, batch: list[Any]) -> list[Any]:
    return [_call(task, _WORKER_PIPELINE, item) for item in batch]


def _context() -> multiprocessing.context.BaseContext:
    # fork starts workers fastest and needs no `if __name__ == "__main__"` guard in scripts; a
    # multi-threaded parent (Jupyter, Dask) forks unsafely, so it gets a fork server instead.
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _start_pool(n: int, options: dict[str, Any]) -> multiprocessing.pool.Pool:
    """A pool of `n` workers. Forked workers share this process's memory until they write to it,
    and the garbage collector writes to every object it visits: the objects alive now are moved
    out of its reach for the fork (`gc.freeze`), so a worker forked from a large process (a
    notebook with other models loaded) neither copies nor scans them; they are put back after
    (unless the process had frozen objects itself, as the command line does: they stay frozen)."""
    ctx = _context()
    fork = ctx.get_start_method() == "fork"
    thaw = fork and not gc.get_freeze_count()
    if fork:
        gc.freeze()
    try:
        return ctx.Pool(n, initializer=_init_worker, initargs=(dict(options),))
    finally:
        if thaw:
            gc.unfreeze()


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ordered_map(task: Task, items: Iterable[Any], options: dict[str, Any], *, n_process: int = 1,
                batch_size: int = 32, local: Any = None) -> Iterator[Any]:
    """Yield `task(pipeline, item)` for every item in input order (an exception in its place).

    `n_process=1` runs in this process (with `local`, a ready pipeline, when given). With N > 1
    processes this process is one of them: a pool of N - 1 workers (each builds
    `Pipeline(**options)` once) takes the next batch while they hold fewer than two batches
    each, and this process analyzes it itself when they are all that busy. So N processes hold
    N pipelines (no idle parent beside them), and the shares follow each one's speed (this
    process also reads the input and hands out the results).
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, not {batch_size!r}")
    n = resolve_processes(n_process)
    if local is None:
        from farsi_press.pipeline import Pipeline

        local = Pipeline(**options)
    if n == 1:
        for item in items:
            yield _call(task, local, item)
        return
    # (forked workers then share the loaded tables: each saves the half second of loading them)
    if hasattr(local, "_warm") and _context().get_start_method() == "fork":
        local._warm()
    pool = _start_pool(n - 1, options)
    try:
        # (results, None) for a batch analyzed here, (None, async result) for a worker's batch
        pending: deque[tuple[list[Any] | None, Any]] = deque()
        limit = 2 * n
        for batch in _batches(items, batch_size):
            busy = sum(1 for _, remote in pending if remote is not None and not remote.ready())
            if busy >= 2 * (n - 1):
                pending.append(([_call(task, local, item) for item in batch], None))
            else:
                pending.append((None, pool.apply_async(_run_batch, (task, batch))))
            while len(pending) >= limit:
                yield from _results(pending.popleft())
        while pending:
            yield from _results(pending.popleft())
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _results(entry: tuple[list[Any] | None, Any]) -> list[Any]:
    done, remote = entry
    return remote.get() if done is None else done


# --- tasks (module level, so that they pickle to the workers) ------------------------------------

def analyze_pair(pipeline: Any, item: tuple[Any, Any]) -> Document:
    """Task: analyze a `(text, id)` pair."""
    text, doc_id = item
    return pipeline.analyze(text, id=doc_id)


class LineError(Exception):
    """A JSONL input line that cannot be analyzed; `record` is its error record."""

    def __init__(self, record: dict[str, Any]) -> None:
        super().__init__(record)  # args hold the record, so the error pickles back from a worker
        self.record = record

    def __str__(self) -> str:
        return str(self.record["error"])


class _BadLine(ValueError):
    """The line itself is wrong (not the analysis)."""


def jsonl_record(text_field: str, id_field: str, pipeline: Any, item: tuple[int, bytes]) -> str:
    """Task: one JSONL input line → its output JSON line (raises `LineError` for a bad line).

    Use with `functools.partial(jsonl_record, "text", "id")`.
    """
    return jsonl_document(text_field, id_field, pipeline, item).to_json()


def jsonl_document(text_field: str, id_field: str, pipeline: Any, item: tuple[int, bytes]) -> Document:
    """Task: one JSONL input line → its `Document` (raises `LineError` for a bad line)."""
    lineno, raw = item
    doc_id = None
    try:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _BadLine(f"invalid UTF-8 at byte {exc.start} of the line") from None
        if line.startswith("\ufeff"):
            line = line[1:]
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _BadLine(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
        if not isinstance(obj, dict):
            raise _BadLine(f"not a JSON object but {_json_type(obj)}")
        doc_id = obj.get(id_field)
        if text_field not in obj:
            raise _BadLine(f"no {text_field!r} field")
        text = obj[text_field]
        if not isinstance(text, str):
            raise _BadLine(f"field {text_field!r} is {_json_type(text)}, not a string")
        return pipeline.analyze(text, id=doc_id)
    except Exception as exc:
        if isinstance(doc_id, (dict, list)):
            doc_id = None
        message = str(exc) if isinstance(exc, _BadLine) else f"analysis failed: {type(exc).__name__}: {exc}"
        raise LineError({"id": doc_id, "line": lineno, "error": message}) from None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"

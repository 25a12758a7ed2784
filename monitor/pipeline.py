"""Read → parse → merge: the one path from report files or fetched documents into the docket.

`docket ingest`, `docket poll`, `docket watch`, the dashboard's import and `docket tui --demo` all call
`ingest()`. Sources already in the docket (by content) are not parsed again. A large batch is parsed in
other processes while this one merges into the store, since parsing and merging take about as long; every
store call stays in the calling thread, so the store sees one writer.

Interrupted (Ctrl-C, SIGTERM, or a consumer that stops early), the worker processes are ended with it.
"""

from __future__ import annotations

import ctypes
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from docket.db.views import IngestResult
from docket.records import ParsedSource

# Below this many inputs, starting parsing processes costs more than it saves (about a second each).
PARALLEL_FROM = 20
MAX_PARSE_WORKERS = 4
CHUNK = 8


class IngestTarget(Protocol):
    """What the pipeline needs of the store."""

    def known_hashes(self) -> set[str]: ...

    def has_source(self, sha256: str) -> bool: ...

    def ingest_parsed(self, parsed: ParsedSource, uri: str | None = None) -> IngestResult: ...


@dataclass(frozen=True, slots=True)
class Document:
    """Report bytes that come from elsewhere than a file (a feed item), under the URI they are kept as."""

    uri: str
    data: bytes


Input = Path | Document


def parse_document(data: bytes, uri: str, sha256: str | None = None) -> ParsedSource | IngestResult:
    """Run the parser on one source; a failure is a "failed" result with its reason, never an exception."""
    from docket.parse import MAX_ARTICLE_CHARS, parse_bytes  # loaded only where something is parsed
    from docket.records import UnreadableSource

    try:
        parsed = parse_bytes(data, uri, MAX_ARTICLE_CHARS)
    except UnreadableSource as exc:
        return IngestResult(source=uri, status="failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad report must not stop a batch
        return IngestResult(source=uri, status="failed", error=f"the parser failed: {exc!r}")
    parsed.sha256 = sha256 or hashlib.sha256(data).hexdigest()
    return parsed


def _read(item: Input) -> tuple[str, bytes] | IngestResult:
    from docket.parse import read_report
    from docket.records import UnreadableSource

    if isinstance(item, Document):
        return item.uri, item.data
    uri = str(Path(item).resolve())  # absolute: the same file is the same source from any folder
    if not Path(item).exists():
        return IngestResult(source=uri, status="failed", error="vanished before it could be read")
    try:
        return uri, read_report(item, _max_bytes)
    except UnreadableSource as exc:
        reason = str(exc).removeprefix(f"{item}: ")
        return IngestResult(source=uri, status="failed", error=reason)


# The size limit per report file (`--max-size`), set by `ingest()` here and in each parsing process.
_max_bytes: int | None = None


def _read_and_parse(item: Input, is_known) -> ParsedSource | IngestResult:  # type: ignore[no-untyped-def]
    read = _read(item)
    if isinstance(read, IngestResult):
        return read
    uri, data = read
    sha256 = hashlib.sha256(data).hexdigest()
    if is_known(sha256):
        return IngestResult(source=uri, status="duplicate")
    return parse_document(data, uri, sha256)


# Sources already in the docket, set in each parsing process by the pool's initializer.
_known_in_worker: frozenset[str] = frozenset()


def _die_with_parent(parent: int) -> None:
    """A parsing process ends when the process that started it dies, even by SIGKILL (which no handler
    sees): on Linux the kernel sends it SIGKILL then (PR_SET_PDEATHSIG); elsewhere a thread watches."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the call: nothing will signal it
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="docket-parent-watch", daemon=True).start()


PR_SET_PDEATHSIG = 1


def _start_worker(known: frozenset[str], max_bytes: int | None = None, parent: int | None = None) -> None:
    global _known_in_worker, _max_bytes
    if parent is not None:
        _die_with_parent(parent)
    _known_in_worker = known
    _max_bytes = max_bytes
    # Ctrl-C reaches the whole process group: the parent decides what it means and ends the workers.
    # The parent started this process with SIGINT blocked, so one that came while it was starting (before
    # this line) is still pending: ignored now, it is dropped when unblocked, never a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _in_worker(item: Input) -> ParsedSource | IngestResult:
    return _read_and_parse(item, _known_in_worker.__contains__)


def parse_workers(count: int) -> int:
    """How many parsing processes a batch of `count` inputs gets: 0 means parse in this process."""
    workers = min(MAX_PARSE_WORKERS, (os.cpu_count() or 1) - 1)
    return workers if count >= PARALLEL_FROM and workers >= 1 else 0


# The executor's manager threads of pools being ended: what they raise then is no news (below).
_ending: set[threading.Thread] = set()
_thread_excepthook = threading.excepthook


def _quiet_when_ending(args: threading.ExceptHookArgs) -> None:
    """Ending a pool in the middle of its work makes its manager thread fail on the way out: Python 3.11
    sets BrokenProcessPool on futures the interrupted map() has already cancelled (InvalidStateError),
    printed as "Exception in thread …" after "interrupted". The workers are being ended on purpose."""
    if args.thread in _ending:
        return
    _thread_excepthook(args)


threading.excepthook = _quiet_when_ending


def _end_workers(pool: ProcessPoolExecutor) -> None:
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        _ending.add(manager)
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _parsed(store: IngestTarget, items: Sequence[Input]) -> Iterator[ParsedSource | IngestResult]:
    workers = parse_workers(len(items))
    if not workers:
        for item in items:
            yield _read_and_parse(item, store.has_source)
        return
    # spawn, not fork: the children must not inherit this process's open database connections.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(frozenset(store.known_hashes()), _max_bytes, os.getpid()),
    )
    try:
        # The workers start while every item is submitted (map() submits them all at once), with SIGINT
        # blocked, which they inherit: a Ctrl-C while a worker starts up must reach it only once its
        # initializer ignores SIGINT. Here it is delivered when unblocked, as KeyboardInterrupt.
        with _sigint_blocked():
            results = pool.map(_in_worker, items, chunksize=CHUNK)
        yield from results
    except BaseException:
        _end_workers(pool)
        raise
    pool.shutdown(wait=True)


def ingest(
    store: IngestTarget, inputs: Iterable[Input], max_bytes: int | None = None, batch: int = 1
) -> Iterator[IngestResult]:
    """Each input's result, in order: read, parsed (in other processes for a large batch), merged.
    A file over `max_bytes` (default docket.parse.MAX_REPORT_BYTES) fails with its reason.

    With `batch` above 1 (a feed's new items), up to that many parsed reports are merged in one
    transaction (a store with `ingest_many`) and their results come when it is committed: a kill loses
    at most that batch, which the next run merges again; nothing committed is lost or doubled."""
    global _max_bytes
    _max_bytes = max_bytes
    parsed = _parsed(store, list(inputs))
    ingest_many = getattr(store, "ingest_many", None) if batch > 1 else None
    try:
        if ingest_many is None:
            for item in parsed:
                yield item if isinstance(item, IngestResult) else store.ingest_parsed(item, item.source)
            return
        pending: list[ParsedSource | IngestResult] = []
        reports = 0
        for item in parsed:
            pending.append(item)
            reports += isinstance(item, ParsedSource)
            if reports >= batch:
                yield from _merged(ingest_many, pending)
                pending, reports = [], 0
        yield from _merged(ingest_many, pending)
    finally:
        parsed.close()  # a store that stopped working, or a consumer that stopped: the workers end now


def _merged(ingest_many, pending: list[ParsedSource | IngestResult]) -> list[IngestResult]:  # type: ignore[no-untyped-def]
    """The results of `pending` in order, its parsed reports merged in one call of `ingest_many`."""
    merged = iter(ingest_many([p for p in pending if isinstance(p, ParsedSource)]))
    return [p if isinstance(p, IngestResult) else next(merged) for p in pending]


def ingest_bytes(store: IngestTarget, data: bytes, uri: str) -> IngestResult:
    """One document through the pipeline (tests, and callers that already hold the bytes)."""
    return next(ingest(store, [Document(uri, data)]))

"""Worker processes that turn inputs into articles (extract + enrich), results in input order.

Each worker builds its `Pipeline` (and so loads the models) once, when it starts. At most `window`
chunks are in flight, so a corpus far larger than memory streams through; results come back in the
order the chunks went out, so a page seen twice in one run resolves the same way every time.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing import get_context

from svodka.archive.pipeline import Pipeline, Prepared, Settings
from svodka.errors import InputError, SvodkaError
from svodka.sources.inputs import Line
from svodka.sources.page import Page

CHUNK_ITEMS = 16
CHUNK_BYTES = 4 * 1024 * 1024
CHUNKS_PER_WORKER = 3
PARENT_POLL_S = 0.5
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass(frozen=True, slots=True)
class Job:
    """One input to read, with its digest and how far through the inputs it stands."""

    item: Page | Line | InputError
    digest: str
    position: int


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input with no article, and why (InputError does not survive pickling to the parent)."""

    name: str
    reason: str

    def error(self) -> InputError:
        return InputError(self.name, self.reason)


Result = Prepared | Rejected

# The pipeline of this worker process. A process pool gives a worker no other place for state that
# its initializer builds and its tasks use: set once by `start_worker`, read by `run_chunk`.
_PIPELINE: Pipeline | None = None


def start_worker(settings: Settings, parent: int) -> None:
    global _PIPELINE
    # Ctrl-C goes to the whole process group: the parent alone decides how to stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()
    _PIPELINE = Pipeline(settings)


def exit_with_parent(parent: int) -> None:
    """End this worker once its parent has gone (killed with -9, it cannot tell the workers)."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_S)
    os._exit(1)


def run_chunk(jobs: list[Job]) -> list[Result]:
    assert _PIPELINE is not None, "run_chunk called outside a worker started by start_worker"
    return [read_job(_PIPELINE, job) for job in jobs]


def rejected(error: InputError) -> Rejected:
    return Rejected(error.name, error.reason)


def read_job(pipeline: Pipeline, job: Job) -> Result:
    """The job's article, or the reason it has none."""
    if isinstance(job.item, InputError):
        return rejected(job.item)
    try:
        return pipeline.prepare(job.item, job.digest)
    except InputError as exc:
        return rejected(exc)
    except Exception as exc:  # a fault on one page is that page's error (recorded); the batch goes on
        return Rejected(job.item.name, f"could not be read ({type(exc).__name__}: {exc})")


def chunked(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    """Jobs in chunks of up to CHUNK_ITEMS items or CHUNK_BYTES bytes (fewer round trips to workers)."""
    chunk: list[Job] = []
    size = 0
    for job in jobs:
        chunk.append(job)
        size += len(job.item.data) if isinstance(job.item, Page | Line) else 0
        if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def one_thread_per_worker() -> None:
    """Keep each process's numeric library (OpenBLAS under the NER model) to one thread, unless the
    user chose otherwise: N processes already use N cores, and BLAS threads on top of them contend
    for the same cores (measured: NER three times slower on a busy 2-core machine). Set before the
    library loads: it reads these once, in the workers (spawned after this) and in this process."""
    for name in THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def needs_worker(chunk: list[Job]) -> bool:
    """Whether any job of the chunk is an input to read (not an error found while walking the inputs)."""
    return not all(isinstance(job.item, InputError) for job in chunk)


def done_future(chunk: list[Job]) -> Future[list[Result]]:
    """The results of a chunk of walking errors, with no worker (and no model loading) involved."""
    future: Future[list[Result]] = Future()
    future.set_result([rejected(job.item) for job in chunk if isinstance(job.item, InputError)])
    return future


class Workers:
    """Reads jobs in `processes` worker processes, or in this process when `processes` is 1."""

    def __init__(self, settings: Settings, processes: int) -> None:
        self.settings = settings
        self.processes = max(1, processes)
        self.local: Pipeline | None = None
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        one_thread_per_worker()
        if self.processes == 1:
            self.local = Pipeline(self.settings)
        else:
            # spawn, not fork: a worker must not inherit the parent's open SQLite connection
            self.pool = ProcessPoolExecutor(self.processes, mp_context=get_context("spawn"),
                                            initializer=start_worker, initargs=(self.settings, os.getpid()))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def results(self, jobs: Iterator[Job]) -> Iterator[tuple[list[Job], list[Result]]]:
        """Each chunk of jobs with its results, in job order."""
        if self.pool is None:
            assert self.local is not None, "Workers used outside `with`"
            for chunk in chunked(jobs):
                yield chunk, [read_job(self.local, job) for job in chunk]
            return
        try:
            yield from self.pooled_results(self.pool, jobs)
        except BrokenProcessPool as exc:
            raise SvodkaError(f"a worker process died ({exc}); what was stored is kept: run the same "
                              "command again to go on") from None

    def pooled_results(self, pool: ProcessPoolExecutor,
                       jobs: Iterator[Job]) -> Iterator[tuple[list[Job], list[Result]]]:
        pending: deque[tuple[list[Job], Future[list[Result]]]] = deque()
        for chunk in chunked(jobs):
            pending.append((chunk, pool.submit(run_chunk, chunk) if needs_worker(chunk) else done_future(chunk)))
            if len(pending) >= self.processes * CHUNKS_PER_WORKER:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()

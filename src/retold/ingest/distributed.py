"""Ingest spread over a Dask cluster: workers read and analyse, one process writes.

Workers read files and run the pipeline (loaded once per worker process by a
worker plugin); they return plain store items built by the same function the
single-process path uses. Only the calling process writes, in input order, so a
SQLite store keeps its single writer and both paths produce identical stores.

A worker that dies mid-task loses nothing: the scheduler hands its tasks to
another worker (up to ``distributed.scheduler.allowed-failures`` times), and a
task that still fails is reported as rejections (E134), never dropped.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import dask
import httpx
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from ..document import Document, Rejection
from ..errors import ConfigError, Errors, RetoldError
from ..pipeline import analyse, load_pipeline
from ..store import DocumentItem, Store
from .load import BATCH_SIZE, IngestSummary, store_item
from .readers import _files_under, _is_url, read_file, walk_sources

__all__ = ["check_cluster_options", "PipelinePlugin", "dask_client", "ingest_paths_distributed"]

TASK_SIZE = 16
"""Documents (or small files) per task: small enough to keep every worker busy on a
modest input, large enough for spaCy's batching and one store transaction each."""

SPLIT_BYTES = 1 << 20
"""Files larger than this are read by the caller and shipped as document batches, so one
big JSONL file or archive still spreads over the workers."""


class PipelinePlugin(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts (and restarts), once per process."""

    name = "retold-pipeline"

    def setup(self, worker: object) -> None:
        # One short document builds the tables spaCy loads lazily on first use, so a
        # worker's first task is not slower than the rest.
        nlp = load_pipeline()
        list(analyse(nlp, [Document(id="warm-up", text="The mayor said 12 people were hurt.")]))


def check_cluster_options(workers: int | None, scheduler: str | None) -> None:
    """ConfigError unless the options name one cluster: N >= 1 local workers, or a scheduler."""
    if workers is not None and scheduler is not None:
        raise ConfigError(Errors.E133)
    if workers is not None and workers < 1:
        raise ConfigError(Errors.E132.format(workers=workers))


@contextmanager
def dask_client(
    *, workers: int | None = None, scheduler: str | None = None, connect_timeout: float = 10.0
) -> Iterator[Client]:
    """A client of a new loopback LocalCluster (``workers`` processes) or of ``scheduler``.

    The local cluster has one thread per worker (spaCy is CPU-bound and holds the
    GIL) and no dashboard (it would need bokeh).
    """
    check_cluster_options(workers, scheduler)
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError, ValueError) as e:
            raise RetoldError(Errors.E131.format(address=scheduler, detail=e)) from e
        try:
            yield client
        finally:
            client.close()
        return
    n = 1 if workers is None else workers
    try:
        # The statistical profiler feeds the dashboard we do not start, and costs the
        # workers about a tenth of their CPU time; workers keep this config on restart.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                # The scheduler still serves health routes over HTTP; on a free port, not
                # 8787, so that two clusters on one machine do not collide.
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            )
    except (OSError, TimeoutError, RuntimeError) as e:
        raise RetoldError(Errors.E130.format(workers=n, detail=e)) from e
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


# -- tasks ---------------------------------------------------------------------------


@dataclass
class _Task:
    """One unit of work: files for a worker to read, or documents already read here.

    A task holds one kind or the other, never both, so its results keep input order.
    """

    files: list[str] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    read_from: list[str] = field(default_factory=list)  # the file or URL of each document
    size: int = 0

    def sources(self) -> list[str]:
        """What a failed task is reported by: its files, and where its documents came from."""
        return list(dict.fromkeys(self.files + self.read_from))


@dataclass
class _Done:
    read: int
    items: list[DocumentItem]
    rejections: list[Rejection]


def _run_task(files: list[str], documents: list[Document], batch_size: int) -> _Done:
    """On a worker: read the files, analyse every document, return store items."""
    docs = list(documents)
    rejections: list[Rejection] = []
    for name in files:
        for found in read_file(Path(name)):
            if isinstance(found, Document):
                docs.append(found)
            else:
                rejections.append(found)
    nlp = load_pipeline()
    items = [
        store_item(doc, analysis) for doc, analysis in analyse(nlp, docs, batch_size=batch_size)
    ]
    return _Done(read=len(docs), items=items, rejections=rejections)


def _units(
    paths: Iterable[str | Path], rejections: list[Rejection], http: httpx.Client | None
) -> Iterator[tuple[str, Document | None, int]]:
    """(source, document or None for a file a worker reads, bytes), in walk order.

    Large files, URLs and standard input are read here and yield their documents.
    """
    for item in [paths] if isinstance(paths, str | os.PathLike) else paths:
        if isinstance(item, str) and (_is_url(item) or item == "-"):
            files: list[Path | str] = [item]
        elif Path(item).is_dir():
            listed, problems = _files_under(Path(item))
            rejections.extend(problems)
            files = list(listed)
        else:
            files = [Path(item)]
        for file in files:
            size = 0
            if isinstance(file, Path):
                try:
                    size = file.stat().st_size
                except OSError:
                    pass  # the worker's read_file reports it
                if size <= SPLIT_BYTES:
                    yield str(file), None, size
                    continue
            for source, found in walk_sources([file], client=http):
                if isinstance(found, Rejection):
                    rejections.append(found)
                else:
                    yield source, found, len(found.text.encode("utf-8"))


def _tasks(
    paths: Iterable[str | Path],
    rejections: list[Rejection],
    *,
    task_size: int,
    http: httpx.Client | None,
) -> Iterator[_Task]:
    """Cut the input into tasks of files or of documents, in the order ``walk`` reads it."""
    task = _Task()
    for source, document, size in _units(paths, rejections, http):
        if task.files and document is not None or task.documents and document is None:
            yield task  # a task holds files or documents, so its order is the input's
            task = _Task()
        if document is None:
            task.files.append(source)
        else:
            task.documents.append(document)
            task.read_from.append(source)
        task.size += size
        if len(task.files) + len(task.documents) >= task_size or task.size >= SPLIT_BYTES:
            yield task
            task = _Task()
    if task.files or task.documents:
        yield task


# -- the loop on the caller ----------------------------------------------------------


def ingest_paths_distributed(
    store: Store,
    paths: Iterable[str | Path],
    *,
    dask: Client,
    client: httpx.Client | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = BATCH_SIZE,
    task_size: int = TASK_SIZE,
    in_flight: int | None = None,
) -> IngestSummary:
    """Like :func:`~retold.ingest.load.ingest_paths`, with reading and analysis on ``dask``.

    ``batch_size`` is spaCy's batch on a worker; ``task_size`` the documents (or small
    files) per task. Results are written in input order as they arrive; at most
    ``in_flight`` tasks (default: two per worker, plus one) are outstanding, which
    bounds memory.
    """
    summary = IngestSummary()
    dask.register_plugin(PipelinePlugin())
    if in_flight is None:
        in_flight = 2 * max(1, len(dask.scheduler_info().get("workers", {}))) + 1
    tasks = _tasks(paths, summary.rejections, task_size=task_size, http=client)
    pending: dict[int, _Task] = {}
    index_of: dict[object, int] = {}
    finished: dict[int, _Done | BaseException] = {}
    queue = as_completed(with_results=False)
    submitted = written = 0
    exhausted = False

    def submit_more() -> None:
        nonlocal submitted, exhausted
        while not exhausted and submitted - written < in_flight:
            task = next(tasks, None)
            if task is None:
                exhausted = True
                return
            future = dask.submit(_run_task, task.files, task.documents, batch_size, pure=False)
            index_of[future.key] = submitted
            pending[submitted] = task
            queue.add(future)
            submitted += 1

    def write(index: int, outcome: _Done | BaseException) -> None:
        task = pending.pop(index)
        if isinstance(outcome, BaseException):
            detail = f"{type(outcome).__name__}: {outcome}".strip().rstrip(":")
            for source in task.sources():
                summary.rejections.append(
                    Rejection(source, Errors.E134.format(path=source, detail=detail), "E134")
                )
            return
        summary.read += outcome.read
        summary.rejections.extend(outcome.rejections)
        fresh = [item for item in outcome.items if not store.has_content(item[0].content_hash)]
        summary.duplicates += len(outcome.items) - len(fresh)
        summary.record(store.add_documents(fresh))
        if progress:
            progress(outcome.read)

    submit_more()
    while written < submitted:
        future = next(queue)
        index = index_of.pop(future.key)
        try:
            finished[index] = future.result()
        except Exception as e:  # a task that failed for good is reported, never dropped
            finished[index] = e
        future.release()
        while written in finished:
            write(written, finished.pop(written))
            written += 1
        submit_more()
    return summary

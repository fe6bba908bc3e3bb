"""Processes of their own that run snippets and notebooks, one per Keras backend, each job
within a bound.

A snippet may never return, not even to Python (a blocking call in C), and then nothing can
stop it from inside its process. So snippets run in a worker (`python -m tools.runner`, with the
backend in its environment) that runs the jobs it is sent one after the other and answers one
line per snippet or notebook cell. A thread of the worker's own here takes the answers and
times the job that runs: when the worker has spent more than its bound (`TIMEOUT` unless it is
given another) since its last answer, the job fails, naming what it ran; the worker is killed,
and a new one runs the jobs queued after it. The first answer says the worker started, which
has `TIMEOUT` too.

The time spent is the worker's own: wall-clock time while it waits (using under 5 % of a CPU,
as a call that never returns does), and the CPU time it gets while it computes, so that a
busy machine slows a job without failing it. A job that waits forever fails `TIMEOUT` seconds
after it started; one that computes forever, after `TIMEOUT` seconds of CPU.
"""

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import IO

import psutil

from tools.catalogue import ROOT

# The recordings are made on TensorFlow; every snippet runs on each other backend too, in a worker
# of its own that sets its name in its environment.
RECORDED_BACKEND = "tensorflow"
OTHER_BACKENDS = ("jax", "torch")
BACKENDS = (RECORDED_BACKEND, *OTHER_BACKENDS)
# Seconds a worker may spend on a snippet or a notebook cell, and to start. The slowest snippet,
# the share-of-1×1 table on JAX, takes 55 s of CPU time.
TIMEOUT = 300.0
POLL = 1.0  # seconds between two looks at the worker
WAITING = 0.05  # the share of a CPU under which a worker is taken to wait
# XLA compiles every new shape of a random initialiser; without LLVM's optimisations that takes
# half the time on JAX, and with XLA's older elemental emitters instead of its fusion emitters
# about a fifth less again (every snippet on JAX: 169 CPU-s, then 132); what a snippet prints is
# the same, and so are the trainings' accuracies, to the last digit. What it compiled, it keeps
# in .cache/jax/, which the workers and the trainings share: a later run of the same snippet or
# training loads it instead, about half a snippet run's CPU time, and its results are the same.
# No size is set: with one, JAX locks and scans the whole cache at every entry it writes, which
# costs more than it saves here (the snippets' programs take about 8 MB). An entry read while
# another process writes it is compiled again (tools/runner.py).
JAX_CACHE = ROOT / ".cache" / "jax"
BACKEND_ENVIRONMENT = {
    "jax": {
        "XLA_FLAGS": "--xla_backend_optimization_level=0 --xla_cpu_use_fusion_emitters=false",
        "JAX_COMPILATION_CACHE_DIR": str(JAX_CACHE),
        "JAX_PERSISTENT_CACHE_MIN_COMPILE_TIME_SECS": "0",
    }
}


class RunFailed(Exception):
    """A snippet or a notebook raised, outlived its bound or ended its worker; the message
    names it, its page and the backend."""


@dataclass(frozen=True)
class Job:
    what: str  # how messages name it: `snippets/a/b.py (shown on docs/a/b.md)`
    request: str  # the JSON line the worker reads
    units: int = 1  # the lines it answers: one per snippet or code cell
    unit: str = ""  # how messages name a unit, if there are several: `code cell`

    def naming(self, index: int) -> str:
        return f"{self.what}, {self.unit} {index}," if self.unit else self.what


class Worker:
    """The worker of one backend, started at the first job it is sent."""

    def __init__(self, backend: str, timeout: float = TIMEOUT):
        self.backend, self.timeout = backend, timeout
        self.queued: deque[Job] = deque()  # sent and not yet answered, in the order sent
        self.answers: list[dict] = []  # the lines of the first queued job so far
        self.results: dict[Job, list[dict] | str] = {}  # a job's lines, or why it failed
        self.process: subprocess.Popen | None = None
        self.version = self.keras_version = ""  # of the backend and of Keras, once started
        self.sampled = (time.monotonic(), 0.0)  # when the worker was last timed, its CPU time
        self.changed = threading.Condition()

    def submit(self, *jobs: Job) -> None:
        """Queue the jobs that are neither queued nor done."""
        with self.changed:
            for job in jobs:
                if job in self.results or job in self.queued:
                    continue
                idle = not self.queued
                self.queued.append(job)
                if self.process is None:
                    self._start()
                else:
                    if idle:
                        self._clock()
                    self._send(job)

    def start(self) -> None:
        """Start the worker before its first job, so that it imports its backend meanwhile. Its
        bound to start runs from that first job."""
        with self.changed:
            if self.process is None:
                self._start()

    def result(self, job: Job) -> list[dict]:
        """The job's answers, one per unit, once every job sent before it is done."""
        with self.changed:
            self.submit(job)
            self.changed.wait_for(lambda: job in self.results)
            result = self.results[job]
        if isinstance(result, str):
            raise RunFailed(result)
        return result

    def stop(self) -> None:
        with self.changed:
            if self.process is not None:
                self.process.kill()
                self.process.wait()
                self.process.stdin.close()
                self.log.close()
                self.process = None

    def _start(self) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (stop() closes it)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tools.runner"],
            cwd=ROOT,
            env={
                **os.environ,
                **BACKEND_ENVIRONMENT.get(self.backend, {}),
                "SNIPPETS_BACKEND": self.backend,
            },
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            encoding="utf-8",
        )
        self.ready, self.usage = False, psutil.Process(self.process.pid)
        self._clock()
        lines = queue.SimpleQueue()
        threading.Thread(target=read_lines, args=(self.process.stdout, lines), daemon=True).start()
        threading.Thread(target=self._watch, args=(self.process, lines), daemon=True).start()
        for job in self.queued:
            self._send(job)

    def _send(self, job: Job) -> None:
        try:
            self.process.stdin.write(job.request + "\n")
            self.process.stdin.flush()
        except BrokenPipeError:
            pass  # it exited: its watch reads the end of its answers and says why

    def _watch(self, process: subprocess.Popen, lines: queue.SimpleQueue) -> None:
        """Take the process's answers and time its jobs, as long as it is this worker's."""
        while True:
            try:
                line = lines.get(timeout=POLL)
            except queue.Empty:
                line = ""
            with self.changed:
                if self.process is not process:
                    return
                if line:
                    self._answer(json.loads(line))
                elif line is None:
                    self._ended()
                elif self.queued:
                    self._time()
                self.changed.notify_all()

    def _answer(self, answer: dict) -> None:
        self._clock()
        if answer.get("ready"):
            self.ready, self.version, self.keras_version = True, answer["version"], answer["keras"]
            return
        job = self.queued[0]
        if "error" in answer:
            self._done(
                f"{job.naming(len(self.answers))} failed on {self.backend}:\n{answer['error']}"
            )
        else:
            self.answers.append(answer)
            if len(self.answers) == job.units:
                self._done(self.answers)

    def _ended(self) -> None:
        if not self.queued:  # ended while idle: the next job starts a new worker
            return self.stop()
        code = self.process.wait()
        self.log.seek(0)
        log = self.log.read().decode("utf-8", "replace")[-3000:]
        if not self.ready:
            return self._fail(f"the {self.backend} worker exited with {code} as it started:\n{log}")
        self._fail(f"ended the {self.backend} worker running it (exit code {code}):\n{log}")

    def _clock(self) -> None:
        """Start timing what the worker does next."""
        self.spent = 0.0
        self.sampled = (time.monotonic(), self._cpu_time())

    def _time(self) -> None:
        now, cpu = time.monotonic(), self._cpu_time()
        wall, used = now - self.sampled[0], cpu - self.sampled[1]
        self.spent += wall if used < WAITING * wall else min(used, wall)
        self.sampled = (now, cpu)
        bound = self.timeout if self.ready else TIMEOUT
        if self.spent <= bound:
            return
        if not self.ready:
            return self._fail(f"the {self.backend} worker did not start within {bound:g} s")
        self._fail(
            f"did not finish within {bound:g} s on {self.backend}; it was stopped, and what was "
            "queued after it runs in a new worker."
        )

    def _cpu_time(self) -> float:
        try:
            times = self.usage.cpu_times()
        except psutil.Error:  # it has just ended: the end of its answers says how
            return self.sampled[1]
        return times.user + times.system

    def _done(self, result: list[dict] | str) -> None:
        self.results[self.queued.popleft()] = result
        self.answers = []

    def _fail(self, reason: str) -> None:
        """The first queued job fails; the others go to a new worker, unless this one did not
        start, which a new one would not either."""
        self.stop()
        if not self.ready:
            while self.queued:
                self._done(f"{self.queued[0].what} did not run: {reason}")
            return
        self._done(f"{self.queued[0].naming(len(self.answers))} {reason}")
        if self.queued:
            self._start()


def read_lines(stream: IO[str], lines: queue.SimpleQueue) -> None:
    """Each line, then None at the end: read in a thread of its own, so that the process
    writing them never waits for the pipe."""
    with stream:
        for line in stream:
            lines.put(line)
    lines.put(None)

"""Training snippets (snippets/experiments/): what they print depends on the backend and the
seed, so nothing of theirs is compared byte for byte. Each defines `CONFIGURATIONS` (a name
for each network and how `build` makes it), `run(configurations, seeds)`, which trains and
returns the test accuracies, and the `CHECKED` configurations and `SEEDS` that its notebook
trains: those its page's claims name, which tests/test_experiments.py trains again.

- `python -m tools.experiments <backend> <snippet> <output.json> [--seeds ...]
  [--configurations ...]` trains in this one process on that backend, and writes the
  accuracies, each configuration's layers and parameters, and the time it took.
- `Trainings` runs that on every backend at once, each in a process of its own with one thread
  of computation (the backends share the machine's cores), and waits a bounded time for them.
- `record` (`make record`) trains every configuration from each of `RECORDED_SEEDS` on every
  backend, writes the results beside the snippet and draws them; `Results` reads them back.
"""

import argparse
import contextlib
import json
import math
import os
import runpy
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scipy.special import stdtrit

from tools.catalogue import GENERATED, ROOT, SNIPPETS, describe
from tools.workers import BACKEND_ENVIRONMENT, BACKENDS

RECORDED_SEEDS = range(100, 110)  # none of them a seed the check trains from (0, 1, 2)
CHECK_SEEDS = 3  # the fewest seeds per configuration and backend the check trains
# The bands together fail by chance at most this often: each of the check's M bands (one per
# backend and configuration it trains) fails with probability BAND_FALSE_ALARM / M (Bonferroni),
# under the model that a backend's runs of a configuration are independent normal draws.
BAND_FALSE_ALARM = 0.05
CLAIM_SDS = 3  # a claim's tolerance: the recorded difference ± 3 of its standard deviations
CHECK_TIMEOUT = 300  # seconds the check waits for its trainings on every backend
RECORD_TIMEOUT = 3600  # seconds for the recording's
# One thread of computation per process: the backends train side by side and share the cores.
ONE_THREAD = {
    "TF_NUM_INTRAOP_THREADS": "1",
    "TF_NUM_INTEROP_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "XLA_FLAGS": "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1",
    "TF_CPP_MIN_LOG_LEVEL": "3",
}


def environment(backend: str) -> dict[str, str]:
    """The process's environment: one thread, and the backend's own settings (on JAX, XLA's
    optimisations off, which halves each configuration's compilation and trains to the same
    accuracies, and the compilation cache, so that a configuration compiles once, not once per
    seed: its programs are the same for every seed)."""
    own = BACKEND_ENVIRONMENT.get(backend, {})
    flags = [ONE_THREAD["XLA_FLAGS"], own.get("XLA_FLAGS", "")]
    return {
        **os.environ,
        **own,
        **ONE_THREAD,
        "XLA_FLAGS": " ".join(filter(None, flags)),
        "KERAS_BACKEND": backend,
    }


def results_of(snippet: str | Path) -> Path:
    """The recorded results of a training snippet, beside it."""
    return SNIPPETS / Path(snippet).with_suffix(".json")


def plot_of(snippet: str | Path, theme: str) -> Path:
    snippet = Path(snippet)
    return GENERATED / snippet.parent / f"{snippet.stem}_{theme}.svg"


def mean(runs: list[float]) -> float:
    return statistics.fmean(runs)


def sd(runs: list[float]) -> float:
    """The sample standard deviation: the spread of the runs."""
    return statistics.stdev(runs)


def difference_se(first: list[float], second: list[float], runs: int | None = None) -> float:
    """The standard error of the difference of two means, each over `runs` runs (by default,
    over as many as are given) that spread as the given runs do: how far apart the two means
    may lie by chance alone."""
    return math.sqrt(sum(sd(given) ** 2 / (runs or len(given)) for given in (first, second)))


def paired_difference_se(first: list[float], second: list[float]) -> float:
    """The standard error of the mean of the differences of runs paired by position (the same
    backend and seed): for two networks that the same seed starts from the same weights, whose
    runs go together."""
    return sd([a - b for a, b in zip(first, second, strict=True)]) / math.sqrt(len(first))


@dataclass(frozen=True)
class Results:
    """What `record` wrote: for each backend and configuration, one test accuracy (percent) per
    recorded seed; each configuration's layers and parameters as Keras built them; the seeds;
    how long each backend trained; and the accuracies of the snippet's own runs (its CHECKED
    configurations from its SEEDS, which the check trains again by default) on each backend,
    which set no bound."""

    seeds: list[int]
    accuracy: dict[str, dict[str, list[float]]]
    configurations: dict[str, dict]
    seconds: dict[str, float]
    snippet_cpu_seconds: dict[str, float]
    checked_seeds: list[int]
    checked_accuracy: dict[str, dict[str, list[float]]]

    @classmethod
    def read(cls, snippet: str | Path) -> "Results":
        return cls(**json.loads(results_of(snippet).read_text("utf-8")))

    def runs(self, configuration: str) -> list[float]:
        """Every backend's recorded runs of a configuration."""
        return [run for backend in BACKENDS for run in self.accuracy[backend][configuration]]

    def checked_runs(self, configuration: str) -> list[float]:
        """Every backend's run of a configuration from each of the snippet's own seeds."""
        return [
            run for backend in BACKENDS for run in self.checked_accuracy[backend][configuration]
        ]

    @property
    def band_tests(self) -> int:
        """How many bands the check tests: one per backend and configuration it trains (the
        snippet's own, as recorded)."""
        return len(BACKENDS) * len(self.checked_accuracy[BACKENDS[0]])

    def band_quantile(self, configuration: str, backend: str) -> float:
        """The band's half-width in standard errors: Student's t quantile, with the degrees of
        freedom of the backend's recorded runs, that a band exceeds by chance with probability
        BAND_FALSE_ALARM / band_tests, on either side half of it."""
        freedom = len(self.accuracy[backend][configuration]) - 1
        return float(stdtrit(freedom, 1 - BAND_FALSE_ALARM / (2 * self.band_tests)))

    def band(
        self, configuration: str, backend: str, runs: int = CHECK_SEEDS
    ) -> tuple[float, float]:
        """Where the mean of `runs` runs of the configuration on the backend is expected, set by
        that backend's n recorded runs: their mean ± quantile · sd · √(1/runs + 1/n). The mean
        of fresh runs less the recorded mean, over sd · √(1/runs + 1/n), follows Student's t
        with n - 1 degrees of freedom, were the backend's runs independent normal draws."""
        recorded = self.accuracy[backend][configuration]
        half = (
            self.band_quantile(configuration, backend)
            * sd(recorded)
            * math.sqrt(1 / runs + 1 / len(recorded))
        )
        return mean(recorded) - half, mean(recorded) + half

    def checked_difference_se(self, first: str, second: str) -> float:
        """The standard error of the difference of two configurations' mean accuracies in the
        smallest check: CHECK_SEEDS seeds on each backend."""
        runs = CHECK_SEEDS * len(BACKENDS)
        return difference_se(self.runs(first), self.runs(second), runs)


# --- Training in a process of one backend --------------------------------------------------


EVERY = ["*"]  # as configurations: every one the snippet defines


def train_here(snippet: Path, configurations: list[str] | None, seeds: list[int] | None) -> dict:
    """Train in this process the configurations (by default the snippet's CHECKED, which its
    notebook trains) from the seeds (by default its SEEDS); the snippet's own printing goes to
    standard error."""
    start = time.perf_counter()
    with contextlib.redirect_stdout(sys.stderr):
        namespace = runpy.run_path(os.fspath(SNIPPETS / snippet), run_name="training")
        if configurations == EVERY:
            configurations = list(namespace["CONFIGURATIONS"])
        configurations = configurations or namespace["CHECKED"]
        seeds = seeds or namespace["SEEDS"]
        accuracy = namespace["run"](configurations, seeds)
    built = {
        name: {
            **namespace["CONFIGURATIONS"][name],
            "parameters": namespace["build"](**namespace["CONFIGURATIONS"][name]).count_params(),
        }
        for name in configurations
    }
    return {
        "seeds": seeds,
        "accuracy": accuracy,
        "configurations": built,
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time(),  # since the process started, imports included
    }


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.experiments")
    parser.add_argument("backend", choices=BACKENDS)
    parser.add_argument("snippet", type=Path, help="relative to snippets/")
    parser.add_argument("output", type=Path)
    parser.add_argument("--seeds", type=int, nargs="+")
    parser.add_argument("--configurations", nargs="+")
    options = parser.parse_args(arguments)
    if os.environ.get("KERAS_BACKEND") != options.backend:
        parser.error(f"set KERAS_BACKEND={options.backend}: Keras reads it when imported")
    result = train_here(options.snippet, options.configurations, options.seeds)
    options.output.write_text(json.dumps(result), encoding="utf-8")


# --- Every backend at once -----------------------------------------------------------------


class Trainings:
    """Training on every backend side by side, each in a process of its own, started at once;
    `results` waits for them. Their progress and printing go to standard error and output;
    with `in_the_background`, to a log of each backend's instead, which a failure quotes, and the
    processes run at the lowest priority, so that they take the cores only when nothing else
    wants them."""

    def __init__(
        self,
        snippet: str | Path,
        configurations: list[str] | None = None,
        seeds: list[int] | None = None,
        in_the_background: bool = False,
    ):
        self.snippet = Path(snippet)
        options = ["--seeds", *map(str, seeds)] if seeds else []
        options += ["--configurations", *configurations] if configurations else []
        self.workdir = tempfile.TemporaryDirectory()
        self.logs = {
            backend: open(f"{self.workdir.name}/{backend}.log", "w+b")  # noqa: SIM115 (stop() closes it)
            for backend in BACKENDS
            if in_the_background
        }
        self.processes = {
            backend: subprocess.Popen(
                [
                    *(["nice", "-n", "19"] if in_the_background else []),
                    sys.executable,
                    "-m",
                    "tools.experiments",
                    backend,
                    self.snippet.as_posix(),
                    f"{self.workdir.name}/{backend}.json",
                    *options,
                ],
                cwd=ROOT,
                env=environment(backend),
                stdout=self.logs.get(backend),
                stderr=subprocess.STDOUT if backend in self.logs else None,
            )
            for backend in BACKENDS
        }

    def _output(self, backend: str) -> str:
        """The end of what the backend's training printed, or where it went."""
        if backend not in self.logs:
            return "its standard error is above"
        log = self.logs[backend]
        log.seek(0)
        return "it printed, at the end:\n" + log.read().decode("utf-8", "replace")[-3000:]

    def results(self, timeout: float) -> dict[str, dict]:
        """Each backend's result, as `train_here` gives it, waiting at most `timeout` seconds
        from now. Fails, naming the snippet, its page and the backend, on an error or at that
        bound."""
        deadline = time.monotonic() + timeout
        try:
            for backend, process in self.processes.items():
                try:
                    code = process.wait(max(0.0, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    raise TimeoutError(
                        f"{describe(self.snippet)} was still training on {backend} {timeout} s "
                        f"after the check asked for its results; {self._output(backend)}"
                    ) from None
                if code != 0:
                    raise RuntimeError(
                        f"{describe(self.snippet)} failed on {backend} (exit code {code}); "
                        f"{self._output(backend)}"
                    )
            return {
                backend: json.loads(Path(f"{self.workdir.name}/{backend}.json").read_text("utf-8"))
                for backend in BACKENDS
            }
        finally:
            self.stop()

    def stop(self) -> None:
        for process in self.processes.values():
            process.kill()
            process.wait()
        for log in self.logs.values():
            log.close()
        self.workdir.cleanup()


# --- Recording -----------------------------------------------------------------------------


def record(snippet: Path) -> None:
    """Train what the snippet (and its notebook) trains on every backend, for its time and for
    what the check, which trains the same runs by default, should find; then every configuration
    from each recorded seed; write the results and draw them."""
    as_shown = Trainings(snippet).results(RECORD_TIMEOUT)
    [checked_seeds] = {json.dumps(run["seeds"]) for run in as_shown.values()}
    trained = Trainings(snippet, EVERY, list(RECORDED_SEEDS)).results(RECORD_TIMEOUT)
    [configurations] = {json.dumps(run["configurations"]) for run in trained.values()}
    results = {
        "seeds": list(RECORDED_SEEDS),
        "accuracy": {backend: run["accuracy"] for backend, run in trained.items()},
        "configurations": json.loads(configurations),
        "seconds": {backend: round(run["seconds"], 1) for backend, run in trained.items()},
        # CPU time of the snippet's own trainings and imports, with one thread: the time it
        # takes on one free core.
        "snippet_cpu_seconds": {
            backend: round(run["cpu_seconds"], 1) for backend, run in as_shown.items()
        },
        "checked_seeds": json.loads(checked_seeds),
        "checked_accuracy": {backend: run["accuracy"] for backend, run in as_shown.items()},
    }
    results_of(snippet).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    draw_results(snippet)


@cache
def _plotting():
    """matplotlib, for drawing SVG; imported only by what draws."""
    import matplotlib

    matplotlib.use("svg")
    import matplotlib.pyplot as plt

    return plt


THEMES = {
    # Text and axes, each backend's points, and the reference lines.
    "light": {
        "ink": "#222222",
        "tensorflow": "#0072B2",
        "jax": "#D55E00",
        "torch": "#009E73",
        "line": "#666666",
    },
    "dark": {
        "ink": "#E6E6E6",
        "tensorflow": "#56B4E9",
        "jax": "#E69F00",
        "torch": "#5FD3A8",
        "line": "#AAAAAA",
    },
}
BACKEND_NAMES = {"tensorflow": "TensorFlow", "jax": "JAX", "torch": "PyTorch"}


def draw(results: Results, theme: str) -> str:
    """Mean test accuracy ± one standard deviation on each backend, of the networks with a 1x1
    reduction of each width against the width and against the parameters, and of the other
    networks (every backend's runs together) against the parameters, as lines across the first
    panel and as markers in the second."""
    plt = _plotting()
    colours = THEMES[theme]
    ink = colours["ink"]
    style = {"text.color": ink, "axes.labelcolor": ink, "axes.edgecolor": ink}
    style |= {"xtick.color": ink, "ytick.color": ink, "svg.hashsalt": f"experiments-{theme}"}
    sweep = {
        name: spec["width"]
        for name, spec in results.configurations.items()
        if set(spec) == {"width", "parameters"}
    }
    others = [name for name in results.configurations if name not in sweep]
    parameters = {name: spec["parameters"] for name, spec in results.configurations.items()}
    with plt.rc_context(style):
        figure, (by_width, by_params) = plt.subplots(
            1, 2, figsize=(9, 4.4), sharey=True, layout="constrained"
        )
        # Each backend's points a little to the side of the others', so that all show.
        for shift, backend in zip((0.96, 1.0, 1.04), BACKENDS, strict=True):
            accuracy = results.accuracy[backend]
            means = [mean(accuracy[name]) for name in sweep]
            errors = [sd(accuracy[name]) for name in sweep]
            for axis, xs in ((by_width, sweep.values()), (by_params, map(parameters.get, sweep))):
                axis.errorbar(
                    [x * shift for x in xs],
                    means,
                    errors,
                    fmt="o-",
                    capsize=3,
                    color=colours[backend],
                    label=BACKEND_NAMES[backend],
                )
        for name, line, marker in zip(others, ("--", ":", "-."), "s^D", strict=False):
            runs = results.runs(name)
            by_width.axhline(mean(runs), color=colours["line"], linestyle=line, label=name)
            by_params.errorbar(
                parameters[name],
                mean(runs),
                sd(runs),
                fmt=marker,
                capsize=3,
                color=colours["line"],
                label=f"{name} (all backends)",
            )
        for width, name in ((w, n) for n, w in sweep.items()):
            by_params.annotate(
                f"{width}",
                (parameters[name], min(mean(results.accuracy[b][name]) for b in BACKENDS)),
                textcoords="offset points",
                xytext=(0, -16),
                ha="center",
                fontsize=8,
                color=ink,
            )
        by_width.set_xscale("log", base=2)
        by_width.set_xticks(list(sweep.values()), [str(w) for w in sweep.values()])
        by_width.minorticks_off()
        by_width.set_xlabel("maps after the 1x1 reduction")
        by_width.set_ylabel("test accuracy (%), mean ± sd")
        by_width.legend(fontsize=8, frameon=False, loc="lower right")
        by_params.xaxis.set_major_formatter("{x:,.0f}")
        by_params.set_xlabel("parameters of the network (numbers: maps after the 1x1)")
        by_params.legend(fontsize=8, frameon=False, loc="lower right")
        figure.suptitle(f"Test accuracy over {len(results.seeds)} seeds on each backend")
        svg = _svg(figure)
        plt.close(figure)
    return svg


def _svg(figure) -> str:
    with tempfile.TemporaryDirectory() as workdir:
        path = Path(workdir) / "plot.svg"
        figure.savefig(path, metadata={"Date": None}, transparent=True)
        return path.read_text("utf-8")


def draw_results(snippet: Path) -> None:
    results = Results.read(snippet)
    for theme in THEMES:
        path = plot_of(snippet, theme)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(draw(results, theme), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])

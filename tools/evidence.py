"""The claims registers, tests/claims/<page>.yml: the statements of each page that a reader
could rely on, each with its evidence. The build publishes them (evidence/<page>/index.json)
and marks them on the pages; tests/test_claims.py holds the registers to the pages.

    - claim: "The biases do not fall: every filter keeps its own, {{ shuffle.biases }} in each."
      values: [shuffle.biases]
      snippet: today/shuffle_grouped_cost.py
      line: "biases"
    - claim: "Zhang et al. point this out with their Figure 1(a) (Section 3.1)."
      cite: [zhang2017, "Section 3.1 and Figure 1"]

A claim is one sentence of its page (tools/sentences.py) as the page's Markdown has it, named
values as `{{ names }}`, links as `[text](target)`, code in backticks and math as `\\( \\)`.
Its evidence:

- `values`: exactly the named values it shows, in any order;
- `support`: named values it rests on without showing them;
- `snippet`: a snippet the page shows, with `line`, the line of its recording that proves the
  claim (the whole line, or its label before the colon) or a list of the lines that prove it
  together, or `no_line`, why no lines of it do;
- `cite`: `[key, locator]` of tools/references.py, or a list of them;
- `unchecked`: with `cite`, why a locator or wording it cites could not be checked against the
  source's own text (the evidence view says so beside the citation);
- `training`: a statistical assertion about a page's trainings, which the check tests by
  training again (tests/test_experiments.py): on the mean accuracies over every backend,
  `{within: <named value>, means: [first, second]}` (the two means differ by at most that many
  points) or `{below: <named value>, means: [first, second]}` (the first is more than that many
  points below the second); or on each backend's mean, `{band: <configuration>}` (each
  backend's mean of its runs of the configuration lies in its recorded band, which
  tools/experiments.py's `Results.band` sets).
"""

import ast
import hashlib
import inspect
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup

from tools.catalogue import ROOT, Page, nav, pages, recording_of

REGISTERS = ROOT / "tests" / "claims"
KEYS = {
    "claim",
    "values",
    "support",
    "snippet",
    "line",
    "no_line",
    "cite",
    "unchecked",
    "training",
}
# Inline Markdown as the site renders it: math stays as its TeX, as arithmatex leaves it.
_INLINE = markdown.Markdown(
    extensions=["attr_list", "pymdownx.arithmatex"],
    extension_configs={"pymdownx.arithmatex": {"generic": True}},
)


@dataclass(frozen=True)
class Training:
    """A claim's `training` evidence."""

    relation: str  # within, below or band
    bound: str | None  # the named value of within and below
    configurations: tuple[str, ...]

    @classmethod
    def of(cls, evidence: dict) -> "Training":
        [relation] = [key for key in ("within", "below", "band") if key in evidence]
        if relation == "band":
            return cls(relation, None, (evidence["band"],))
        return cls(relation, evidence[relation], tuple(evidence["means"]))

    def __str__(self) -> str:
        if self.relation == "band":
            return (
                f"each backend's mean of its runs of {self.configurations[0]} lies in its "
                "recorded band"
            )
        first, second = self.configurations
        if self.relation == "within":
            return f"the mean accuracies of {first} and {second} differ by at most {self.bound}"
        return f"the mean accuracy of {first} is more than {self.bound} below that of {second}"


@dataclass(frozen=True)
class Claim:
    page: Page
    text: str  # the sentence in source form, whitespace collapsed
    values: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    snippet: str | None = None
    lines: tuple[str, ...] = ()  # the recording's lines that prove it, as `line` names them
    no_line: str | None = None
    cites: tuple[tuple[str, str], ...] = field(default=())
    unchecked: str | None = None  # why its citation could not be checked against the source
    training: Training | None = None

    @property
    def anchor(self) -> str:
        """A stable id, from the page and the sentence rather than its position."""
        digest = hashlib.sha1(f"{self.page.name}\n{self.text}".encode()).hexdigest()
        return f"claim-{digest[:10]}"

    @property
    def rendered(self) -> str:
        """The sentence as a reader sees it: values filled in, links and code as their text."""
        return plain(self.text)


def collapsed(text: str) -> str:
    return " ".join(text.split())


@cache
def plain(source: str) -> str:
    from tools.figures import render  # figures count the claims: tools/figures/checked.py

    html = _INLINE.reset().convert(render(source))
    return collapsed(BeautifulSoup(html, "html.parser").get_text())


def register_of(page: Page):
    return REGISTERS / page.source.relative_to(ROOT / "docs").with_suffix(".yml")


def _cites(value, where: str) -> tuple[tuple[str, str], ...]:
    """`cite: [key, locator]` or `cite: [[key, locator], ...]`, as (key, locator) pairs."""
    if not value:
        return ()
    pairs = value if isinstance(value[0], list) else [value]
    for pair in pairs:
        if len(pair) != 2 or not all(isinstance(part, str) for part in pair):
            raise ValueError(
                f"{where}: cite {pair} is not [key, locator]; quote a locator that holds a comma "
                "or a colon"
            )
    return tuple(map(tuple, pairs))


def _lines(value, where: str) -> tuple[str, ...]:
    """`line: text` or `line: [text, ...]`, as a tuple."""
    lines = () if value is None else (value,) if isinstance(value, str) else tuple(value)
    if not all(isinstance(line, str) for line in lines):
        raise ValueError(f"{where}: line {value!r} is not a line or a list of lines; quote it")
    return lines


def _phrase(entry: dict, key: str, register: Path) -> str | None:
    """An entry's `no_line` or `unchecked`: the evidence view ends a sentence of its own with it,
    so it starts in lower case and has no full stop at its end."""
    phrase = entry.get(key)
    if phrase is not None and (phrase[:1].isupper() or phrase.endswith(".")):
        raise ValueError(
            f"{register.relative_to(ROOT)}: {entry['claim']!r}: its {key} ends a sentence of the "
            f"evidence view, so it starts in lower case and has no full stop at its end: {phrase!r}"
        )
    return phrase


@cache
def claims_of(page: Page) -> list[Claim]:
    """The page's register; a key that is none of KEYS fails, naming the register."""
    register = register_of(page)
    found = []
    # LibYAML's loader (in PyYAML's wheels) reads the registers ten times faster.
    for entry in yaml.load(register.read_text("utf-8"), Loader=yaml.CSafeLoader) or []:
        if unknown := entry.keys() - KEYS:
            raise ValueError(f"{register.relative_to(ROOT)}: unknown keys {sorted(unknown)}")
        found.append(
            Claim(
                page=page,
                text=collapsed(entry["claim"]),
                values=tuple(entry.get("values", ())),
                support=tuple(entry.get("support", ())),
                snippet=entry.get("snippet"),
                lines=_lines(
                    entry.get("line"), f"{register.relative_to(ROOT)}: {entry['claim']!r}"
                ),
                no_line=_phrase(entry, "no_line", register),
                cites=_cites(
                    entry.get("cite"), f"{register.relative_to(ROOT)}: {entry['claim']!r}"
                ),
                unchecked=_phrase(entry, "unchecked", register),
                training=Training.of(entry["training"]) if "training" in entry else None,
            )
        )
    return found


def all_claims() -> list[Claim]:
    return [claim for page in pages() for claim in claims_of(page)]


# A page's link to a reference's entry on the references page.
REFERENCE_LINK = re.compile(r"references\.md#([\w-]+)")


@cache
def pages_citing() -> dict[str, list[Page]]:
    """Each cited reference's key: the pages that cite it, in the order of the navigation, by a
    link to its entry, a claim's citation or a quote that a claim shows or rests on. The
    references page lists them under each entry."""
    from tools.figures import named_values
    from tools.figures.figure import Quote

    values = named_values()
    citing = {}
    for _, page in nav():
        keys = set(REFERENCE_LINK.findall(page.markdown))
        for claim in claims_of(page):
            keys |= {key for key, _ in claim.cites}
            quoted = (values.get(name) for name in (*claim.values, *claim.support))
            keys |= {value.cite.key for value in quoted if isinstance(value, Quote)}
        for key in keys:
            citing.setdefault(key, []).append(page)
    return citing


LABEL = re.compile(r"^(?P<label>[^:]+):")


def recording_lines(named: str, recording: str) -> list[str]:
    """The distinct lines of a snippet's recording that one of a claim's `line` names: one, if
    the check is to read the line the claim means."""
    found = []
    for line in (line.strip() for line in recording.splitlines()):
        label = LABEL.match(line)
        if named in (line, label and label["label"].strip()) and line not in found:
            found.append(line)
    return found


@cache
def _source(path: str) -> tuple[list[str], dict[str, ast.stmt]]:
    """A figures module's lines and its module-level assignments, by the name they bind."""
    source = Path(path).read_text("utf-8")
    return source.splitlines(keepends=True), {
        name.id: node
        for node in ast.parse(source).body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        for name in ast.walk(target)
        if isinstance(name, ast.Name)
    }


def _segment(lines: list[str], node: ast.stmt) -> str:
    """`ast.get_source_segment`, on lines split once per module rather than once per call."""
    first, last = node.lineno - 1, node.end_lineno - 1
    if first == last:
        return lines[first].encode()[node.col_offset : node.end_col_offset].decode()
    return "".join(
        [
            lines[first].encode()[node.col_offset :].decode(),
            *lines[first + 1 : last],
            lines[last].encode()[: node.end_col_offset].decode(),
        ]
    )


def _helpers(node: ast.stmt, definitions: dict[str, ast.stmt]) -> list[str]:
    """The private module-level names that a statement uses, directly or through the
    statements of other such names, sorted: `_5_direct` and, through it, `_5`."""
    found, pending = set(), [node]
    while pending:
        value = pending.pop().value  # what it assigns, not what it binds
        for n in ast.walk(value) if value is not None else ():
            if (
                isinstance(n, ast.Name)
                and n.id.startswith("_")
                and n.id in definitions
                and n.id not in found
            ):
                found.add(n.id)
                pending.append(definitions[n.id])
    return sorted(found)


def _computation(name: str) -> tuple[dict, dict[str, str], dict[str, str]]:
    """Where a named value is defined: its line and statement in its namespace's module, the
    private helpers of that module it uses, directly or through one another, and the functions
    that it or they call by name (computed); the statements of those helpers, by namespace and
    name; and the docstrings of those functions. What a method or an attribute computes (such
    as `_5_direct.macs`) is not followed."""
    from tools.figures import NAMESPACES

    namespace, _, attribute = name.partition(".")
    module = NAMESPACES[namespace]
    lines, definitions = _source(module.__file__)
    node = definitions[attribute]
    helpers = {
        f"{namespace}.{helper}": _segment(lines, definitions[helper])
        for helper in _helpers(node, definitions)
    }
    statement = _segment(lines, node)
    called = {
        n.func.id
        for code in (statement, *helpers.values())
        for n in ast.walk(ast.parse(code))
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    functions = [
        getattr(module, function)
        for function in sorted(called)
        if inspect.isfunction(getattr(module, function, None))
    ]
    docstrings = {
        f"{function.__module__}.{function.__name__}": inspect.getdoc(function) or ""
        for function in functions
    }
    computed = {
        "line": node.lineno,
        "source": statement,
        "helpers": list(helpers),
        "functions": list(docstrings),
    }
    return computed, helpers, docstrings


def values_data() -> dict:
    """Every named value: its text and number, where it is computed, the recording line that
    prints it (if one does), and for a quote its source and whether it agrees with ours; and,
    once each, the module of each namespace, the statements of the helpers the values use and
    the docstrings of the functions that compute them."""
    from tools.figures import NAMESPACES, named_values
    from tools.figures.figure import Quote

    data, helpers, docstrings = {}, {}, {}
    for name, value in sorted(named_values().items()):
        computed, used, functions = _computation(name)
        helpers |= used
        docstrings |= functions
        entry = {"text": str(value), "number": value.value, "computed": computed}
        printed = getattr(value, "printed", None)
        if printed is not None:
            entry["printed"] = {"snippet": printed.snippet, "where": printed.place}
        if isinstance(value, Quote):
            entry["quote"] = {"key": value.cite.key, "locator": value.cite.locator}
            if value.ours is not None:
                ours = next(n for n, v in named_values().items() if v is value.ours)
                entry["quote"] |= {"ours": ours, "agrees": value.agrees}
        data[name] = entry
    modules = {
        namespace: Path(module.__file__).relative_to(ROOT).as_posix()
        for namespace, module in sorted(NAMESPACES.items())
    }
    return {
        "values": data,
        "modules": modules,
        "helpers": dict(sorted(helpers.items())),
        "functions": dict(sorted(docstrings.items())),
    }


def _printed(claim: Claim) -> list[str]:
    """The recording's lines that the claim's `line` names, whole, as the reader sees them in
    the Output tab; a name that is not one line of it (tests/test_claims.py fails on it) as it
    is."""
    recording = recording_of(claim.snippet).read_text("utf-8")
    return [
        found[0] if len(found := recording_lines(named, recording)) == 1 else named
        for named in claim.lines
    ]


def _claim_data(claim: Claim) -> dict:
    """A claim's anchor, rendered sentence and evidence, each kind of evidence only where the
    claim has some."""
    return {
        "anchor": claim.anchor,
        "sentence": claim.rendered,
        **({"values": list(claim.values)} if claim.values else {}),
        **({"support": list(claim.support)} if claim.support else {}),
        **({"snippet": claim.snippet} if claim.snippet else {}),
        **({"lines": _printed(claim)} if claim.lines else {}),
        **({"no_line": claim.no_line} if claim.no_line else {}),
        **(
            {"cites": [{"key": key, "locator": locator} for key, locator in claim.cites]}
            if claim.cites
            else {}
        ),
        **({"unchecked": claim.unchecked} if claim.unchecked else {}),
        **({"training": str(claim.training)} if claim.training else {}),
    }


def evidence_files(commit: str) -> dict[str, dict]:
    """What the evidence view loads for each page with claims, by the page's address below the
    site: its claims, and of values_data() the named values they show or rest on with their
    namespaces' modules, helpers and functions, and the commit whose lines those are."""
    everything = values_data()
    files = {}
    for page in pages():
        claims = claims_of(page)
        if not claims:
            continue
        names = sorted({name for claim in claims for name in (*claim.values, *claim.support)})
        values = {name: everything["values"][name] for name in names}
        computed = [value["computed"] for value in values.values()]
        files[page.url] = {
            "claims": [_claim_data(claim) for claim in claims],
            "values": values,
            "modules": {
                namespace: everything["modules"][namespace]
                for namespace in sorted({name.partition(".")[0] for name in names})
            },
            "helpers": {h: everything["helpers"][h] for c in computed for h in c["helpers"]},
            "functions": {f: everything["functions"][f] for c in computed for f in c["functions"]},
            "commit": commit,
        }
    return files

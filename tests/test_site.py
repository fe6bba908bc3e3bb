"""The built site shows only tested code and recorded output, and uses every snippet.

These checks read the HTML that `mkdocs build --strict` writes, so they see each page as a
reader does: with every snippet call expanded, whatever the fence's attributes.
"""

import functools
import io
import itertools
import json
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import pytest
from pytest_codeblocks import extract_from_buffer

from site_build import PUBLISHED_ENVIRONMENT, PYTHON_LANGUAGES
from tools.catalogue import (
    ROOT,
    SNIPPETS,
    all_snippets,
    notebook_pages,
    pages,
    recording_of,
    site_paths,
    snippet_called,
)
from tools.figures import checked, render
from tools.pdf import pdf_name


def snippet_texts() -> dict[str, str]:
    return {(SNIPPETS / path).read_text("utf-8"): path.as_posix() for path in all_snippets()}


def recording_texts() -> dict[str, str]:
    return {
        recording_of(path).read_text("utf-8"): recording_of(path).relative_to(SNIPPETS).as_posix()
        for path in all_snippets()
        if recording_of(path).exists()
    }


def same_text(shown: str, source: str) -> bool:
    """Highlighting ends every block with one newline; a file may or may not end with one."""
    return shown.rstrip("\n") == source.rstrip("\n")


def shown_blocks(built_site, languages):
    return [
        block
        for page in built_site.pages()
        for block in page.code_blocks()
        if block.language in languages
    ]


# Every page a reader can open, by its site path; each test of one page's HTML runs for each, so
# that a page's check (`--pages`) runs them for its page and its notebook's.
SITE_PATHS = site_paths()


def test_the_pages_checked_one_by_one_are_every_page_built(built_site):
    assert sorted(page.path for page in built_site.pages()) == sorted(
        f"{path}index.html" for path in SITE_PATHS
    )


def built(built_site, path: str):
    return built_site.page(f"{path}index.html")


@pytest.mark.parametrize("path", SITE_PATHS)
def test_every_code_block_names_its_language(built_site, path):
    page = built(built_site, path)
    unlabelled = [
        f"{page.path}: {block.text[:60]!r}"
        for block in page.code_blocks()
        if block.language is None
    ]
    bare = [
        f"{page.path}: {pre.get_text()[:60]!r}"
        for pre in page.article.select("pre")
        # Notebook cells are checked cell by cell in tests/test_notebooks.py.
        if not pre.find_parent("div", class_=["highlight", "jp-Cell"])
    ]
    assert not unlabelled + bare, (
        "Code blocks must name their language (```python for snippets, ```text for recorded "
        "output), or the tests cannot tell whether they run:\n" + "\n".join(unlabelled + bare)
    )


def test_every_python_block_on_the_site_is_a_tested_snippet(built_site):
    snippets = snippet_texts()
    untested = [
        f"{block.page}: a ```{block.language} block that no test runs:\n{block.text[:200]}"
        for block in shown_blocks(built_site, PYTHON_LANGUAGES)
        if not any(same_text(block.text, source) for source in snippets)
    ]
    assert not untested, (
        'Python on a page must be a snippet file, shown with {{ snippet("topic/name.py") }}:\n'
        + "\n".join(untested)
    )


def test_every_text_block_on_the_site_is_a_recording(built_site):
    recordings = recording_texts()
    typed = [
        f"{block.page}: {block.text[:200]}"
        for block in shown_blocks(built_site, {"text"})
        if not any(same_text(block.text, recorded) for recorded in recordings)
    ]
    assert not typed, (
        "A ```text block must be a snippet's recording, shown with its snippet, not typed text:\n"
        + "\n".join(typed)
    )


def test_every_snippet_and_its_recording_is_shown_on_a_page(built_site):
    shown = [block.text for block in shown_blocks(built_site, PYTHON_LANGUAGES | {"text"})]
    files = {**snippet_texts(), **recording_texts()}
    unused = [name for text, name in files.items() if not any(same_text(s, text) for s in shown)]
    assert not unused, f"These snippet files are on no page: {unused}"


def expanded_markdown(page) -> str:
    """The page's Markdown as mkdocs renders it: snippet calls and named values rendered, and
    every include they write replaced by its file."""
    extension = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(SNIPPETS)], "check_paths": True}
        },
    )
    lines = render(page.markdown).splitlines()
    return "\n".join(extension.preprocessors["snippet"].run(lines))


def test_each_snippet_is_followed_by_its_own_output():
    """Under each snippet, marked with pytest-codeblocks' expected-output, is its recording."""
    snippets = snippet_texts()
    mismatched = []
    for page in pages():
        for block in extract_from_buffer(io.StringIO(expanded_markdown(page))):
            name = next((n for t, n in snippets.items() if same_text(block.code, t)), None)
            if block.syntax != "python" or name is None:
                continue
            expected = recording_of(name)
            if block.expected_output is None or not same_text(
                block.expected_output, expected.read_text("utf-8")
            ):
                mismatched.append(f"docs/{page.name}: {name}")
    assert not mismatched, (
        "Each snippet must be followed by <!--pytest-codeblocks:expected-output--> and a "
        "```text block that includes its own recording:\n" + "\n".join(mismatched)
    )


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_no_file_is_included_by_hand(page):
    """A snippet and its recording are shown by one `{{ snippet(...) }}` line, which the
    catalogue reads; an include written by hand would be shown but neither run nor recorded."""
    by_hand = [
        f"docs/{page.name}:{number}: {line.strip()}"
        for number, line in enumerate(page.source.read_text("utf-8").splitlines(), 1)
        if "--8<--" in line
    ]
    assert not by_hand, (
        'Show a snippet with {{ snippet("topic/name.py") }}, not a hand-written include:\n'
        + "\n".join(by_hand)
    )


# What may start a line at a smaller indent than the line before it: a list item, a heading, a
# table row, a fence, an admonition, raw HTML or a template tag.
BLOCK_START = re.compile(r"(?:[-*+] |\d+\. |#|\||```|~~~|\?\?\?|!!!|<|\{%)")


def lines_out_of_their_block(markdown_text: str) -> list[tuple[int, str]]:
    """Lines that go on with the text of an indented block (an admonition, a solution, a list
    item) at a smaller indent: Markdown ends the block before them and shows them outside it,
    where a folded solution shows them to every reader."""
    found, fence, previous = [], None, ""
    for number, line in enumerate(markdown_text.splitlines(), 1):
        text = line.lstrip()
        if text.startswith(("```", "~~~")):
            fence = None if fence and text.startswith(fence) else (fence or text[:3])
        elif fence is None and text and previous.strip():
            indent, before = len(line) - len(text), len(previous) - len(previous.lstrip())
            if before >= 4 and indent < before and not BLOCK_START.match(text):
                found.append((number, line))
        previous = line if fence is None else ""
    return found


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_no_line_falls_out_of_its_block(page):
    fallen = [
        f"docs/{page.name}:{number}: {line.strip()}"
        for number, line in lines_out_of_their_block(page.source.read_text("utf-8"))
    ]
    assert not fallen, (
        "Indent these lines as the lines before them, or Markdown shows them after the "
        "block:\n" + "\n".join(fallen)
    )


def test_the_check_finds_a_line_out_of_its_block_and_nothing_else():
    solution = '??? success "Solution"\n\n    Each filter has\n{{ x.channels }} weights.\n'
    assert lines_out_of_their_block(solution) == [(4, "{{ x.channels }} weights.")]
    nested = "- An item\n    that goes on\n- and the next\n\n    ```python\nx = 1\n    ```\n"
    assert lines_out_of_their_block(nested) == []


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{{ snippet("tutorial/missing.py") }}', "names no file under snippets/"),
        ("{{ snippet('tutorial/baseline_3x3_conv.py') }}", "is not a snippet call"),
        ('Text and {{ snippet("tutorial/baseline_3x3_conv.py") }}', "is not a snippet call"),
        ('    {{ snippet("tutorial/baseline_3x3_conv.py") }}', "asks for indent(0)"),
        ('{{ snippet("tutorial/baseline_3x3_conv.py") | indent(4) }}', "asks for indent(4)"),
    ],
)
def test_a_snippet_call_the_catalogue_cannot_read_fails(line, error):
    """The build would render these; the notebooks and the checks would not see them."""
    with pytest.raises(ValueError, match=re.escape(error)) as raised:
        snippet_called(line, "tutorial/keras-examples.md")
    assert str(raised.value).startswith("docs/tutorial/keras-examples.md: ")


def test_snippet_calls_are_read_with_their_indent():
    assert snippet_called('{{ snippet("cost/five_by_five_macs.py") }}', "x.md") == Path(
        "cost/five_by_five_macs.py"
    )
    assert snippet_called(
        '        {{ snippet("cost/five_by_five_macs.py") | indent(8) }}', "x.md"
    ) == Path("cost/five_by_five_macs.py")
    assert snippet_called("Prose that names no snippet.", "x.md") is None


def test_every_snippet_has_a_mirror_test():
    missing = [
        path.as_posix()
        for path in all_snippets()
        if not (ROOT / "tests" / path.parent / f"test_{path.name}").exists()
    ]
    assert not missing, (
        f"Each snippets/<topic>/<name>.py needs tests/<topic>/test_<name>.py: {missing}"
    )


def test_strict_build_renders_every_page(built_site):
    """The build fixture fails on any mkdocs warning (a missing include, a broken link or
    anchor); here every Markdown page must also have become an HTML page."""
    built = {page.path for page in built_site.pages()}
    expected = {page.html for page in pages()}
    assert expected <= built, f"Pages missing from the build: {sorted(expected - built)}"


IMPORT = re.compile(r"""import\(\s*["'](https?://[^"']+)""")


@pytest.mark.parametrize("path", SITE_PATHS)
def test_no_page_loads_anything_from_another_host(built_site, path):
    """Readers may be offline: scripts, styles, fonts and images must come with the site."""
    remote = []
    page = built(built_site, path)
    soup = page.soup
    for tag in soup.select("script[src], link[href], img[src], iframe[src], source[src]"):
        address = tag.get("src") or tag.get("href")
        if tag.name == "link" and "canonical" in tag.get("rel", []):
            continue
        if urlsplit(address).netloc:
            remote.append(f"{page.path}: <{tag.name}> {address}")
    for script in soup.select("script:not([src])"):
        remote += [f"{page.path}: script imports {url}" for url in IMPORT.findall(script.text)]
    assert not remote, "Pages load resources from other hosts:\n" + "\n".join(remote)


@pytest.mark.parametrize("path", SITE_PATHS)
def test_every_image_has_a_text_alternative(built_site, path):
    page = built(built_site, path)
    missing = [
        f"{page.path}: {image.get('src')}"
        for image in page.article.select("img")
        if not image.get("alt", "").strip()
    ]
    assert not missing, f"Images without alt text: {missing}"


@pytest.mark.parametrize("path", SITE_PATHS)
def test_headings_start_at_one_title_and_never_skip_a_level(built_site, path):
    page = built(built_site, path)
    levels = [int(h.name[1]) for h in page.article.select("h1, h2, h3, h4, h5, h6")]
    assert levels[:1] == [1], f"{page.path}: its first heading is no h1 ({levels})"
    assert levels.count(1) == 1, f"{page.path}: needs exactly one h1 ({levels})"
    skips = [(a, b) for a, b in itertools.pairwise(levels) if b > a + 1]
    assert not skips, f"{page.path}: heading levels skip {skips}"


@pytest.mark.parametrize("source", pages(), ids=lambda page: page.name)
def test_every_page_links_to_its_source_for_editing(built_site, source):
    page = built_site.page(source.html)
    edit = page.article.select_one("a[href*='/edit/']")
    expected = f"{PUBLISHED_ENVIRONMENT['REPO_URL']}/edit/main/docs/{source.name}"
    assert edit is not None, f"{page.path}: no edit link, instead of {expected}"
    assert edit["href"] == expected, f"{page.path}: {edit['href']} instead of {expected}"


@functools.cache
def expected_footer() -> str:
    commit = subprocess.run(
        ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return (
        f"Outputs verified with Keras {checked.keras_version} on TensorFlow "
        f"{checked.tensorflow_version}, on JAX {checked.jax_version} and on PyTorch "
        f"{checked.torch_version}. Built from commit {commit}."
    )


@pytest.mark.parametrize("path", SITE_PATHS)
def test_footer_names_the_versions_and_commit_it_was_built_with(built_site, path):
    """The footer names the versions that the pages name, the pinned ones, which
    test_snippet_outputs.py compares with those the backends' workers import."""
    page = built(built_site, path)
    footer = page.soup.select_one("#verified-with")
    assert " ".join(footer.get_text().split()) == expected_footer(), page.path


def meta_description(page) -> str | None:
    meta = page.soup.select_one('meta[name="description"]')
    return meta and meta["content"]


@pytest.mark.parametrize("page", pages(), ids=lambda page: page.name)
def test_every_page_describes_itself_in_its_meta_description(built_site, page):
    """The front matter's `description` is what search engines and link previews show: each
    page's own, short enough not to be cut off (160 characters)."""
    shown = meta_description(built_site.page(page.html))
    assert shown == page.description, (page.name, shown)
    assert len(shown) <= 160, (page.name, len(shown))
    same = [other.name for other in pages() if other != page and other.description == shown]
    assert not same, f"{page.name} has the description of {same}"


def test_every_notebook_page_has_a_description_of_its_own(built_site):
    described = {}
    for page in notebook_pages():
        shown = meta_description(built_site.page(page.notebook_url + "index.html"))
        described[page.notebook_url] = shown
    wrong = {url: text for url, text in described.items() if not text or len(text) > 160}
    assert not wrong
    assert all(page.title in described[page.notebook_url] for page in notebook_pages())
    assert len(set(described.values())) == len(described)


def test_search_finds_pages_and_no_notebook(built_site):
    """A notebook repeats its page's prose: only the page is indexed (notebook_links.py)."""
    index = json.loads((built_site.directory / "search" / "search_index.json").read_text("utf-8"))
    indexed = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert not {url for url in indexed if url.startswith("notebooks/")}
    assert {page.url for page in notebook_pages()} <= indexed


def test_sitemap_lists_every_page_under_the_published_address(built_site):
    sitemap = (built_site.directory / "sitemap.xml").read_text("utf-8")
    listed = re.findall(r"<loc>([^<]*)</loc>", sitemap)
    published = PUBLISHED_ENVIRONMENT["SITE_URL"]
    assert sorted(listed) == sorted(published + path for path in site_paths())


def test_404_page_links_everything_from_the_published_base_path(built_site):
    """GitHub Pages serves 404.html at any missing address, however deep: a relative link
    would resolve against that address, so every link of the page starts at the base path."""
    base = urlsplit(PUBLISHED_ENVIRONMENT["SITE_URL"]).path
    page = built_site.page("404.html").soup
    targets = [tag.get("href") or tag.get("src") for tag in page.select("[href], [src]")]
    local = [t for t in targets if not urlsplit(t).scheme and not t.startswith("#")]
    assert local
    assert not [t for t in local if not t.startswith(base)]
    # The footer's PDF is written by `make pdf`, not by the build (tests/test_pdf.py).
    missing = [
        t
        for t in local
        if not (built_site.directory / t.removeprefix(base)).exists() and t != base + pdf_name()
    ]
    assert not missing

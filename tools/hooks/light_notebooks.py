"""MkDocs hook: light notebook pages. mkdocs-jupyter inlines its whole notebook stylesheet into
every notebook page, and adds loaders for MathJax and for Mermaid from a CDN. The stylesheet is
served once as assets/stylesheets/notebook.css instead, and the loaders are dropped: the site
renders math with its own KaTeX and has no diagrams in notebooks.
"""

import re
from pathlib import Path

NOTEBOOK_STYLESHEET = "assets/stylesheets/notebook.css"
INLINE_STYLE = re.compile(r"<style[^>]*>(?P<css>.*?)</style>", re.S)
COPY_TEXT = re.compile(
    r'<div class="highlight-ipynb (?P<language>[\w-]+)"><pre>(?P<code>.*?)</pre></div>\s*'
    r'<div class="clipboard-copy-txt" id="(?P<id>cell-\d+)">.*?</div>',
    re.S,
)
# The same inline icon in every cell's copy button; the shared stylesheet draws it once.
COPY_ICON = re.compile(r'<svg aria-hidden="true" class="clipboard-copy-icon".*?</svg>', re.S)
COPY_ICON_CSS = """
span.clipboard-copy-icon {
  display: inline-block;
  width: 20px;
  height: 20px;
  background-color: currentColor;
  mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E\
%3Cpath d='M0 6.75C0 5.784.784 5 1.75 5h1.5a.75.75 0 010 1.5h-1.5a.25.25 0 00-.25.25v7.5c0 \
.138.112.25.25.25h7.5a.25.25 0 00.25-.25v-1.5a.75.75 0 011.5 0v1.5A1.75 1.75 0 019.25 16h-7.5\
A1.75 1.75 0 010 14.25v-7.5z'/%3E%3Cpath d='M5 1.75C5 .784 5.784 0 6.75 0h7.5C15.216 0 16 \
.784 16 1.75v7.5A1.75 1.75 0 0114.25 11h-7.5A1.75 1.75 0 015 9.25v-7.5zm1.75-.25a.25.25 0 00\
-.25.25v7.5c0 .138.112.25.25.25h7.5a.25.25 0 00.25-.25v-7.5a.25.25 0 00-.25-.25h-7.5z'/%3E\
%3C/svg%3E") center / 16px no-repeat;
}
"""
LOADERS = [
    re.compile(r'<script src=""> </script>'),
    re.compile(
        r"<script\b[^>]*>(?:(?!</script>).)*?cdnjs\.cloudflare\.com(?:(?!</script>).)*</script>",
        re.S,
    ),
    re.compile(r'<script[^>]*src="https://[^"]*"[^>]*>\s*</script>'),
]
_notebook_css: dict[str, str] = {}


def on_post_page(output, page, config):
    if not getattr(page, "nb_url", None):
        return output
    # mkdocs-jupyter's template writes the same style blocks into the content of every page.
    article = output.index("<article")
    styles = [match for match in INLINE_STYLE.finditer(output) if match.start() > article]
    if styles:
        css = "\n".join(match["css"] for match in styles)
        if _notebook_css.setdefault("css", css) != css:
            raise ValueError(f"{page.file.src_uri}: mkdocs-jupyter inlined a different stylesheet")
        depth = page.url.count("/")
        link = f'<link rel="stylesheet" href="{"../" * depth}{NOTEBOOK_STYLESHEET}">'
        # The shared stylesheet takes the place of the first inline one, so the cascade is kept.
        for match in reversed(styles):
            replacement = link if match is styles[0] else ""
            output = output[: match.start()] + replacement + output[match.end() :]
    for loader in LOADERS:
        output = loader.sub("", output)
    output = COPY_ICON.sub('<span aria-hidden="true" class="clipboard-copy-icon"></span>', output)
    # Each cell's copy button copies a hidden second copy of its code; point it at the shown
    # code instead (the same text), which halves the weight of a page of long cells.
    return COPY_TEXT.sub(
        r'<div class="highlight-ipynb \g<language>"><pre id="\g<id>">\g<code></pre></div>', output
    )


def on_post_build(config):
    if "css" in _notebook_css:
        target = Path(config.site_dir) / NOTEBOOK_STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_notebook_css["css"] + COPY_ICON_CSS, encoding="utf-8")

"""A page's sentences as its Markdown has them, named values still as `{{ names }}`: what the
claims register binds to evidence.

A paragraph, a list item or a definition (its term is a sentence of its own) is split into
sentences; a heading, a table row, an image's text alternative, a tab label, an admonition's
title and a displayed formula each count as one.
Code blocks, HTML blocks, comments and snippet calls hold no sentences.
"""

import re
from dataclasses import dataclass

from tools.catalogue import NAMED_VALUE_USE, SNIPPET_CALL

FENCE = re.compile(r"^\s*```")
HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.+)$")
TABLE_ROW = re.compile(r"^\s*\|(?P<text>.*)\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|[\s:|-]+\|\s*$")
TAB = re.compile(r'^\s*=== "(?P<text>[^"]+)"\s*$')
ADMONITION = re.compile(r'^\s*(?:!!!|\?\?\?\+?)\s+\w+(?:\s+"(?P<text>[^"]*)")?\s*$')
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+(?P<text>.*)$")
DEFINITION = re.compile(r"^\s*:\s+(?P<text>.*)$")  # a definition list's `:   definition`
IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)(?:\{[^}]*\})?", re.S)
ATTRIBUTES = re.compile(r"^\s*\{[:.#][^}]*\}\s*$")
HTML_LINE = re.compile(r"^\s*</?[a-zA-Z][^>]*>")
COMMENT = re.compile(r"<!--.*?-->", re.S)
# A sentence ends at . ! or ? followed by space and a capital, a digit, a named value, a bracket
# or an emphasis mark, unless the word before the full stop is an abbreviation.
END = re.compile(r"(?<=[.!?])[\"”)]?\s+(?=[A-Z0-9{(\[*_`\"“])")
ABBREVIATIONS = ("e.g.", "i.e.", "et al.", "Fig.", "Eq.", "Eqn.", "vs.", "cf.", "Sec.", "No.")


@dataclass(frozen=True)
class Sentence:
    text: str  # as the page's Markdown has it, with its whitespace collapsed
    kind: str  # prose, heading, table row, image, tab, title or formula
    line: int  # where it starts, counted from 1 in the page below its front matter

    @property
    def named_values(self) -> list[str]:
        """The named values it shows, in order, each once."""
        return list(dict.fromkeys(NAMED_VALUE_USE.findall(self.text)))


def _collapsed(text: str) -> str:
    return " ".join(text.split())


def _split(text: str) -> list[str]:
    """A paragraph's sentences."""
    parts, start = [], 0
    for end in END.finditer(text):
        before = text[start : end.start()]
        if before.rstrip('"”)').endswith(ABBREVIATIONS):
            continue
        parts.append(text[start : end.end()].strip())
        start = end.end()
    parts.append(text[start:].strip())
    return [part for part in parts if part]


def sentences(markdown: str) -> list[Sentence]:
    found: list[Sentence] = []
    paragraph: list[str] = []
    paragraph_line = 0

    def add(text: str, kind: str, line: int) -> None:
        text = _collapsed(text)
        if text:
            found.append(Sentence(text, kind, line))

    def flush() -> None:
        text = _collapsed(" ".join(paragraph))
        for image in IMAGE.finditer(text):
            add(image["alt"], "image", paragraph_line)
        for part in _split(IMAGE.sub(" ", text)):
            add(part, "prose", paragraph_line)
        paragraph.clear()

    lines = COMMENT.sub(lambda m: "\n" * m[0].count("\n"), markdown).splitlines()
    index = 0
    while index < len(lines):
        line, number = lines[index], index + 1
        index += 1
        stripped = line.strip()
        if FENCE.match(line):
            flush()
            while index < len(lines) and not FENCE.match(lines[index]):
                index += 1
            index += 1
            continue
        if stripped == "\\[":
            flush()
            formula = []
            while index < len(lines) and lines[index].strip() != "\\]":
                formula.append(lines[index])
                index += 1
            index += 1
            add(" ".join(formula), "formula", number)
            continue
        if (
            not stripped
            or SNIPPET_CALL.match(line)
            or ATTRIBUTES.match(line)
            or HTML_LINE.match(line)
            or TABLE_RULE.match(line)
        ):
            flush()
            continue
        if heading := HEADING.match(stripped):
            flush()
            add(heading["text"], "heading", number)
        elif row := TABLE_ROW.match(line):
            flush()
            add(row["text"], "table row", number)
        elif tab := TAB.match(line):
            flush()
            add(tab["text"], "tab", number)
        elif admonition := ADMONITION.match(line):
            flush()
            add(admonition["text"] or "", "title", number)
        elif item := LIST_ITEM.match(line) or DEFINITION.match(line):
            flush()
            paragraph_line = number
            paragraph.append(item["text"])
        else:
            if not paragraph:
                paragraph_line = number
            paragraph.append(stripped)
    flush()
    return found

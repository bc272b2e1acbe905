"""Case files of the normalizer tests: tab-separated rows, `#` comments, invisible characters
written as `\\uXXXX` (newline as `\\n`, tab as `\\t`). One reader for every case file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

DATA = Path(__file__).resolve().parent / "data"

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
#: Letters that never join the next one: a ZWNJ after them is invisible.
NON_JOINING = "اآأإدذرزژوؤۀ"
_INVISIBLE_ZWNJ = re.compile(f"(?<=[{NON_JOINING}])\u200c")


def unescape(s: str) -> str:
    """A cell as the text it stands for (`\\u200c` -> ZWNJ, `\\n` -> newline, `\\t` -> tab)."""
    s = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), s)
    return s.replace("\\n", "\n").replace("\\t", "\t")


def canon_zwnj(s: str) -> str:
    """ZWNJ after a letter that never joins leftward is invisible: drop it before comparing."""
    return _INVISIBLE_ZWNJ.sub("", s)


def matches(got: str, expected: Iterable[str]) -> bool:
    """Is `got` one of the expected outputs, an invisible ZWNJ aside (see `canon_zwnj`)?"""
    return canon_zwnj(got) in {canon_zwnj(e) for e in expected}


def lines(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line number, line, raw cells) of every row that is neither blank nor a comment."""
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.strip() and not line.startswith("#"):
            yield lineno, line, line.split("\t")


def rows(folder: str, name: str) -> list[list[str]]:
    """Rows of `data/<folder>/<name>` as `[where, cell, cell, …]` with the cells unescaped."""
    return [[f"{name}:{n}"] + [unescape(c) for c in cells] for n, _, cells in lines(DATA / folder / name)]

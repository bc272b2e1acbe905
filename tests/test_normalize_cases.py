"""Data-driven normalizer cases, ftfy-style.

Three case files under tests/data/normalize/:

- positive.tsv        input<TAB>expected[|alternative...]<TAB>category[<TAB>options]: must change;
- negative.tsv        input<TAB>category: correct text that must come back unchanged;
- known_failures.tsv  input<TAB>expected[|alternative...]<TAB>category<TAB>reason: cases we knowingly
                      fail, kept visible and run as non-strict xfail (an unexpected pass is reported).

Cases are written by hand from real lines of the Fars corpus and the Malard seed article. Invisible
characters are written as escapes (\\u200c, \\n), like ../shared/data/normalize/cases-dev.tsv, and
outputs are compared as ../shared/eval/score.py compares them: a ZWNJ after a letter that never joins
leftward (ا د ذ ر ز ژ و ...) is invisible and ignored.

Test ids are `<category>-L<line>` so a failure points at its line, e.g.
`test_positive[mi-L123]`. Per-category counts: `pytest tests/test_normalize_cases.py -rA -q`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import pytest

from casefiles import DATA as CASE_DATA, lines, matches, unescape
from farsi_press import Normalizer

DATA = CASE_DATA / "normalize"

#: The categories of issue 2 (chars split into its parts); every one must have positive cases.
POSITIVE_CATEGORIES = frozenset({
    "chars", "digits", "diacritics", "controls", "spaces", "punct", "mi", "suffix", "compound",
    "glued", "zwnj", "split_word", "reflow", "ezafe", "idempotence",
})
NEGATIVE_CATEGORIES = frozenset({
    "text", "mi", "suffix", "split", "numbers", "latin", "abbrev", "names", "punct", "diacritics",
    "multiline", "ezafe",
})

def show(s: str) -> str:
    """A string with its invisible characters visible, for failure messages."""
    out = []
    for ch in s:
        if ch == "\u200c":
            out.append("[zwnj]")
        elif ch == "\n":
            out.append("\\n")
        elif unicodedata.category(ch) in ("Cf", "Cc", "Zs") and ch != " ":
            out.append(f"[U+{ord(ch):04X}]")
        else:
            out.append(ch)
    return "".join(out)


def _option_value(raw: str) -> object:
    return {"True": True, "False": False}.get(raw, raw)


def parse_options(raw: str) -> dict[str, object]:
    """`digits=latin,reflow=always` -> {"digits": "latin", "reflow": "always"}."""
    if not raw.strip():
        return {}
    pairs = (item.split("=", 1) for item in raw.split(","))
    return {k.strip(): _option_value(v.strip()) for k, v in pairs}


@dataclass(frozen=True)
class Case:
    file: str
    line: int
    input: str
    expected: tuple[str, ...]
    category: str
    options: dict = field(default_factory=dict, hash=False)
    reason: str = ""
    raw: str = ""

    @property
    def id(self) -> str:
        return f"{self.category}-L{self.line}"


def _rows(name: str):
    return lines(DATA / name)


@lru_cache(maxsize=None)
def positive_cases() -> tuple[Case, ...]:
    cases = []
    for lineno, line, cols in _rows("positive.tsv"):
        if len(cols) not in (3, 4):
            raise ValueError(f"positive.tsv:{lineno}: want 3 or 4 tab-separated columns, got {len(cols)}")
        options = parse_options(cols[3]) if len(cols) == 4 else {}
        cases.append(Case("positive.tsv", lineno, unescape(cols[0]),
                          tuple(unescape(e) for e in cols[1].split("|")), cols[2].strip(), options, raw=line))
    return tuple(cases)


@lru_cache(maxsize=None)
def negative_cases() -> tuple[Case, ...]:
    cases = []
    for lineno, line, cols in _rows("negative.tsv"):
        if len(cols) != 2:
            raise ValueError(f"negative.tsv:{lineno}: want 2 tab-separated columns, got {len(cols)}")
        text = unescape(cols[0])
        cases.append(Case("negative.tsv", lineno, text, (text,), cols[1].strip(), raw=line))
    return tuple(cases)


@lru_cache(maxsize=None)
def known_failures() -> tuple[Case, ...]:
    cases = []
    for lineno, line, cols in _rows("known_failures.tsv"):
        if len(cols) != 4:
            raise ValueError(f"known_failures.tsv:{lineno}: want 4 tab-separated columns, got {len(cols)}")
        cases.append(Case("known_failures.tsv", lineno, unescape(cols[0]),
                          tuple(unescape(e) for e in cols[1].split("|")), cols[2].strip(),
                          reason=cols[3].strip(), raw=line))
    return tuple(cases)


@lru_cache(maxsize=None)
def normalizer(options: tuple[tuple[str, object], ...] = ()) -> Normalizer:
    return Normalizer(**dict(options))


def run(case: Case, text: str | None = None) -> str:
    return normalizer(tuple(sorted(case.options.items()))).normalize(case.input if text is None else text)


def _message(case: Case, got: str) -> str:
    want = " | ".join(show(e) for e in case.expected)
    return (f"{case.file}:{case.line} [{case.category}]\n  input: {show(case.input)}\n"
            f"  got:   {show(got)}\n  want:  {want}")


# ----------------------------------------------------------------------------- the cases

@pytest.mark.parametrize("case", positive_cases(), ids=lambda c: c.id)
def test_positive(case: Case) -> None:
    got = run(case)
    assert matches(got, case.expected), _message(case, got)


@pytest.mark.parametrize("case", positive_cases(), ids=lambda c: c.id)
def test_expected_is_stable(case: Case) -> None:
    """Correct text stays correct: the expected output of every case is a fixed point."""
    got = run(case, case.expected[0])
    assert matches(got, case.expected), _message(case, got) + "\n  (normalizing the expected output)"


@pytest.mark.parametrize("case", negative_cases(), ids=lambda c: c.id)
def test_negative(case: Case) -> None:
    got = run(case)
    assert matches(got, case.expected), _message(case, got)


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(reason=c.reason, strict=False), id=c.id) for c in known_failures()],
)
def test_known_failure(case: Case) -> None:
    got = run(case)
    assert matches(got, case.expected), _message(case, got)


def _all_cases() -> list[Case]:
    return [*positive_cases(), *negative_cases(), *known_failures()]


@pytest.mark.parametrize("case", _all_cases(), ids=lambda c: f"{c.file.split('.')[0]}-{c.id}")
def test_idempotent_on_cases(case: Case) -> None:
    once = run(case)
    twice = run(case, once)
    assert twice == once, f"{case.file}:{case.line}\n  once:  {show(once)}\n  twice: {show(twice)}"


# ----------------------------------------------------------------------------- the files themselves

def test_enough_cases() -> None:
    assert len(positive_cases()) >= 200
    assert len(negative_cases()) >= 60


def test_every_category_is_covered() -> None:
    seen = {c.category for c in positive_cases()}
    assert POSITIVE_CATEGORIES <= seen, f"no positive cases for {sorted(POSITIVE_CATEGORIES - seen)}"
    assert seen <= POSITIVE_CATEGORIES | {c.category for c in known_failures()}, \
        f"unknown categories {sorted(seen - POSITIVE_CATEGORIES)}"
    assert {c.category for c in known_failures()} <= POSITIVE_CATEGORIES
    neg = {c.category for c in negative_cases()}
    assert neg == NEGATIVE_CATEGORIES, f"negative categories differ: {sorted(neg ^ NEGATIVE_CATEGORIES)}"


def test_options_are_valid() -> None:
    for case in positive_cases():
        if case.options:
            normalizer(tuple(sorted(case.options.items())))  # raises on an unknown option or value


_RAW_INVISIBLE = re.compile(r"[\u00a0\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u2000-\u200a\u202f\u205f\u3000\r]")
# Arabic letter variants, tatweel and Arabic-Indic digits never appear in a correct output.
_NOT_IN_OUTPUT = re.compile(r"[\u064a\u0643\u0649\u0629\u0640\u0660-\u0669\ufb50-\ufdff\ufe70-\ufeff]")


def _case_files() -> list[str]:
    return ["positive.tsv", "negative.tsv", "known_failures.tsv"]


@pytest.mark.parametrize("name", _case_files())
def test_invisible_characters_are_escaped(name: str) -> None:
    for lineno, line in enumerate((DATA / name).read_text(encoding="utf-8").split("\n"), 1):
        m = _RAW_INVISIBLE.search(line)
        assert m is None, f"{name}:{lineno}: raw U+{ord(m.group()):04X}; write it as an escape"


def test_expected_outputs_are_persian() -> None:
    """The expected side (and every negative) is written in Persian letters and digits."""
    for case in [*positive_cases(), *negative_cases(), *known_failures()]:
        digits_kept = case.options.get("digits") == "keep"
        for text in case.expected:
            m = _NOT_IN_OUTPUT.search(text)
            if m and not (digits_kept and "\u0660" <= m.group() <= "\u0669"):
                pytest.fail(f"{case.file}:{case.line}: expected text contains {m.group()!r} (U+{ord(m.group()):04X})")


def test_no_duplicate_inputs() -> None:
    seen: dict[tuple[str, tuple], str] = {}
    for case in _all_cases():
        key = (case.input, tuple(sorted(case.options.items())))
        assert key not in seen, f"{case.file}:{case.line} repeats {seen[key]}"
        seen[key] = f"{case.file}:{case.line}"


def test_positive_cases_change_something() -> None:
    """A positive case whose input already is the preferred output belongs in negative.tsv."""
    for case in positive_cases():
        assert case.input != case.expected[0], f"positive.tsv:{case.line} is unchanged; move it to negative.tsv"


def test_known_failures_have_reasons() -> None:
    for case in known_failures():
        assert len(case.reason) >= 10, f"known_failures.tsv:{case.line}: say why it fails"


# ----------------------------------------------------------------------------- a tally for the lead

def tally() -> dict[str, dict[str, list[int]]]:
    """Per file and category: [passed, failed] (known failures: [passing now, failing])."""
    table: dict[str, dict[str, list[int]]] = {}
    for case in _all_cases():
        row = table.setdefault(case.file, {}).setdefault(case.category, [0, 0])
        row[0 if matches(run(case), case.expected) else 1] += 1
    return table


if __name__ == "__main__":  # python tests/test_normalize_cases.py  (with farsi_press importable)
    for name, rows in tally().items():
        passed = sum(r[0] for r in rows.values())
        total = sum(sum(r) for r in rows.values())
        print(f"{name}: {passed}/{total} pass")
        for category, (ok, bad) in sorted(rows.items()):
            print(f"  {category:<12} {ok:>4} pass {bad:>4} fail")

"""ZWNJ insertion and cleanup (farsi_press.normalize.zwnj), data-driven.

Case files under tests/data/zwnj/ (written by hand after lines of Fars news):

- insert.tsv  input<TAB>expected[|alternative...]<TAB>category: the full normalizer must give one
              of the expected outputs (a ZWNJ after a non-joining letter is ignored, as
              ../shared/eval/score.py ignores it);
- keep.tsv    input<TAB>category: text that must come back unchanged (`ماه می`, `میز`, `دختر`).

The UD-based figures (../shared/data/zwnj) are checked by `make eval`, not here.
"""

from __future__ import annotations

import pytest

from casefiles import canon_zwnj, matches, rows
from farsi_press import Normalizer, normalize
from farsi_press.normalize.lexicon import lexicon
from farsi_press.normalize.zwnj import split_glued

INSERT = rows("zwnj", "insert.tsv")
KEEP = rows("zwnj", "keep.tsv")


@pytest.mark.parametrize("where,raw,expected,category", INSERT, ids=[r[0] + "-" + r[3] for r in INSERT])
def test_insert(where: str, raw: str, expected: str, category: str) -> None:
    got = normalize(raw)
    wanted = expected.split("|")
    assert matches(got, wanted), f"{where} [{category}] {raw!r} -> {got!r}, want {wanted[0]!r}"


@pytest.mark.parametrize("where,raw,category", KEEP, ids=[r[0] + "-" + r[2] for r in KEEP])
def test_keep(where: str, raw: str, category: str) -> None:
    got = normalize(raw)
    assert canon_zwnj(got) == canon_zwnj(raw), f"{where} [{category}] {raw!r} changed to {got!r}"


@pytest.mark.parametrize("raw", [r[1] for r in INSERT] + [r[1] for r in KEEP])
def test_idempotent(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once


def test_offsets_cover_insertions() -> None:
    text, mapping = Normalizer().normalize_with_map("این کار انجام میشود و کتاب ها رسید")
    assert text == "این کار انجام می\u200cشود و کتاب\u200cها رسید"
    start = text.index("می\u200cشود")
    assert mapping.to_input(start, start + 6) == (14, 19)  # «میشود» in the input


def test_explain_names_the_step() -> None:
    _, edits = Normalizer().explain("قیمت ها بالا می رود")
    kinds = {e.kind for e in edits}
    assert "zwnj" in kinds


def test_split_glued_is_lexicon_driven() -> None:
    lex = lexicon()
    assert split_glued("میشود", lex) == "می\u200cشود"
    assert split_glued("کتابهایی", lex) == "کتاب\u200cهایی"
    assert split_glued("رساند", lex) is None  # a verb, not رس + اند
    assert split_glued("میلیون", lex) is None


def test_zwnj_option_off() -> None:
    assert normalize("این کار انجام می شود", zwnj=False) == "این کار انجام می شود"


def test_long_runs_are_linear() -> None:
    import time
    text = ("کتاب ها و می شود " * 20000) + "\u200c" * 100000
    start = time.perf_counter()
    normalize(text)
    assert time.perf_counter() - start < 20


@pytest.mark.parametrize("raw", ["د هاى", "اد هاى", "می ء\tاند", "می ءء\tاند", "ءء ها رانی", "میکند تر",
                                 "تحقق هدفهای تدوین شده برای آن", "گزارشی از فعالیت ها انجام شده از سوی"])
def test_joins_without_zwnj_are_stable(raw: str) -> None:
    """A join after ا د ر ز و ... makes a glued word: only where a second pass would keep it."""
    once = normalize(raw)
    assert normalize(once) == once

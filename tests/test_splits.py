"""Split-word repair (farsi_press.normalize.splits), data-driven.

Case files under tests/data/splits/ (written by hand after lines of Fars news and the seed article):

- repair.tsv  input<TAB>expected[|alternative...]<TAB>category: a word split by a stray space is
              joined (`امو ر` -> `امور`, `شهرد اری` -> `شهرداری`);
- keep.tsv    input<TAB>category: neighbours that are two words stay apart (`ما مردم`, `قرار داد`).

The UD-based repair rate (../shared/data/zwnj, `score.py splits`) is checked by `make eval`.
"""

from __future__ import annotations

import pytest

from casefiles import matches, rows
from farsi_press import normalize
from farsi_press.normalize import splits
from farsi_press.normalize.options import NormalizerOptions

REPAIR = rows("splits", "repair.tsv")
KEEP = rows("splits", "keep.tsv")


@pytest.mark.parametrize("where,raw,expected,category", REPAIR, ids=[r[0] + "-" + r[3] for r in REPAIR])
def test_repair(where: str, raw: str, expected: str, category: str) -> None:
    got = normalize(raw)
    wanted = expected.split("|")
    assert matches(got, wanted), f"{where} [{category}] {raw!r} -> {got!r}, want {wanted[0]!r}"


@pytest.mark.parametrize("where,raw,category", KEEP, ids=[r[0] + "-" + r[2] for r in KEEP])
def test_keep_apart(where: str, raw: str, category: str) -> None:
    got, _, changes = splits.repair(raw, NormalizerOptions(), True)
    assert got == raw and not changes, f"{where} [{category}] {raw!r} joined to {got!r}"


def test_split_words_option_off() -> None:
    assert normalize("شهرد اری ملارد", split_words=False) == "شهرد اری ملارد"


def test_repair_map_points_back() -> None:
    text, mapping, _ = splits.repair("امو ر بین", NormalizerOptions(), True)
    assert text == "امور بین"
    assert mapping is not None and mapping.to_input(0, 4) == (0, 5)


@pytest.mark.parametrize("raw", ["", " ", "ر", "و و و", "a b", "۱۲ ۳۴", " " * 1000 + "امو ر"])
def test_odd_input(raw: str) -> None:
    splits.repair(raw, NormalizerOptions(), False)  # no crash


def test_repeated_fragments_are_linear() -> None:
    """«امو ر» repeated: twice as many repeats take about twice the time, not four times."""
    import time

    def cost(n: int) -> float:
        text = "امو ر " * n
        start = time.process_time()
        out = normalize(text)
        spent = time.process_time() - start
        assert out == " ".join(["امور"] * n)
        return spent

    cost(200)  # warm the lexicon
    small, large = cost(4000), cost(16000)
    assert large < 12 * max(small, 0.01)  # 4× the input: far from the 16× of a quadratic


@pytest.mark.parametrize("raw,expected", [
    ("ب اع ه", "باعه"),          # a word split twice: joined in one pass, as a second pass would
    ("ب اع ة", "باعه"),
])
def test_split_twice_is_idempotent(raw: str, expected: str) -> None:
    once = normalize(raw)
    assert once == expected and normalize(once) == once


def test_rounds_map_back() -> None:
    text, mapping, _ = splits.repair("ب اع ه و امو ر", NormalizerOptions(), True)
    assert text == "باعه و امور"
    assert mapping is not None and mapping.to_input(0, 4) == (0, 6) and mapping.to_input(7, 11) == (9, 14)

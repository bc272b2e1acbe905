"""The speaker stage's fast paths read what the plain ones read: `speakers.tokens` (a window split
by the token pattern, offsets from running sums) against the token pattern's `finditer` over the
same window (`speakers._scan`), on real Fars News lines and on random text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from farsi_press import normalize
from farsi_press import speakers as S

from test_quotes import _rows


def _texts() -> list[str]:
    out = []
    for name in ("positive.tsv", "negative.tsv", "spans.tsv", "speaker_spans.tsv"):
        out += [normalize(r[1]) for r in _rows(name) if len(r) > 1]
    return out


_TEXTS = _texts()


@pytest.mark.parametrize("text", _TEXTS, ids=range(len(_TEXTS)))
def test_tokens_are_the_scan_of_the_window(text: str) -> None:
    n = len(text)
    for a, b in [(0, n), (0, None), (3, n - 2), (n // 3, 2 * n // 3), (-5, n + 5), (7, 30)]:
        end = n if b is None else min(b, n)
        assert S.tokens(text, a, b) == S._scan(text, max(a, 0), end), (a, b)


# letters, a ZWNJ, marks, digits, the joiners «.» and «-», quote marks, punctuation and spaces
_ALPHABET = "اب پ ت\u200c\u064b\u0670۱2_.-«»\"“”،,:؛()\n\t" + "ی" * 3


@given(st.text(alphabet=_ALPHABET, max_size=120), st.integers(-3, 130), st.integers(-3, 130))
@settings(max_examples=3000, deadline=None)
def test_tokens_match_the_scan(text: str, a: int, b: int) -> None:
    end = min(b, len(text))
    assert S.tokens(text, a, b) == S._scan(text, max(a, 0), end)


@given(st.text(alphabet="اب\u200c.-", min_size=55, max_size=200), st.integers(0, 100))
@settings(max_examples=500, deadline=None)
def test_tokens_of_long_words_match_the_scan(text: str, a: int) -> None:
    # words longer than a token's 60 characters, and runs of joiners: a window cut inside one
    assert S.tokens(text, a, len(text)) == S._scan(text, a, len(text))


def test_long_windows_are_slices_of_the_whole_text() -> None:
    # a window longer than `_WINDOW_REACH` is read from the whole text's tokens, and so is every
    # later window of that text: the same tokens as the scan, wherever the edges fall
    text = "\n".join(_TEXTS[:60])
    assert len(text) > 3 * S._WINDOW_REACH
    n = len(text)
    windows = [(0, n), (5, S._WINDOW_REACH + 400), (17, 40), (n // 2, n // 2 + 300), (n - 50, n)]
    windows += [(a, a + w) for a in range(0, n, 997) for w in (13, 250, 1500)]
    for a, b in windows:
        assert S.tokens(text, a, b) == S._scan(text, a, min(b, n)), (a, b)
    assert S._DOC is not None and S._DOC.text is text


@given(st.data())
@settings(max_examples=200, deadline=None)
def test_windows_of_a_long_text_match_the_scan(data: st.DataObject) -> None:
    text = "\n".join(_TEXTS[:40])
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, min(len(text), a + 3 * S._WINDOW_REACH)))
    assert S.tokens(text, a, b) == S._scan(text, a, b)

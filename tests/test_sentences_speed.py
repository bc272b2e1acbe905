"""The sentence splitter's fast paths give what the plain paths give: the C-level tests before a
pattern (a citation's «(», a footnote's «[», a URL's «://» or «w.») never skip a match, a line
without a colon keeps its cuts, and a lone «.» takes the general sentence-end test's path."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from farsi_press import sentence_split as ss

# characters that make the patterns match or fail near their edges
_CHARS = " \t\u200c.[]()۱۲3/:؛،«»\"wW@htpsf-" + "آبپیکه"


def _plain_extend(text: str, e: int, end: int) -> int:
    """`_extend` before its C-level tests (the oracle)."""
    m = ss._FOOTNOTE.match(text, e, end)
    if m:
        return m.end()
    m = ss._CITATION.match(text, e, end)
    if m and (m.end() == end or text[m.end()] in " \t" + ss._EDGE):
        inner = m.group()
        if (e > 0 and text[e - 1] in "»”\"") or ss._REFERENCE.search(inner):
            return m.end()
    return e


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=40), st.data())
def test_extend_is_the_plain_extend(text: str, data: st.DataObject) -> None:
    e = data.draw(st.integers(0, len(text)))
    assert ss._extend(text, e, len(text)) == _plain_extend(text, e, len(text))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=40))
def test_url_prefilter_never_skips_a_url(text: str) -> None:
    fast = "@" in text or (("://" in text or "w." in text or "W." in text) and ss._URL_START.search(text) is not None)
    assert fast == ("@" in text or ss._URL_START.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=60))
def test_dateline_cuts_without_colon(text: str) -> None:
    cuts = ss._line_cuts(text, 0, len(text), True)
    assert cuts == sorted(set(cuts))
    if ":" not in text:
        assert ss._dateline_cuts(text, cuts, 0, len(text)) == cuts


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=30), st.text(alphabet=_CHARS, max_size=30))
def test_lone_dot_takes_the_general_path(left: str, right: str) -> None:
    text = left + "." + right
    s = len(left)
    marks = "."
    dots = sum(1 for ch in marks if ch in ".\u2026\u06d4")
    general = ss._ellipsis_ends(text, s, s + 1, 0, len(text)) if dots >= 2 else ss._period_ends(text, s, s + 1, 0, len(text))
    assert ss._ends_here(text, s, s + 1, 0, len(text)) == general


def test_quote_regions_of_a_line_without_pairs() -> None:
    assert ss._quote_regions("وی گفت «این", 0, 11) == ([], set())
    assert ss._quote_regions("وی گفت «این» است", 0, 16) == ([(7, 11)], set())

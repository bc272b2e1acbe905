"""The normalizer's fast paths give what the plain computations give: the step maps `rewrite`
builds by offset arithmetic, `OffsetMap.then` of a selection (two lookups), the whitespace runs
`spacing.layout` finds by substring search, the presentation-form test by the highest code point."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from farsi_press import Normalizer
from farsi_press.normalize import chars, spacing
from farsi_press.normalize.offsets import OffsetMap, _align, rewrite

SETTINGS = settings(max_examples=300, deadline=None)


def plain_map(text: str, replacements: list[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """The step map built character by character: an unchanged character maps to itself, a
    replacement's common prefix and suffix character by character, its changed middle to the
    whole input middle."""
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for start, end, new in replacements:
        old = text[start:end]
        if old == new:
            continue
        for k in range(pos, start):
            starts.append(k); ends.append(k + 1)
        p, s = (len(old), 0) if len(old) == len(new) else _align(old, new)
        for k in range(p):
            starts.append(start + k); ends.append(start + k + 1)
        for _ in range(len(new) - p - s):
            starts.append(start + p); ends.append(end - s)
        for k in range(s):
            starts.append(end - s + k); ends.append(end - s + k + 1)
        pos = end
    for k in range(pos, len(text)):
        starts.append(k); ends.append(k + 1)
    return starts, ends


@st.composite
def edits(draw) -> tuple[str, list[tuple[int, int, str]]]:
    text = draw(st.text(alphabet="کتاب ها\u200c", min_size=0, max_size=30))
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    pairs = list(zip(cuts[0::2], cuts[1::2]))
    news = draw(st.lists(st.text(alphabet="کتاب \u200c", max_size=4), min_size=len(pairs), max_size=len(pairs)))
    return text, [(a, b, new) for (a, b), new in zip(pairs, news)]


@SETTINGS
@given(edits())
@example(("کتاب ها", [(4, 5, "\u200c")]))
@example(("کتابها", [(0, 6, "کتاب\u200cها")]))
@example(("می شود", [(2, 3, "")]))
@example(("ارتقا سطح", [(5, 5, "ی")]))
@example(("ﷲ اکبر", [(0, 1, "الله")]))
def test_rewrite_map(case: tuple[str, list[tuple[int, int, str]]]) -> None:
    text, replacements = case
    out, step, _ = rewrite(text, replacements)
    if step is None or step.is_identity:
        return
    starts, ends = plain_map(text, replacements)
    assert step.starts.tolist() == starts and step.ends.tolist() == ends
    assert step.starts.dtype == np.int64 and step.ends.dtype == np.int64
    if step.is_selection:
        assert all(e == s + 1 for s, e in zip(starts, ends))


def general(m: OffsetMap) -> OffsetMap:
    """The same map, not marked as a selection: `then` composes it the general way."""
    return OffsetMap(m.starts, m.ends, m.input_length)


@SETTINGS
@given(edits(), st.data())
@example(("کتاب  ها", [(4, 5, "")]), None)
def test_then_selection(case: tuple[str, list[tuple[int, int, str]]], data) -> None:
    text, replacements = case
    out, first, _ = rewrite(text, replacements)
    if first is None:
        return
    # a second step that deletes or replaces characters one for one (a selection)
    cuts = sorted(set(data.draw(st.lists(st.integers(0, max(len(out) - 1, 0)), max_size=5)))) if data and out else []
    out2, second, _ = rewrite(out, [(k, k + 1, "") for k in cuts])
    if second is None or second.is_identity:
        return
    assert second.is_selection
    fast, slow = first.then(second), general(first).then(general(second))
    assert fast == slow


def test_characters_map_is_selection() -> None:
    text, m = Normalizer().normalize_with_map("تـــهران" * 40)
    assert text == "تهران" * 40 and m.to_input(0, 5) == (0, 8)


@SETTINGS
@given(st.text(alphabet=" \nاب", max_size=40))
@example("  روابط   عمومی \n\n\n  ادارات ")
@example("سلام\n\nخداحافظ \n")
def test_layout_runs(text: str) -> None:
    head = len(text) - len(text.lstrip(" \n"))
    tail = len(text.rstrip(" \n"))
    if head == len(text):
        return
    found = [m.span() for m in spacing._LAYOUT.finditer(text, head, tail)]
    assert spacing._runs(text, head, tail) == found


def test_presentation_forms_in_long_text() -> None:
    text = "ﻣﺤﻤﺪ " + "و" * chars.SHORT_TEXT
    assert Normalizer().normalize(text).startswith("محمد ")
    assert Normalizer().normalize_with_map(text)[0].startswith("محمد ")

"""Unit tests of the offset bookkeeping: OffsetMap (identity, then, to_input, to_output) and the
rewrite helpers every normalization step uses (rewrite, changed_runs, and the deletions of chars.characters)."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from farsi_press import Normalizer, OffsetMap
from farsi_press.normalize import chars
from farsi_press.normalize.offsets import Edit, changed_runs, rewrite
from farsi_press.normalize.options import NormalizerOptions
from farsi_press.normalize.steps import EXPLAIN


def spans(m: OffsetMap) -> list[tuple[int, int]]:
    return list(zip(m.starts.tolist(), m.ends.tolist()))


def offset_map(pairs: list[tuple[int, int]], input_length: int) -> OffsetMap:
    starts = np.array([p[0] for p in pairs], dtype=np.int64)
    ends = np.array([p[1] for p in pairs], dtype=np.int64)
    return OffsetMap(starts, ends, input_length)


# ----------------------------------------------------------------------------- identity

def test_identity() -> None:
    m = OffsetMap.identity(4)
    assert len(m) == 4 and m.input_length == 4
    assert spans(m) == [(0, 1), (1, 2), (2, 3), (3, 4)]
    assert m.to_input(1, 3) == (1, 3)
    assert m.to_output(1, 3) == (1, 3)


def test_identity_empty() -> None:
    m = OffsetMap.identity(0)
    assert len(m) == 0
    assert m.to_input(0, 0) == (0, 0)
    assert m.to_output(0, 0) == (0, 0)


def test_equality_and_repr() -> None:
    assert OffsetMap.identity(3) == OffsetMap.identity(3)
    assert OffsetMap.identity(3) != OffsetMap.identity(4)
    assert OffsetMap.identity(3) != "not a map"
    assert "3" in repr(OffsetMap.identity(3))


def test_pickle_round_trip() -> None:
    m = offset_map([(0, 1), (1, 4), (4, 4), (4, 5)], 5)
    assert pickle.loads(pickle.dumps(m)) == m


# ----------------------------------------------------------------------------- rewrite

def test_rewrite_deletion() -> None:
    # "تـــهران" -> "تهران": the tatweel run is deleted
    text = "تـــهران"
    out, m, changed = rewrite(text, [(1, 4, "")])
    assert out == "تهران"
    assert changed == [(1, 4, "")]
    assert spans(m) == [(0, 1), (4, 5), (5, 6), (6, 7), (7, 8)]
    assert m.to_input(0, len(out)) == (0, 8)
    assert m.to_input(1, 2) == (4, 5)
    assert m.to_output(1, 4) == (1, 1)  # the deleted span is empty in the output


def test_rewrite_insertion_is_an_empty_span() -> None:
    # "میشود" -> "می\u200cشود": the ZWNJ is inserted between offsets 2 and 2
    text = "میشود"
    out, m, _ = rewrite(text, [(2, 2, "\u200c")])
    assert out == "می\u200cشود"
    assert spans(m)[2] == (2, 2)
    assert m.to_input(2, 3) == (2, 2)
    assert spans(m)[:2] == [(0, 1), (1, 2)] and spans(m)[3:] == [(2, 3), (3, 4), (4, 5)]


def test_rewrite_replacement_keeps_common_prefix_and_suffix() -> None:
    # "می شود" -> "می\u200cشود": only the space changes; the letters around it map one to one
    text = "می شود"
    out, m, _ = rewrite(text, [(0, 6, "می\u200cشود")])
    assert out == "می\u200cشود"
    assert spans(m) == [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6)]


def test_rewrite_length_change_in_the_middle() -> None:
    # "سلام   دنیا" -> "سلام دنیا": three spaces become one, mapped to the whole run
    text = "سلام   دنیا"
    out, m, _ = rewrite(text, [(4, 7, " ")])
    assert out == "سلام دنیا"
    assert m.to_input(4, 5) in ((4, 5), (4, 7))
    assert spans(m)[5:] == [(7, 8), (8, 9), (9, 10), (10, 11)]


def test_rewrite_unchanged_replacements_are_dropped() -> None:
    text = "کتاب"
    out, m, changed = rewrite(text, [(0, 1, "ک"), (2, 3, "ا")])
    assert out == text and m is None and changed == []


def test_rewrite_without_tracking() -> None:
    out, m, changed = rewrite("كتاب", [(0, 1, "ک")], track=False)
    assert out == "کتاب" and m is None and changed == [(0, 1, "ک")]


def test_rewrite_overlap_is_an_error() -> None:
    with pytest.raises(ValueError):
        rewrite("abcdef", [(0, 3, "x"), (2, 4, "y")])


def test_rewrite_several() -> None:
    text = "گفت : « سلام »"
    out, m, changed = rewrite(text, [(3, 4, ""), (7, 8, ""), (12, 13, "")])
    assert out == "گفت: «سلام»"
    assert len(changed) == 3
    assert len(m) == len(out)
    assert m.to_input(0, len(out)) == (0, len(text))
    for i, ch in enumerate(out):  # every character survives unchanged, so maps to itself
        s, e = m.to_input(i, i + 1)
        assert text[s:e] == ch


# ----------------------------------------------------------------------------- deletions and changed_runs

def test_deleted_controls() -> None:
    text = "\u200fسلام\u200e دنیا\ufeff"
    out, m, runs = chars.characters(text, NormalizerOptions(), EXPLAIN)
    assert out == "سلام دنیا"
    assert runs == [(0, 1, ""), (5, 6, ""), (11, 12, "")]
    assert spans(m)[0] == (1, 2)
    assert m.to_input(0, len(out)) == (1, 11)


def test_nothing_to_delete() -> None:
    assert chars.characters("سلام", NormalizerOptions(), True) == ("سلام", None, [])


def test_changed_runs() -> None:
    assert changed_runs("كتابي", "کتابی") == [(0, 1, "ک"), (4, 5, "ی")]
    assert changed_runs("سلام", "سلام") == []
    assert changed_runs("١٤٠٢", "۱۴۰۲") == [(0, 4, "۱۴۰۲")]


# ----------------------------------------------------------------------------- then

def test_then_composes_two_steps() -> None:
    # step 1: "تـهران  ما" -> "تهران  ما" (delete tatweel at 1)
    # step 2: "تهران  ما" -> "تهران ما" (two spaces at 5..7 -> one)
    first = rewrite("تـهران  ما", [(1, 2, "")])[1]
    second = rewrite("تهران  ما", [(5, 7, " ")])[1]
    m = first.then(second)
    assert m.input_length == 10 and len(m) == 8
    assert m.to_input(0, 1) == (0, 1)
    assert m.to_input(1, 2) == (2, 3)  # «ه» was at 2 in the input
    assert m.to_input(6, 8) == (8, 10)  # «ما»
    assert m.to_input(0, 8) == (0, 10)


def test_then_with_identity_is_neutral() -> None:
    m = offset_map([(0, 1), (1, 3), (3, 3), (3, 4)], 4)
    assert OffsetMap.identity(4).then(m) == m
    assert m.then(OffsetMap.identity(len(m))) == m


def test_then_keeps_insertions_empty() -> None:
    first = rewrite("میشود", [(2, 2, "\u200c")])[1]  # "می\u200cشود"
    second = rewrite("می\u200cشود", [(0, 0, "«")])[1]  # "«می\u200cشود"
    m = first.then(second)
    assert spans(m)[0] == (0, 0)
    assert spans(m)[3] == (2, 2)  # the ZWNJ is still an insertion
    assert spans(m)[4] == (2, 3)


def test_then_of_a_deletion_to_empty() -> None:
    first = rewrite("ـــ", [(0, 3, "")])[1]
    assert len(first) == 0 and first.input_length == 3
    m = first.then(OffsetMap.identity(0))
    assert len(m) == 0 and m.input_length == 3


def test_then_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        OffsetMap.identity(3).then(OffsetMap.identity(4))


# ----------------------------------------------------------------------------- to_input / to_output

def test_to_input_edges() -> None:
    m = offset_map([(0, 1), (1, 3), (3, 3), (3, 4)], 4)
    assert m.to_input(0, 0) == (0, 0)
    assert m.to_input(4, 4) == (4, 4)  # the end of the output is the end of the input
    assert m.to_input(1, 2) == (1, 3)
    assert m.to_input(2, 3) == (3, 3)  # an inserted character
    assert m.to_input(0, 4) == (0, 4)


@pytest.mark.parametrize("span", [(-1, 1), (2, 1), (0, 5), (5, 5)])
def test_to_input_outside_is_an_error(span: tuple[int, int]) -> None:
    m = offset_map([(0, 1), (1, 3), (3, 3), (3, 4)], 4)
    with pytest.raises(ValueError):
        m.to_input(*span)


def test_to_output() -> None:
    m = offset_map([(0, 1), (1, 3), (3, 3), (3, 4)], 4)
    assert m.to_output(0, 1) == (0, 1)
    assert m.to_output(1, 3) in ((1, 2), (1, 3))  # an insertion at the span's edge may go either way
    assert m.to_output(0, 4) == (0, 4)
    assert m.to_output(3, 4) == (2, 4) or m.to_output(3, 4) == (3, 4)
    start, end = m.to_output(1, 2)  # half of a merged span: at most that output character
    assert 1 <= start <= end <= 2


def test_round_trip_on_real_text() -> None:
    text = "به گزارش خبرگزاري فارس ، مدیران روابط عمومی های ادارات  شهرستان ملارد"
    out, m = Normalizer().normalize_with_map(text)
    for word in ("خبرگزاری", "فارس", "ملارد", "شهرستان"):
        i = out.index(word)
        s, e = m.to_input(i, i + len(word))
        assert Normalizer().normalize(text[s:e]) == word
        a, b = m.to_output(s, e)
        assert a <= i and i + len(word) <= b


def test_edit_is_frozen() -> None:
    edit = Edit("controls", 1, 4, 1, 1, "ـــ", "")
    with pytest.raises(AttributeError):
        edit.kind = "x"  # type: ignore[misc]

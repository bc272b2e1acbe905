"""The normalizer's fast paths give the answer of the slow paths they skip (hypothesis).

- `reflow._plainly_clean` (the exit before the numpy analysis of line breaks): text it calls
  clean is text the full analysis joins no break of, hard-wrapped or not;
- `zwnj._matches_near` (the regex tried only near a literal) finds what `finditer` finds;
- `RegexStep` without tracking (one `sub`) writes the text the tracked rewrite writes, and its
  one scan for `needs` answers as a substring test per needle would;
- `OffsetMap.then` with an identity on either side is the map itself.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from farsi_press.normalize import punctuation, reflow, zwnj
from farsi_press.normalize.offsets import OffsetMap, rewrite
from farsi_press.normalize.options import NormalizerOptions
from test_reflow import _wrap

# Words and marks that reach the cues of reflow (suffixes, light verbs, words no line ends with,
# list items, sentence ends) and the ZWNJ patterns (می, تر, شده).
WORDS = ("وزیر", "امور", "خارجه", "گفت", "این", "طرح", "اجرا", "های", "ها", "ترین", "نماید", "گردید",
         "شد", "از", "در", "که", "و", "برای", "می", "نمی", "برمی", "شود", "گردد", "مهم", "تر", "شده",
         "توسط", "۱-", "*", "سال", "۱۳۸۸", "«بله»", "است.", "شد.", "کرد؟", "گفت:", "بود.»", "(ایرنا)")
#: Words that give no cue: wrapped lines of them are told apart by their lengths alone.
PLAIN_WORDS = ("استان", "تهران", "دولت", "مجلس", "اقتصاد", "کشور", "نفت", "بازار", "مردم", "جلسه",
               "بررسی", "نماینده", "امروز", "مسئولان")
SEPARATORS = (" ", " ", " ", "  ", "\n", "\n\n", " \n", "\u200c", "", "،", ".")

fragments = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40)


def _text(parts: list[tuple[str, str]]) -> str:
    return "".join(w + s for w, s in parts)


def _wrapped(words: list[str], width: int, blank: bool) -> str:
    """Words laid out greedily in lines of at most `width` characters, as a PDF extraction does
    (the words hold no space: one paragraph for `test_reflow._wrap`)."""
    return _wrap(" ".join(words), width, blank)


def _joins_nothing(text: str) -> bool:
    f = reflow.analyze_breaks(text)
    return f is None or not reflow.decide(f, "auto").any()


@settings(max_examples=400, deadline=None)
@given(fragments)
def test_plainly_clean_text_has_no_break_to_join(parts: list[tuple[str, str]]) -> None:
    text = _text(parts)
    if "\n" in text and reflow._plainly_clean(text):
        assert _joins_nothing(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLAIN_WORDS * 4 + WORDS), min_size=20, max_size=300), st.integers(20, 400),
       st.booleans())
def test_plainly_clean_wrapped_text(words: list[str], width: int, blank: bool) -> None:
    text = _wrapped(words, width, blank)
    if reflow._plainly_clean(text):
        assert _joins_nothing(text)
    assert reflow.reflow(text, NormalizerOptions(), False)[0] == reflow.reflow(
        text, NormalizerOptions(), True)[0]


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("width", [45, 60, 80, 120, 200, 300])
def test_plainly_clean_never_takes_wrapped_text(width: int, blank: bool) -> None:
    text = _wrapped(list(PLAIN_WORDS) * 8, width, blank)
    wrapped = not _joins_nothing(text)
    assert wrapped == (width <= 200)  # wider lines than a page's are no wrap
    assert reflow._plainly_clean(text) == (not wrapped)


@pytest.mark.parametrize("cue", ["که", "اما"])
def test_plainly_clean_reads_cues_of_wide_lines(cue: str) -> None:
    # lines wider than a page's, each ending with a word a sentence rarely ends with: wrapped
    line = " ".join(PLAIN_WORDS * 4) + " " + cue
    text = "\n".join([line] * 6) + "."
    assert len(line) > reflow._WIDEST_WRAP and not _joins_nothing(text)
    assert not reflow._plainly_clean(text)


@settings(max_examples=400, deadline=None)
@given(fragments)
def test_matches_near_finds_what_finditer_finds(parts: list[tuple[str, str]]) -> None:
    text = _text(parts)
    for pattern, literal, reach in ((zwnj._MI, "می ", zwnj._MI_REACH), (zwnj._TAR, " تر", 0),
                                    (zwnj._PARTICIPLE, " شده ", 0)):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in zwnj._matches_near(pattern, text, literal, reach)] == expected


@settings(max_examples=300, deadline=None)
@given(fragments)
def test_regex_steps_write_the_same_text_with_and_without_tracking(parts: list[tuple[str, str]]) -> None:
    text = _text(parts).replace("،", ",").replace("«", '"')
    options = NormalizerOptions()
    for _, step in punctuation.STEPS + (("zwnj_cleanup", zwnj.cleanup),):
        assert step(text, options, False)[0] == step(text, options, True)[0]
        assert step._needed(text) == (not step.needs or any(s in text for s in step.needs))


@pytest.mark.parametrize("needle", punctuation.space_before.needs + punctuation.repeats.needs)
def test_every_needle_lets_the_scan_run(needle: str) -> None:
    assert punctuation.space_before._needed("گفت" + needle) == (needle in punctuation.space_before.needs)
    assert punctuation.repeats._needed("گفت" + needle) == (needle in punctuation.repeats.needs)


def test_then_skips_an_identity() -> None:
    text = "تـــهران  و  قم"
    out, step, _ = rewrite(text, [(1, 4, ""), (8, 10, " "), (11, 13, " ")])
    assert out == "تهران و قم"
    changed, identity, _ = rewrite(out, [(0, 1, "ط")])  # a replacement of the same length
    assert changed == "طهران و قم" and identity is not None and identity.is_identity
    for composed in (step.then(identity), OffsetMap.identity(len(text)).then(step)):
        assert np.array_equal(composed.starts, step.starts) and np.array_equal(composed.ends, step.ends)
        assert composed.input_length == step.input_length

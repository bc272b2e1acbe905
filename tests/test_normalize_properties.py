"""Property tests of the normalizer (hypothesis).

- idempotence: normalize(normalize(x)) == normalize(x), under the default and other options;
- no letter lost or added beyond the documented mappings: the multiset of letters and digits
  (after mapping Arabic variants and presentation forms, dropping tatweel, and reading digits by
  value) is the same before and after;
- offsets map back monotonically: OffsetMap.starts/ends are non-decreasing and inside the input,
  every letter and digit of the output comes from a non-empty input span, and an output letter
  made from one input character is that character (or its documented mapping);
- explain() agrees with normalize() and its edits lie inside the texts.

Text is drawn two ways: single characters from a pool of everything the normalizer treats
specially, and sequences of real Persian fragments (prefixes, suffixes, split words, marks) joined by
spaces, ZWNJ, nothing or line breaks, which reach the ZWNJ, split-word and reflow rules.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from farsi_press import Normalizer, normalize

# ----------------------------------------------------------------------------- text strategies

PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإؤئءۀ"
ARABIC_VARIANTS = "يكىةٱھەےڪ"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670"  # diacritics, hamza above
INVISIBLE = "\u200c\u200d\u200e\u200f\u200b\ufeff\u00ad\u0640\u061c\u202a\u202b\u202c\u2066\u2069\x00\x07"
SPACES = " \t\n\r\u00a0\u2009\u202f\u3000\u2028"
PUNCT = ".,;:?!،؛؟«»\"“”()[]-/…'"
LATIN = "abcxyzABC@_#"
PRESENTATION = "ﻣﺤﻤﺪﻻﷲﺍﻱﻲﻛﮔﭘﯽﻫﺮ"

CHAR_POOL = PERSIAN + ARABIC_VARIANTS + DIGITS + MARKS + INVISIBLE + SPACES + PUNCT + LATIN + PRESENTATION

FRAGMENTS = [
    # verb prefixes and verbs, and words that only start like them
    "می", "مي", "نمی", "نمي", "شود", "شد", "کند", "گوید", "توان", "ماه", "میز", "میلیون", "میدان",
    # suffixes and words that only end like them
    "ها", "هاي", "های", "هایی", "هایش", "تر", "ترین", "ای", "اي", "ام", "اند", "ایم", "اید", "ی", "اش",
    "دختر", "دفتر", "کتاب", "خانه", "روزنامه", "شهرداري", "رسانه", "بيشتر",
    # compounds and split words
    "بین", "المللی", "المللي", "بهره", "گیری", "برداری", "اطلاع", "رسانی", "سرمایه", "گذاری",
    "امو", "ر", "شهرد", "اری", "اجر", "ایی", "ما", "مردم", "به", "از", "آن", "این", "که", "و",
    # ezafe heads and what follows them
    "ارتقا", "اجرا", "امضا", "سطح", "طرح", "رسید", "کرده",
    # names, numbers, Latin
    "ملارد", "تهران", "ج.ا.ا", "۱۳۸۸/۰۵/۱۲", "12:30", "2024", "١٤٠٢", "www.farsnews.ir", "MP3",
    "ICT", "Core", "اکثراً", "همهٔ", "تـــهران", "ﻣﺤﻤﺪ",
    # marks
    "«", "»", ".", "...", "،", ",", "؟", "?", "!", "!!", ":", "؛", "(", ")", '"', "-",
]
SEPARATORS = [" ", " ", " ", "", "\u200c", "  ", "\n", "\n\n", " \u200c", "\u200c\u200c", "\t"]

char_text = st.text(alphabet=st.sampled_from(CHAR_POOL), max_size=80)
fragment_text = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=30
).map(lambda parts: "".join(w + s for w, s in parts))
texts = st.one_of(char_text, fragment_text)

OPTION_SETS = [
    {},
    {"digits": "latin"},
    {"digits": "keep"},
    {"reflow": "never"},
    {"reflow": "always"},
    {"zwnj": False, "split_words": False},
    {"punctuation": False},
    {"remove_diacritics": False, "letters": False},
]

SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

DEFAULT = Normalizer()

# ----------------------------------------------------------------------------- documented mappings

#: One-to-one letter mappings the normalizer documents (Arabic variants to Persian letters).
LETTER_MAP = {
    "ي": "ی", "ى": "ی", "ے": "ی",
    "ك": "ک", "ڪ": "ک",
    "ة": "ه", "ھ": "ه", "ە": "ه",
    "ٱ": "ا",
}
TATWEEL = "\u0640"


def _is_presentation_form(ch: str) -> bool:
    return "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe"


def letter_forms(ch: str) -> str:
    """The letters an input character may legitimately become (itself, its documented mapping,
    or the letters of its presentation form)."""
    forms = ch + LETTER_MAP.get(ch, "")
    if _is_presentation_form(ch):
        nfkc = unicodedata.normalize("NFKC", ch)
        forms += nfkc + "".join(LETTER_MAP.get(c, "") for c in nfkc)
    return forms


def is_letter_or_digit(ch: str) -> bool:
    return ch != TATWEEL and unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd")


def letters(text: str, letters_mapped: bool = True) -> Counter:
    """Multiset of letters and digits after the documented mappings; digits by value; a letter
    with its hamza above counted as its seat, whether written in one character or two (the
    normalizer composes ا/و/ی + ٔ into أ/ؤ/ئ), format controls aside. A yeh with its hamza is one
    letter however written (ئ, ی + ٔ, ي + ٔ: the normalizer writes each as ئ, whose seat is the
    Arabic yeh in Unicode's decomposition), counted as ی."""
    out: Counter = Counter()
    text = text.replace("\u0626", "\u06cc\u0654").replace("\u064a\u0654", "\u06cc\u0654")
    for ch in text:
        if unicodedata.category(ch) == "Cf":
            continue
        seq = unicodedata.normalize("NFKC", ch) if letters_mapped and _is_presentation_form(ch) else ch
        for c in unicodedata.normalize("NFD", seq):
            if not is_letter_or_digit(c):
                continue
            if unicodedata.category(c) == "Nd":
                out[("digit", unicodedata.digit(c))] += 1
            else:
                out[LETTER_MAP.get(c, c) if letters_mapped else c] += 1
    return out


def same_digit(a: str, b: str) -> bool:
    return unicodedata.category(a) == "Nd" and unicodedata.category(b) == "Nd" \
        and unicodedata.digit(a) == unicodedata.digit(b)


# ----------------------------------------------------------------------------- idempotence

@SETTINGS
@given(texts)
@example("روابط عمومی های ادارات")
@example("مي \u200c شود")
@example("« « سلام » »")
@example("ر اجرا اب")  # the ezafe ی added in one pass made a split-word join in the next
@example("بهرهگیری گیری")  # a glued word before a bound head, split in the same pass
@example("لٱ گیریای")  # a bound head glued to its suffix, split in the same pass
@example("گفت:«بله»")
@example("مجمع روابط\n\nعمومی شهرستان")
@example("امو ر بین الملل")
@example("ارتقا ای")
@example("میزد اند ئ")  # a lone hamza seat joined to «اند» once the verb before it had its ZWNJ
@example("اطلاع رسانی ی اری")  # «ی» read as attached to «رسانی» in one pass, not to «اطلاع‌رسانی» in the next
@example("ر ها ها")  # a plural ending glued to another alone («هاها») read as a split word in the next pass
@example("تر تر ه")  # «تر» glued to «تر» alone, then read as a split word
def test_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@SETTINGS
@given(texts, st.sampled_from(OPTION_SETS))
@example("www.farsnews.ir ،می .می ", {})  # the mark before «می.» got its space in the same pass
def test_idempotent_with_options(text: str, options: dict) -> None:
    n = Normalizer(**options)
    once = n.normalize(text)
    assert n.normalize(once) == once


# ----------------------------------------------------------------------------- letters kept

@SETTINGS
@given(texts)
@example("ﻣﺤﻤﺪ ﻻ ﷲ")
@example("كتابهاي مدرسة")
@example("تـــهران ١٤٠٢ 2024 MP3")
@example("برای ارتقا سطح سلامت")
def test_no_letter_lost_or_added(text: str) -> None:
    out, edits = Normalizer().explain(text)
    assert out == normalize(text)
    before, after = letters(text), letters(out)
    after["\u06cc"] -= ezafe_yehs(edits)
    assert before == +after, f"lost {dict(before - after)}, added {dict(after - before)}: {text!r} -> {out!r}"


def ezafe_yehs(edits) -> int:
    """The ezafe «ی» the normalizer adds (`ارتقا سطح` -> `ارتقای سطح`), the one added letter."""
    assert all(e.after == "\u06cc" and e.before == "" for e in edits if e.kind == "ezafe")
    return sum(1 for e in edits if e.kind == "ezafe")


@SETTINGS
@given(texts)
def test_no_letter_added_without_ezafe(text: str) -> None:
    out = Normalizer(ezafe=False).normalize(text)
    before, after = letters(text), letters(out)
    assert before == after, f"lost {dict(before - after)}, added {dict(after - before)}: {text!r} -> {out!r}"


@SETTINGS
@given(texts)
def test_no_letter_lost_without_letter_mapping(text: str) -> None:
    """With letters=False, Arabic variants stay as they are (digits still by value)."""
    out, edits = Normalizer(letters=False).explain(text)
    before, after = letters(text, letters_mapped=False), letters(out, letters_mapped=False)
    after["\u06cc"] -= ezafe_yehs(edits)
    after = +after
    assert before == after, f"lost {dict(before - after)}, added {dict(after - before)}: {text!r} -> {out!r}"


# ----------------------------------------------------------------------------- offsets

def check_map(text: str, out: str, mapping, normalizer=None) -> None:
    """Every output letter maps back to input letters it may come from; only an ezafe «ی» the
    normalizer added (`explain` says where) maps to the empty span where it was put."""
    added = {e.output_start for e in (normalizer or DEFAULT).explain(text)[1] if e.kind == "ezafe"}
    starts, ends = np.asarray(mapping.starts), np.asarray(mapping.ends)
    assert len(mapping) == len(out) == len(starts) == len(ends)
    assert mapping.input_length == len(text)
    if not len(out):
        return
    assert (np.diff(starts) >= 0).all(), "starts go backwards"
    assert (np.diff(ends) >= 0).all(), "ends go backwards"
    assert (starts >= 0).all() and (ends <= len(text)).all() and (starts <= ends).all()
    for i, ch in enumerate(out):
        s, e = int(starts[i]), int(ends[i])
        if is_letter_or_digit(ch) and i not in added:
            assert e > s, f"output {ch!r} at {i} comes from nowhere"
        if e - s == 1 and is_letter_or_digit(ch) and is_letter_or_digit(text[s]):
            src = text[s]
            assert ch in letter_forms(src) or same_digit(ch, src), \
                f"output {ch!r} at {i} maps to input {src!r} at {s}"
        if e > s:
            a, b = mapping.to_output(*mapping.to_input(i, i + 1))
            assert a <= i < b, f"output {i} -> input [{s},{e}) -> output [{a},{b})"
    assert mapping.to_input(0, len(out)) == (int(starts[0]), max(int(starts[0]), int(ends[-1])))


@SETTINGS
@given(texts)
@example("تـــهران")
@example("  كتابهاي   مدرسة  ")
@example("مجمع روابط\n\nعمومی شهرستان")
@example("گفت : « سلام »")
def test_offsets_map_back(text: str) -> None:
    out, mapping = DEFAULT.normalize_with_map(text)
    assert out == DEFAULT.normalize(text)
    check_map(text, out, mapping)


@SETTINGS
@given(texts, st.sampled_from(OPTION_SETS))
def test_offsets_map_back_with_options(text: str, options: dict) -> None:
    n = Normalizer(**options)
    out, mapping = n.normalize_with_map(text)
    assert out == n.normalize(text)
    check_map(text, out, mapping, n)


# ----------------------------------------------------------------------------- explain

@SETTINGS
@given(texts)
@example("تـــهران")
@example("كتاب")
def test_explain_agrees(text: str) -> None:
    out, edits = DEFAULT.explain(text)
    assert out == DEFAULT.normalize(text)
    assert (out == text) or edits, "the text changed but no edit was reported"
    if not edits:
        assert out == text
    for edit in edits:
        assert isinstance(edit.kind, str) and edit.kind
        assert 0 <= edit.input_start <= edit.input_end <= len(text), edit
        assert 0 <= edit.output_start <= edit.output_end <= len(out), edit
        assert edit.before != edit.after, edit
        assert isinstance(edit.before, str) and isinstance(edit.after, str)


def test_explain_tatweel() -> None:
    out, edits = DEFAULT.explain("تـــهران")
    assert out == "تهران"
    assert len(edits) == 1
    (edit,) = edits
    assert (edit.input_start, edit.input_end, edit.before, edit.after) == (1, 4, "ـــ", "")
    assert (edit.output_start, edit.output_end) == (1, 1)


def test_explain_letter() -> None:
    out, edits = DEFAULT.explain("كتاب")
    assert out == "کتاب"
    assert [(e.input_start, e.input_end, e.output_start, e.output_end, e.before, e.after) for e in edits] \
        == [(0, 1, 0, 1, "ك", "ک")]


def test_explain_nothing_to_do() -> None:
    text = "گزارش داده شد."
    assert DEFAULT.explain(text) == (text, [])


@pytest.mark.parametrize("text", ["گفت : « سلام »", "تهران , اصفهان", "سال ١٤٠٢"])
def test_explain_edits_name_their_step(text: str) -> None:
    out, edits = DEFAULT.explain(text)
    assert out != text and edits
    for edit in edits:  # one step per span here, so each edit's text is the input's own text
        assert text[edit.input_start:edit.input_end] == edit.before, edit


# ----------------------------------------------------------------------------- two character paths

@SETTINGS
@given(texts, st.sampled_from(OPTION_SETS + [{"remove_diacritics": False}, {"letters": False}]))
@example("A\u064b5 اً 12\r\n\r\x00\nMP3 x.ir/12", {})
@example("Core 2 ـً ١٤٠٢", {"digits": "latin"})
def test_short_text_path_is_the_vectorized_pass(text: str, options: dict) -> None:
    # short texts (no map asked for) are mapped by str.translate instead of numpy: same output
    from farsi_press.normalize import chars
    from farsi_press.normalize.options import NormalizerOptions

    opts = NormalizerOptions(**options)
    assert chars._characters_short(text, opts) == chars.characters(text, opts, True)[0]


def test_short_normalize_does_not_import_numpy() -> None:
    # a cold start (import, one sentence) stays fast: numpy loads only for long texts or maps
    import subprocess
    import sys

    code = ("import sys, farsi_press as fp; out = fp.normalize('كتابهاي مدرسة می شود'); "
            "print(out == 'کتاب\\u200cهای مدرسه می\\u200cشود', 'numpy' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.split() == ["True", "False"]

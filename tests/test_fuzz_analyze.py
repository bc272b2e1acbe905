"""Bad input through every door: hypothesis fuzz of analyze(), wrong types, huge and odd texts.

analyze() raises only TypeError (for a non-str); everything else comes back as a Document whose
offsets point into its text and input, and whose JSON round-trips.
"""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import farsi_press as fp
from farsi_press.document import Document

# Persian and Arabic letters (with the variants ي ك ة ى ۀ أ إ ؤ ئ), digits of three scripts, ZWNJ
# and other invisible marks, diacritics, tatweel, Latin, punctuation and quotation marks, spaces.
ALPHABET = (
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآ"
    "يكةىۀأإؤئء"
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
    "\u200c\u200d\u200e\u200f\ufeff\u00a0\u202b\u202c"
    "\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0640"
    "abcXYZ"
    ".,:;!?،؛؟«»\"'()[]-_/…%٪"
    " \n\t\r"
)
WORDS = ["وی", "گفت", "افزود", ":", "«", "»", "به گزارش", "خبرگزاری", "فارس", "فرماندار", "شهرستان",
         "ملارد", "وزیر", "کشور", "اظهار داشت", "که", "می شود", "می‌شود", "آقای", "مدیر کل", "استانداری",
         "تهران", "،", ".", "\n\n", "\n", " ", "ها", "ی", "ای"]

texts = st.one_of(
    st.text(alphabet=ALPHABET, max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=120).map("".join),
    st.text(max_size=200),  # any Unicode (no surrogates)
)


def check_document(doc: Document, original: str) -> None:
    assert isinstance(doc, Document)
    assert doc.original == original
    n, m = len(doc.text), len(doc.original)
    spans = [*doc.sentences, *doc.entities, *doc.quotes, *(q.speaker for q in doc.quotes if q.speaker)]
    if doc.source is not None:
        spans.append(doc.source)
    for s in spans:
        assert 0 <= s.start <= s.end <= n, s
        assert 0 <= s.original_start <= s.original_end <= m, s
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
        assert e.label in ("PERSON", "TITLE", "ORG", "LOC")
    ids = {o.id for o in doc.officials}
    for x in (*doc.entities, *doc.quotes):
        assert x.official is None or x.official in ids
    for q in doc.quotes:
        assert q.kind in ("direct", "indirect")
    assert Document.from_dict(json.loads(doc.to_json())) == doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_analyze_never_raises_on_text(text):
    check_document(fp.analyze(text), text)


@settings(max_examples=50, deadline=None)
@given(st.one_of(st.none(), st.binary(), st.integers(), st.floats(), st.booleans(),
                 st.lists(st.text(max_size=5)), st.dictionaries(st.text(max_size=3), st.text(max_size=3))))
def test_analyze_raises_only_type_error_on_non_text(value):
    with pytest.raises(TypeError):
        fp.analyze(value)


@pytest.mark.parametrize("text", ["", " ", "\n", "\u200c", "\ufeff", "«", "»", ":", "گفت:", "وی", "\u0640" * 50,
                                  "\r\n" * 20, "\x00\x01\x02", "به گزارش", "وی گفت: «", "»«", "🌹" * 10])
def test_tiny_and_degenerate(text):
    check_document(fp.analyze(text), text)


HUGE = {
    "one letter repeated": lambda: "ا" * 10_000_000,
    "one long line of words": lambda: "سلام دنیا " * 1_000_000,
    "only line breaks": lambda: "\n" * 10_000_000,
}


@pytest.mark.parametrize("name", list(HUGE))
def test_ten_megabyte_documents(name):
    text = HUGE[name]()
    assert len(text) >= 9_000_000
    doc = fp.analyze(text)
    assert doc.original == text
    assert all(0 <= s.start <= s.end <= len(doc.text) for s in doc.sentences)
    assert all(0 <= s.original_start <= s.original_end <= len(text) for s in doc.sentences)


def test_many_cues_in_one_sentence_stay_linear():
    def seconds(k: int) -> float:
        text = "وی گفت: «" * (k // 9)
        start = time.monotonic()
        fp.analyze(text)
        return time.monotonic() - start

    seconds(200)  # lexicons load on first use
    small, large = seconds(2_000), seconds(8_000)
    assert large < 6 * max(small, 0.05), (small, large)  # linear would be about 4x


def test_unclosed_quotes_one_a_line_stay_linear():
    def seconds(k: int) -> float:
        text = "وی گفت: «\n" * k
        start = time.process_time()
        doc = fp.analyze(text)
        assert len(doc.sentences) >= k // 2
        return time.process_time() - start

    seconds(100)
    small, large = seconds(2_500), seconds(10_000)
    assert large < 6 * max(small, 0.05), (small, large)


#: One long sentence that repeats a phrase each of whose occurrences starts a search over the rest
#: of the sentence: `به گفته X` (each looks for a cue up to the sentence end), a subject with a
#: relative clause before its cue (each looked for back to the clause start).
_REPEATED_PHRASES = {
    "according to, no cue": "به گفته وی ",
    "subject, cue and «که»": "علی رضایی فرماندار شهرستان ملارد گفت که ",
}


#: One long sentence of cues (no sentence end): each cue looks for its subject back over the clause;
#: the clause must not be re-read from its start for every cue. And a run of honorifics: each
#: honorific opens a name's search, which must not read the whole run after it.
_REPEATED_WORDS = {
    "honorific «آقای»": "آقای ",
    "lineage honorific «سید»": "سید ",
    "bare cue verb": "گفت ",
    "cue, colon and an unclosed guillemet": "وی گفت: «این کار ",
    "compound cue and colon": "تصریح کرد: ",
    "indirect cue «دانست»": "او را مقصر دانست و ",
    "present-tense cue": "می\u200cگوید ",
}


def _assert_linear(phrase: str, small_chars: int, large_chars: int) -> None:
    """`analyze` of one long sentence repeating `phrase`: four times the text, at most eight times
    the time (linear would be about 4x, quadratic 16x); the fastest of two runs of each size (a
    loaded machine slows single runs by half and more)."""

    def seconds(chars: int) -> float:
        text = phrase * (chars // len(phrase))
        start = time.process_time()
        fp.analyze(text)
        return time.process_time() - start

    seconds(500)  # lexicons load on first use
    small = min(seconds(small_chars) for _ in range(2))
    large = min(seconds(large_chars) for _ in range(2))
    assert large < 8 * max(small, 0.05), (small, large)


@pytest.mark.parametrize("name", sorted(_REPEATED_WORDS))
def test_repeated_word_in_one_sentence_stays_linear(name):
    _assert_linear(_REPEATED_WORDS[name], 5_000, 20_000)


@pytest.mark.parametrize("name", sorted(_REPEATED_PHRASES))
def test_repeated_phrase_in_one_sentence_stays_linear(name):
    _assert_linear(_REPEATED_PHRASES[name], 20_000, 80_000)

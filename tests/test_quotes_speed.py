"""The quote stage's fast paths find what the plain patterns find: the cue scanner
(`quotes._CueScanner`, one pattern per cue tried where a cue word stands) against the whole cue
pattern, over every case text of tests/data/quotes/ (real Fars News lines) and a few written here;
and no pattern is compiled while articles are read (the cue patterns are compiled once); the
backward read of «و» before a cue (`quotes._and_before`) against its pattern; no cue holds before
its head anything but the leads the scanner tries (`quotes._HEAD_LEADS`)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from farsi_press import normalize
from farsi_press import quotes as Q
from farsi_press.sentence_split import sentences

from test_quotes import _rows

# cues the case files hold few of: the split request, the «پیش بینی» cues (tried at «پیش» only,
# also with a double space), letter variants, a negative judgement, «به گفته» and its kin
_OWN = [
    "وی پیش  بینی کرد که قیمت نفت بالا برود و این موضوع را مورد تاکید قرار داد.",
    "استاندار پيش‌بيني كرد: بارندگی‌ها ادامه دارد.",
    "وزیر کشور خواستار توجه بیشتر به مرزها شد و افزود: کار ادامه دارد.",
    "به اعتقاد کارشناسان، به ادعای وی و به زعم برخی، کار تمام نشده است.",
    "رئیس سازمان این طرح را بعید ندانست و آن را مهم عنوان و تصریح کرد: کار ادامه دارد.",
    "او می‌گوید و می‌نویسند و نمی‌داند؛ گفت‌وگو و گفت و گو هم هست.",
]


def _texts() -> list[str]:
    out = [normalize(t) for t in _OWN]
    for name in ("positive.tsv", "negative.tsv", "spans.tsv", "speaker_spans.tsv"):
        out += [normalize(r[1]) for r in _rows(name) if len(r) > 1]
    return out


_TEXTS = _texts()  # normalized, as `find_quotes` reads them


def _windows(text: str) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in sentences(text)]
    return [(0, len(text))] + spans + [(a + 3, b - 2) for a, b in spans if b - a > 5]


@pytest.mark.parametrize("text", _TEXTS, ids=range(len(_TEXTS)))
def test_scanner_matches_the_whole_pattern(text: str) -> None:
    whole = Q._cue_pattern()
    scanner = Q._CueScanner(text)
    for lo, hi in _windows(text):
        got = [(m.start(), m.end(), m.lastgroup) for m in scanner.finditer(lo, hi)]
        want = [(m.start(), m.end(), m.lastgroup) for m in whole.finditer(text, lo, hi)]
        assert got == want, (lo, hi)


def test_scanner_finds_the_rare_cues() -> None:
    found = {m.group() for t in _TEXTS[:len(_OWN)] for m in Q._CueScanner(t).finditer(0, len(t))}
    assert {"پیش\u200cبینی کرد", "مورد تاکید قرار داد", "ندانست", "تصریح کرد", "می\u200cگوید",
            "می\u200cنویسند"} <= found


@pytest.mark.xfail(strict=True, reason="a cue of two-word heads («پیش بینی کرد») written with a double "
                   "space is tried only where another cue word stands near (normalized text has none)")
def test_scanner_double_space_in_a_two_word_cue() -> None:
    t = "وی پیش  بینی کرد که قیمت نفت بالا برود."
    assert [m.group() for m in Q._CueScanner(t).finditer(0, len(t))] == ["پیش  بینی کرد"]


@pytest.mark.parametrize("text", _OWN + _TEXTS, ids=range(len(_OWN) + len(_TEXTS)))
def test_has_cue_matches_the_whole_pattern(text: str) -> None:
    whole = Q._cue_pattern()
    for a, b in _windows(text):
        s = text[a:b][:60]
        assert Q._has_cue(s) == (whole.search(s) is not None), s


def test_cue_patterns_are_compiled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts with new sets of cues compile no pattern of cues (each cue's is compiled once, with
    all the others); a pattern made on first use (`به گفته`, …) is compiled once too."""
    Q.find_quotes(_TEXTS[0], sentences(_TEXTS[0]), [], [])
    compiled: list[str] = []
    real = regex.compile

    def counting(pattern, *args, **kwargs):
        compiled.append(pattern)
        return real(pattern, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", counting)
    for _ in range(2):
        for text in _TEXTS:
            Q.find_quotes(text, sentences(text), [], [])
    assert not [p for p in compiled if "(?P<c" in p]
    assert len(compiled) == len(set(compiled)), compiled


# «و» right before a cue, as a pattern: what `quotes._and_before` reads backwards
_AND_BEFORE_CUE = regex.compile(r"[ \t\u200c]+و[ \t\u200c]{1,3}\Z")


@given(st.text(alphabet=" \t\u200cوکار", max_size=30), st.integers(0, 30), st.integers(0, 30))
@settings(max_examples=3000, deadline=None)
def test_and_before_matches_its_pattern(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    m = _AND_BEFORE_CUE.search(text, a, b)
    assert Q._and_before(text, a, b) == (None if m is None else m.start()), (text, a, b)


def _cue_forms(c: Q.Cue) -> list[str]:
    """A cue's phrase as written with its past, present and plural present verb (`_heads_of`)."""
    words = c.cue.split()
    present = [c.present, c.present[:-1] + "ند" if c.present.endswith("د") else c.present]
    return [" ".join(words)] + [" ".join(words[:-1] + [p]) for p in present]


@given(st.text(alphabet="نمی\u200c وا", max_size=6), st.data())
@settings(max_examples=3000, deadline=None)
def test_a_cue_holds_a_head_lead_before_its_head(lead: str, data: st.DataObject) -> None:
    """The scanner tries a start before a head only where one of `_HEAD_LEADS` stands between:
    no cue pattern matches with anything else before its verb (`وی گفت` is tried at `گفت`)."""
    k = data.draw(st.integers(0, len(Q._cue_parts()) - 1))
    cue = Q._cue_parts()[k][0]
    for form in _cue_forms(cue):
        m = Q._cue_alone()[k].match(lead + form + " ")
        if m is not None:
            assert lead in Q._HEAD_LEADS, (lead, form)

"""The word lexicon behind ZWNJ insertion and split-word repair, loaded lazily, once.

Built by ``scripts/build_words.py`` from hazm's MIT lexicon (``words.dat``, ``verbs.dat``) and
parsivar's spacing dictionaries (see ``data/PROVENANCE.md``). Files, all plain UTF-8, one entry a
line, read with C-level splits (the whole set loads in a few hundredths of a second):

- ``words.txt``: every known word (glued misspellings such as ``کتابها``, ``میشود`` removed);
- ``words_freq.tsv``: ``word<TAB>frequency`` for the words hazm counted (frequency > 0);
- ``words_adjectives.txt``: adjectives (they take ``تر``/``ترین``);
- ``words_verbs.tsv``: ``past stem<TAB>present stem``;
- ``words_compounds.txt``: compounds written with ZWNJ (``بین‌المللی``, ``اطلاع‌رسانی``).

>>> lex = lexicon()
>>> "میز" in lex.known, "شود" in lex.verb_forms, lex.compounds["بهره گیری"]
(True, True, 'بهره\u200cگیری')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ZWNJ = "\u200c"

#: Letters that never join the next letter: a ZWNJ after them is invisible and left out.
NON_JOINING = frozenset("اآأإدذرزژوؤۀءة")

#: Prefixes of the continuous/habitual verb (``می‌شود``), with preverbs (``برمی‌گردد``).
MI_PREFIXES = ("می", "نمی", "برمی", "برنمی", "درمی", "درنمی", "فرومی", "فرونمی", "بازمی",
               "بازنمی", "وامی", "فرامی", "ورمی")

#: Plural and plural+clitic suffixes that follow any noun (``کتاب‌ها``, ``سال‌هایشان``).
HA_SUFFIXES = ("ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "هاست")
#: Comparative and superlative (after adjectives only: ``مهم‌ترین``, never ``دختر``).
TAR_SUFFIXES = ("تر", "ترین", "تری", "ترها")
#: Suffixes and clitics written apart after a final ``ه`` (``خانه‌ای``, ``گفته‌اند``, ``همه‌ی``).
HE_SUFFIXES = ("ای", "ام", "ات", "اش", "اند", "ایم", "اید", "ی", "اید", "ایی")

#: Personal endings of the present (``می‌روم``) and the past (``می‌رفتم``).
_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
_PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند")
#: Forms after ``می`` that take no ending (``می‌توان``, ``می‌بایست``).
_BARE_FORMS = ("توان", "بایست", "بایستی", "باید")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the ZWNJ and split steps look up (sets and dicts, built once)."""

    known: frozenset[str]
    freq: dict[str, int]
    adjectives: frozenset[str]
    verb_forms: frozenset[str]
    #: spaced form -> ZWNJ form (``"بین المللی"`` -> ``"بین‌المللی"``).
    compounds: dict[str, str]
    #: first two words of compounds of three words and more (``"حجت الاسلام"``).
    compound_heads: frozenset[str]
    #: glued form -> ZWNJ form (``"بینالمللی"`` -> ``"بین‌المللی"``), only where the glued form is not a word.
    glued: dict[str, str]


def verb_forms(stems: list[tuple[str, str]]) -> frozenset[str]:
    """The finite forms that follow ``می``/``نمی``: present stem + ending, past stem (+ ending).

    >>> sorted(verb_forms([("رفت", "رو")]))[:4]
    ['رفت', 'رفتم', 'رفتند', 'رفتی']
    """
    forms: set[str] = set(_BARE_FORMS)
    for past, present in stems:
        if past:
            forms.update(past + e for e in _PAST_ENDINGS)
        if present:  # stems like آ have their variant (آی) listed too
            forms.update(present + e for e in _PRESENT_ENDINGS)
    return frozenset(f for f in forms if len(f) >= 2)


def join(left: str, right: str) -> str:
    """Two parts of one word: with a ZWNJ where the left part's last letter would join.

    >>> join("کتاب", "ها"), join("کشور", "ها")
    ('کتاب\u200cها', 'کشورها')
    """
    return left + right if left[-1] in NON_JOINING else left + ZWNJ + right


def _read(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


def _load() -> Lexicon:
    known = frozenset(_read("words.txt"))
    freq: dict[str, int] = {}
    for line in _read("words_freq.tsv"):
        w, _, f = line.partition("\t")
        freq[w] = int(f)
    adjectives = frozenset(_read("words_adjectives.txt"))
    stems = [tuple(line.split("\t")[:2]) for line in _read("words_verbs.tsv")]
    compounds: dict[str, str] = {}
    heads: set[str] = set()
    glued: dict[str, str] = {}
    for form in _read("words_compounds.txt"):
        parts = form.split(ZWNJ)
        compounds[" ".join(parts)] = form
        if len(parts) > 2:
            heads.add(parts[0] + " " + parts[1])
        flat = "".join(parts)
        if flat not in known:
            glued[flat] = form
    return Lexicon(known, freq, adjectives, verb_forms(stems), compounds,  # type: ignore[arg-type]
                   frozenset(heads), glued)


@cache
def lexicon() -> Lexicon:
    """The lexicon, read from the package data on first use."""
    return _load()

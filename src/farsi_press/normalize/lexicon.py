"""The word lexicon behind ZWNJ insertion and split-word repair, loaded lazily, once.

Built by ``scripts/build_words.py`` from hazm's MIT lexicon (``words.dat``, ``verbs.dat``) and
parsivar's spacing dictionaries (see ``data/PROVENANCE.md``). Files, all plain UTF-8, one entry a
line, read with C-level splits (the whole set loads in a few hundredths of a second):

- ``words.txt``: every known word (glued misspellings such as ``کتابها``, ``میشود`` removed);
- ``words_freq.tsv``: ``word<TAB>frequency`` for the words hazm counted or tagged (real words; a
  tagged word may have frequency 0);
- ``words_adjectives.txt``: adjectives (they take ``تر``/``ترین``);
- ``words_verbs.tsv``: ``past stem<TAB>present stem``;
- ``words_glued.txt``: glued misspellings dropped from ``words.txt`` (``کتابها``);
- ``words_compounds.txt``: compounds written with ZWNJ (``بین‌المللی``, ``اطلاع‌رسانی``);
- ``words_compound_heads.txt``: bound second parts (``سازی``, ``کننده``), hand-written.

>>> lex = lexicon()
>>> "میز" in lex.known, "شود" in lex.verb_forms, lex.compounds["بهره گیری"]
(True, True, 'بهره\u200cگیری')
"""

from __future__ import annotations

from dataclasses import dataclass
import math
from itertools import chain
from functools import cache

from farsi_press.lexicons import data_text

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
HE_SUFFIXES = ("ای", "ام", "ات", "اش", "اند", "ایم", "اید", "ی", "مان", "تان", "شان")
#: ... and after a final ``ی`` (``زندگی‌اش``, ``زندگی‌شان``).
YE_SUFFIXES = ("ای", "ام", "ات", "اش", "اند", "ایم", "اید", "مان", "تان", "شان")
#: Verb clitics that follow any word (``مهم‌اند``).
VERB_CLITICS = ("اند", "ایم", "اید")
#: Surname endings written with ZWNJ after a name ending in ی (``هاشمی‌پور``, ``محبی‌نیا``).
NAME_SUFFIXES = ("پور", "نیا", "فر", "نژاد")
#: Persian names of Latin letters: ``بی`` and ``ان`` among them are letters (``اف بی آی``, ``ان بی سی``).
LATIN_LETTER_NAMES = frozenset("اف ان سی ای ام جی تی دی پی کی اس آی ال آر اچ وی بی یو او".split())
#: Every suffix above that the ZWNJ step joins to the word before: a token of these alone is the
#: second part of that word (``کتاب ها``, ``خانه ای``), never a word of its own.
SECOND_PARTS = frozenset(HA_SUFFIXES + TAR_SUFFIXES + HE_SUFFIXES + VERB_CLITICS + NAME_SUFFIXES)

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
    #: first words of compounds, and the second words each takes.
    compound_firsts: frozenset[str]
    compound_seconds: dict[str, frozenset[str]]
    #: first two words -> the rest of longer compounds, longest first (``" والمسلمین"``).
    compound_tails: dict[str, tuple[str, ...]]
    #: glued form -> ZWNJ form (``"بینالمللی"`` -> ``"بین‌المللی"``), only where the glued form is not a word.
    glued: dict[str, str]
    #: glued misspellings of the source lexicon (``کتابها``): not words, but what a split word may come from.
    glued_words: frozenset[str] = frozenset()
    #: natural log of the sum of all frequencies (the corpus size behind them).
    log_total: float = 24.0
    #: deverbal second parts that are not words alone (``سازی``, ``کننده``): ``X سازی`` is one word.
    deverbal: frozenset[str] = frozenset()
    #: past and present verb stems (``خورد``, ``خور``).
    past_stems: frozenset[str] = frozenset()
    present_stems: frozenset[str] = frozenset()
    #: forms of the causative stems (``تاباند``): after ``می`` only, never with ``ب``/``ن`` (``بستهاند``).
    causative_forms: frozenset[str] = frozenset()


def verb_forms(stems: list[tuple[str, str]]) -> frozenset[str]:
    """The finite forms that follow ``می``/``نمی``: present stem + ending, past stem (+ ending).

    >>> sorted(f for f in verb_forms([("رفت", "رو")]) if f.startswith("رف"))[:4]
    ['رفت', 'رفتم', 'رفتند', 'رفته']
    """
    forms: set[str] = set(_BARE_FORMS)
    for past, present in stems:
        if past:
            forms.update(past + e for e in _PAST_ENDINGS)
            forms.add(past + "ه")  # می‌کرده (است)
        if present:  # stems like آ have their variant (آی) listed too
            forms.update(present + e for e in _PRESENT_ENDINGS)
    return frozenset(f for f in forms if len(f) >= 2)


def causatives(stems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Stems hazm's verb list leaves out: the causative of a regular ``-یدن`` verb (``تابید``/``تاب``
    -> ``تاباند``, ``تابانید``/``تابان``) and the ``-ید`` past of a causative present
    (``فشان`` -> ``فشانید``). Their forms that are also counted words (``جهانی``) are not added.

    >>> causatives([("تابید", "تاب"), ("افشاند", "افشان")])
    [('تاباند', 'تابان'), ('تابانید', ''), ('افشانید', '')]
    """
    found = []
    for past, present in stems:
        if len(present) >= 2 and past == present + "\u06cc\u062f" and not present.endswith("\u0627\u0646"):
            causative = present + "\u0627\u0646"  # تابان
            found += [(causative + "\u062f", causative), (causative + "\u06cc\u062f", "")]
        elif present.endswith("\u0627\u0646") and past == present + "\u062f":
            found.append((present + "\u06cc\u062f", ""))
    return found


def join(left: str, right: str) -> str:
    """Two parts of one word: with a ZWNJ where the left part's last letter would join.

    >>> join("کتاب", "ها"), join("کشور", "ها")
    ('کتاب\u200cها', 'کشورها')
    """
    return left + right if left[-1] in NON_JOINING else left + ZWNJ + right


def _read(name: str) -> list[str]:
    """The lines of a data file, without its comment lines at the top."""
    text = data_text(name)
    while text.startswith("#"):
        text = text[text.find("\n") + 1:]
    return text.split()  # entries hold no spaces: one split at C speed


def _load() -> Lexicon:
    cells = _read("words_freq.tsv")
    freq = dict(zip(cells[0::2], map(int, cells[1::2])))
    # the counted words first: a set keeps the first of equal strings, so the known words hold
    # the counted words' string objects (each word once per process, not once per table)
    known = frozenset(chain(freq, _read("words.txt")))
    adjectives = frozenset(_read("words_adjectives.txt"))
    cells = _read("words_verbs.tsv")
    stems = list(zip(cells[0::2], cells[1::2]))
    compounds: dict[str, str] = {}
    seconds: dict[str, set[str]] = {}
    tails: dict[str, list[str]] = {}
    glued: dict[str, str] = {}
    for form in _read("words_compounds.txt"):
        parts = form.split(ZWNJ)
        compounds[" ".join(parts)] = form
        seconds.setdefault(parts[0], set()).add(parts[1])
        if len(parts) == 2:  # inflected second parts: سرمایه‌گذاران, مصرف‌کنندگان
            last = parts[1]
            # (شبه‌نظامیان, اصلاح‌گرایان)
            end = last[-1]
            for infl in ((last[:-1] + "گان",) if end == "\u0647" else (last + "یان",) if end == "\u0627"
                         else (last + "ان", last + "انی")):
                compounds.setdefault(parts[0] + " " + infl, form[: -len(last)] + infl)
                seconds[parts[0]].add(infl)
        if len(parts) > 2:
            tails.setdefault(parts[0] + " " + parts[1], []).append(" " + " ".join(parts[2:]))
        flat = "".join(parts)
        if flat not in known:
            glued[flat] = form
    deverbal = _read("words_compound_heads.txt")
    base = verb_forms(stems)
    extra = verb_forms(causatives(stems)) - freq.keys() - base
    return Lexicon(known, freq, adjectives, base | extra, compounds,  # type: ignore[arg-type]
                   frozenset(seconds), {k: frozenset(v) for k, v in seconds.items()},
                   {k: tuple(sorted(v, key=len, reverse=True)) for k, v in tails.items()}, glued,
                   frozenset(_read("words_glued.txt")), math.log(sum(freq.values()) or 1), frozenset(deverbal),
                   frozenset(a for a, _ in stems if a), frozenset(b for _, b in stems if b), extra)


@cache
def lexicon() -> Lexicon:
    """The lexicon, read from the package data on first use."""
    return _load()


# ------------------------------------------------------------------ text helpers

#: Persian letters (as in `punctuation.LETTER`); a word is a run of them, ZWNJ inside.
LETTERS = frozenset(
    chr(c) for a, b in ((0x621, 0x63A), (0x641, 0x64A), (0x654, 0x654), (0x66E, 0x6D3), (0x6FA, 0x6FF))
    for c in range(a, b + 1))


def space_tokens(text: str, keep: bool = False) -> tuple[list[str], set[str], set[str]]:
    """The tokens of `text` between spaces (a line break ends a token too), the set of them,
    and those of the set that hazm does not count as words (not in `Lexicon.freq`).

    The split-word and ZWNJ steps both read a text this way, one after the other: the first
    asks to `keep` its split, and when it changed nothing the second is given the same text
    object and takes that split (compared by identity). The second's call drops what is kept, so
    no split of a large text outlives the two steps.

    >>> raw, vocab, uncounted = space_tokens("کتابها میز\\nو")
    >>> raw, sorted(uncounted)
    (['کتابها', 'میز', 'و'], ['کتابها'])
    """
    global _LAST_SPLIT
    last = _LAST_SPLIT
    if not keep:
        _LAST_SPLIT = None
    if last is not None and last[0] is text:
        return last[1], last[2], last[3]
    raw = (text.replace("\n", " ") if "\n" in text else text).split(" ")
    vocab = set(raw)
    uncounted = vocab.difference(counted_words())
    if keep:
        _LAST_SPLIT = (text, raw, vocab, uncounted)
    return raw, vocab, uncounted


_LAST_SPLIT: tuple[str, list[str], set[str], set[str]] | None = None


@cache
def counted_words() -> frozenset[str]:
    """The words hazm counts (the keys of `Lexicon.freq`, a subset of `Lexicon.known`)."""
    return frozenset(lexicon().freq)


def occurrences(text: str, s: str, start: int = 0) -> list[int]:
    """Where s occurs in text as whole words (no letter either side; a ZWNJ may touch it).

    >>> occurrences("میز و میزان میز", "میز")
    [0, 12]
    """
    found = []
    n, k = len(text), len(s)
    i = text.find(s, start)
    while i >= 0:
        j = i + k
        if (i == 0 or text[i - 1] not in LETTERS) and (j == n or text[j] not in LETTERS):
            found.append(i)
        i = text.find(s, i + 1)
    return found


def word_before(text: str, i: int) -> str:
    """The run of letters that ends at offset i.

    >>> word_before("مهم ترین", 3)
    'مهم'
    """
    j = i
    while j > 0 and text[j - 1] in LETTERS:
        j -= 1
    return text[j:i]


#: Name lists of the entity layer (see PROVENANCE.md): (file, column of the «ambiguous» flag).
_NAME_FILES = (("first_names.tsv", 2), ("surnames.tsv", 1), ("places.tsv", 4))


@cache
def proper_names() -> frozenset[str]:
    """The words of first names, surnames and Iranian places that are no common word (the entity
    layer's lists, without the entries it flags ambiguous): a glued-word analysis must not cut
    them (``میرخانی`` is no ``می‌رخانی``, ``بیرگانی`` no ``بی‌رگانی``, ``سیسی`` no ``سی‌سی``).

    >>> {"میرخانی", "سیسی"} <= proper_names(), "کتابها" in proper_names()
    (True, False)
    """
    from farsi_press.lexicons import table_rows

    names: set[str] = set()
    for name, flag in _NAME_FILES:
        names.update(w for r in table_rows(name) if r[flag] != "1" and ZWNJ not in r[0]
                     for w in r[0].split(" "))  # (each word of «حافظی بیرگانی»)
    return frozenset(names)


@cache
def all_verb_forms() -> frozenset[str]:
    """Verb forms with their negative and subjunctive (``بودند``, ``نبودند``, ``بگیرد``, ``نخواهند``)."""
    lex = lexicon()
    verbs = lex.verb_forms - lex.causative_forms
    return (lex.verb_forms | {"ن" + v for v in verbs} | {"ب" + v for v in verbs}
            | {"نخواه" + e for e in ("م", "ی", "د", "یم", "ید", "ند")})

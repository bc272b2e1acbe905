"""Character-level steps: letters, removed marks and controls, spaces, digits, presentation forms."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

import regex

from farsi_press.normalize.offsets import OffsetMap, changed_runs, code_points, from_code_points, index_runs, rewrite
from farsi_press.normalize.options import NormalizerOptions
from farsi_press.normalize.steps import EXPLAIN, RegexStep, Result

if TYPE_CHECKING:
    import numpy as np


# One-to-one letter mappings (offsets unchanged).
LETTERS = str.maketrans({
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی
    "\u0649": "\u06cc",  # ى alef maksura -> ی
    "\u06d2": "\u06cc",  # ے yeh barree (seen in mis-encoded text) -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک
    "\u06aa": "\u06a9",  # ڪ swash kaf -> ک
    "\u0629": "\u0647",  # ة teh marbuta -> ه
    "\u06be": "\u0647",  # ھ heh doachashmee -> ه
    "\u06d5": "\u0647",  # ە ae -> ه
    "\u0671": "\u0627",  # ٱ alef wasla -> ا
})

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
LATIN_DIGITS = "0123456789"
TO_PERSIAN_DIGITS = str.maketrans(ARABIC_INDIC + LATIN_DIGITS, PERSIAN_DIGITS * 2)
ARABIC_TO_PERSIAN_DIGITS = str.maketrans(ARABIC_INDIC, PERSIAN_DIGITS)
TO_LATIN_DIGITS = str.maketrans(ARABIC_INDIC + PERSIAN_DIGITS, LATIN_DIGITS * 2)

# Removed outright (documented mappings): tatweel, bidi and format controls, soft hyphen, BOM,
# zero-width joiner, C0/C1 controls other than tab and newline.
CONTROLS = frozenset(
    "\u0640"  # tatweel
    "\u00ad"  # soft hyphen
    "\u061c"  # Arabic letter mark
    "\u200d"  # zero-width joiner (misused in Persian text)
    "\u200e\u200f"  # LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u2060\ufeff"  # word joiner, BOM
    + "".join(chr(c) for c in range(0x00, 0x20) if chr(c) not in "\t\n\r\x0b\x0c")
    + "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
)

# Marks typed for a ZWNJ (a keyboard's LRM or RLM, a word processor's soft hyphen): between two
# Arabic-script letters (`آن\u200eها`, `خراسان\u200eرضوی`, `پنج\u00adشنبه`) they become a ZWNJ, not nothing,
# so two words are not glued into one; elsewhere they are removed like the other controls.
AS_ZWNJ = "\u200e\u200f\u00ad"
_LETTER_RANGES = ((0x0621, 0x063A), (0x0641, 0x064A), (0x066E, 0x06D3), (0x06D5, 0x06D5), (0x06FA, 0x06FC))
_SCRIPT_LETTER = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _LETTER_RANGES)
# a run of them (and ZWNJs) between two letters: one ZWNJ (bounded and possessive: linear time)
_AS_ZWNJ = regex.compile(f"(?<=[{_SCRIPT_LETTER}])[{AS_ZWNJ}\u200c]{{1,8}}+(?=[{_SCRIPT_LETTER}])")

# A hamza above typed after its seat (ا و ی + U+0654, as some keyboards write تأکید) is composed
# with it (أ ؤ ئ, Unicode's canonical composition), so the word reads as most text writes it; after
# ه it is the ezafe (هٔ) and stays.
_HAMZA_SEATS = {"\u0627": "\u0623", "\u0648": "\u0624", "\u06cc": "\u0626", "\u064a": "\u0626"}
_DECOMPOSED_HAMZA = regex.compile("[\u0627\u0648\u06cc\u064a]\u0654")

# Every kind of space: horizontal ones to " ", line and paragraph separators to "\n".
HSPACES = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200b)))
VSPACES = "\r\x0b\x0c\x85\u2028\u2029"  # a CR before LF is deleted instead

# Arabic presentation forms (and ligatures) to their letters.
_PRESENTATION = regex.compile(r"[\ufb50-\ufdff\ufe70-\ufefe]")
_FIRST_PRESENTATION = 0xFB50

# A number: digit runs joined by separators (2.5, 12:30, 1388/05/12). Linear: no nested repeats.
_NUMBER = regex.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,/:\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*")
_LATIN = regex.compile(r"[A-Za-z_@#&=%]")
_JOINERS = "./-:"


def _in_latin_word(text: str, start: int, end: int) -> bool:
    """True when the number is part of a Latin word, URL or identifier (`MP3`, `x.ir/12`)."""
    if end < len(text) and _LATIN.match(text, end):
        return True
    if start == 0:
        return False
    prev = text[start - 1]
    if _LATIN.match(prev):
        return True
    return prev in _JOINERS and start >= 2 and _LATIN.match(text[start - 2]) is not None


@lru_cache(maxsize=None)
def _presentation_form(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch).translate(LETTERS)


# Diacritics removed: harakat, shadda, sukun, superscript alef, and fathatan except after alef.
DIACRITICS = "".join(map(chr, range(0x064C, 0x0654))) + "".join(map(chr, range(0x0655, 0x0660))) + "\u0670"
FATHATAN, ALEF = 0x064B, 0x0627


@lru_cache(maxsize=8)
def _mapping(letters: bool, digits: str, diacritics: bool) -> tuple[dict[int, int], frozenset[int]]:
    """The one-to-one mapping these options ask for (code point to code point) and the code
    points deleted (fathatan apart: it is kept after alef, see `characters`)."""
    maps: dict[str, str] = {}
    if letters:
        maps.update({chr(k): v for k, v in LETTERS.items()})
    if digits == "latin":
        maps.update(zip(ARABIC_INDIC + PERSIAN_DIGITS, LATIN_DIGITS * 2))
    elif digits == "persian":
        maps.update(zip(ARABIC_INDIC + LATIN_DIGITS, PERSIAN_DIGITS * 2))
    else:
        maps.update(zip(ARABIC_INDIC, PERSIAN_DIGITS))
    maps.update(dict.fromkeys(HSPACES, " "))
    maps.update(dict.fromkeys(VSPACES, "\n"))
    maps["\u200b"] = "\u200c"  # zero-width space: a misplaced non-joiner
    deleted = set(CONTROLS) | (set(DIACRITICS) if diacritics else set())
    return {ord(k): ord(v) for k, v in maps.items()}, frozenset(map(ord, deleted))


@lru_cache(maxsize=8)
def _tables(letters: bool, digits: str, diacritics: bool) -> tuple[np.ndarray, np.ndarray]:
    """`_mapping` as lookup tables over the BMP (for the vectorized pass)."""
    import numpy as np

    maps, deleted_codes = _mapping(letters, digits, diacritics)
    lut = np.arange(0x10000, dtype=np.uint32)
    lut[list(maps)] = list(maps.values())
    deleted = np.zeros(0x10000, dtype=bool)
    deleted[sorted(deleted_codes)] = True
    lut.flags.writeable = False
    deleted.flags.writeable = False
    return lut, deleted


@lru_cache(maxsize=1)
def _identifiers() -> np.ndarray:
    """ASCII characters that make a number part of a Latin word (what `_LATIN` matches)."""
    import numpy as np

    table = np.zeros(0x80, dtype=bool)
    table[[c for c in range(0x80) if _LATIN.match(chr(c))]] = True
    return table


@lru_cache(maxsize=8)
def _translation(letters: bool, digits: str, diacritics: bool) -> dict[int, int | None]:
    """`_mapping` as a `str.translate` table (for short texts)."""
    maps, deleted = _mapping(letters, digits, diacritics)
    return {**maps, **dict.fromkeys(deleted)}


#: Below this length `characters` maps with `str.translate` (no map asked for): numpy's fixed
#: cost per call is larger there, and a short text never imports numpy (a fast cold start).
SHORT_TEXT = 256
_FATHATAN_NOT_AFTER_ALEF = regex.compile("(?<!\u0627)\u064b")


def _characters_short(text: str, options: NormalizerOptions) -> str:
    """`characters` without a map, by `str.translate`: the same output as the vectorized pass."""
    if _has_zwnj_marks(text):
        text = _AS_ZWNJ.sub(_one_zwnj, text)
    if options.digits == "persian" and _LATIN.search(text):
        pieces, pos = [], 0
        for a, b in _latin_numbers(text):  # they keep their script
            pieces += [_translate(text[pos:a], options), text[a:b]]
            pos = b
        pieces.append(_translate(text[pos:], options))
        return "".join(pieces)
    return _translate(text, options)


def _has_zwnj_marks(text: str) -> bool:
    return "\u200e" in text or "\u200f" in text or "\u00ad" in text


def _one_zwnj(m: regex.Match) -> str:
    """A run of ZWNJ marks between two letters as the characters the normalizer keeps: one
    ZWNJ, the rest deleted (a run of ZWNJs alone is left to the ZWNJ cleanup)."""
    run = m.group()
    return run if run.count("\u200c") == len(run) else "\u200c"


def _latin_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the numbers that are part of a Latin word, URL or identifier (`MP3`, `x.ir/12`)."""
    for m in _NUMBER.finditer(text):
        if _in_latin_word(text, m.start(), m.end()):
            yield m.span()


def _translate(text: str, options: NormalizerOptions) -> str:
    if "\r\n" in text:
        text = text.replace("\r\n", "\n")  # CR before LF
    if options.remove_diacritics and "\u064b" in text:  # tanvin on alef is orthography (اکثراً)
        text = _FATHATAN_NOT_AFTER_ALEF.sub("", text)
    return text.translate(_translation(options.letters, options.digits, options.remove_diacritics))


def characters(text: str, options: NormalizerOptions, track: bool | int) -> Result:
    """Character mappings in one vectorized pass: tatweel, controls (bidi marks, BOM, soft hyphen,
    ZWJ, C0/C1) and diacritics deleted (an LRM, RLM or soft hyphen between two letters becomes a
    ZWNJ: `AS_ZWNJ`), CR LF to LF; Arabic letters to Persian, digits to one script (not inside
    Latin words and URLs), every space kind to " ", line separators to "\n", zero-width space to
    ZWNJ."""
    if not text:
        return text, None, []
    if not track and len(text) < SHORT_TEXT:
        out = _characters_short(text, options)
        return out, None, []
    import numpy as np

    codes = code_points(text)
    lut, deleted = _tables(options.letters, options.digits, options.remove_diacritics)
    if int(codes.max()) > 0xFFFF:  # astral characters pass through unchanged
        bmp = np.minimum(codes, 0xFFFF)
        mapped = np.where(codes > 0xFFFF, codes, lut[bmp])
        mask = deleted[bmp] & (codes <= 0xFFFF)
    else:  # (`take`: a lookup by index, faster than the general indexing)
        mapped = lut.take(codes)
        mask = deleted.take(codes)
    if options.digits == "persian" and _identifiers()[np.minimum(codes, 0x7F)].any():
        for a, b in _latin_numbers(text):  # they keep their script
            mapped[a:b] = codes[a:b]
    if _has_zwnj_marks(text):
        for m in _AS_ZWNJ.finditer(text):
            if _one_zwnj(m) != m.group():
                mapped[m.start()] = 0x200C
                mask[m.start()] = False
                mask[m.start() + 1:m.end()] = True
    if "\r" in text:
        mask[:-1] |= (codes[:-1] == 13) & (codes[1:] == 10)  # CR before LF
    if options.remove_diacritics and "\u064b" in text:  # tanvin on alef is orthography (اکثراً)
        fathatan = np.flatnonzero(codes == FATHATAN)
        keep = fathatan[(fathatan > 0) & (codes[np.maximum(fathatan - 1, 0)] == ALEF)]
        mask[fathatan] = True
        mask[keep] = False
    any_deleted = bool(mask.any())
    if not any_deleted:
        if np.array_equal(mapped, codes):
            return text, None, []
        out = from_code_points(mapped)
        return out, None, changed_runs(text, out) if track == EXPLAIN else []
    keep_idx = np.flatnonzero(~mask)
    out = from_code_points(mapped[keep_idx])
    if not track:
        return out, None, []
    starts = keep_idx.astype(np.int64)
    step = OffsetMap(starts, starts + 1, len(text), is_selection=True)
    if track != EXPLAIN:
        return out, step, []
    changes = [(a, b, "") for a, b in index_runs(np.flatnonzero(mask))]
    changes += [(a, b, from_code_points(mapped[a:b]))
                for a, b in index_runs(np.flatnonzero((mapped != codes) & ~mask))]
    changes.sort()
    return out, step, changes


def _seated(m: regex.Match) -> str:
    return _HAMZA_SEATS[m.group()[0]]


#: After `presentation_forms` (a presentation-form seat becomes a letter there first).
hamza = RegexStep(_DECOMPOSED_HAMZA, _seated, needs=("\u0654",))


def presentation_forms(text: str, options: NormalizerOptions, track: bool) -> Result:
    """Arabic presentation forms and ligatures (ﻣﺤﻤﺪ, ﻻ, ﷲ) to their letters."""
    if len(text) >= SHORT_TEXT and int(code_points(text).max()) < _FIRST_PRESENTATION:
        return text, None, []  # (no code point that high: one vectorized pass, faster than a search)
    if _PRESENTATION.search(text) is None:
        return text, None, []
    return rewrite(text, ((m.start(), m.end(), _presentation_form(m.group()))
                          for m in _PRESENTATION.finditer(text)), track)



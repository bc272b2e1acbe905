"""Build the normalizer's word lexicon (src/farsi_press/data/words*.txt|tsv) from MIT sources.

Sources: hazm's ``words.dat`` (word, frequency, POS) and ``verbs.dat`` (past#present stems),
read from the installed hazm package, and parsivar's spacing dictionaries
(``../shared/data/lexicons/parsivar-spacing-dicts``, glued word -> ZWNJ form).

    .venv/bin/python scripts/build_words.py [--hazm DIR] [--parsivar DIR]

What it does beyond copying:
- glued misspellings that hazm lists with no frequency and no POS (``کتابها``, ``میشود``,
  ``آنها``, ``مهمترین``) are dropped from the known words, so the normalizer splits them;
- compounds: hazm's ZWNJ words are kept as compounds unless a part is a function word
  (``این‌که``, ``یکی‌از``, ``به‌طور``), the last part is a verb or an auxiliary (``داده‌شده``),
  or the first part is a verb prefix / the last a suffix the rules already handle
  (``می‌شود``, ``سال‌ها``, ``خانه‌ای``); parsivar's ZWNJ forms are added.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from farsi_press.normalize.lexicon import (  # noqa: E402
    HA_SUFFIXES, HE_SUFFIXES, MI_PREFIXES, TAR_SUFFIXES, ZWNJ, Lexicon, verb_forms)
from farsi_press.normalize.zwnj import split_glued  # noqa: E402

DATA = ROOT / "src" / "farsi_press" / "data"

LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "\u0640": None})

#: Words that never start or end a ZWNJ compound: function words, determiners, numbers' heads.
FUNCTION = frozenset("""
به در با از بر تا که را و یا این آن یک یکی هیچ همه همان همین چنین چنان چه چون اگر
وقتی هنگامی زمانی جایی کسی چیزی هر برای را ی است بود شد نیز ولی اما پس سپس دیگر خود
همچون مانند چند کدام
""".split())

#: Last parts that make a verb phrase, written apart (``داده شده``, ``اشاره کرده``, ``اردیبهشت ماه``).
AUX_LAST = frozenset("""
شده شدن شد شود شوند شدند کرده کردن کرد کند کنند کردند است بود بوده باشد گرفته گرفتن داده دادن
یافته یافتن زده زدن آمده آمدن نموده نمودن گشته گشتن ماه
""".split())


def read_hazm(folder: Path):
    rows = []
    for line in (folder / "words.dat").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0]:
            continue
        word = parts[0].translate(LETTERS).strip()
        if not word or " " in word:
            continue
        rows.append((word, int(parts[1] or 0), parts[2] if len(parts) > 2 else ""))
    stems = []
    for line in (folder / "verbs.dat").read_text(encoding="utf-8").splitlines():
        if "#" in line and not line.startswith("#"):
            past, present = line.split("#")[:2]
            stems.append((past.translate(LETTERS).strip(), present.translate(LETTERS).strip()))
    return rows, stems


def read_parsivar(folder: Path) -> list[str]:
    forms = []
    for path in sorted(folder.glob("Dic*_new.txt")):
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            parts = line.split()
            if len(parts) == 2 and ZWNJ in parts[1]:
                forms.append(parts[1].translate(LETTERS))
    return forms


#: Bound first parts: prefixes and numerals that make compounds (``بی‌شک``, ``هم‌میهن``, ``سه‌شنبه``).
BOUND_FIRST = frozenset("""
بی هم نا ضد شبه نیمه فرا فوق پیش پس خود دو سه چهار پنج شش هفت هشت نه ده صد هزار تک چند نیم کم پر
خوش بد
""".split())
#: Endings that make a deverbal second part from a present stem (``گذاری``, ``کننده``, ``جویی``).
STEM_ENDINGS = ("", "ی", "یی", "نده", "ندگان", "ندگی", "ان", "ا", "ش", "ه", "گر", "گران", "گری")
#: Compounds written with ZWNJ by the Persian Academy's orthography that neither source lists
#: (hand-written for farsi_press): ``-مدت`` adjectives, ``هیچ‌گاه``.
HAND_COMPOUNDS = frozenset("""
کوتاه‌مدت طولانی‌مدت میان‌مدت بلند‌مدت دراز‌مدت هیچ‌گاه
""".split())
#: Compounds of the sources that are phrases in news usage (a noun and its ezafe complement, which
#: the Academy writes apart: ``ایالات متحده``, ``حقوق بشر``, ``دهلی نو``; the Fars corpus writes
#: «حقوق بشر» apart 36 times in 37), or mis-segmented (``دوومی‌دانی`` is «دو و میدانی», athletics,
#: written glued): left out.
NOT_COMPOUNDS = frozenset("""
ایالات‌متحده حقوق‌بشر دهلی‌نو دوومی‌دانی
""".split())
#: Words kept whole although they look glued (``آنها``, ``اینها``: both spellings are standard,
#: and so their ``آنهایی``; the Academy writes attached pronouns glued: ``برایمان``).
KEEP_GLUED = frozenset(("آنها", "اینها", "آنان", "اینان", "آنهایی", "اینهایی",
                        "برایمان", "برایتان", "برایشان")) | frozenset("""
فیلتر میلیتر لوستر مستر ترتر توتر الوتر سوتر حبتر ششتر منتتر زوتر گلوتر تهتر ناتر لاشتر تازانتر گورتر
""".split())  # words in تر after an "adjective" that are no comparative (فیلتر, میلیتر, لوستر)


#: How much more often hazm must count a compound's ZWNJ spelling than its glued one for the glued
#: one to be restored (``نگه‌داری`` 46M / ``نگهداری`` 3M; not ``پنج‌شنبه`` 8.4M / ``پنجشنبه`` 6.2M).
GLUED_RATIO = 2


def _silent_he(word: str) -> bool:
    """A final ``ه`` that is a vowel (``نامه``), not the consonant after a long vowel (``راه``,
    ``کوه``, ``سیاه``) nor a two-letter word (``ده``, ``نه``, ``مه``)."""
    return len(word) > 2 and word[-1] == "\u0647" and word[-2] not in "\u0627\u0648\u06cc"


def academy_apart(form: str) -> bool:
    """Whether the Persian Academy's orthography writes this compound apart, not glued: after the
    prefix ``بی`` (``بی درنگ``), after a final silent ``ه`` (``بهره برداری``, not ``راهپیمایی``),
    before ``آ``/``ا`` (``دل آزار``), or where two like letters meet (``هم میهن``). Other
    compounds (``خشکسالی``, ``ششصد``) are written glued too, so a glued spelling of them is kept.
    (Parts are shown with a space here; the form holds a ZWNJ.)

    >>> academy_apart("بی\u200cدرنگ"), academy_apart("راه\u200cپیمایی")
    (True, False)
    """
    parts = form.split(ZWNJ)
    return any(a == "\u0628\u06cc" or _silent_he(a) or b[0] in "\u0622\u0627" or a[-1] == b[0]
               for a, b in zip(parts, parts[1:]))


#: Nouns made of a noun and a participle, never a verb phrase (``آسیب‌دیدگان``, ``زلزله‌زدگان``,
#: ``کشته‌شدگان``, ``یخ‌زدگی``): kept as compounds.
PARTICIPLE_NOUNS = frozenset("""
زدگی زدگان دیدگی دیدگان خوردگی خوردگان شدگی شدگان
""".split())
#: Participles that make an adjective with a noun (``وحشت‌زده``, ``آسیب‌دیده``): kept where hazm
#: tags the compound an adjective, unless the noun is the complement of a verb phrase written
#: apart (``زنگ زده``: has rung, ``حرف زده``, ``سر زده``). Not ``خورده``: ``ترک خورده``, ``چین
#: خورده‌اند`` are mostly verbs.
PARTICIPLE_ADJECTIVES = frozenset(("زده", "دیده"))
LIGHT_COMPLEMENTS = frozenset("""
زنگ حرف سر دست زمین گره جوش تاب قسم پیوند رقم کلید حدس تخمین دامن ضربه لطمه آتش برهم بهم
""".split())


def keep_compound(form: str, verbs: frozenset[str], present: frozenset[str], past: frozenset[str],
                  known: frozenset[str], counted: frozenset[str],
                  adjectival: frozenset[str] = frozenset()) -> bool:
    """Keep a ZWNJ word of hazm as a compound the normalizer restores from its spaced form."""
    parts = form.split(ZWNJ)
    if not 2 <= len(parts) <= 4 or any(not p for p in parts):
        return False
    if any(p in FUNCTION for p in parts):
        return False
    first, last = parts[0], parts[-1]
    if len(parts) == 2 and first not in LIGHT_COMPLEMENTS and len(first) >= 2 and (
            last in PARTICIPLE_NOUNS or (last in PARTICIPLE_ADJECTIVES and form in adjectival)):
        return True
    if first in MI_PREFIXES or last in AUX_LAST:
        return False
    if last in HA_SUFFIXES or last in TAR_SUFFIXES or last in HE_SUFFIXES:
        return False
    deverbal = any(last.endswith(e) and last[: len(last) - len(e)] in present
                   for e in STEM_ENDINGS if len(last) > len(e))
    if not deverbal and (last in verbs or (last.endswith("ه") and last[:-1] in past)):
        return False  # verb phrases and participles are written apart (``نام برده``, ``داده شده``)
    bound = first in BOUND_FIRST or any(p not in known for p in parts)
    # noun + noun compounds only when hazm counted them as one word
    return deverbal or bound or form in counted


def main() -> int:
    import hazm
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hazm", type=Path, default=Path(hazm.__file__).parent / "data")
    ap.add_argument("--parsivar", type=Path,
                    default=ROOT / ".." / "shared" / "data" / "lexicons" / "parsivar-spacing-dicts")
    args = ap.parse_args()
    rows, stems = read_hazm(args.hazm)
    freq: dict[str, int] = {}
    pos: dict[str, set[str]] = {}
    for word, f, p in rows:
        freq[word] = max(freq.get(word, 0), f)
        pos.setdefault(word, set()).update(t for t in p.split(",") if t and t != "0")
    verbs = verb_forms(stems)
    adjectives = frozenset(w for w, tags in pos.items() if "AJ" in tags and ZWNJ not in w)
    # trusted (real) words: counted by hazm, given a POS, a stopword of hazm, or a part of one
    # of hazm's ZWNJ words (``متر`` in ``سانتی‌متر``); the rest may be fragments or glued misspellings
    parts = {p for w in freq if ZWNJ in w for p in w.split(ZWNJ) if p}
    stop = {w.strip().translate(LETTERS) for w in (args.hazm / "stopwords.dat").read_text(encoding="utf-8").splitlines()}
    trusted = frozenset(w for w in freq if freq[w] > 0 or pos[w] or ((w in parts or w in stop) and ZWNJ not in w))
    present = frozenset(b for _, b in stems if b)
    past = frozenset(a for a, _ in stems if a)
    known_all = frozenset(freq)
    counted = frozenset(w for w, f in freq.items() if f > 0)
    adjectival = frozenset(w for w, tags in pos.items() if "AJ" in tags)
    parsivar = frozenset(read_parsivar(args.parsivar))  # curated: kept unless a rule excludes them
    compounds = sorted((
        {w for w in freq if ZWNJ in w and keep_compound(w, verbs, present, past, known_all, counted,
                                                         adjectival)}
        | {w for w in parsivar if keep_compound(w, verbs, present, past, known_all, parsivar)}
        | HAND_COMPOUNDS) - NOT_COMPOUNDS)
    # (no guesses here: سخنرانی, a word of hazm, is not سخن‌ران + ی nor سخن + رانی)
    probe = Lexicon(frozenset(freq), {w: f for w, f in freq.items() if f}, adjectives, verbs, {}, frozenset(), {}, {},
                    {"".join(c.split(ZWNJ)): c for c in compounds},
                    past_stems=past, present_stems=present)
    dropped = []
    known = []
    # the glued spelling of a compound is no word of its own where hazm gives it no count and no
    # POS (``هیچگاه``) or counts the ZWNJ spelling at least twice as often (``نگهداری``: ``نگه‌داری``)
    respelled = {flat for flat, form in probe.glued.items()
                 if flat in freq and flat not in KEEP_GLUED and flat not in trusted and academy_apart(form)}
    for word in sorted(freq):
        if word in respelled:
            continue  # read through the compounds' glued forms
        if (word not in trusted and word not in KEEP_GLUED and ZWNJ not in word
                and word not in probe.glued and split_glued(word, probe, guess=False) is not None):
            dropped.append(word)
        else:
            known.append(word)
    header = "# built by scripts/build_words.py from hazm (MIT) and parsivar (MIT); see PROVENANCE.md\n"
    (DATA / "words.txt").write_text(header + "\n".join(known) + "\n", encoding="utf-8")
    (DATA / "words_freq.tsv").write_text(
        header + "".join(f"{w}\t{freq[w]}\n" for w in sorted(trusted)), encoding="utf-8")
    (DATA / "words_adjectives.txt").write_text(header + "\n".join(sorted(adjectives)) + "\n", encoding="utf-8")
    (DATA / "words_verbs.tsv").write_text(
        header + "".join(f"{a}\t{b}\n" for a, b in sorted(set(stems))), encoding="utf-8")
    (DATA / "words_glued.txt").write_text(header + "\n".join(dropped) + "\n", encoding="utf-8")
    (DATA / "words_compounds.txt").write_text(header + "\n".join(compounds) + "\n", encoding="utf-8")
    print(f"known {len(known)} (dropped {len(dropped)} glued forms, {len(respelled)} glued compounds), "
          f"counted {sum(1 for f in freq.values() if f)}, "
          f"adjectives {len(adjectives)}, verb stems {len(set(stems))}, compounds {len(compounds)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

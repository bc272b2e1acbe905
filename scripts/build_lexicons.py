#!/usr/bin/env python3
"""Rebuild the derived entity lexicons under src/farsi_press/data/ from ../shared/data/lexicons.

Derived (written by this script, committed to the repository):
    places.tsv       Iranian provinces, counties, districts, cities, rural districts
    first_names.tsv  Persian first names with gender and an ambiguity flag
    surnames.tsv     cleaned Persian surnames with an ambiguity flag
    entities_hazm.txt  hazm's stop words, verb forms, common words and POS tags as lookup keys
                     (from the installed hazm only: `--hazm-only` writes just this file)

Hand-authored tables (countries.tsv, world_places.tsv, titles.tsv, honorifics.tsv,
org_heads.tsv, orgs.tsv, ...) are edited directly and are not touched here, except that
first-name / place ambiguity uses the hand-authored name_parts.tsv religious names.

Ambiguity ("is this name also a common Persian word?") uses the word frequencies of hazm's
lexicon (hazm/data/words.dat, MIT). That lexicon counts proper names too (تهران is frequent),
so frequency alone is not enough: provinces and counties are trusted, well-known names are
exempted by hand, and common words are flagged by hand as well.

Run:  .venv/bin/python scripts/build_lexicons.py [--shared ../shared]
The package never reads ../shared at run time.
"""

from __future__ import annotations

import argparse
import collections
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "farsi_press" / "data"


def _load_lexicons_module():
    """farsi_press/lexicons.py by path: the build must not depend on the rest of the package."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("_fp_lexicons", ROOT / "src" / "farsi_press" / "lexicons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lexicon_key = _load_lexicons_module().lexicon_key

ZWNJ = "\u200c"
PERSIAN_LETTERS = set("ءآأؤإئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیۀة")
NON_JOINING = set("اآأإدذرزژوؤۀة")


# ---------------------------------------------------------------------------
# hazm word frequencies
# ---------------------------------------------------------------------------

def hazm_frequencies() -> dict[str, int]:
    import hazm  # only needed at build time

    path = Path(hazm.__file__).parent / "data" / "words.dat"
    freq: dict[str, int] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1].isdigit():
                key = lexicon_key(parts[0])
                freq[key] = max(freq.get(key, 0), int(parts[1]))
    return freq


# Source spellings with the conjunction glued to the next word, as usually written in news.
NAME_FIXES = {
    "سیستان وبلوچستان": "سیستان و بلوچستان",
    "کهگیلویه وبویراحمد": "کهگیلویه و بویراحمد",
    "چهارمحال وبختیاری": "چهارمحال و بختیاری",
    "آران وبیدگل": "آران و بیدگل",
    "چاه بهار": "چابهار",
}


def hazm_plurals() -> set[str]:
    """Words hazm tags as plural (POS contains PL): «شهدا», «افکار»."""
    import hazm

    out: set[str] = set()
    with (Path(hazm.__file__).parent / "data" / "words.dat").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and "PL" in parts[2].split(","):
                out.add(lexicon_key(parts[0]))
    return out


def hazm_function_words() -> set[str]:
    """Stop words and common verb forms from hazm (stopwords.dat, verbs.dat): «کرد», «دارم», «بدین»."""
    import hazm

    base = Path(hazm.__file__).parent / "data"
    out = {lexicon_key(w) for w in (base / "stopwords.dat").read_text(encoding="utf-8").split("\n") if w}
    endings = ("", "م", "یم", "ید", "ند")
    for line in (base / "verbs.dat").read_text(encoding="utf-8").split("\n"):
        past, _, present = line.partition("#")
        if len(past) >= 2:  # «کرد», «کردند»; present stems are too often names («کاو», «پرور»)
            out.update(lexicon_key(past + e) for e in endings)
        if len(present) >= 2:
            out.update(lexicon_key("می" + "\u200c" + present + e) for e in ("م", "ی", "د", "یم", "ید", "ند"))
    return out


# ---------------------------------------------------------------------------
# hazm word facts for the entity layer (entities_hazm.txt)
# ---------------------------------------------------------------------------

# the bare past stem and stem+«ی» are left out: too many are nouns or adjectives (زیست, زیستی, ساخت)
_ENDINGS_PAST = ("م", "یم", "ید", "ند", "ه", "ه\u200cاند", "ه\u200cاست", "ه\u200cایم")
_ENDINGS_PRESENT = ("د", "ند", "م", "یم", "ید")


def hazm_data_dir() -> Path:
    """hazm's data folder, found without importing hazm (its import pulls in nltk)."""
    import importlib.util

    spec = importlib.util.find_spec("hazm")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("hazm")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def hazm_entity_words(base: Path | None = None) -> tuple[set[str], set[str], set[str], dict[str, str]]:
    """Stop words, verb forms, frequent common words (count > 2M) and POS-tagged words
    (key -> tags such as «N,AJ») from hazm's stopwords.dat, verbs.dat and words.dat, all as
    `lexicon_key` keys: what the entity layer's gazetteer reads from `entities_hazm.txt`."""
    base = base or hazm_data_dir()
    stop: set[str] = set()
    verbs: set[str] = set()
    common: set[str] = set()
    tagged: dict[str, str] = {}
    bare: list[str] = []
    for line in (base / "stopwords.dat").read_text(encoding="utf-8").splitlines():
        if line.strip():
            stop.add(lexicon_key(line))
    for line in (base / "verbs.dat").read_text(encoding="utf-8").splitlines():
        past, _, present = line.strip().partition("#")
        if past:
            verbs.add(lexicon_key(past + "ن"))  # infinitive: «رفتن»
            bare.append(past)
            for e in _ENDINGS_PAST:
                verbs.add(lexicon_key(past + e))
                verbs.add(lexicon_key("ن" + past + e))
        if present:
            for e in _ENDINGS_PRESENT:
                verbs.add(lexicon_key(present + e))
                verbs.add(lexicon_key("ب" + present + e))
                verbs.add(lexicon_key("ن" + present + e))
    for line in (base / "words.dat").read_text(encoding="utf-8").splitlines():
        if line.endswith("\t0"):
            continue  # untagged (most of the file)
        parts = line.split("\t")
        if len(parts) == 3 and parts[2] != "0":
            k = lexicon_key(parts[0])
            tagged[k] = parts[2]
            if parts[1].isdigit() and int(parts[1]) > 2_000_000:
                common.add(k)
    # the bare past stem is a verb («توانست») unless the lexicon knows it as a noun or adjective («زیست»)
    for stem in bare:
        k = lexicon_key(stem)
        if not {"N", "AJ"} & set(tagged.get(k, "").split(",")):
            verbs.add(k)
    return stop, verbs, common, tagged


def entities_hazm_text(base: Path | None = None) -> str:
    """`entities_hazm.txt`: sections «@stop», «@verbs», «@common» and «@tag TAGS» (one per tag
    set), one key a line, sorted; read by `farsi_press.gazetteer` with a few C-level splits."""
    stop, verbs, common, tagged = hazm_entity_words(base)
    by_tag: dict[str, list[str]] = {}
    for k, tags in tagged.items():
        by_tag.setdefault(tags, []).append(k)
    sections = [("stop", stop), ("verbs", verbs), ("common", common)]
    sections += [(f"tag {tags}", by_tag[tags]) for tags in sorted(by_tag)]
    out = ["# built by scripts/build_lexicons.py from hazm 0.12.1 stopwords.dat, verbs.dat, words.dat "
           "(MIT, (c) Sobhe); see PROVENANCE.md"]
    for name, keys in sections:
        for k in keys:
            if not k or k.startswith(("@", "#")) or k != k.strip() or len(k.splitlines()) != 1:
                raise ValueError(f"key not storable one a line: {k!r}")
        out.append("@" + name)
        out.extend(sorted(keys))
    return "\n".join(out) + "\n"


class WordShape:
    """Is a name-like string really an inflected common word? (nisba adjective, plural, verb).

    «علمی» (علم+ی), «شهری», «آقایان» (آقا+یان), «کرد», «دارم» are words, whereas «کریمی»
    (کریم is a first name), «لاریجانی» (rare stem) are surnames.
    """

    STEM_FREQ = 200_000

    def __init__(self, freq: dict[str, int], names: set[str]) -> None:
        self.freq = freq
        self.names = names
        self.plurals = hazm_plurals()
        self.function = hazm_function_words()

    def _common(self, stem: str) -> bool:
        return len(stem) >= 2 and stem not in self.names and self.freq.get(stem, 0) >= self.STEM_FREQ

    def nisba_of_word(self, key: str) -> bool:
        if " " in key or not key.endswith("ی"):
            return False
        stems = [key[:-1]]
        if key.endswith("یی") or key.endswith("ئی"):
            stems.append(key[:-2])
        return any(self._common(st) for st in stems)

    def plural_of_word(self, key: str) -> bool:
        if " " in key:
            return False
        if key in self.plurals:
            return True
        for suf in ("ها", "ان", "یان", "گان", "ات"):
            if key.endswith(suf) and self._common(key[: -len(suf)]):
                return True
        return False

    def function_word(self, key: str) -> bool:
        return key in self.function


def clean_name(s: str) -> str:
    """ي/ك → ی/ک, strip trailing numbers («آبادان 1»), collapse spaces."""
    s = s.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("\ufeff", "")
    s = s.strip().rstrip("0123456789۰۱۲۳۴۵۶۷۸۹ ").strip()
    s = " ".join(s.split())
    return NAME_FIXES.get(s, s)


def is_persian_word(s: str) -> bool:
    return bool(s) and all(ch in PERSIAN_LETTERS or ch in (" ", ZWNJ) for ch in s)


# ---------------------------------------------------------------------------
# Places
# ---------------------------------------------------------------------------

PLACE_FREQ_THRESHOLD = 150_000

# County/province names that are ordinary Persian words: a bare match needs a head noun.
PLACE_AMBIGUOUS_WORDS = set("""
نور بم بافت بن سلسله میانه مهر بهار جم صحنه قدس دیر رستم خاتم سرباز مبارکه کوثر سیمرغ انار
سراب فردوس ایوان خمیر دنا هامون زیارت بهارستان فیروزه مهران شهریار سامان پردیس گلستان مرکزی
فارس ترکمن گلوگاه محلات درود ری کیان اندیشه آباد آزادگان پل بار زهرا شال تخت خبر کن کلمه بستان
شنبه نگار کشور طور امام حتی آبشار بهمن صاحب کاه اهل سهند مقام سوق چین هنگام ترک پول سرچشمه فجر
دامنه راز مقاومت جهاد بندر فال حر وحدت ریز گشت آستانه پیشین سرحد شهاب سینا اسیر شعبه قاضی قلعه
شهرک رحمت زهره خواجه جناح جزیره گهواره مهربان چهارده شجاع جنگل سرو دشت ربط بلوک سلیمان زاویه توحید
گلزار مشکات شادمهر بام برون آزاده کلان ایثار کویر دهکده زیارت صحرا حسینیه گور نیسان سطر کشاورز
حنا آوا ارجمند حومه فیروز زرین رضوان چمران فردوس حمزه کناره حصار بوستان بیابان کارون مینو نقاب
بازرگان پرند نبوت ایوان خمیر دربند قیر ابریشم انصار شیدا رباط رفیع جنت کمین سنگر عشایر گلشن
هرم لار الوند هرمز شرافت حیران اهرم نوشین خشت طبل بالش ریحان علیا حلب بلده خیبر کاج بیستون عنبر
کندر صادقیه زری سردار شهید امید آزادی انقلاب اسلامیه حمیدیه رودخانه دانش پیشوا خاوران
داران خور
""".split()) | {"علی اکبر", "علی آباد", "حسن آباد", "محمد آباد", "زاینده رود"}

# Places above the frequency threshold that are (almost) always place names in news.
PLACE_NOT_AMBIGUOUS = set("""
تهران اصفهان مشهد شیراز تبریز کرج قم اهواز کرمان کرمانشاه رشت ارومیه زاهدان همدان یزد اردبیل
بندرعباس زنجان سنندج قزوین خرم‌آباد گرگان ساری بجنورد بیرجند بوشهر سمنان ایلام یاسوج شهرکرد اراک
کهریزک کیش قشم سوسنگرد هشتگرد لواسان کیاسر ماسوله هرات جلفا لاریجان رودهن شاندیز ورامین دماوند
آمل بابل ساوه کاشان خرمشهر آبادان دزفول نیشابور سبزوار سیرجان رفسنجان بم مریوان بانه سقز مهاباد
چابهار قاین شهداد هرمز داراب بوکان شاهین شهر بسطام زواره رونیز شبانکاره
""".split()) - {"بم"}


def build_places(shared: Path, freq: dict[str, int], first_name_keys: set[str],
                 person_keys: set[str] = frozenset()) -> list[tuple]:
    base = shared / "iran-cities-ahmadazizi" / "v3"

    def read(name: str) -> list[dict]:
        with (base / f"{name}.csv").open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))

    ostan = {r["id"]: clean_name(r["name"]) for r in read("ostan")}
    shahrestan = {r["id"]: (clean_name(r["name"]), r["ostan"]) for r in read("shahrestan")}
    rows: set[tuple[str, str, str, str]] = set()
    for oid, name in ostan.items():
        rows.add((name, "province", name, ""))
    for sid, (name, oid) in shahrestan.items():
        rows.add((name, "county", ostan[oid], name))
    for r in read("bakhsh"):
        name = clean_name(r["name"])
        if name != "مرکزی":  # every county has a «بخش مرکزی»: not a name
            rows.add((name, "district", ostan[r["ostan"]], shahrestan[r["shahrestan"]][0]))
    for r in read("shahr"):
        if r["shahr_type"] != "0":  # «آبادان 1»: numbered urban sub-districts
            continue
        rows.add((clean_name(r["name"]), "city", ostan[r["ostan"]], shahrestan[r["shahrestan"]][0]))
    for r in read("dehestan"):
        name = clean_name(r["name"])
        if name != "مرکزی":
            rows.add((name, "rural_district", ostan[r["ostan"]], shahrestan[r["shahrestan"]][0]))
    # typhoon-iran-cities only repeats the ahmadazizi data (plus coordinates we do not ship);
    # read it to catch a city the first source lacks.
    typhoon = shared / "typhoon-iran-cities" / "cities.csv"
    if typhoon.exists():
        known = {(n, p) for n, k, p, c in rows if k == "city"}
        with typhoon.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                name = clean_name(r["name"])
                prov = ostan.get(r["province_id"], "")
                county = shahrestan.get(r["county_id"], ("", ""))[0]
                if name and prov and (name, prov) not in known:
                    rows.add((name, "city", prov, county))

    kinds_by_name: dict[str, set[str]] = collections.defaultdict(set)
    for name, kind, _, _ in rows:
        kinds_by_name[name].add(kind)

    def ambiguous(name: str) -> bool:
        if name in PLACE_NOT_AMBIGUOUS:
            return False
        if name in PLACE_AMBIGUOUS_WORDS:
            return True
        key = lexicon_key(name)
        if " " not in key and len(key) <= 2:
            return True
        trusted = kinds_by_name[name] & {"province", "county"}
        if " " not in key and key in first_name_keys and not trusted:
            return True
        if " " not in key and key in person_keys and not trusted:
            return True  # «محمدی», «سوری»: a city that is also a surname or first name
        return freq.get(key, 0) >= PLACE_FREQ_THRESHOLD and not trusted

    out: list[tuple] = []
    for name, kind, prov, county in sorted(rows):
        amb = ambiguous(name)
        needs_head = amb or kind in ("district", "rural_district")
        out.append((name, kind, prov, county, int(amb), int(needs_head), ""))
        for alias in place_aliases(name):
            out.append((alias, kind, prov, county, int(amb), int(needs_head), name))
    return out


# Well-known spellings the source lacks: source name → extra aliases.
PLACE_EXTRA_ALIASES = {
    "چابهار": ["چاه بهار"],
    "بویراحمد": ["بویر احمد"],
    "کهگیلویه و بویراحمد": ["کهگیلویه و بویر احمد", "کهگیلویه وبویر احمد"],
    "مسجدسلیمان": ["مسجد سلیمان"],
    "خمینی شهر": ["خمینی‌شهر", "خمینیشهر"],
    "شاهین شهر": ["شاهین‌شهر", "شاهینشهر"],
    "خرم آباد": ["خرم‌آباد"],
    "اسلامشهر": ["اسلام‌شهر"],
    "بویین زهرا": ["بوئین زهرا"],
    "بویین میاندشت": ["بوئین میاندشت"],
    "قاینات": ["قائنات"],
    "قاین": ["قائن"],
    "ملکان": ["ملکان"],
    "گنبدکاووس": ["گنبد کاووس"],
    "شهر بابک": ["شهربابک"],
    "ماه نشان": ["ماهنشان"],
    "بندر انزلی": ["بندرانزلی", "انزلی"],
    "بندر لنگه": ["بندرلنگه"],
    "بندر ماهشهر": ["بندرماهشهر", "ماهشهر"],
    "بندر گز": ["بندرگز"],
    "بندر ترکمن": ["بندرترکمن"],
    "بندر دیلم": ["بندردیلم"],
    "بندر گناوه": ["گناوه"],
    "بندر امام خمینی": ["بندرامام خمینی", "بندر امام"],
}


# Splitting a glued compound («قصرشیرین» → «قصر شیرین») needs both halves to be frequent words;
# these halves make wrong splits («دما وند», «شهر یار», «سیر جان»).
SPLIT_BAD_RIGHT = {"وند", "وان", "جان", "یار", "مین", "باد", "رویه", "خون", "گاه", "گون", "مرودشت"}
SPLIT_BAD_LEFT = {"دما", "علا", "بها", "بنا", "ماد", "مار", "سیر", "سود", "برد", "بید", "گلو", "ورا"}
SPLIT_MIN_FREQ = 100_000
_FREQ: dict[str, int] = {}


def compound_splits(word: str) -> list[str]:
    """«قصرشیرین» → «قصر شیرین»: split after a non-joining letter where both halves are words."""
    out = []
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        if left[-1] not in NON_JOINING or left in SPLIT_BAD_LEFT or right in SPLIT_BAD_RIGHT:
            continue
        if _FREQ.get(left, 0) >= SPLIT_MIN_FREQ and _FREQ.get(right, 0) >= SPLIT_MIN_FREQ:
            out.append(left + " " + right)
    return out


def place_aliases(name: str) -> list[str]:
    """Spelling variants of a place name not unified by lexicon_key.

    «بندرعباس» ↔ «بندر عباس», «محمودآباد» ↔ «محمود آباد», «سیستان وبلوچستان» →
    «سیستان و بلوچستان».
    """
    out: list[str] = list(PLACE_EXTRA_ALIASES.get(name, ()))
    words = name.split(" ")
    # «سیستان وبلوچستان», «آران وبیدگل»: the conjunction glued to the next word
    if len(words) > 1 and any(w.startswith("و") and len(w) > 3 for w in words[1:]):
        split = [w[0] + " " + w[1:] if i and w.startswith("و") and len(w) > 3 else w for i, w in enumerate(words)]
        out.append(" ".join(split))
    # «سیستان و بلوچستان» → «سیستان وبلوچستان», as often typed
    if " و " in name:
        out.append(name.replace(" و ", " و"))
    if len(words) == 1:
        w = name
        for prefix in ("بندر",):
            if w.startswith(prefix) and len(w) - len(prefix) >= 3:
                out.append(prefix + " " + w[len(prefix):])
        for suffix in ("آباد", "شهر", "دشت"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 2:
                out.append(w[: -len(suffix)] + " " + suffix)
        out.extend(a for a in compound_splits(w) if a not in out)
    else:
        # «خرم آباد» → «خرم‌آباد» (same key) and the glued «خرمآباد» when the join allows it
        for i in range(1, len(words)):
            left, right = words[i - 1], words[i]
            # «خرم آباد» → «خرمآباد»; «مسجد سلیمان» → «مسجدسلیمان» (glued after a non-joining letter)
            if right == "آباد" or (left and left[-1] in NON_JOINING and len(left) >= 3 and len(right) >= 3
                                   and right != "و" and not right.startswith("و")):
                glued = words[: i - 1] + [left + right] + words[i + 1 :]
                out.append(" ".join(glued))
    return [a for a in out if a != name]


# ---------------------------------------------------------------------------
# Person names
# ---------------------------------------------------------------------------

FIRST_NAME_NOISY_MAX_FREQ = 40_000
FIRST_NAME_AMBIGUOUS_FREQ = 1_000_000

# Names that dominate their homograph in news text: not ambiguous despite frequency.
FIRST_NAME_NOT_AMBIGUOUS = set("""
محمد علی حسین حسن رضا احمد مهدی عباس محمود مصطفی ابراهیم اسماعیل یوسف جعفر هادی مجتبی مرتضی
محسن مسعود سعید حمید مجید جواد کاظم قاسم اکبر اصغر ناصر منصور بهرام فرهاد داریوش داوود سلمان
عبدالله علیرضا محمدرضا حمیدرضا غلامرضا غلامحسین فاطمه زهرا مریم سکینه معصومه زینب اعظم اشرف
تقی باقر صادق رسول اسدالله ابوالفضل مهرداد بهزاد فرزاد بهروز پرویز بیژن کامران حجت
""".split())

# Common words that also appear in the name lists: kept as names but flagged ambiguous.
FIRST_NAME_AMBIGUOUS_WORDS = set("""
امید بهار نور شهر باران آرزو آرامش آزاد آزاده آفتاب آفرین آیین ابر اختر ارشد اعتماد افتخار
الماس امین ایمان بهشت پیام پیمان پیوند تاج جمال جهان حافظ حقیقت حکمت خورشید دانش دریا دنیا
رحمت روشن ساحل ستاره سحر سرور سعادت سلامت سلطان شادی شاهد شایسته شریف شهید شیرین صبا صدر صفا
طلا عادل عارف عالم عدالت عزیز عسل غزل فرشته فرهنگ قدرت کمال گل لاله ماه مهر میلاد نسیم نگار
نوروز نیک هدیه یاس بهمن آذر آبان اسفند شهریور رمضان محرم صفر جمعه شنبه مبین رفعت معین بدر
سلسله شورا رود جان الف عاشق روز طلب احترام زمان اسم دلیل صورت ساعت نفس روح باب متن ولی
انسان زیبا پایان عالی عرب حمل تازه امر سفر عامل اصل سابق صلاح ظاهر ثابت سالم هستی شور
رهبر سیاست خیال خلق دختر بابا بیان خاطر انتظار سایه پروانه آرش سینا شاهین نادر امیر حامد
نعمت مهربان گندم نصرت شجاع فرح مهتاب عماد سپهر رز پرتو فرود بامداد سالار رسا صحرا مژده گوهر پگاه
صدف سوگند تابان صابر شورش هاله آوا رضوان فردوس برنا افسر پرستو نوا سنا نهال پرند آهو سوسن هامون
خجسته مهرگان ستوده ارس بنفشه گلشن مانا معراج عابد ارغوان فرخنده الوند برومند رخشان دلبر رستگار
همتا ساغر سودا پونه چکامه رامش مستانه ماهرو دلارام ترمه صنم تابنده اخگر سیادت خوشنود چاکر احتشام
دادرس خبیر چالاک خرامان طیار صولت پری شیروان داراب ذاکر زرافشان ثاقب فاخر نسترن ژاله شهباز یگانه
نیکو هوشیار زرین امان کسری کوثر توحید شکوه سوری بشری یادگار پردیس اسرا میلان غلام قربان رحمان
جهان‌بخش خداداد مختار مظاهر ساسان پارسا شاهرخ شبنم ماهان لادن فروهر فاضل فرزانه نرگس قلی
""".split())


# Common words found in the name lists that are not used as first names in news: dropped.
FIRST_NAME_DROP = set("""
زمینه جوان تیاتر تئاتر سرویس پدیده ارز گری کاروان بدین رییسه رئیسه انا ساعته آرا داران الناس الیه پوستر
کرانه احیاء احیای صالحین بانو لاس پشمین عدلیه التفات بخشایش باریکه بزک چاپار ایجاز بیاض سکر سرنا
برفاب سوزنده صفیر ارغنون شقاق خلد رجیم جفر انبر سفیه خالدار پایاب اعلاء اخضر جنیف حبشه رازیانه
شیفته ذرا سیاب سباب شغله آقامیر شاهده
آقا آقای خانم سید سیده حاج حاجی شیخ سردار شهید استاد دکتر مهندس امام ملا کربلایی مشهدی
اسلام آدم ادم بهم
""".split())  # (بهم: «به هم», «بهم ریخت»; اسلام: the religion in news, «اسلام ناب محمدی»; آدم: «a person», «آدم ترسو», «آدم صبوری»)


def build_first_names(shared: Path, freq: dict[str, int], religious: dict[str, str], shape: "WordShape") -> list[tuple]:
    sources: dict[str, set[str]] = collections.defaultdict(set)
    gender: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)

    def add(raw: str, src: str, g: str) -> None:
        name = clean_name(raw)
        if not name or not is_persian_word(name):
            return
        if any(len(part) < 2 for part in name.split(" ")):
            return  # «آ لان»: broken entries
        sources[name].add(src)
        if g:
            gender[name][g] += 1

    pgd = shared / "persian-gender-detection" / "iranianNamesDataset.csv"
    with pgd.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            g = {"M": "M", "F": "F"}.get(r["Gender"], "")
            add(r["Names"], "pgd", g)
    for fname, g in (("male_names.txt", "M"), ("female_names.txt", "F")):
        for line in (shared / "farsi-faker" / fname).open(encoding="utf-8"):
            add(line, "ff", g)
    for fname, g in (("name_boy.txt", "M"), ("name_girl.txt", "F")):
        for line in (shared / "fake-persian-name" / fname).open(encoding="utf-8"):
            add(line, "fpn", g)
    for fname, g in (("male_fa.txt", "M"), ("female_fa.txt", "F")):
        for line in (shared / "persian-names-armanyazdi" / fname).open(encoding="utf-8"):
            add(line, "ay", g)
    for name, g in religious.items():
        add(name, "hand", g)
    for name in FOREIGN_FIRST:
        add(name, "foreign", "")

    clean_sources = {"fpn", "ay", "hand", "foreign"}
    out: dict[str, tuple] = {}
    for name, srcs in sources.items():
        key = lexicon_key(name)
        if name in FIRST_NAME_DROP:
            continue
        f = freq.get(key, 0)
        trusted = bool(srcs & clean_sources)
        if not trusted:
            # the large lists are noisy: keep only names found in both of them, and only
            # when they are not frequent words («شورا», «جامعه», «دولت»...)
            if len(srcs) < 2 or f >= FIRST_NAME_NOISY_MAX_FREQ:
                continue
            if shape.function_word(key) or shape.nisba_of_word(key) or shape.plural_of_word(key):
                continue  # «اسلامی», «شهدا», «داد»: inflected words, not names
            if key.endswith("ی") and " " not in key:
                continue  # «بخشی», «حالی»: names ending in ی in these lists are adjectives or surnames
            if " " in name:
                parts = name.split(" ")
                if not all(p in sources for p in parts):
                    continue
        g = gender[name]
        gcode = "U"
        if g:
            (top, n), = g.most_common(1)
            gcode = top if n >= sum(g.values()) * 0.8 else "U"
        if srcs == {"foreign"}:
            amb = name in FOREIGN_AMBIGUOUS
        elif name in FIRST_NAME_NOT_AMBIGUOUS:
            amb = False
        else:
            amb = name in FIRST_NAME_AMBIGUOUS_WORDS or f >= FIRST_NAME_AMBIGUOUS_FREQ
        if key in out:  # two spellings of one key: ambiguous if either is
            out[key] = (out[key][0], out[key][1], out[key][2] | int(amb))
        else:
            out[key] = (name, gcode, int(amb))
    return sorted(out.values())


SURNAME_SUFFIXES = (
    "زاده", "پور", "نژاد", "فرد", "فر", "نیا", "وند", "منش", "راد", "کیا", "پناه", "نسب", "اصل",
    "زادگان", "خواه", "دوست", "مهر", "یار", "بخش", "لو", "زهی", "اللهی", "الهی", "کار", "مقدم",
)
SURNAME_DROP_FREQ = 20_000
SURNAME_AMBIGUOUS_FREQ = 1_000

# Frequent words that are surnames of public figures: kept (flag from the list below).
SURNAME_KEEP = set("""
حسینی موسوی روحانی جلیلی خمینی رضوی علوی مرتضوی مهدوی صفوی حیدری جعفری خسروی ظریف مصدق لاریجانی
قالیباف خاتمی کروبی متکی صالحی رفسنجانی هاشمی احمدی‌نژاد شریعتمداری ولایتی رضایی باهنر حدادعادل
""".split())
# Surnames that are also common words: flagged ambiguous.
SURNAME_AMBIGUOUS = set("""
روحانی صنعتی گرامی اسلامی ملکی دولتی جمهوری عمومی ملی مرکزی رسمی سیاسی اجتماعی فرهنگی اقتصادی
قاضی شیخ سید استاد رهبر دبیر سرپرست ظریف رضایی هاشمی نوری جلیلی مقدم
ایرانی کشوری دریایی میلادی راهداری مرزبانی فرهنگیان جهانیان نوروزی بختیاری لاری آذری عرفانی
قربانی جوانی ایمانی رزمی امیدی گری عشایری باغبانی شادمانی رستگاری ارزانی هوشیاری جمالی طوسی صوفی
""".split())

# Extra surnames of well-known Iranian public figures (hand-authored).
EXTRA_SURNAMES = """
احمدی‌نژاد لاریجانی خامنه‌ای خمینی رفسنجانی هاشمی‌رفسنجانی خاتمی روحانی رئیسی موسوی کروبی قالیباف
جلیلی متکی صالحی ظریف عراقچی ولایتی ولایتی ولایتی حدادعادل باهنر شریعتمداری رحیمی مشایی رحمانی‌فضلی
نجار محصولی دانشجو کامران‌دانشجو حسینی صفار‌هرندی لنکرانی وحیدی نیکزاد فتاح آخوندی زنگنه
جهانگیری همتی ربیعی شمخانی سلیمانی باقری رضایی جعفری فیروزآبادی صفوی بروجردی فلاحت‌پیشه
محسنی‌اژه‌ای اژه‌ای آملی شاهرودی یزدی جنتی مصباح‌یزدی مکارم‌شیرازی صافی‌گلپایگانی نوری‌همدانی
سبحانی منتظری طالقانی بهشتی مطهری رجایی باهنر چمران کلانتری زاکانی توکلی نبوی عارف
ابطحی مهاجرانی عطریانفر کرباسچی ناطق‌نوری غرضی میرسلیم حسن‌زاده تاجزاده آقامحمدی کواکبیان
لاریجانی جهرمی میرکاظمی حسینی‌طباطبایی طباطبایی اسفندیار کاظمی قمی احمدیان رستمی حاجی‌بابایی
بذرپاش کردان صدر فرهادی آیت‌اللهی اسدی پزشکیان غرضی عبدالملکی خاندوزی مخبر دهقان میرحجازی
""".split()


SURNAME_DROP = set("""
آقایان خانم‌ها برادران خواهران مردان زنان کرد دارم داد میر سید حاج شیخ آقا
""".split())


# Foreign public figures as written in Persian news (hand-authored): first names and surnames.
FOREIGN_FIRST = """
دونالد جو باراک جورج هیلاری مایک جان جیمز رابرت ولادیمیر دیمیتری سرگئی آنگلا امانوئل نیکولا
فرانسوا بوریس تونی گوردون دیوید ترزا رجب طیب بنیامین ایهود آریل شیمون نفتالی یائیر بشار حافظ
مقتدی عبدالفتاح معمر اسامه ایمن ابوبکر هوگو نیکلاس فیدل رائول نارندرا شینزو آنتونیو یوکیا
رافائل خاویر کاترین فدریکا ژوزپ رکس آنتونی جیک کامالا تد مارکو نانسی دیک مت اسکات رند پل میچ
چاک برنی الیزابت چارلز ویلیام هری کیر ریشی لیز اولاف گرهارد فرانک ولودیمیر جاستین استیون مارک
ایلان بیل وارن فومیو کیم لی مون شی ژایر لوئیز کاندولیزا کالین مادلین لوید مارتین پیتر
ژاک ژان میشل لوران کریستین آلن ریچارد توماس کنت مایکل جوزف ادوارد هنری هانس ولفگانگ لئون
کریستیانو لیونل نیمار زلاتان کارلوس ژوزه پپ یورگن آرسن الکس دیه‌گو پله زین‌الدین
""".split()
FOREIGN_SURNAMES = """
ترامپ بایدن اوباما بوش کلینتون پوتین مدودف لاوروف مرکل شولتس سارکوزی ماکرون اولاند شیراک جانسون
بلر کامرون استارمر سوناک اردوغان داووداوغلو چاووش‌اوغلو نتانیاهو اولمرت شارون پرز لیبرمن بنت
لاپید گانتس هنیه مشعل نصرالله اسد مالکی طالبانی بارزانی سیستانی کرزی غنی مبارک مرسی سیسی قذافی
صدام بن‌لادن الظواهری البغدادی چاوز مادورو مورالس لولا بولسونارو کاسترو جونگ‌اون جین‌پینگ
جین‌تائو مودی آبه بان‌کی‌مون گوترش آمانو البرادعی گروسی سولانا اشتون موگرینی بورل پمپئو بولتون
تیلرسون بلینکن سالیوان هاریس پنس کروز روبیو مک‌کین پلوسی رامسفلد چنی گیتس پترائوس رایس پاول
کری کوشنر ونس زلنسکی پوروشنکو لوکاشنکو علی‌اف پاشینیان ترودو آلبانیزی کیشیدا سوگا
هیلی ماتیس اسپر آستین کیسینجر کارتر ریگان نیکسون کندی روزولت چرچیل استالین هیتلر لنین گورباچف
یلتسین شوارتزنگر ماسک زاکربرگ گیتس بزوس کوربین ماخ هابرماس چامسکی بن‌سلمان بن‌زاید آل‌ثانی آل‌خلیفه
آل‌سعود عبدالله جبیر عون میقاتی حریری سنیوره جنبلاط عباس دحلان شلح نخاله هادی حوثی عبدالملک
رونالدو مسی نیمار مورینیو گواردیولا کلوپ ونگر فرگوسن مارادونا زیدان کی‌روش کیروش اسکوچیچ ویلموتس
برانکو اینفانتینو بلاتر گوتیرش آنان بندیکت
""".split()
FOREIGN_AMBIGUOUS = set("""
جو پل لی مون شی رند بیل مارک جان مت هری کیم تد لیز وارن چاک میچ لوید مارتین
کری رایس براون کروز گیتس پرز باراک بنت اسد غنی مبارک مرسی مالکی صدر آبه مودی پنس کاسترو لولا
عون هادی عباس عبدالله ماخ کارتر آستین هیلی ماسک هنری مایکل
""".split())


def _keys(words: set[str]) -> set[str]:
    return {lexicon_key(w) for w in words}


SURNAME_AMBIGUOUS_KEYS = _keys(SURNAME_AMBIGUOUS)


def build_surnames(shared: Path, freq: dict[str, int], place_names: set[str], shape: "WordShape") -> list[tuple]:
    out: dict[str, tuple] = {}
    raw = [clean_name(l) for l in (shared / "farsi-faker" / "last_names.txt").open(encoding="utf-8")]

    def fix_compound(name: str) -> str | None:
        parts = name.split(" ")
        if any(len(p) < 2 for p in parts):
            return None
        fixed = [parts[0]]
        for p in parts[1:]:
            if p in SURNAME_SUFFIXES:
                fixed[-1] = fixed[-1] + ZWNJ + p
            else:
                fixed.append(p)
        return " ".join(fixed)

    for name in raw:
        if not name or not is_persian_word(name):
            continue
        name = fix_compound(name)
        if not name:
            continue
        key = lexicon_key(name)
        single = " " not in key
        f = freq.get(key, 0)
        if name in SURNAME_DROP:
            continue
        if single and name not in SURNAME_KEEP:
            if shape.function_word(key):
                continue  # «کرد», «دارم»: verb forms
            if name in place_names:
                continue  # a bare place name («آران»): leave it to the gazetteer
            if f >= SURNAME_DROP_FREQ and not name.endswith("ی"):
                continue  # «آغاز», «نفر», «پایان»: words, not surnames
        amb = (
            key in SURNAME_AMBIGUOUS_KEYS
            or (single and f >= SURNAME_AMBIGUOUS_FREQ)
            or shape.nisba_of_word(key)  # «علمی», «نظامی», «ایرانی»
            or shape.plural_of_word(key)  # «فرهنگیان», «جهانیان»
        )
        if name in SURNAME_KEEP and key not in SURNAME_AMBIGUOUS_KEYS:
            amb = False
        if key in out:  # «دریائی» / «دریایی»: one key, ambiguous if either spelling is
            out[key] = (out[key][0], out[key][1] | int(amb))
        else:
            out[key] = (name, int(amb))
    for name in EXTRA_SURNAMES:
        key = lexicon_key(name)
        amb = key in SURNAME_AMBIGUOUS_KEYS
        out[key] = (name, int(amb))
    for name in FOREIGN_SURNAMES:
        key = lexicon_key(name)
        if key not in out:
            out[key] = (name, int(name in FOREIGN_AMBIGUOUS))
    return sorted(out.values())


# ---------------------------------------------------------------------------

def read_religious(path: Path) -> dict[str, str]:
    """Full religious first names from the hand-authored name_parts.tsv (role=first_name)."""
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3 and cols[1] == "first_name":
            out[cols[0]] = cols[2] if cols[2] in ("M", "F") else ""
    return out


def write_tsv(path: Path, header: str, rows: list[tuple], comment: str) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# {comment}\n")
        fh.write(header + "\n")
        for r in rows:
            fh.write("\t".join(str(c) for c in r) + "\n")
    print(f"{path}: {len(rows)} rows", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    ap.add_argument("--out", type=Path, default=DATA, help="where to write the derived files (default: the package)")
    ap.add_argument("--hazm-only", action="store_true", help="write only entities_hazm.txt (no ../shared needed)")
    args = ap.parse_args(argv)
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    if args.hazm_only:
        (out_dir / "entities_hazm.txt").write_text(entities_hazm_text(), encoding="utf-8")
        return 0
    shared = args.shared / "data" / "lexicons"
    if not shared.is_dir():
        ap.error(f"{shared} not found")
    freq = hazm_frequencies()
    _FREQ.update(freq)
    religious = read_religious(DATA / "name_parts.tsv")

    clean_first = {lexicon_key(n) for n in religious} | {
        lexicon_key(clean_name(l))
        for d, fs in (("persian-names-armanyazdi", ("male_fa.txt", "female_fa.txt")),
                      ("fake-persian-name", ("name_boy.txt", "name_girl.txt")))
        for f in fs
        for l in (shared / d / f).open(encoding="utf-8")
        if l.strip()
    }
    shape = WordShape(freq, clean_first)
    first = build_first_names(shared, freq, religious, shape)
    first_keys = {lexicon_key(n) for n, _, _ in first}
    # for places, only the clean, well-known first names count as "also a person's name"
    common_first = {lexicon_key(n) for n in religious} | {
        lexicon_key(clean_name(l))
        for f in ("male_fa.txt", "female_fa.txt")
        for l in (shared / "persian-names-armanyazdi" / f).open(encoding="utf-8")
    }
    person_keys = common_first | {
        lexicon_key(clean_name(l)) for l in (shared / "farsi-faker" / "last_names.txt").open(encoding="utf-8")
    }
    places = build_places(shared, freq, common_first, person_keys)
    place_names = {r[0] for r in places if r[1] in ("province", "county", "city")}
    surnames = build_surnames(shared, freq, place_names, shape)

    src = "built by scripts/build_lexicons.py; see PROVENANCE.md"
    write_tsv(out_dir / "places.tsv", "name\tkind\tprovince\tcounty\tambiguous\tneeds_head\tcanonical",
              places, src)
    write_tsv(out_dir / "first_names.tsv", "name\tgender\tambiguous", first, src)
    write_tsv(out_dir / "surnames.tsv", "name\tambiguous", surnames, src)
    (out_dir / "entities_hazm.txt").write_text(entities_hazm_text(), encoding="utf-8")
    del first_keys
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

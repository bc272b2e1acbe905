"""Bad and hostile input: wrong types fail early and clearly; odd strings and huge or pathological
documents finish, in time linear in their length (no catastrophic backtracking).

Every timing bound is generous (20 s for a 10 MB document on a slow machine); the scaling checks
compare 1x and 4x the same kind of input and allow 6x the time (linear would be 4x, quadratic 16x).
"""

from __future__ import annotations

import multiprocessing
import time
from typing import Callable

import pytest

from farsi_press import Normalizer, NormalizerOptions, normalize

DEFAULT = Normalizer()

# ----------------------------------------------------------------------------- wrong types

NOT_STR = [None, 123, 4.5, ["متن"], ("متن",), {"text": "متن"}, object(), True]


def _entry_points() -> dict[str, Callable]:
    return {
        "normalize": normalize,
        "Normalizer.normalize": DEFAULT.normalize,
        "Normalizer.normalize_with_map": DEFAULT.normalize_with_map,
        "Normalizer.explain": DEFAULT.explain,
    }


@pytest.mark.parametrize("entry", list(_entry_points()))
@pytest.mark.parametrize("value", NOT_STR, ids=lambda v: type(v).__name__)
def test_non_str_raises_type_error(entry: str, value: object) -> None:
    with pytest.raises(TypeError) as info:
        _entry_points()[entry](value)
    message = str(info.value)
    assert "str" in message and type(value).__name__ in message, message


@pytest.mark.parametrize("entry", list(_entry_points()))
@pytest.mark.parametrize("value", [b"\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", bytearray(b"abc"), memoryview(b"abc")],
                         ids=["bytes", "bytearray", "memoryview"])
def test_bytes_raise_type_error(entry: str, value: object) -> None:
    with pytest.raises(TypeError) as info:
        _entry_points()[entry](value)
    message = str(info.value)
    assert "str" in message, message
    if isinstance(value, (bytes, bytearray)):
        assert "decode" in message, f"say how to fix it: {message}"


def test_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    out = normalize(Text("كتاب"))
    assert out == "کتاب" and type(out) is str


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unknown"):
        normalize("متن", digitz="latin")
    with pytest.raises(TypeError):
        Normalizer(NormalizerOptions(), digits="latin")


@pytest.mark.parametrize("options", [{"digits": "roman"}, {"reflow": "sometimes"}])
def test_bad_option_value_is_a_value_error(options: dict) -> None:
    with pytest.raises(ValueError):
        Normalizer(**options)


def test_bool_option_must_be_bool() -> None:
    with pytest.raises(TypeError):
        Normalizer(zwnj="yes")


# ----------------------------------------------------------------------------- odd strings

def test_empty() -> None:
    assert normalize("") == ""
    out, mapping = DEFAULT.normalize_with_map("")
    assert out == "" and len(mapping) == 0 and mapping.input_length == 0
    assert DEFAULT.explain("") == ("", [])


@pytest.mark.parametrize("text", [" ", "\n", "\n\n\n", " \t \u00a0 ", "\u200c", "\u200c \u200c", "\ufeff", "\u200e\u200f", "ـــ"])
def test_only_invisible_gives_empty(text: str) -> None:
    assert normalize(text) == ""
    out, mapping = DEFAULT.normalize_with_map(text)
    assert out == "" and len(mapping) == 0 and mapping.input_length == len(text)


@pytest.mark.parametrize("text", ["a\x00b", "سلام\x07دنیا", "😀 كتاب 𝟙", "\U0001F1EE\U0001F1F7 ایران", "ﷺ", "ﷲ",
                                  "\u0301\u0301", "«", "»", '"', "\u064b", "."])
def test_odd_strings_do_not_crash(text: str) -> None:
    out = normalize(text)
    assert isinstance(out, str)
    assert normalize(out) == out
    out2, mapping = DEFAULT.normalize_with_map(text)
    assert out2 == out and len(mapping) == len(out)


def test_astral_characters_survive() -> None:
    assert normalize("😀 كتاب") == "😀 کتاب"


def test_lone_surrogate_fails_clearly_or_passes() -> None:
    """A str with a lone surrogate (from a bad decode) must not crash deep inside an encoder."""
    text = "سلام\ud800 دنیا"
    try:
        out = normalize(text)
    except UnicodeError as exc:  # UnicodeEncodeError from inside a step is not a clear error
        pytest.fail(f"lone surrogate crashed inside the normalizer: {exc!r}")
    except ValueError as exc:
        assert "surrogate" in str(exc)
    else:
        assert isinstance(out, str)


# ----------------------------------------------------------------------------- size and time

BOUND = 20.0  # seconds, for any single input here
SCALING = 6.0  # allowed time ratio for 4x the input
FLOOR = 0.1  # seconds: below this, timings are noise

#: Real lines from Fars News articles (Arabic ي/ك, irregular spacing, missing ZWNJ), as raw input.
LINES = [
    "ارائه خدمات بر خط بانكي در دفاتر ICT روستايي امكان پذير مي شود",
    "خبرگزاري فارس: رئيس اداره كل دفاتر خدمات بانكي پست بانك گفت: با خريد و نصب نرم افزار متمركز (Core) به زودي خدمات بر خط بانكي در دفاتر ICT روستايي ارايه مي شود.",
    "به گزارش فارس به نقل از وزارت ارتباطات و فناوري اطلاعات، وارسته با بيان اين مطلب ، اظهارداشت : با توجه به نتيجه\u200cبخش بودن نصب آزمايشي نرم افزار متمركز در 300 دفتر ICT روستايي اصفهان و 106 دفتر قزوين، به زودي اين نرم افزار در تمام دفاتر كشور نصب خواهد شد .",
    "وي از بهره\u200cبرداري 6 هزار و 127 دفتر ICT روستايي تا پايان مرداد ماه سال جاري در كشور خبر داد و افزود: اين دفاتر قادرند 24 هزار روستا را تحت پوشش مستقيم خدمات بانكي قرار دهند.",
    "با حضور مدیر کل روابط عمومی استانداری تهران و مدیران روابط عمومی های ادارات شهرستان ملارد مجمع روابط",
    "",
    "عمومی شهرستان ملارد برگزار شد",
    "به گزارش مدیریت ارتباطات و امو ر بین الملل شهرداری ملارد جلسه ای با حضور مدیر کل روابط عمومی",
    "گفته بود:« ما از پارلمان تركيه مي خواهيم » و \"انتخابات\" را در ماه مي 2009 برگزار كنيم ...",
    "ﻭﻟﻲ ﻣﺎ ﻫﺮﻭﻗﺖ ﻫﻤﺪﻳﮕﺮ ﺭﺍ ﻣﻲ\u200cﺑﻴﻨﻴﻢ ﺑﺎ ﺧﻮﺷﺮﻭﻳﻲ ﻭ ﻟﺒﺨﻨﺪ ﺑﺎ ﻫﻢ ﻣﻮﺍﺟﻪ ﻣﻲ\u200cﺷﻮﻳﻢ.",
    "هيچ عمــل نـزد خــداي و اكثراً ١٤٠٢ www.farsnews.ir/news/8707060255 شايسته\u200eترين",
]


def document(size: int) -> str:
    """A realistic raw document of about `size` characters, not one line repeated verbatim."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        line = LINES[i % len(LINES)]
        if i % 7 == 0:
            line = f"{line} {i}"
        parts.append(line)
        total += len(line) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def _child(make: Callable[[int], str], n: int, with_map: bool, conn) -> None:
    text = make(n)
    start = time.perf_counter()
    if with_map:
        out, mapping = DEFAULT.normalize_with_map(text)
        assert len(mapping) == len(out) and mapping.input_length == len(text)
    else:
        normalize(text)
    conn.send(time.perf_counter() - start)
    conn.close()


def timed(make: Callable[[int], str], n: int, with_map: bool = False, limit: float = BOUND) -> float:
    """Seconds to normalize `make(n)`, measured in a forked child that is killed after `limit`
    seconds (a runaway regex would otherwise hang the whole suite); inf when it was killed."""
    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("timing tests fork a child process; no fork on this platform")
    normalize("گرم کردن")  # load lazily loaded data before forking, so the child measures work only
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(make, n, with_map, child), daemon=True)
    proc.start()
    child.close()
    try:
        elapsed = parent.recv() if parent.poll(limit) else float("inf")
    except EOFError:  # the child died without an answer: the normalizer raised
        proc.join()
        pytest.fail(f"normalizing {make.__name__}({n}) crashed (exit code {proc.exitcode})")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
    return elapsed


def test_ten_megabyte_document() -> None:
    elapsed = timed(document, 10_000_000)
    assert elapsed < BOUND, f"10 MB took {elapsed:.1f} s"


def scaling(make: Callable[[int], str], small: int) -> tuple[float, float]:
    """Seconds for `small` and 4x `small` characters. A ratio over SCALING is timed once more
    (the larger time the least of two, the smaller the most): a busy machine slows one run by
    chance, a quadratic step (16x) every run."""
    t1 = timed(make, small)
    t4 = timed(make, 4 * small) if t1 < BOUND else float("inf")
    if SCALING * max(t1, FLOOR) < t4 < BOUND:
        t1 = max(t1, timed(make, small))
        t4 = min(t4, timed(make, 4 * small))
    return t1, t4


def test_document_scales_linearly() -> None:
    t1, t4 = scaling(document, 1_000_000)
    assert t4 < BOUND, f"1 MB {t1:.2f} s, 4 MB {t4:.2f} s"
    assert t4 <= SCALING * max(t1, FLOOR), f"1 MB {t1:.2f} s, 4 MB {t4:.2f} s"


def test_map_on_large_document() -> None:
    elapsed = timed(document, 2_000_000, with_map=True)
    assert elapsed < BOUND, f"normalize_with_map on 2 MB took {elapsed:.1f} s"


#: Pathological inputs: a name and a function from a size to a text of about that many characters.
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "zwnj_run": lambda n: "\u200c" * n,
    "zwnj_between_letters": lambda n: "ب" + "\u200c" * (n - 2) + "ب",
    "spaces": lambda n: " " * n,
    "spaces_between_words": lambda n: "سلام" + " " * (n - 8) + "دنیا",
    "newlines": lambda n: "\n" * n,
    "short_lines": lambda n: "روابط\n" * (n // 6),
    "short_lines_blank": lambda n: "روابط\n\n" * (n // 7),
    "unbalanced_open_guillemet": lambda n: "«" + "سلام " * (n // 5),
    "guillemets": lambda n: "«" * n,
    "guillemets_spaced": lambda n: "« " * (n // 2),
    "ascii_quotes": lambda n: '"' * n,
    "ascii_quote_words": lambda n: '"سلام ' * (n // 6),
    "dots": lambda n: "." * n,
    "dots_spaced": lambda n: ". " * (n // 2),
    "marks": lambda n: "!؟?،,;:" * (n // 7),
    "persian_digits": lambda n: "۱" * n,
    "latin_digits": lambda n: "1" * n,
    "arabic_digits": lambda n: "١" * n,
    "digit_separators": lambda n: "1." * (n // 2),
    "digit_groups": lambda n: "1,000" * (n // 5),
    "latin_letters": lambda n: "a" * n,
    "latin_digits_words": lambda n: "abc1" * (n // 4),
    "urls": lambda n: "www.a1.ir/" * (n // 10),
    "mixed_direction": lambda n: "سلام hello 123 ۴۵۶ \u200e" * (n // 20),
    "one_long_word": lambda n: "ب" * n,
    "mi_prefixes": lambda n: "می " * (n // 3),
    "suffixes": lambda n: "ها " * (n // 3),
    "fragments": lambda n: "ا ب " * (n // 4),
    "split_candidates": lambda n: "امو ر " * (n // 6),
    "tatweel": lambda n: "ـ" * n,
    "diacritics": lambda n: "\u064e" * n,
    "presentation_forms": lambda n: "ﻣ" * n,
    "controls": lambda n: "\u200e\u200f\u00ad\ufeff" * (n // 4),
}

SIZES = {
    # the sizes the issue names
    "zwnj_run": 100_000, "spaces": 1_000_000, "dots": 100_000, "unbalanced_open_guillemet": 1_000_000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_finishes(name: str) -> None:
    n = SIZES.get(name, 500_000)
    elapsed = timed(PATHOLOGICAL[name], n)
    assert elapsed < BOUND, f"{name} (about {n} chars) took {elapsed:.1f} s (limit {BOUND} s)"


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_input_scales_linearly(name: str) -> None:
    t1, t4 = scaling(PATHOLOGICAL[name], 100_000)
    assert t4 <= SCALING * max(t1, FLOOR), f"{name}: 100 K chars {t1:.2f} s, 400 K chars {t4:.2f} s"


def test_pathological_offsets_are_linear() -> None:
    """normalize_with_map on the worst shapes for offset bookkeeping (many small edits)."""
    for name in ("zwnj_run", "spaces_between_words", "dots_spaced", "marks", "controls", "suffixes"):
        elapsed = timed(PATHOLOGICAL[name], 100_000, with_map=True)
        assert elapsed < BOUND, f"{name}: {elapsed:.1f} s"

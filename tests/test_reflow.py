"""PDF reflow: hard-wrapped lines joined, paragraphs and headlines kept, clean text untouched."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from casefiles import unescape
from farsi_press import Normalizer, normalize
from farsi_press.normalize import reflow as rf

DATA = Path(__file__).parent / "data" / "reflow"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _cases() -> list[tuple[str, str, str]]:
    cases, mode = [], "auto"
    for line in (DATA / "cases.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("# mode:"):
            mode = line.split(":", 1)[1].strip()
        elif line.strip() and not line.startswith("#"):
            raw, expected = line.split("\t")
            cases.append((mode, unescape(raw), unescape(expected)))
    return cases


@pytest.mark.parametrize("mode,raw,expected", _cases())
def test_cases(mode: str, raw: str, expected: str) -> None:
    n = Normalizer(reflow=mode)
    assert n.normalize(raw) == Normalizer(reflow="never").normalize(expected)


def _wrap(text: str, width: int, blank_every_line: bool) -> str:
    """Hard-wrap each paragraph greedily at `width` characters, as PDF extraction leaves it."""
    out = []
    for para in text.split("\n\n"):
        lines, cur = [], ""
        for word in para.split():
            if cur and len(cur) + 1 + len(word) > width:
                lines.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur else word
        lines.append(cur)
        out.append(("\n\n" if blank_every_line else "\n").join(lines))
    return "\n\n".join(out)


ARTICLES = json.loads((DATA / "articles.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("width", [60, 70, 80, 90])
@pytest.mark.parametrize("blank_every_line", [True, False])
@pytest.mark.parametrize("article", range(len(ARTICLES)))
def test_wrapped_corpus_articles_are_restored(article: int, width: int, blank_every_line: bool) -> None:
    text = ARTICLES[article]["text"]
    wrapped = _wrap(text, width, blank_every_line)
    assert wrapped.count("\n") > text.count("\n")
    assert normalize(wrapped) == normalize(text)
    # the reflow is idempotent (checked without the ZWNJ and split-word steps, which own theirs)
    layout_only = Normalizer(zwnj=False, split_words=False)
    out = layout_only.normalize(wrapped)
    assert layout_only.normalize(out) == out


@pytest.mark.parametrize("article", range(len(ARTICLES)))
def test_clean_articles_are_left_alone(article: int) -> None:
    text = ARTICLES[article]["text"]
    assert normalize(text) == Normalizer(reflow="never").normalize(text)


def test_headline_kept_and_wrapped_headline_joined() -> None:
    body = _wrap(ARTICLES[0]["text"].split("\n\n", 1)[1], 70, True)
    title = "ظرفیت جوانان را باید در توسعه استان اردبیل جدی گرفت"
    assert normalize(f"{title}\n\n{body}").split("\n")[0] == normalize(title)
    long_title = "برگزاری مجمع عمومی روابط عمومی های ادارات شهرستان ملارد با حضور مدیر کل روابط عمومی"
    first, second = long_title[:70].rsplit(" ", 1)[0], long_title[len(long_title[:70].rsplit(" ", 1)[0]) + 1:]
    out = normalize(f"{first}\n\n{second}\n\n{body}")
    assert out.split("\n")[0] == normalize(long_title)


def test_offsets_of_a_joined_break_point_at_the_break() -> None:
    raw = "برای ارتقا ماموریت\n\nهای محوله دانست."
    out, m = Normalizer(zwnj=False, ezafe=False).normalize_with_map(raw)
    assert out == "برای ارتقا ماموریت های محوله دانست."
    i = out.index(" های")
    assert m.to_input(i, i + 1) == (raw.index("\n"), raw.index("های"))
    assert raw[slice(*m.to_input(out.index("محوله"), out.index("محوله") + 5))] == "محوله"


def test_explain_names_the_reflow() -> None:
    _, edits = Normalizer().explain("برای ارتقا ماموریت\n\nهای محوله دانست.")
    assert any(e.kind == "reflow" and e.before == "\n\n" and e.after == " " for e in edits)


def test_width_estimate_ignores_overlong_lines() -> None:
    assert rf.estimate_width(np.array([78, 80, 75, 79, 30, 240, 77, 80, 79, 76])) == 80


def test_detector_on_wrapped_and_clean() -> None:
    text = ARTICLES[1]["text"]
    f_wrapped = rf.analyze_breaks(_wrap(text, 75, True))
    f_clean = rf.analyze_breaks(text)
    assert f_wrapped is not None and rf.is_wrapped(f_wrapped)
    assert f_clean is not None and not rf.is_wrapped(f_clean)
    assert rf.analyze_breaks("یک خط بدون شکست") is None


@pytest.mark.parametrize("text", ["", "\n", "\n\n\n", " \n \n ", "سلام\n", "\nسلام", "«\n\n»", ".\n.\n."])
def test_odd_inputs(text: str) -> None:
    for mode in ("auto", "always", "never"):
        out = Normalizer(reflow=mode).normalize(text)
        assert Normalizer(reflow=mode).normalize(out) == out


def test_linear_time_on_large_inputs() -> None:
    line = "مدیر کل روابط عمومی استانداری تهران نیز در ادامه بهره گیری از علم روز دنیا"
    big = "\n\n".join([line] * 40_000)  # about 3 MB of wrapped-looking lines
    t = time.perf_counter()
    f = rf.analyze_breaks(big)
    assert f is not None and rf.decide(f, "auto").size == 40_000 - 1
    assert time.perf_counter() - t < 20
    t = time.perf_counter()
    rf.reflow("\n" * 1_000_000 + "سلام" + " \n" * 500_000, Normalizer().options, True)
    assert time.perf_counter() - t < 10


@pytest.mark.skipif(not (SHARED / "data" / "dev-wrapped").is_dir(), reason="../shared (dev-wrapped articles) not present")
def test_dev_wrapped_paragraph_breaks() -> None:
    import subprocess
    import sys
    root = Path(__file__).resolve().parents[1]
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), "reflow", "--gold", str(SHARED / "data" / "dev"),
           "--wrapped", str(SHARED / "data" / "dev-wrapped"), "--json"]
    env = {"PYTHONPATH": str(root / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True, timeout=600)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["breaks"]["f1"] >= 0.97
    assert report["documents_exact"] >= 0.8

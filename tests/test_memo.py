"""The per-word memos are bounded (`farsi_press.memo`) and only ever a shortcut: a process whose
memos are emptied every few words analyzes exactly as one whose memos hold everything."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import farsi_press
from farsi_press import memo
from farsi_press.entities import _CUE_NAMES, _GLUED_CUES, _NAMEISH, _WORD_INFO
from farsi_press.lexicons import WORD_KEYS

ROOT = Path(__file__).resolve().parent.parent
_MEMOS = (_WORD_INFO, _CUE_NAMES, _GLUED_CUES, _NAMEISH, WORD_KEYS)


def _texts() -> list[str]:
    texts = [(ROOT / "examples" / "malard.txt").read_text(encoding="utf-8")]
    with open(ROOT / "examples" / "articles.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def test_remember_empties_a_full_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "MEMO_LIMIT", 3)
    m: dict[str, int] = {}
    for i, w in enumerate(["الف", "ب", "پ"]):
        assert memo.remember(m, w, i) == i
    assert m == {"الف": 0, "ب": 1, "پ": 2}
    memo.remember(m, "ت", 3)
    assert m == {"ت": 3}


def test_tiny_memos_change_no_analysis(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    assert len(texts) >= 5
    for m in _MEMOS:
        m.clear()
    full = [farsi_press.analyze(t).to_dict() for t in texts]
    assert any(d["officials"] for d in full) and any(d["quotes"] for d in full)
    monkeypatch.setattr(memo, "MEMO_LIMIT", 7)
    for m in _MEMOS:
        m.clear()
    tiny = [farsi_press.analyze(t).to_dict() for t in texts]
    assert all(len(m) <= 7 for m in _MEMOS)
    assert tiny == full


def test_memos_stay_bounded_on_new_words() -> None:
    # words no text repeats (as in an endless stream of names and typos) never grow a memo past the limit
    letters = "ابپتجچحخدرزسشصطعفقکگلمنوهی"
    words = [a + b + c + d for a in letters for b in letters for c in letters[:20] for d in "رنم"]
    assert len(words) > memo.MEMO_LIMIT
    step = 4000
    for i in range(0, len(words), step):
        farsi_press.analyze("علی " + " ".join(words[i:i + step]) + " گفت: کار انجام شد.")
    assert all(len(m) <= memo.MEMO_LIMIT for m in _MEMOS)

"""Bounded memos of per-word answers.

The stages remember what they computed for a word (its lexicon key, its entity record, whether
it is a glued word or a fragment) in plain dicts and sets, the cheapest lookups Python has. Each
memo holds at most `MEMO_LIMIT` entries and starts afresh when full, so a process that reads an
endless stream of new words keeps its memory bounded.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LRU_LIMIT", "MEMO_LIMIT", "PHRASE_LRU_LIMIT", "TOKEN_SET_LIMIT", "remember"]

#: Entries a memo of per-word answers holds before it starts afresh (`remember`). News text
#: repeats a few thousand words (Zipf), so a memo this size answers nearly every lookup, and an
#: endless stream of new words (names, typos, numbers) leaves each process's memory bounded. On a
#: 100 MB stream whose rare words never repeat (`benchmarks/bench_analyze.py`), `farsi-press
#: analyze --processes 2` peaked at 598 MB (RSS of the tree) with memos of up to 500 000 entries,
#: 299–303 MB with the limits here; smaller limits cost speed (1 << 13: ~10% of the analysis).
MEMO_LIMIT = 1 << 14


def remember(memo: dict[Any, Any], key: Any, value: Any) -> Any:
    """Store `value` under `key` in a memo of pure answers, emptied first when it is full; returns
    `value`. (Emptied, not frozen: the words of the text now being read fill it again.)"""
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


#: Tokens the normalizer's sets of judged tokens hold (`splits._JUDGED`, `zwnj._CHECKED`): an
#: entry is one token, a fraction of a dict memo's entry, and a token judged again costs a call
#: in Python (a third of the normalizer's time went when these sets held 16 384).
TOKEN_SET_LIMIT = MEMO_LIMIT << 1

#: Entries of the normalizer's `functools.lru_cache` memos keyed by words and pairs (a pair's join
#: score, a word's glued form, a stem's frequency): an entry costs several times a dict memo's (the
#: cache's links, the argument tuple, the answer), and on new text most are asked once; at 2 048 a
#: second pass over the corpus asks ~3 200 more of them (3–5% of the normalizer's time), so they keep
#: 8 192.
LRU_LIMIT = MEMO_LIMIT >> 1

#: Entries of the analysis stages' `functools.lru_cache` memos keyed by phrases and pairs (a phrase's
#: key, two offices compared, a place's length): 2 048 instead of 8 192 add ~1 200 calls over the
#: Fars corpus (of ~90 000) and keep ~8 MB less in the CLI's two processes on a stream of new words
#: (session 14).
PHRASE_LRU_LIMIT = MEMO_LIMIT >> 3

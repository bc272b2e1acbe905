"""Bounded memos of per-word answers.

The stages remember what they computed for a word (its lexicon key, its entity record, whether
it is a glued word or a fragment) in plain dicts and sets, the cheapest lookups Python has. Each
memo holds at most `MEMO_LIMIT` entries and starts afresh when full, so a process that reads an
endless stream of new words keeps its memory bounded.
"""

from __future__ import annotations

from typing import Any

__all__ = ["LRU_LIMIT", "MEMO_LIMIT", "remember"]

#: Entries a memo of per-word answers holds before it starts afresh (`remember`). News text
#: repeats a few thousand words (Zipf), so a memo this size answers nearly every lookup, and an
#: endless stream of new words (names, typos, numbers) leaves each process's memory bounded. On a
#: 100 MB stream whose rare words never repeat, `farsi-press analyze --processes 2` peaked at
#: 598 MB (RSS of the tree) with memos of 500 000 entries, 317 MB at 1 << 15 and 291 MB at
#: 1 << 14, which analyzes the corpus as fast; 1 << 13 was ~10% slower.
MEMO_LIMIT = 1 << 14


def remember(memo: dict[Any, Any], key: Any, value: Any) -> Any:
    """Store `value` under `key` in a memo of pure answers, emptied first when it is full; returns
    `value`. (Emptied, not frozen: the words of the text now being read fill it again.)"""
    if len(memo) >= MEMO_LIMIT:
        memo.clear()
    memo[key] = value
    return value


#: Entries of the normalizer's `functools.lru_cache` memos of word tests (a word's glued form, a
#: pair's join score): an entry costs several times a dict memo's (the cache's links, the argument
#: tuple, the answer), and on new text most of these answers are asked once.
LRU_LIMIT = MEMO_LIMIT >> 2

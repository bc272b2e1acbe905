"""Split-word repair: `امو ر` -> `امور` when the join is a known word and the parts are not."""

from __future__ import annotations


def repair(text, options, track):
    """Placeholder until the lexicon-backed version lands."""
    return text, None, []

"""Quotes and speakers (placeholder: finds nothing yet)."""

from __future__ import annotations

from typing import Sequence

from farsi_press.document import Entity, Official, Quote, Span


def find_quotes(text: str, sentences: Sequence[Span], entities: Sequence[Entity],
                officials: Sequence[Official]) -> list[Quote]:
    """Direct and indirect statements with cue, speaker mention and resolved speaker."""
    return []

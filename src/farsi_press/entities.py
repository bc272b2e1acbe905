"""Entity recognition: PERSON, TITLE, ORG, LOC (placeholder: finds nothing yet)."""

from __future__ import annotations

from typing import Sequence

from farsi_press.document import Entity, Span


def find_entities(text: str, sentences: Sequence[Span]) -> list[Entity]:
    """Entities of normalized text, offsets into text, sorted by (start, -end)."""
    return []

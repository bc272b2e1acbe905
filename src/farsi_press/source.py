"""The reporting source after `به گزارش` (placeholder)."""

from __future__ import annotations

from typing import Sequence

from farsi_press.document import Entity, Source


def find_source(text: str, entities: Sequence[Entity]) -> Source | None:
    """The agency or office that reports the article, or None."""
    return None

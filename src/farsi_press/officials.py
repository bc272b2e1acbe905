"""Officials: who holds which office (placeholder: no linking yet)."""

from __future__ import annotations

from typing import Sequence

from farsi_press.document import Entity, Official, Span


def link_officials(text: str, sentences: Sequence[Span], entities: Sequence[Entity]) -> tuple[list[Entity], list[Official]]:
    """Group PERSON/TITLE mentions into office holders; returns entities with `official` set."""
    return list(entities), []

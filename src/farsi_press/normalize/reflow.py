"""PDF reflow: join lines hard-wrapped inside a sentence, keep real paragraph breaks."""

from __future__ import annotations


def reflow(text, options, track):
    """Placeholder until the detector lands."""
    return text, None, []

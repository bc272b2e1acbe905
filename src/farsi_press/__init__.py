"""farsi_press: read Persian (Farsi) news the way an analyst does.

>>> import farsi_press as fp
>>> fp.normalize("این کار انجام می شود")
'این کار انجام می\u200cشود'
"""

from __future__ import annotations

from farsi_press.document import Document, Entity, Official, Quote, Source, Span, Speaker
from farsi_press.normalize import Edit, Normalizer, NormalizerOptions, OffsetMap, normalize
from farsi_press.render import render  # light; imported here so the module cannot shadow the function

__version__ = "0.1.0"

__all__ = [
    "Document", "Edit", "Entity", "Normalizer", "NormalizerOptions", "OffsetMap", "Official",
    "Pipeline", "Quote", "Source", "Span", "Speaker", "analyze", "normalize", "render",
    "sentences", "to_frames",
]


def __getattr__(name: str):
    # Later stages load on first use so that `import farsi_press; normalize(...)` stays fast.
    if name == "sentences":
        from farsi_press.sentence_split import sentences
        return sentences
    if name in ("analyze", "Pipeline"):
        from farsi_press import pipeline
        return getattr(pipeline, name)
    if name == "to_frames":
        from farsi_press.frames import to_frames
        return to_frames
    raise AttributeError(f"module 'farsi_press' has no attribute {name!r}")

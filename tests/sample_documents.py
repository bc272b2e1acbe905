"""A hand-analyzed Document for tests that check the API, HTML and tables, not the stages.

`sample_document()` builds it from tests/data/sample_document.json: every string is located in
the text (nested entities inside their parent, the first occurrence otherwise).
"""

from __future__ import annotations

import json
from pathlib import Path

from farsi_press.document import Document, Entity, Official, Quote, Source, Span, Speaker

DATA = Path(__file__).resolve().parent / "data"


def _find(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.find(needle, start)
    if i < 0:
        raise ValueError(f"{needle!r} not in the sample text")
    return i, i + len(needle)


def sample_document() -> Document:
    case = json.loads((DATA / "sample_document.json").read_text(encoding="utf-8"))
    text = case["text"]
    sentences, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            sentences.append(Span(pos, pos + len(line), pos, pos + len(line)))
        pos += len(line) + 1
    entities = []
    for surface, label, official in case["entities"]:
        a, b = _find(text, surface)
        entities.append(Entity(a, b, surface, label, official, a, b))
    entities.sort(key=lambda e: (e.start, -e.end))
    officials = []
    for i, o in enumerate(case["officials"]):
        mentions = tuple(_find(text, m, text.find("\n\n") if m == "وی" else 0) for m in o["mentions"])
        officials.append(Official(i, o["name"], tuple(o["titles"]), tuple(sorted(mentions))))
    quotes = []
    for q in case["quotes"]:
        a, b = _find(text, q["text"])
        sa, sb = _find(text, q["speaker"], text.rfind("\n", 0, a))
        quotes.append(Quote(a, b, q["text"], q["kind"], q["cue"], Speaker(q["speaker"], sa, sb, sa, sb),
                            q["official"], officials[q["official"]].name, officials[q["official"]].titles[0],
                            a, b))
    sa, sb = _find(text, case["source"])
    source = Source(case["source"], sa, sb, None, None, sa, sb)
    return Document(text, text, tuple(sentences), tuple(entities), tuple(officials), tuple(quotes),
                    source, case["id"])

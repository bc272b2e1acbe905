"""Write analysis predictions (JSONL) for gold articles, stage by stage, for `score.py analysis`.

Usage: python scripts/predict_dev.py [GOLD_DIR] [OUT.jsonl]
(defaults: ../shared/data/dev and /tmp/farsi_press_dev_pred.jsonl)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from farsi_press import Normalizer
from farsi_press.entities import find_entities
from farsi_press.officials import link_officials
from farsi_press.quotes import find_quotes
from farsi_press.sentence_split import sentences
from farsi_press.source import find_source


def _cached(doc_id: str) -> str | None:
    """Normalized text saved by an earlier run (FARSI_PRESS_NORM_CACHE), so that a normalizer
    being edited does not move the figures of the later stages."""
    import os
    path = os.environ.get("FARSI_PRESS_NORM_CACHE")
    if not path:
        return None
    return json.loads(Path(path).read_text(encoding="utf-8")).get(doc_id)


def predict(doc_id: str, raw: str, normalizer: Normalizer) -> dict:
    text = _cached(doc_id) or normalizer.normalize_with_map(raw)[0]
    sents = sentences(text)
    ents = find_entities(text, sents)
    ents, offs = link_officials(text, sents, ents)
    src = find_source(text, ents)
    try:
        quotes = [q.to_dict() for q in find_quotes(text, sents, ents, offs)]
    except Exception as exc:  # the quotes stage is someone else's and may be mid-edit
        print(f"{doc_id}: quotes failed: {exc!r}", file=sys.stderr)
        quotes = []
    return {"id": doc_id,
            "entities": [{"text": e.text, "label": e.label, "start": e.start, "end": e.end,
                          "official": e.official} for e in ents],
            "officials": [o.to_dict() for o in offs],
            "quotes": quotes,
            "source": src.to_dict() if src else None}


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parents[1]
    gold = Path(argv[0]) if argv else root / ".." / "shared" / "data" / "dev"
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/farsi_press_dev_pred.jsonl")
    normalizer = Normalizer()
    with out.open("w", encoding="utf-8") as fh:
        for f in sorted(gold.glob("*.json")):
            doc = json.loads(f.read_text(encoding="utf-8"))
            fh.write(json.dumps(predict(doc["id"], doc["text"], normalizer), ensure_ascii=False) + "\n")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

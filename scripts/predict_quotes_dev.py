"""Write analysis JSONL for gold articles, for `score.py analysis` (until `farsi-press analyze`).

Each article's text is normalized with `farsi_press.Normalizer` and run through the stages
(sentences → entities → officials → source → quotes), then written as `Document.to_dict()`.

    PYTHONPATH=src .venv/bin/python scripts/predict_quotes_dev.py ../shared/data/dev /tmp/pred.jsonl
    python ../shared/eval/score.py analysis --gold ../shared/data/dev --pred /tmp/pred.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from farsi_press import Normalizer
from farsi_press.document import Document
from farsi_press.entities import find_entities
from farsi_press.officials import link_officials
from farsi_press.quotes import find_quotes
from farsi_press.sentence_split import sentences
from farsi_press.source import find_source


def analyze(normalizer: Normalizer, raw: str, doc_id: str) -> Document:
    text = normalizer.normalize(raw)
    sents = sentences(text)
    entities = find_entities(text, sents)
    entities, officials = link_officials(text, sents, entities)
    source = find_source(text, entities)
    quotes = find_quotes(text, sents, entities, officials)
    return Document(text=text, original=raw, sentences=tuple(sents), entities=tuple(entities),
                    officials=tuple(officials), quotes=tuple(quotes), source=source, id=doc_id)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="folder of gold .json articles")
    ap.add_argument("out", help="JSONL to write")
    ap.add_argument("--show", action="store_true", help="print each article's quotes")
    args = ap.parse_args(argv)
    normalizer = Normalizer()
    t0 = time.perf_counter()
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for f in sorted(Path(args.gold).glob("*.json")):
            gold = json.loads(f.read_text(encoding="utf-8"))
            doc = analyze(normalizer, gold["text"], gold["id"])
            out.write(doc.to_json() + "\n")
            n += 1
            if args.show:
                print("=====", gold["id"])
                for q in doc.quotes:
                    sp = q.speaker.text if q.speaker else None
                    print(f"  {q.kind:8} {q.cue!r:22} {sp!r} → {q.speaker_name!r} / {q.speaker_title!r}"
                          f" | {q.text[:70]}")
    print(f"{n} articles in {time.perf_counter() - t0:.2f} s → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""PDF reflow on unseen text: hard-wrap raw corpus articles, normalize, score the paragraph breaks.

The dev-wrapped set has 16 articles; this check makes PDF-like copies of every article of the
Fars corpus (../shared/data/corpus/fars-2008-2011.jsonl) and scores them the way
`score.py reflow` does (paragraph ends aligned word by word with the original):

- `blank`: greedy wrap at 60-105 characters, a blank line after every line;
- `single`: wrapped lines end in a newline, paragraphs in a blank line;
- `mixed`: single newlines with a blank line at random inside paragraphs (one in five);
- `proportional`: wrapped by a random glyph width per letter (a proportional font), blank lines;
- `clean`: the article as it is (nothing may change).

Half of the copies also lose their ZWNJs to spaces, as PDF extraction often does. The reference
is the article normalized with `reflow="never"` (a baseline's shim ignores the option). Like
score.py it imports `farsi_press` (so `scripts/evaluate.py` can point it at a baseline's shim) and
prints one JSON line with `--json`.

    python scripts/reflow_synthetic.py --shared ../shared [--limit 500] [--json]
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from pathlib import Path

STYLES = ("clean", "blank", "single", "mixed", "proportional")


def _greedy(words: list[str], width: float, measure) -> list[str]:
    lines, cur, used = [], [], 0.0
    for w in words:
        size = measure(w)
        if cur and used + measure(" ") + size > width:
            lines.append(" ".join(cur))
            cur, used = [w], size
        else:
            used += (measure(" ") if cur else 0.0) + size
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


def wrap(text: str, style: str, rng: random.Random) -> str:
    """A PDF-like copy of text (paragraphs separated by newlines) in the given style."""
    if style == "clean":
        return text
    width = rng.randint(60, 105)
    glyph: dict[str, float] = {}
    measure = len
    if style == "proportional":
        def measure(w: str) -> float:  # noqa: E306
            return sum(glyph.setdefault(c, rng.uniform(0.6, 1.4)) for c in w)
    if rng.random() < 0.5:
        text = text.replace("\u200c", " ")
    out = []
    for para in (p.strip() for p in text.split("\n")):
        if not para:
            continue
        lines = _greedy(para.split(), width, measure)
        if style in ("blank", "proportional"):
            out.append("\n\n".join(lines))
        elif style == "single":
            out.append("\n".join(lines))
        else:
            s = lines[0]
            for ln in lines[1:]:
                s += ("\n\n" if rng.random() < 0.2 else "\n") + ln
            out.append(s)
    return "\n\n".join(out)


def paragraph_ends(text: str, words) -> tuple[list[str], set[int]]:
    ws, ends = [], set()
    for para in text.split("\n"):
        w = words(para)
        if w:
            ws += w
            ends.add(len(ws) - 1)
    return ws, ends


def compare(gold_text: str, pred_text: str, words) -> tuple[set[int], set[int]]:
    gw, gold = paragraph_ends(gold_text, words)
    pw, pred_raw = paragraph_ends(pred_text, words)
    sm = difflib.SequenceMatcher(None, gw, pw, autojunk=False)
    to_gold = {}
    for a, b, n in sm.get_matching_blocks():
        for i in range(n):
            to_gold[b + i] = a + i
    return gold, {to_gold[i] for i in pred_raw if i in to_gold}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print one JSON line")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    sys.path.insert(0, str(shared / "eval"))
    import score  # the scorer's canonical words: letter variants, ZWNJ and spacing ignored

    import farsi_press
    corpus = shared / "data" / "corpus" / "fars-2008-2011.jsonl"
    with corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    texts = texts[: args.limit or None]
    rng = random.Random(args.seed)
    report: dict = {"documents": len(texts)}
    for style in STYLES:
        tp = n_gold = n_pred = exact = 0
        for text in texts:
            # the reference: the article with one paragraph a line, normalized without reflow
            # (so that a word the normalizer splits or joins does not count as a paragraph miss)
            ref = "\n".join(p.strip() for p in text.split("\n") if p.strip())
            want = farsi_press.normalize(ref, reflow="never")
            gold, pred = compare(want, farsi_press.normalize(wrap(ref, style, rng)), score.words)
            tp += len(gold & pred)
            n_gold += len(gold)
            n_pred += len(pred)
            exact += gold == pred
        report[style] = {"breaks": score.prf(tp, n_pred, n_gold),
                         "documents_exact": round(exact / len(texts), 4) if texts else 0.0}
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        for k, v in report.items():
            print(f"{k}: {json.dumps(v, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

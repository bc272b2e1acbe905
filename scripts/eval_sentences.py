#!/usr/bin/env python3
"""Score farsi_press.sentences next to hazm and parsivar with the project scorer.

Each splitter is run through `score.py sentences` itself (the scorer imports `farsi_press` and
calls `farsi_press.sentences`; for the baselines a stand-in module with that one function is put
in its place for the call), so the three columns are scored by exactly the same code.

    PYTHONPATH=src .venv/bin/python scripts/eval_sentences.py \
        ../shared/data/zwnj/ud-seraji.txt ../shared/data/zwnj/ud-perdt-dev.txt --group 5
    PYTHONPATH=src .venv/bin/python scripts/eval_sentences.py --throughput \
        ../shared/data/corpus/fars-2008-2011.jsonl

Files are UTF-8, one sentence a line (the UD files under shared/data/zwnj/ are).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import time
import types
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
sys.path.insert(0, str(ROOT / "src"))

from farsi_press.document import Span  # noqa: E402


def _align(text: str, pieces: list[str]) -> list[Span]:
    """Spans of `pieces` in `text`, matched by their non-space characters in order (the
    baselines return strings, and parsivar adds spaces before punctuation)."""
    spans, pos = [], 0
    for piece in pieces:
        chars = [ch for ch in piece if not ch.isspace()]
        if not chars:
            continue
        while pos < len(text) and text[pos].isspace():
            pos += 1
        start, k = pos, 0
        while pos < len(text) and k < len(chars):
            if text[pos].isspace():
                pos += 1
                continue
            if text[pos] != chars[k]:
                raise ValueError(f"cannot align sentence {piece[:40]!r} at offset {pos}")
            pos += 1
            k += 1
        spans.append(Span(start, pos, start, pos))
    return spans


def splitters() -> dict[str, Callable[[str], list[Span]]]:
    from hazm import SentenceTokenizer
    from parsivar import Tokenizer

    from farsi_press.sentence_split import _abbreviations, _words, sentences

    _abbreviations(), _words()  # load the data tables while the real package is importable
    hazm_tok, parsivar_tok = SentenceTokenizer(), Tokenizer()
    return {
        "farsi_press": sentences,
        "hazm": lambda t: _align(t, hazm_tok.tokenize(t)),
        "parsivar": lambda t: _align(t, parsivar_tok.tokenize_sentences(t)),
    }


def score_with(fn: Callable[[str], list[Span]], path: str, group: int, details: bool) -> tuple[dict, str]:
    """Run score.py's `sentences` check with `fn` standing in for farsi_press.sentences."""
    sys.path.insert(0, str(SHARED / "eval"))
    import score

    real = sys.modules.get("farsi_press")
    sys.modules["farsi_press"] = types.SimpleNamespace(sentences=fn)  # type: ignore[assignment]
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            score.main(["sentences", "--text", path, "--group", str(group), "--json"]
                       + (["--details"] if details else []))
    finally:
        if real is not None:
            sys.modules["farsi_press"] = real
        else:
            sys.modules.pop("farsi_press", None)
    lines = out.getvalue().splitlines()
    return json.loads(lines[-1]), "\n".join(lines[:-1])


def throughput(corpus: str, limit: int) -> None:
    from farsi_press import normalize
    from farsi_press.sentence_split import sentences

    docs = [json.loads(ln)["text"] for ln in open(corpus, encoding="utf-8") if ln.strip()]
    if limit:
        docs = docs[:limit]
    texts = [normalize(t) for t in docs]
    chars = sum(len(t) for t in texts)
    best = float("inf")
    n = 0
    for _ in range(3):
        t0 = time.perf_counter()
        n = sum(len(sentences(t)) for t in texts)
        best = min(best, time.perf_counter() - t0)
    print(f"{len(texts)} documents, {chars} chars, {n} sentences: "
          f"{best:.3f} s, {chars / best:,.0f} chars/s (best of 3, normalized text)")
    # one 10 MB document, with its paragraphs kept and with every line break made a space
    joined = "\n\n".join(texts)
    big = (joined * (10_000_000 // len(joined) + 1))[:10_000_000]
    for label, doc in (("10 MB document", big), ("10 MB single line", big.replace("\n", " "))):
        t0 = time.perf_counter()
        n = len(sentences(doc))
        dt = time.perf_counter() - t0
        print(f"{label}: {n} sentences in {dt:.2f} s, {len(doc) / dt:,.0f} chars/s")


def golden(path: str) -> None:
    """Cases of the golden-rules file that each splitter gets exactly right."""
    cases = []
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            rule, _source, text, expected = line.rstrip("\n").split("\t")
            unescape = (lambda s: s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t"))
            cases.append((rule, unescape(text), [unescape(x) for x in expected.split(" ‖ ")] if expected else []))
    for name, fn in splitters().items():
        ok = sum(1 for _, text, want in cases if [text[s.start:s.end] for s in fn(text)] == want)
        print(f"golden rules {name:<12} {ok}/{len(cases)} cases exactly right")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+", help="one-sentence-a-line files, or a corpus JSONL with --throughput")
    ap.add_argument("--group", type=int, default=5, help="sentences joined into one paragraph")
    ap.add_argument("--details", action="store_true", help="list farsi_press's misses")
    ap.add_argument("--throughput", action="store_true", help="time farsi_press.sentences on a JSONL corpus")
    ap.add_argument("--limit", type=int, default=0, help="with --throughput: first N documents")
    ap.add_argument("--golden", action="store_true", help="files are golden-rules TSVs: count exact cases")
    args = ap.parse_args(argv)
    if args.golden:
        for path in args.files:
            golden(path)
        return 0
    if args.throughput:
        for path in args.files:
            throughput(path, args.limit)
        return 0
    fns = splitters()
    print(f"{'file':<22} {'splitter':<12} {'P':>7} {'R':>7} {'F1':>7} {'tp':>6} {'pred':>6} {'gold':>6}")
    for path in args.files:
        for name, fn in fns.items():
            report, misses = score_with(fn, path, args.group, args.details and name == "farsi_press")
            if misses:
                print(misses)
            b = report["boundaries"]
            print(f"{Path(path).name:<22} {name:<12} {b['precision']:>7.4f} {b['recall']:>7.4f} "
                  f"{b['f1']:>7.4f} {b['tp']:>6} {b['pred']:>6} {b['gold']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

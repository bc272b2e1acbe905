"""farsi_press in five minutes: normalize and analyze a Persian news text (`make run`).

    python examples/quickstart.py [FILE]

FILE defaults to examples/malard.txt, a short news text written for this example in the
unnormalized style of Persian news sites (Arabic ي, no ZWNJ in می شود).
"""

from __future__ import annotations

import sys
from pathlib import Path

import farsi_press as fp

HERE = Path(__file__).resolve().parent


def main(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")

    # 1. Normalize: letters, digits, punctuation, ZWNJ, split words, PDF line breaks.
    text, edits = fp.Normalizer().explain(raw)
    print(f"== normalized: {len(raw)} → {len(text)} characters, {len(edits)} edits; one of each kind:")
    first_of_kind = {}
    for edit in edits:
        first_of_kind.setdefault(edit.kind, edit)
    for edit in first_of_kind.values():
        print(f"  {edit.kind:22} {edit.before!r} → {edit.after!r}   (input {edit.input_start}–{edit.input_end})")
    print(text.split("\n\n")[1] if "\n\n" in text else text)

    # 2. Analyze: sentences, entities, officials, source, quotes — with offsets into both texts.
    doc = fp.analyze(raw, id=path.stem)
    print(f"\n== analysis of {doc.id}: {len(doc.sentences)} sentences, {len(doc.entities)} entities, "
          f"{len(doc.officials)} officials, {len(doc.quotes)} quotes")
    print("source:", doc.source.text if doc.source else None)
    for e in doc.entities:
        print(f"  {e.label:6} {e.text}   (input characters {e.original_start}–{e.original_end})")
    for o in doc.officials:
        print(f"  official {o.id}: {o.name or '(no name)'} — {'، '.join(o.titles) or '(no title)'}")
    for q in doc.quotes:
        who = q.speaker_name or q.speaker_title or (q.speaker.text if q.speaker else "?")
        print(f"  {q.kind:8} {who} ({q.cue}): «{q.text}»")

    # 3. The same as JSON (SPEC.md), and back.
    assert fp.Document.from_dict(doc.to_dict()) == doc
    print(f"\n== JSON: {len(doc.to_json())} characters; first sentence in the input: "
          f"{doc.original[doc.sentences[0].original_start:doc.sentences[0].original_end]!r}")

    # 4. Many texts at once, in order, on two processes.
    texts = [(p.read_text(encoding="utf-8"), p.stem) for p in sorted(HERE.glob("*.txt"))] * 4
    docs = list(fp.Pipeline().pipe(texts, n_process=2, batch_size=2))
    print(f"== pipe: {len(docs)} documents on 2 processes, quotes: {sum(len(d.quotes) for d in docs)}")

    # 5. HTML for notebooks and reports (right to left, standalone).
    html = fp.render(doc)
    print(f"== render: {len(html)} characters of HTML (in Jupyter, just display `doc`)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "malard.txt")

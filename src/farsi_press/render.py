"""HTML view of analyzed documents for notebooks and reports: right to left, standalone.

Entities are highlighted by label (nested ones inside each other), quotes are underlined with
their speaker written before them, and the officials and quotes follow as tables. The CSS is
inline and scoped to `.fp-*` classes; nothing is fetched from the network.

>>> import farsi_press as fp
>>> html = fp.render(fp.analyze("فرماندار ملارد گفت: کار انجام شد."))
>>> html.startswith("<div class=\\"fp-docs\\"") and 'dir="rtl"' in html
True
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import Iterable

from farsi_press.document import Document

__all__ = ["render", "STYLE"]

COLORS = {"PERSON": "#ffd8a8", "TITLE": "#e5dbff", "ORG": "#c5e4ff", "LOC": "#c3f0c8"}
LABEL_NAMES = {"PERSON": "شخص", "TITLE": "سمت", "ORG": "سازمان", "LOC": "مکان"}

STYLE = """
.fp-docs{font-family:Vazirmatn,"Noto Naskh Arabic","Noto Sans Arabic",Tahoma,"DejaVu Sans",sans-serif;
  direction:rtl;text-align:right;color:#1f2328;line-height:2.1;font-size:15px}
.fp-doc{border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;margin:0 0 16px 0;background:#fff}
.fp-head{font-size:13px;color:#57606a;border-bottom:1px solid #eaeef2;padding-bottom:6px;margin-bottom:8px;line-height:1.6}
.fp-head b{color:#1f2328}
.fp-legend{font-size:12px;margin-bottom:6px;line-height:1.8}
.fp-legend span{padding:1px 6px;border-radius:4px;margin-left:6px;white-space:nowrap}
.fp-text{white-space:pre-wrap;unicode-bidi:plaintext}
.fp-e{padding:2px 3px;border-radius:4px;margin:0 1px;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.fp-e .fp-e{padding:1px 2px}
.fp-l{font-size:9px;font-weight:600;color:#57606a;margin-right:3px;vertical-align:super;font-family:"DejaVu Sans",Arial,sans-serif}
.fp-q{border-bottom:2px solid #cf222e;background:rgba(255,235,233,.45)}
.fp-q.fp-indirect{border-bottom:2px dashed #bf8700;background:rgba(255,248,197,.45)}
.fp-qs{font-size:11px;color:#fff;background:#cf222e;border-radius:3px;padding:0 5px;margin-left:3px;white-space:nowrap;line-height:1.5}
.fp-indirect .fp-qs,.fp-qs.fp-indirect{background:#9a6700}
.fp-sp{outline:1px dotted #cf222e;outline-offset:1px;border-radius:3px}
.fp-src{border-bottom:2px solid #0969da}
.fp-t{border-collapse:collapse;margin-top:10px;font-size:13px;line-height:1.6;width:100%}
.fp-t caption{text-align:right;font-weight:600;padding:4px 0;color:#1f2328}
.fp-t th,.fp-t td{border:1px solid #d0d7de;padding:3px 8px;vertical-align:top;text-align:right}
.fp-t th{background:#f6f8fa;font-weight:600}
.fp-none{color:#8c959f}
"""


def render(doc_or_docs: Document | Iterable[Document], *, page: bool = False) -> str:
    """HTML of one document or many: a fragment for Jupyter, or a whole page with `page=True`.

    >>> import farsi_press as fp
    >>> "<!DOCTYPE html>" in fp.render([], page=True)
    True
    """
    docs = [doc_or_docs] if isinstance(doc_or_docs, Document) else list(doc_or_docs)
    for d in docs:
        if not isinstance(d, Document):
            raise TypeError(f"render() needs Document objects, got {type(d).__name__}")
    body = "".join(_document(d) for d in docs) or '<div class="fp-none">no documents</div>'
    fragment = f'<div class="fp-docs" dir="rtl" lang="fa"><style>{STYLE}</style>{body}</div>'
    if not page:
        return fragment
    return ('<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>farsi_press</title></head><body style="margin:16px">{fragment}</body></html>\n')


def _document(doc: Document) -> str:
    names = {o.id: o.name or (o.titles[0] if o.titles else f"#{o.id}") for o in doc.officials}
    head = []
    if doc.id is not None:
        head.append(f"<b><bdi>{escape(str(doc.id))}</bdi></b>")
    if doc.source is not None:
        head.append(f"منبع: <b>{escape(doc.source.text)}</b>")
    head.append(f"<bdi>{len(doc.sentences)} جمله · {len(doc.entities)} موجودیت · "
                f"{len(doc.officials)} مقام · {len(doc.quotes)} نقل\u200cقول</bdi>")
    legend = "".join(f'<span style="background:{COLORS[k]}">{LABEL_NAMES[k]} {k}</span>' for k in COLORS)
    legend += ('<span class="fp-qs">نقل\u200cقول مستقیم</span>'
               '<span class="fp-qs fp-indirect">نقل\u200cقول غیرمستقیم</span>')
    return (f'<div class="fp-doc"><div class="fp-head">{" · ".join(head)}</div>'
            f'<div class="fp-legend">{legend}</div>'
            f'<div class="fp-text">{_marked_text(doc, names)}</div>'
            f"{_officials_table(doc)}{_quotes_table(doc, names)}</div>")


def _speaker_label(q, names: dict[int, str]) -> str:
    who = q.speaker_name or (names.get(q.official) if q.official is not None else None)
    if who and q.speaker_title and q.speaker_title != who:
        return f"{who}، {q.speaker_title}"
    return who or q.speaker_title or (q.speaker.text if q.speaker else "؟")


def _marked_text(doc: Document, names: dict[int, str]) -> str:
    """The text with nested marks: quotes outermost, then entities, speaker and source mentions."""
    text = doc.text
    n = len(text)
    # (start, end, rank, open tag, close tag); rank orders spans that start together (outer first)
    spans: list[tuple[int, int, int, str, str]] = []
    for i, q in enumerate(doc.quotes):
        label = escape(_speaker_label(q, names))
        badge = f'<span class="fp-qs">{i + 1}. {label} ({escape(q.cue)})</span>'
        spans.append((q.start, q.end, 0,
                      f'<span class="fp-q fp-{escape(q.kind)}" title="{label}">{badge}', "</span>"))
        if q.speaker is not None:
            spans.append((q.speaker.start, q.speaker.end, 3,
                          f'<span class="fp-sp" title="گوینده نقل\u200cقول {i + 1}">', "</span>"))
    if doc.source is not None:
        spans.append((doc.source.start, doc.source.end, 1, '<span class="fp-src" title="منبع خبر">', "</span>"))
    for e in doc.entities:
        color = COLORS.get(e.label, "#eaeef2")
        title = e.label if e.official is None else f"{e.label} · {names.get(e.official, e.official)}"
        spans.append((e.start, e.end, 2,
                      f'<mark class="fp-e" style="background:{color}" title="{escape(str(title))}">',
                      f'<span class="fp-l">{escape(e.label)}</span></mark>'))
    spans = [(max(0, a), min(n, b), r, o, c) for a, b, r, o, c in spans if 0 <= a < b and a < n]
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))

    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, close tag) of open spans
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, close = stack.pop()
            out.append(escape(text[pos:end]))
            out.append(close)
            pos = end

    for start, end, _, open_tag, close_tag in spans:
        close_until(start)
        if stack and end > stack[-1][0]:
            end = stack[-1][0]  # a span crossing its parent's end is cut there
            if end <= start:
                continue
        out.append(escape(text[pos:start]))
        pos = start
        out.append(open_tag)
        stack.append((end, close_tag))
    close_until(n)
    out.append(escape(text[pos:]))
    return "".join(out)


def _officials_table(doc: Document) -> str:
    if not doc.officials:
        return ""
    quoted = Counter(q.official for q in doc.quotes if q.official is not None)
    rows = "".join(
        f"<tr><td>{o.id}</td><td>{escape(o.name) if o.name else '<span class=fp-none>—</span>'}</td>"
        f"<td>{escape('، '.join(o.titles)) or '<span class=fp-none>—</span>'}</td>"
        f"<td>{len(o.mentions)}</td><td>{quoted.get(o.id, 0)}</td></tr>"
        for o in doc.officials)
    return ('<table class="fp-t"><caption>مقام\u200cها</caption><tr><th>#</th><th>نام</th><th>سمت</th>'
            f"<th>اشاره</th><th>نقل\u200cقول</th></tr>{rows}</table>")


def _quotes_table(doc: Document, names: dict[int, str]) -> str:
    if not doc.quotes:
        return ""
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{escape(_speaker_label(q, names))}</td>"
        f"<td>{'مستقیم' if q.kind == 'direct' else 'غیرمستقیم'}</td><td>{escape(q.cue)}</td>"
        f"<td>{escape(q.text)}</td></tr>"
        for i, q in enumerate(doc.quotes))
    return ('<table class="fp-t"><caption>نقل\u200cقول\u200cها</caption><tr><th>#</th><th>گوینده</th><th>نوع</th>'
            f"<th>فعل</th><th>متن</th></tr>{rows}</table>")

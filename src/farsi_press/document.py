"""Result records: frozen, picklable dataclasses with offsets, and the `Document` that holds them.

Every span carries `start`/`end` into the normalized text (`Document.text`) and
`original_start`/`original_end` into the caller's input (`Document.original`). Stages build their
records in normalized coordinates with original offsets of -1; `pipeline` fills them in through the
normalizer's offset map before the `Document` is made.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

LABELS = ("PERSON", "TITLE", "ORG", "LOC")
QUOTE_KINDS = ("direct", "indirect")


class _Record:
    """Base of the records: pickled as a call of the constructor with the field values, which
    loads about twice as fast as the generic state of a frozen slotted class (documents travel
    between processes in `Pipeline.pipe`)."""

    __slots__ = ()

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # a slotted dataclass's __slots__ are its fields, in order
        return type(self), tuple(map(self.__getattribute__, self.__slots__))


_R = TypeVar("_R", bound=type)


def _slot_init(cls: _R) -> _R:
    """A frozen slotted dataclass with an `__init__` that stores each field through its slot's
    descriptor: the signature and defaults of the one `dataclass` writes, which stores them
    through `object.__setattr__` (about twice as slow; the stages and `pipeline` make records by
    the hundred thousand over a corpus). Written, as `dataclass` writes its own, as source.

    >>> Span(3, 7).original_start, Span(start=1, end=2, original_end=5).original_end
    (-1, 5)
    """
    names = [f.name for f in fields(cls)]
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}"
                       for f in fields(cls))
    body = "".join(f"\n    _set_{n}(self, {n})" for n in names)
    namespace: dict[str, Any] = {f"_set_{n}": getattr(cls, n).__set__ for n in names}
    namespace.update({f"_default_{f.name}": f.default for f in fields(cls) if f.default is not MISSING})
    assert all(f.default_factory is MISSING for f in fields(cls))  # (plain defaults only)
    exec(f"def __init__(self, {params}) -> None:{body}", namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__annotations__ = {f.name: f.type for f in fields(cls)} | {"return": "None"}  # (for `inspect`)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


@_slot_init
@dataclass(frozen=True, slots=True)
class Span(_Record):
    """A stretch of text: a sentence, a token, a speaker mention."""

    start: int
    end: int
    original_start: int = -1
    original_end: int = -1


@_slot_init
@dataclass(frozen=True, slots=True)
class Entity(_Record):
    """A named mention: `PERSON`, `TITLE`, `ORG` or `LOC`. Entities may nest."""

    start: int
    end: int
    text: str
    label: str
    official: int | None = None
    original_start: int = -1
    original_end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label,
                "official": self.official,
                "original_start": self.original_start, "original_end": self.original_end}


@_slot_init
@dataclass(frozen=True, slots=True)
class Official(_Record):
    """One office holder: the name (None when the text never gives it), offices, every mention."""

    id: int
    name: str | None
    titles: tuple[str, ...] = ()
    mentions: tuple[tuple[int, int], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "titles": list(self.titles),
                "mentions": [list(m) for m in self.mentions]}


@_slot_init
@dataclass(frozen=True, slots=True)
class Speaker(_Record):
    """The words that name a quote's speaker where they stand (`وی`, `فرماندار ملارد`)."""

    text: str
    start: int
    end: int
    original_start: int = -1
    original_end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "original_start": self.original_start, "original_end": self.original_end}


@_slot_init
@dataclass(frozen=True, slots=True)
class Quote(_Record):
    """A statement attributed to a speaker: `direct` (quotation marks or `cue:`) or `indirect`."""

    start: int
    end: int
    text: str
    kind: str
    cue: str
    speaker: Speaker | None = None
    official: int | None = None
    speaker_name: str | None = None
    speaker_title: str | None = None
    original_start: int = -1
    original_end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                "cue": self.cue, "speaker": self.speaker.to_dict() if self.speaker else None,
                "official": self.official, "speaker_name": self.speaker_name,
                "speaker_title": self.speaker_title,
                "original_start": self.original_start, "original_end": self.original_end}


@_slot_init
@dataclass(frozen=True, slots=True)
class Source(_Record):
    """The reporting source after `به گزارش`: the agency or office, with desk and place apart."""

    text: str
    start: int
    end: int
    desk: str | None = None
    place: str | None = None
    original_start: int = -1
    original_end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "desk": self.desk,
                "place": self.place,
                "original_start": self.original_start, "original_end": self.original_end}


@_slot_init
@dataclass(frozen=True, slots=True)
class Document(_Record):
    """The analysis of one text. `text` is normalized, `original` is the input as given."""

    text: str
    original: str
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    officials: tuple[Official, ...] = ()
    quotes: tuple[Quote, ...] = ()
    source: Source | None = None
    id: Any = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of `SPEC.md` (plus `original` and original offsets)."""
        return {
            "id": self.id,
            "text": self.text,
            "original": self.original,
            "sentences": [{"start": s.start, "end": s.end, "original_start": s.original_start,
                           "original_end": s.original_end} for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "officials": [o.to_dict() for o in self.officials],
            "quotes": [q.to_dict() for q in self.quotes],
            "source": self.source.to_dict() if self.source else None,
        }

    def _repr_html_(self) -> str:
        """Jupyter's view: the right-to-left HTML of `farsi_press.render`."""
        from farsi_press.render import render

        return render(self)

    def to_json(self, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document from `to_dict()` output (round trip)."""
        def span(d: dict) -> Span:
            return Span(d["start"], d["end"], d.get("original_start", -1), d.get("original_end", -1))

        def speaker(d: dict | None) -> Speaker | None:
            return None if d is None else Speaker(d["text"], d["start"], d["end"],
                                                  d.get("original_start", -1), d.get("original_end", -1))

        src = data.get("source")
        return cls(
            text=data["text"],
            original=data.get("original", data["text"]),
            sentences=tuple(span(s) for s in data.get("sentences", [])),
            entities=tuple(Entity(e["start"], e["end"], e["text"], e["label"], e.get("official"),
                                  e.get("original_start", -1), e.get("original_end", -1))
                           for e in data.get("entities", [])),
            officials=tuple(Official(o["id"], o.get("name"), tuple(o.get("titles", [])),
                                     tuple(tuple(m) for m in o.get("mentions", [])))
                            for o in data.get("officials", [])),
            quotes=tuple(Quote(q["start"], q["end"], q["text"], q["kind"], q["cue"],
                               speaker(q.get("speaker")), q.get("official"), q.get("speaker_name"),
                               q.get("speaker_title"), q.get("original_start", -1),
                               q.get("original_end", -1))
                         for q in data.get("quotes", [])),
            source=None if src is None else Source(src["text"], src["start"], src["end"],
                                                   src.get("desk"), src.get("place"),
                                                   src.get("original_start", -1),
                                                   src.get("original_end", -1)),
            id=data.get("id"),
        )

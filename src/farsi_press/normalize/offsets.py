"""Offset bookkeeping for the normalizer: which input characters every output character came from.

An `OffsetMap` holds, for each output character `i`, the input span `[starts[i], ends[i])` it was
made from (an inserted character, such as a ZWNJ put between `می` and `شود`, has an empty span at
its insertion point). Both arrays are non-decreasing numpy int arrays, so a span maps back with two
lookups and an input span maps forward with `searchsorted`.

Steps rewrite text by a sorted list of non-overlapping replacements; `rewrite()` applies them and
returns the new text with the step's own map; `OffsetMap.then()` composes maps step after step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import numpy as np

# numpy is imported where it is used, on first use: `normalize()` of a short text (no map asked
# for) never needs it, and importing it is most of a cold start.
_INT = "int64"


def code_points(text: str) -> np.ndarray:
    """The text's code points as a uint32 array (lone surrogates included)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def from_code_points(codes: np.ndarray) -> str:
    """The inverse of `code_points`."""
    import numpy as np

    return codes.astype(np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


@dataclass(frozen=True, slots=True)
class Edit:
    """One change made by the normalizer, in input and output coordinates (like ftfy's explain)."""

    kind: str
    input_start: int
    input_end: int
    output_start: int
    output_end: int
    before: str
    after: str


class OffsetMap:
    """Map from every offset of a normalized text back to the input (and forward again).

    >>> from farsi_press import Normalizer
    >>> text, m = Normalizer().normalize_with_map("تـــهران")
    >>> text, m.to_input(0, len(text))
    ('تهران', (0, 8))
    """

    __slots__ = ("starts", "ends", "input_length", "is_identity", "is_selection")

    def __init__(self, starts: np.ndarray, ends: np.ndarray, input_length: int, is_identity: bool = False,
                 is_selection: bool = False) -> None:
        self.starts = starts
        self.ends = ends
        self.input_length = int(input_length)
        #: made by `OffsetMap.identity` (every character maps to itself): `then` skips it
        self.is_identity = is_identity
        #: known to map every output character to one input character, in order (`ends` is
        #: `starts + 1`, `starts` increasing: characters deleted or replaced one for one, none
        #: inserted): `then` composes it by two lookups
        self.is_selection = is_identity or is_selection

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        import numpy as np

        idx = np.arange(n, dtype=_INT)
        return cls(idx, idx + 1, n, is_identity=True)

    def __len__(self) -> int:
        return int(self.starts.shape[0])

    def __eq__(self, other: object) -> bool:
        import numpy as np

        return (isinstance(other, OffsetMap) and self.input_length == other.input_length
                and np.array_equal(self.starts, other.starts) and np.array_equal(self.ends, other.ends))

    def __repr__(self) -> str:
        return f"OffsetMap(output={len(self)}, input={self.input_length})"

    def __reduce__(self):
        return (OffsetMap, (self.starts, self.ends, self.input_length))

    def to_input(self, start: int, end: int) -> tuple[int, int]:
        """Input span of the output span `[start, end)`."""
        n = len(self)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span [{start}, {end}) outside the output (length {n})")
        if start == n:
            return self.input_length, self.input_length
        s = int(self.starts[start])
        if end == start:
            return s, s
        return s, max(s, int(self.ends[end - 1]))

    def to_output(self, start: int, end: int) -> tuple[int, int]:
        """Output span made from the input span `[start, end)` (empty where it was deleted)."""
        import numpy as np

        s = int(np.searchsorted(self.starts, start, "left"))
        e = int(np.searchsorted(self.ends, end, "right"))
        return s, max(s, e)

    def then(self, step: OffsetMap) -> OffsetMap:
        """This map followed by `step`, whose input is this map's output."""
        import numpy as np

        if step.input_length != len(self):
            raise ValueError("step does not start where this map ends")
        # (the identity changes nothing: ends never go backwards, in a map or a step's map)
        if step.is_identity:
            return self
        if self.is_identity:
            return step
        if step.is_selection:
            # (what the general case below computes: no inserted character, and ends that never
            # go backwards read at increasing offsets never go backwards)
            return OffsetMap(self.starts.take(step.starts), self.ends.take(step.starts), self.input_length,
                             is_selection=self.is_selection)
        starts_ext = np.append(self.starts, self.input_length)
        starts = starts_ext[step.starts]
        if len(self):
            ends = np.where(step.ends > step.starts, self.ends[np.maximum(step.ends - 1, 0)], starts)
            # a character inserted inside a span that an earlier step rewrote as a whole belongs
            # to that span: its end is carried forward so that ends never go backwards
            np.maximum.accumulate(ends, out=ends)
        else:
            ends = starts.copy()
        return OffsetMap(starts, ends, self.input_length)


def _align(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and suffix of old and new (not overlapping)."""
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, s


def rewrite(text: str, replacements: Iterable[tuple[int, int, str]],
            track: bool = True) -> tuple[str, OffsetMap | None, list[tuple[int, int, str]]]:
    """Apply sorted, non-overlapping `(start, end, new)` replacements to text.

    Returns the new text, the step's map (None when nothing changed or `track` is false; the
    identity when every replacement kept its length) and the replacements that did change
    something. Inside a replacement, a common prefix and suffix map character by character; the
    changed middle maps to the changed input middle.
    """
    pieces: list[str] = []
    changed: list[tuple[int, int, str]] = []
    # the step's map as segments of the output, each `(length, input start - output start, input
    # width)`: an unchanged run maps character by character (width 1); a changed middle maps
    # every output character to the whole input middle (one character: that offset arithmetic
    # too; longer: its span is written over the arrays after, from `wide`)
    seg_len: list[int] = []
    seg_delta: list[int] = []
    seg_width: list[int] = []
    wide: list[tuple[int, int, int, int]] = []  # (output start, output end, input start, input end)
    pos = 0  # in the input
    out_pos = 0  # in the output
    same_lengths = True
    selection = True  # every output character from one input character (`OffsetMap.is_selection`)
    for start, end, new in replacements:
        old = text[start:end]
        if old == new:
            continue
        if start < pos:
            raise ValueError("overlapping replacements")
        changed.append((start, end, new))
        if start > pos:
            pieces.append(text[pos:start])
            seg_len.append(start - pos); seg_delta.append(pos - out_pos); seg_width.append(1)
            out_pos += start - pos
        if len(old) == len(new):
            p, s = len(old), 0
        else:
            p, s = _align(old, new)
            same_lengths = False
        if p:
            seg_len.append(p); seg_delta.append(start - out_pos); seg_width.append(1)
            out_pos += p
        mid_new = len(new) - p - s
        if mid_new:
            mid_start, mid_end = start + p, end - s
            seg_len.append(mid_new); seg_delta.append(mid_start - out_pos); seg_width.append(mid_end - mid_start)
            if mid_new > 1:
                wide.append((out_pos, out_pos + mid_new, mid_start, mid_end))
                selection = False
            elif mid_end - mid_start != 1:
                selection = False
            out_pos += mid_new
        if s:
            seg_len.append(s); seg_delta.append(end - s - out_pos); seg_width.append(1)
            out_pos += s
        pieces.append(new)
        pos = end
    if not changed:
        return text, None, changed
    if pos < len(text):
        pieces.append(text[pos:])
        seg_len.append(len(text) - pos); seg_delta.append(pos - out_pos); seg_width.append(1)
    out = "".join(pieces)
    if not track:
        return out, None, changed
    if same_lengths:  # each character maps to itself
        return out, OffsetMap.identity(len(text)), changed
    # Vectorized over segments: output offset plus its segment's shift, and the segment's width.
    import numpy as np

    lengths = np.array(seg_len, dtype=_INT)
    starts = np.arange(len(out), dtype=_INT) + np.repeat(np.array(seg_delta, dtype=_INT), lengths)
    if selection:
        return out, OffsetMap(starts, starts + 1, len(text), is_selection=True), changed
    ends = starts + np.repeat(np.array(seg_width, dtype=_INT), lengths)
    for a, b, in_start, in_end in wide:
        starts[a:b] = in_start
        ends[a:b] = in_end
    return out, OffsetMap(starts, ends, len(text)), changed


def index_runs(idx: np.ndarray) -> list[tuple[int, int]]:
    """Sorted indices grouped into runs of consecutive ones, as `(start, end)` pairs."""
    import numpy as np

    if not idx.size:
        return []
    breaks = np.flatnonzero(np.diff(idx) != 1)
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist()))


def changed_runs(old: str, new: str) -> list[tuple[int, int, str]]:
    """Runs where two texts of equal length differ, as replacements (for the edit log)."""
    if old == new:
        return []
    import numpy as np

    return [(s, e, new[s:e]) for s, e in index_runs(np.flatnonzero(code_points(old) != code_points(new)))]

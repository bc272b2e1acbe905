"""The normalizer: characters, digits, punctuation, ZWNJ, split words, PDF reflow — with offsets.

>>> from farsi_press import normalize
>>> normalize("روابط عمومی های ادارات")
'روابط عمومی\u200cهای ادارات'
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from farsi_press.normalize import chars, ezafe, punctuation, reflow, spacing, splits, zwnj
from farsi_press.normalize.offsets import Edit, OffsetMap
from farsi_press.normalize.options import NormalizerOptions
from farsi_press.normalize.steps import EXPLAIN, Step

__all__ = ["Edit", "Normalizer", "NormalizerOptions", "OffsetMap", "normalize"]


def _pipeline(options: NormalizerOptions) -> tuple[tuple[str, Step], ...]:
    """The named steps, in order, that these options switch on."""
    steps: list[tuple[str, Step]] = [("characters", chars.characters)]
    if options.letters:
        steps.append(("presentation_forms", chars.presentation_forms))
    steps.append(("hamza", chars.hamza))
    if options.reflow != "never":
        steps.append(("reflow", reflow.reflow))
    steps.append(("layout", spacing.layout))
    if options.zwnj:
        steps.append(("zwnj_cleanup", zwnj.cleanup))
    if options.punctuation:
        steps += [(f"punctuation.{name}", step) for name, step in punctuation.STEPS]
    if options.split_words:
        steps.append(("split_words", splits.repair))
    if options.zwnj:
        steps += [("zwnj", zwnj.insert), ("zwnj_cleanup", zwnj.cleanup)]
    if options.ezafe:
        steps.append(("ezafe", ezafe.insert))
    steps.append(("layout", spacing.layout))
    return tuple(steps)


#: Passes over the steps at most (a second only when reflow would join more, see `_reflow_again`).
_ROUNDS = 3


def _check(text: object) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("the normalizer needs str, got bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"the normalizer needs str, got {type(text).__name__}")


class Normalizer:
    """A reusable normalizer. Options: see `NormalizerOptions`.

    >>> Normalizer(digits="latin").normalize("سال ۱۴۰۲")
    'سال 1402'
    """

    __slots__ = ("options", "_steps")

    def __init__(self, options: NormalizerOptions | None = None, **kwargs: Any) -> None:
        if options is not None and kwargs:
            raise TypeError("give either a NormalizerOptions or keyword options, not both")
        self.options = options if options is not None else NormalizerOptions.from_kwargs(**kwargs)
        self._steps = _pipeline(self.options)

    def __repr__(self) -> str:
        return f"Normalizer({self.options!r})"

    def __reduce__(self):
        return (Normalizer, (self.options,))

    def normalize(self, text: str) -> str:
        """The normalized text."""
        text = _check(text)
        opts = self.options
        for _ in range(_ROUNDS):
            for _, step in self._steps:
                text = step(text, opts, False)[0]
            if not self._reflow_again(text):
                break
        return text

    def _reflow_again(self, text: str) -> bool:
        """Would reflow now join a line break of the normalized text? Its cues read words that
        later steps may rewrite (a ZWNJ put into the first word of the next line), so a second
        pass could decide otherwise: then the steps run again, and the output is a fixed point."""
        return self.options.reflow != "never" and "\n" in text \
            and reflow.reflow(text, self.options, False)[0] != text

    def normalize_with_map(self, text: str) -> tuple[str, OffsetMap]:
        """The normalized text and the map from each of its offsets back to the input."""
        out, mapping, _ = self._run(_check(text), explain=False)
        return out, mapping

    def explain(self, text: str) -> tuple[str, list[Edit]]:
        """The normalized text and every edit made (kind, input span, output span), in the order
        the steps made them (those of a second round, see `_reflow_again`, after the first's)."""
        out, _, edits = self._run(_check(text), explain=True)
        return out, edits

    def _run(self, text: str, explain: bool) -> tuple[str, OffsetMap, list[Edit]]:
        # (the identity until a step changes a length: made only when the edit log reads it or
        # no step changed one; the first step map that is no identity stands for the composition)
        mapping: OffsetMap | None = OffsetMap.identity(len(text)) if explain else None
        raw: list[tuple[str, int, int, str, str]] = []
        opts = self.options
        for _ in range(_ROUNDS):  # as in `normalize`
            for name, step in self._steps:
                out, step_map, changes = step(text, opts, EXPLAIN if explain else True)
                if explain:
                    for a, b, new in changes:
                        s, e = mapping.to_input(a, b)
                        raw.append((name, s, e, text[a:b], new))
                if step_map is not None:
                    mapping = step_map if mapping is None else mapping.then(step_map)
                elif len(out) != len(text):
                    raise AssertionError(f"step {name} changed the length without a map")
                text = out
            if not self._reflow_again(text):
                break
        if mapping is None:
            mapping = OffsetMap.identity(len(text))
        edits = []
        for name, s, e, before, after in raw:
            os_, oe = mapping.to_output(s, e)
            edits.append(Edit(name, s, e, os_, oe, before, after))
        return text, mapping, edits


@lru_cache(maxsize=32)
def _normalizer(options: NormalizerOptions) -> Normalizer:
    return Normalizer(options)


def normalize(text: str, **options: Any) -> str:
    """Normalize Persian text (see `NormalizerOptions` for the options).

    >>> normalize("كتابهاي مدرسة")
    'کتاب\u200cهای مدرسه'
    """
    return _normalizer(NormalizerOptions.from_kwargs(**options)).normalize(text)

"""The normalizer's options: one frozen object, defaults after the Persian Academy's orthography."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

Digits = Literal["persian", "latin", "keep"]
Reflow = Literal["auto", "always", "never"]


@dataclass(frozen=True, slots=True)
class NormalizerOptions:
    """What the normalizer does. Every step is on by default.

    >>> NormalizerOptions(digits="latin").digits
    'latin'
    """

    #: Arabic letters (ي ى ك ة) and presentation forms to Persian letters.
    letters: bool = True
    #: Digits to one script: "persian" (۱۲۳), "latin" (123) or "keep". Digits inside Latin
    #: words and URLs (`MP3`, `www.x.ir/12`) are never touched.
    digits: Digits = "persian"
    #: Remove Arabic diacritics (harakat); tanvin on alef (`اکثراً`) and hamza above (`همهٔ`) stay.
    remove_diacritics: bool = True
    #: Persian comma, semicolon, question mark; spacing around punctuation and «»; ASCII quotes to «».
    punctuation: bool = True
    #: Insert ZWNJ (verb prefixes, suffixes, compounds, glued forms) and clean misplaced ZWNJ.
    zwnj: bool = True
    #: Join words split by a stray space (`امو ر` -> `امور`) when the lexicon is sure.
    split_words: bool = True
    #: Join lines hard-wrapped by PDF extraction: "auto" detects such text, "always", "never".
    reflow: Reflow = "auto"
    #: Add the ezafe «ی» left out after a noun in «ـا» before its complement (`ارتقا سطح` ->
    #: `ارتقای سطح`): the one letter the normalizer may add.
    ezafe: bool = True

    def __post_init__(self) -> None:
        if self.digits not in ("persian", "latin", "keep"):
            raise ValueError(f"digits must be 'persian', 'latin' or 'keep', not {self.digits!r}")
        if self.reflow is True:
            object.__setattr__(self, "reflow", "always")
        elif self.reflow is False:
            object.__setattr__(self, "reflow", "never")
        if self.reflow not in ("auto", "always", "never"):
            raise ValueError(f"reflow must be 'auto', 'always' or 'never', not {self.reflow!r}")
        for f in fields(self):
            if f.type == "bool" and not isinstance(getattr(self, f.name), bool):
                raise TypeError(f"option {f.name} must be True or False")

    @classmethod
    def from_kwargs(cls, **options: object) -> NormalizerOptions:
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(options) - names)
        if unknown:
            raise TypeError(f"unknown normalizer option(s): {', '.join(unknown)}; known: {', '.join(sorted(names))}")
        return cls(**options)  # type: ignore[arg-type]

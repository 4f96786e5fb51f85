"""Pipeline component: a blank line always ends a sentence.

The parser sometimes runs a sentence across a paragraph break, or hands a
closing quotation mark to the next paragraph; news paragraphs never continue
a sentence, so this runs before the parser and fixes the boundaries it may use.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["paragraph_boundaries"]


@Language.component("retold_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n\n" in prev.text.replace("\r", "") and not tok.is_space:
            tok.is_sent_start = True
    return doc

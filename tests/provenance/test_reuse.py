"""Shingles, signatures and aligned passages: no model needed."""

from __future__ import annotations

import json

from retold.provenance.reuse import (
    SignatureIndex,
    align_text,
    signature,
    signature_from_row,
    signature_row,
    tokens,
)

SOURCE = (
    "Heavy rain flooded the river town of Oskarby on Tuesday. Mayor Lena Brandt said 41 "
    "people had been rescued from rooftops by boat. The regional council said in a statement "
    "that 300 homes were without power and schools would stay closed."
)


def test_reuse_tokens_mark_names_and_figures_inside_sentences_as_anchors() -> None:
    t = tokens("The mayor said 41 people were rescued in Oskarby. Rescuers went on.")
    anchors = {w for w, a in zip(t.words, t.anchors, strict=True) if a}
    assert anchors == {"41", "oskarby"}
    assert t.words[0] == "the"
    assert (t.starts[1], t.ends[1]) == (4, 9)


def test_reuse_verbatim_copy_lines_up_whole() -> None:
    article = "OSKARBY (Wire) — " + SOURCE
    r = align_text(tokens(article), tokens(SOURCE))
    assert r.text_share > 0.85
    assert r.source_kept == 1.0
    first = r.passages[0]
    assert article[first.start : first.end].startswith("Heavy rain flooded")
    assert SOURCE[first.source_start : first.source_end].startswith("Heavy rain flooded")


def test_reuse_cut_copy_keeps_part_of_the_source() -> None:
    article = "Mayor Lena Brandt said 41 people had been rescued from rooftops by boat."
    r = align_text(tokens(article), tokens(SOURCE))
    assert r.text_share == 1.0
    assert 0.2 < r.source_kept < 0.6


def test_reuse_changed_figure_splits_nothing_but_the_figure() -> None:
    article = SOURCE.replace("41 people", "14 people")
    r = align_text(tokens(article), tokens(SOURCE))
    # One changed word inside a run: the runs either side merge into one passage.
    assert len(r.passages) == 1
    assert r.text_share > 0.9


def test_reuse_stock_phrases_without_names_or_figures_are_not_reuse() -> None:
    article = "The ministry said in a statement that schools would stay closed."
    r = align_text(tokens(article), tokens(SOURCE))
    assert r.passages == ()
    assert r.text_share == 0.0


def test_reuse_unrelated_texts_share_nothing() -> None:
    other = "Parliament passed the budget on Friday after a long debate over taxes."
    assert align_text(tokens(other), tokens(SOURCE)).passages == ()


def test_reuse_tokens_keep_accented_names_whole_and_fold_them() -> None:
    t = tokens("The minister, Aïssata Kondé-Ramou, thanked Kalméra.")
    assert "kalmera" in t.words and "kalm" not in t.words
    anchors = {w for w, a in zip(t.words, t.anchors, strict=True) if a}
    assert anchors == {"aissata", "konde", "ramou", "kalmera"}


def test_reuse_tokens_word_after_an_opening_quote_starts_a_sentence() -> None:
    t = tokens("She said: «It is patience» and Ruslan agreed, “Yes” he said.")
    anchors = {w for w, a in zip(t.words, t.anchors, strict=True) if a}
    assert anchors == {"ruslan"}


def test_reuse_signature_round_trips_through_json() -> None:
    mh = signature(SOURCE)
    row = json.loads(json.dumps(signature_row(mh)))
    back = signature_from_row(row)
    assert back is not None
    assert back.jaccard(mh) == 1.0


def test_reuse_signature_from_other_settings_is_recomputed() -> None:
    row = signature_row(signature(SOURCE)) | {"num_perm": 64}
    assert signature_from_row(row) is None
    # Stored before words were split the current way: recomputed, not trusted.
    old = {k: v for k, v in signature_row(signature(SOURCE)).items() if k != "tokens"}
    assert signature_from_row(old) is None


def test_reuse_lsh_finds_copies_and_cuts_not_strangers() -> None:
    index = SignatureIndex()
    index.add_many(
        [
            ("copy", signature("OSKARBY — " + SOURCE)),
            ("half", signature(SOURCE[: len(SOURCE) // 2 + 40])),
            ("other", signature("Parliament passed the budget on Friday after a long debate.")),
        ]
    )
    found = set(index.query(signature(SOURCE)))
    assert {"copy", "half"} <= found
    assert "other" not in found
    assert len(index) == 3 and "copy" in index

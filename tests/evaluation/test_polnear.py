"""PolNeAR attribution scoring: brat reading, matching rules, and the ``polnear`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from retold.cli.eval_polnear import eval_polnear
from retold.errors import RetoldError
from retold.evaluation.polnear import (
    GoldAttribution,
    PolnearScore,
    jaccard,
    load_articles,
    match_greedy,
    read_ann,
    score_article,
)
from retold.records import Attribution, TextSpan

MINI = Path(__file__).with_name("data") / "polnear_mini"
ARTICLE = "gazette_2016-10-03_bridge-closes"


def _gold(start: int, end: int, source: tuple[int, int] | None = (0, 5)) -> GoldAttribution:
    return GoldAttribution(
        content=frozenset(range(start, end)),
        source=frozenset(range(*source)) if source else None,
    )


def _pred(start: int, end: int, source: tuple[int, int] | None = (0, 5)) -> Attribution:
    return Attribution(
        cue=TextSpan(6, 10, "said"),
        content=TextSpan(start, end, "x" * (end - start)),
        kind="indirect",
        source=TextSpan(source[0], source[1], "x" * (source[1] - source[0])) if source else None,
    )


def test_polnear_read_ann_takes_relations_with_content() -> None:
    gold = read_ann((MINI / "attributions" / f"{ARTICLE}_4b22.ann").read_text(encoding="utf-8"))
    assert [g.relation for g in gold] == ["E1", "E2", "E3"]


def test_polnear_read_ann_unions_discontinuous_content() -> None:
    gold = read_ann((MINI / "attributions" / f"{ARTICLE}_4b22.ann").read_text(encoding="utf-8"))
    assert gold[1].content == frozenset(range(51, 61)) | frozenset(range(62, 72))


def test_polnear_read_ann_no_source_relation_has_none() -> None:
    gold = read_ann((MINI / "attributions" / f"{ARTICLE}_4b22.ann").read_text(encoding="utf-8"))
    assert gold[2].source is None


def test_polnear_read_ann_unions_two_content_roles() -> None:
    ann = "T1\tContent 0 4\tabcd\nT2\tContent 10 12\tkl\nT3\tCue 5 9\tsaid\nE1\tCue:T3 Content:T1 Content:T2\n"
    assert read_ann(ann)[0].content == frozenset({0, 1, 2, 3, 10, 11})


def test_polnear_load_articles_uses_first_ann_in_sorted_order() -> None:
    articles = load_articles(MINI)
    assert len(articles[0].gold) == 3
    assert articles[0].ann_path.name == f"{ARTICLE}_4b22.ann"


def test_polnear_load_articles_skips_unannotated_text() -> None:
    assert [a.id for a in load_articles(MINI)] == [ARTICLE]


def test_polnear_load_articles_rejects_folder_without_layout(tmp_path: Path) -> None:
    with pytest.raises(RetoldError):
        load_articles(tmp_path)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(0, 20, 1), (0, 19, 0), (10, 20, 1)],
    ids=["jaccard-half", "jaccard-below-half", "exact"],
)
def test_polnear_score_jaccard_threshold(start: int, end: int, expected: int) -> None:
    # Gold covers 10..20: a prediction over 0..20 has Jaccard exactly 0.5, 0..19 has 0.45.
    score = score_article([_gold(10, 20)], [_pred(start, end)])
    assert score.content_matched == expected


@pytest.mark.parametrize(
    ("pred_source", "relation", "source_correct"),
    [((3, 8), 1, 1), ((5, 9), 0, 0), (None, 0, 0)],
    ids=["overlapping", "disjoint", "missing"],
)
def test_polnear_score_source_overlap(
    pred_source: tuple[int, int] | None, relation: int, source_correct: int
) -> None:
    score = score_article([_gold(20, 40)], [_pred(20, 40, pred_source)])
    assert (score.matched, score.content_matched, score.source_pairs, score.source_correct) == (
        relation,
        1,
        1,
        source_correct,
    )


def test_polnear_score_gold_without_source_matches_any_source() -> None:
    score = score_article([_gold(20, 40, None)], [_pred(20, 40, None)])
    assert (score.matched, score.source_pairs) == (1, 0)


def test_polnear_match_greedy_is_one_to_one_by_best_jaccard() -> None:
    gold = [_gold(10, 30)]
    predicted = [_pred(10, 26), _pred(10, 30)]
    assert match_greedy(gold, predicted) == [(0, 1, 1.0)]


def test_polnear_match_greedy_gives_each_gold_its_best_remaining() -> None:
    # Prediction 0 fits both golds; greedy by Jaccard gives it to gold 1 (exact), and
    # prediction 1 still takes gold 0.
    gold = [_gold(0, 20), _gold(5, 20)]
    predicted = [_pred(5, 20), _pred(0, 18)]
    assert sorted(match_greedy(gold, predicted)) == [(0, 1, 0.9), (1, 0, 1.0)]


def test_polnear_score_empty_predictions() -> None:
    score = score_article([_gold(0, 10), _gold(20, 30)], [])
    assert (score.gold, score.predicted, score.precision, score.recall, score.f1) == (
        2,
        0,
        0.0,
        0.0,
        0.0,
    )


def test_polnear_score_adds_over_articles() -> None:
    total = PolnearScore()
    total.add(score_article([_gold(0, 10)], [_pred(0, 10)]))
    total.add(score_article([_gold(0, 10)], [_pred(50, 60)]))
    assert (total.articles, total.precision, total.recall, round(total.f1, 2)) == (2, 0.5, 0.5, 0.5)


def test_polnear_jaccard_of_empty_sets_is_zero() -> None:
    assert jaccard(frozenset(), frozenset()) == 0.0


def test_polnear_command_rejects_folder_without_layout(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_polnear, [str(tmp_path)])
    assert result.exit_code == 1
    assert "attributions" in result.output


@pytest.mark.slow
def test_polnear_command_prints_json_scores() -> None:
    result = CliRunner().invoke(eval_polnear, [str(MINI), "--format", "json", "--limit", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["articles"], data["gold"]) == (1, 3)
    assert set(data) >= {"relation", "content", "source"}


@pytest.mark.slow
def test_polnear_command_prints_text_table() -> None:
    result = CliRunner().invoke(eval_polnear, [str(MINI)])
    assert result.exit_code == 0, result.output
    assert "source accuracy" in result.output

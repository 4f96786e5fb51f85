"""The ``retold`` command through click's CliRunner: exit codes, output formats, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from retold.cli.main import cli

pytestmark = pytest.mark.slow

DEMO = Path(__file__).parents[2] / "demo"

GOOD = [
    {
        "id": "harbour-post-2025-05-02-ferry",
        "outlet": "Harbour Post",
        "published": "2025-05-02",
        "title": "Ferry service suspended",
        "text": "The ferry between Linden and Osk was suspended on Friday after a storm damaged the pier, "
        "the port authority said. About 300 passengers were stranded overnight.",
    },
    {
        "id": "port-authority-2025-05-02-notice",
        "outlet": "Linden Port Authority",
        "published": "2025-05-02",
        "title": "Notice to passengers",
        "text": "Crossings to Osk are suspended until the pier is repaired. Passengers holding tickets "
        "for Friday will be offered a refund or a later crossing.",
    },
]
ARTICLE = {
    "id": "coast-gazette-2025-05-03-ferry",
    "outlet": "Coast Gazette",
    "published": "2025-05-03",
    "title": "Stranded at the pier",
    "text": "The ferry between Linden and Osk was suspended on Friday after a storm damaged the pier, "
    "the port authority said. About 3,000 passengers were stranded overnight.",
}


def _write(folder: Path, name: str, content: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(
            content if isinstance(content, str) else json.dumps(content), encoding="utf-8"
        )
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    for doc in GOOD:
        _write(folder, f"{doc['id']}.json", doc)
    return folder


@pytest.fixture
def article(tmp_path: Path) -> Path:
    return _write(tmp_path, "article.json", ARTICLE)


@pytest.fixture
def messy(corpus: Path) -> Path:
    """The good corpus plus one binary file, one empty file and one JSON document without text."""
    _write(corpus, "photo.bin", bytes(range(256)) * 8)
    _write(corpus, "empty.json", "")
    _write(corpus, "no-text.json", {"id": "no-text", "title": "A headline and nothing else"})
    return corpus


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner(env=env).invoke(cli, list(args), input=input, catch_exceptions=False)


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'retold.db'}"


# -- ingest ----------------------------------------------------------------------------------


def test_main_ingest_bad_files_do_not_fail(messy: Path, tmp_path: Path) -> None:
    result = run("ingest", str(messy), "--db", _db(tmp_path))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


REJECTED = [("photo.bin", "E002"), ("empty.json", "E001"), ("no-text.json", "E004")]


def test_main_ingest_lists_each_rejection(messy: Path, tmp_path: Path) -> None:
    result = run("ingest", str(messy), "--db", _db(tmp_path))
    assert "2 added" in result.output and "3 rejected" in result.output
    assert sum(1 for line in result.output.splitlines() if "rejected: [E" in line) == 3
    for _, code in REJECTED:
        assert f"[{code}]" in result.output


@pytest.mark.parametrize(("name", "code"), REJECTED)
def test_main_ingest_lists_each_rejection_on_one_line(
    messy: Path, tmp_path: Path, name: str, code: str
) -> None:
    # The width a terminal-less run gets by default, set so that the result does not vary.
    result = run("ingest", str(messy), "--db", _db(tmp_path), env={"COLUMNS": "80"})
    lines = [line for line in result.output.splitlines() if name in line]
    assert len(lines) == 1, result.output
    assert f"[{code}]" in lines[0]
    assert lines[0].rstrip().endswith(".")


def test_main_ingest_summary_counts(messy: Path, tmp_path: Path) -> None:
    result = run("ingest", str(messy), "--db", _db(tmp_path), "--format", "json")
    summary = json.loads(result.output)
    assert (summary["read"], summary["added"], len(summary["rejected"])) == (2, 2, 3)
    assert sorted(r["code"] for r in summary["rejected"]) == ["E001", "E002", "E004"]


def test_main_ingest_twice_adds_nothing_new(corpus: Path, tmp_path: Path) -> None:
    run("ingest", str(corpus), "--db", _db(tmp_path))
    summary = json.loads(
        run("ingest", str(corpus), "--db", _db(tmp_path), "--format", "json").output
    )
    assert (summary["added"], summary["duplicates"]) == (0, 2)


def test_main_ingest_needs_a_path() -> None:
    result = run("ingest")
    assert result.exit_code == 2
    assert "PATHS" in result.output


# -- check -----------------------------------------------------------------------------------


def test_main_check_json_contract(article: Path, corpus: Path) -> None:
    result = run("check", str(article), "--corpus", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"id", "url", "outlet", "published", "title"} <= set(data["article"])
    assert data["claims"] and data["sources"]
    for claim in data["claims"]:
        assert {
            "id",
            "start",
            "end",
            "text",
            "kind",
            "speaker",
            "outlet",
            "verdict",
            "distortions",
            "evidence",
        } <= set(claim)
        assert ARTICLE["text"][claim["start"] : claim["end"]] == claim["text"]


def test_main_check_json_finds_the_changed_figure(article: Path, corpus: Path) -> None:
    data = json.loads(
        run("check", str(article), "--corpus", str(corpus), "--format", "json").stdout
    )
    kinds = [d["kind"] for c in data["claims"] for d in c["distortions"]]
    assert "number" in kinds


def test_main_check_against_ingested_db(article: Path, corpus: Path, tmp_path: Path) -> None:
    run("ingest", str(corpus), "--db", _db(tmp_path))
    result = run("check", str(article), "--db", _db(tmp_path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["id"] == ARTICLE["id"]


def test_main_check_reads_stdin(corpus: Path) -> None:
    result = run(
        "check", "-", "--corpus", str(corpus), "--format", "json", input=json.dumps(ARTICLE)
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["id"] == ARTICLE["id"]


def test_main_check_text_report(article: Path, corpus: Path) -> None:
    result = run("check", str(article), "--corpus", str(corpus))
    assert result.exit_code == 0, result.output
    assert "DISTORTED" in result.stdout
    assert "claims:" in result.stdout


def test_main_check_html_escapes_article_text(corpus: Path, tmp_path: Path) -> None:
    hostile = dict(
        ARTICLE, text=ARTICLE["text"] + " <script>alert(1)</script> The pier stays closed."
    )
    path = _write(tmp_path, "hostile.json", hostile)
    result = run("check", str(path), "--corpus", str(corpus), "--format", "html")
    assert result.exit_code == 0, result.output
    assert "<script>" not in result.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout


def test_main_check_html_is_a_whole_page(article: Path, corpus: Path) -> None:
    page = run("check", str(article), "--corpus", str(corpus), "--format", "html").stdout
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert page.rstrip().endswith("</html>")


def test_main_check_claimreview(article: Path, corpus: Path) -> None:
    result = run("check", str(article), "--corpus", str(corpus), "--format", "claimreview")
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    assert reviews, "the changed figure should give one review"
    for review in reviews:
        assert (review["@context"], review["@type"]) == ("https://schema.org", "ClaimReview")
        assert review["claimReviewed"] in ARTICLE["text"]
        assert {"ratingValue", "bestRating", "worstRating", "alternateName"} <= set(
            review["reviewRating"]
        )


def test_main_check_claimreview_skips_faithful_claims(article: Path, corpus: Path) -> None:
    data = json.loads(
        run("check", str(article), "--corpus", str(corpus), "--format", "json").stdout
    )
    reviews = json.loads(
        run("check", str(article), "--corpus", str(corpus), "--format", "claimreview").stdout
    )
    assert len(reviews) == sum(1 for c in data["claims"] if c["verdict"] != "faithful")


def test_main_check_empty_db_is_a_one_line_error(article: Path, tmp_path: Path) -> None:
    result = run("check", str(article), "--db", _db(tmp_path))
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E202]" in lines[0]
    assert "Traceback" not in result.output


def test_main_check_missing_article_is_a_one_line_error(corpus: Path, tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "nowhere.json"), "--corpus", str(corpus))
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E203]" in lines[0] and "[E010]" in lines[0]


def test_main_check_bad_db_url_is_a_one_line_error(article: Path) -> None:
    result = run("check", str(article), "--db", "mysql://nowhere")
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E101]" in lines[0]


def test_main_check_unknown_format_is_a_usage_error(article: Path, corpus: Path) -> None:
    result = run("check", str(article), "--corpus", str(corpus), "--format", "pdf")
    assert result.exit_code == 2


# -- extract ---------------------------------------------------------------------------------


def test_main_extract_jsonl_one_line_per_document(corpus: Path) -> None:
    result = run("extract", str(corpus), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(row["id"] for row in rows) == sorted(doc["id"] for doc in GOOD)
    for row in rows:
        assert {"path", "id", "attributions", "figures", "dates"} <= set(row)


def test_main_extract_finds_what_the_text_holds(corpus: Path) -> None:
    rows = {
        json.loads(line)["id"]: json.loads(line)
        for line in run("extract", str(corpus)).stdout.splitlines()
    }
    ferry = rows["harbour-post-2025-05-02-ferry"]
    assert "300" in [f["text"].split()[-1] for f in ferry["figures"]]
    assert "Friday" in [d["text"] for d in ferry["dates"]]
    assert [a["cue"]["text"] for a in ferry["attributions"]] == ["said"]


def test_main_extract_path_names_the_file(corpus: Path) -> None:
    rows = [json.loads(line) for line in run("extract", str(corpus)).stdout.splitlines()]
    for row in rows:
        assert Path(row["path"]).name == f"{row['id']}.json"


def test_main_extract_json_is_one_list(corpus: Path) -> None:
    rows = json.loads(run("extract", str(corpus), "--format", "json").stdout)
    assert isinstance(rows, list) and len(rows) == len(GOOD)


def test_main_extract_reports_rejections_on_stderr(messy: Path) -> None:
    result = run("extract", str(messy))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(GOOD)
    assert sum(1 for line in result.stderr.splitlines() if line.startswith("rejected:")) == 3


# -- eval cases ------------------------------------------------------------------------------


def test_main_eval_cases_text_table() -> None:
    result = run("eval", "cases", str(DEMO))
    assert result.exit_code == 0, result.output
    names = [line.split()[0] for line in result.stdout.splitlines()[1:]]
    assert names == ["demo", "total"]


def test_main_eval_cases_json() -> None:
    data = json.loads(run("eval", "cases", str(DEMO), "--format", "json").stdout)
    assert [c["case"] for c in data["cases"]] == ["demo"]
    assert data["total"]["distortions"] == data["cases"][0]["distortions"] > 0


def test_main_eval_cases_verbose_lists_misses() -> None:
    data = json.loads(run("eval", "cases", str(DEMO), "--format", "json").stdout)
    verbose = run("eval", "cases", str(DEMO), "--verbose").stdout
    for miss in data["cases"][0]["misses"]:
        assert miss in verbose


def test_main_eval_cases_no_cases_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("eval", "cases", str(tmp_path))
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[E204]" in lines[0]


def test_main_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert "0.1.0" in result.stdout


def test_main_bad_setting_is_a_one_line_error(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        ["ingest", str(corpus), "--db", f"sqlite:///{tmp_path / 'x.db'}"],
        env={"RETOLD_BATCH_SIZE": "many"},
    )
    assert result.exit_code == 1
    assert "RETOLD_BATCH_SIZE" in result.output
    assert "Traceback" not in result.output

"""walk(), read_file(), read_bytes() and read_url(): dispatch, sniffing and never raising."""

from __future__ import annotations

import io
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from retold.document import Document, Rejection
from retold.ingest import read_bytes, read_file, read_url, walk

from .conftest import WarcBuilder, article_page

SHARED = Path(__file__).parents[2].parent / "shared"

GOOD = b'{"id": "good", "text": "A readable document."}'
PAGE = article_page(
    "Ferry vote", ["The council voted to keep the night ferry running for another year."] * 3
)


def codes(found: list[Document | Rejection]) -> list[str]:
    return [item.code if isinstance(item, Rejection) else "doc" for item in found]


def _truncated_warc(build: WarcBuilder) -> bytes:
    data = build(
        [("https://a.example/1", "text/html", PAGE), ("https://a.example/2", "text/html", PAGE)]
    )
    return data[:-60]


BAD_FILES: list[tuple[str, Callable[[Path, WarcBuilder], bytes], str]] = [
    ("binary.txt", lambda data, build: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "E002"),
    ("empty.json", lambda data, build: b"", "E001"),
    ("blank.txt", lambda data, build: b"  \n\n\t", "E001"),
    ("no_text.json", lambda data, build: (data / "no_text.json").read_bytes(), "E004"),
    ("no_article.html", lambda data, build: (data / "no_article.html").read_bytes(), "E005"),
    ("truncated.warc.gz", lambda data, build: _truncated_warc(build), "E006"),
    ("invalid.json", lambda data, build: (data / "invalid.json").read_bytes(), "E003"),
    ("unclosed.md", lambda data, build: (data / "unclosed.md").read_bytes(), "E013"),
    ("table.csv", lambda data, build: b"a,b\n1,2\n", "E009"),
    ("latin.txt", lambda data, build: b"caf\xe9 \x81", "E008"),
]


@pytest.mark.parametrize(("name", "make", "code"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_readers_walk_goes_past_bad_file(
    tmp_path: Path,
    data_dir: Path,
    build_warc: WarcBuilder,
    name: str,
    make: Callable[[Path, WarcBuilder], bytes],
    code: str,
) -> None:
    (tmp_path / f"a_{name}").write_bytes(make(data_dir, build_warc))
    (tmp_path / "b_good.json").write_bytes(GOOD)
    found = list(walk([tmp_path]))
    assert code in codes(found)
    assert codes(found)[-1] == "doc"
    assert found[-1].id == "good"  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "make", "code"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_readers_rejection_is_one_line_naming_the_file(
    tmp_path: Path,
    data_dir: Path,
    build_warc: WarcBuilder,
    name: str,
    make: Callable[[Path, WarcBuilder], bytes],
    code: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(make(data_dir, build_warc))
    rejection = next(item for item in read_file(path) if isinstance(item, Rejection))
    assert rejection.path == str(path)
    assert rejection.reason.startswith(f"[{code}] {path}")
    assert "\n" not in rejection.reason


def test_readers_missing_path_is_rejected(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    assert codes(list(walk([missing]))) == ["E010"]
    assert codes(read_file(missing)) == ["E010"]


def test_readers_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for relative in [
        "b.txt",
        "a/z.txt",
        "a/c.txt",
        ".hidden.txt",
        ".git/x.txt",
        "a/.cache/y.txt",
        "c.txt",
    ]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"text of {relative}\n", encoding="utf-8")
    found = list(walk([tmp_path]))
    assert [item.text for item in found if isinstance(item, Document)] == [
        "text of a/c.txt\n",
        "text of a/z.txt\n",
        "text of b.txt\n",
        "text of c.txt\n",
    ]


def test_readers_walk_reads_files_and_folders_in_given_order(
    data_dir: Path, tmp_path: Path
) -> None:
    shutil.copy(data_dir / "plain.txt", tmp_path / "plain.txt")
    found = list(walk([str(data_dir / "article.json"), tmp_path]))
    assert [item.id for item in found if isinstance(item, Document)] == ["council-vote", "plain"]


def test_readers_walk_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Pasted article text.\n")))
    (document,) = walk(["-"])
    assert isinstance(document, Document)
    assert (document.id, document.text) == ("stdin", "Pasted article text.\n")


def test_readers_walk_reads_the_fixture_folder(data_dir: Path) -> None:
    found = list(walk([data_dir]))
    assert {item.code for item in found if isinstance(item, Rejection)} == {
        "E003",
        "E004",
        "E005",
        "E013",
    }
    assert sum(isinstance(item, Document) for item in found) == 11


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (GOOD, "good"),
        (b'\n  [{"id": "listed", "text": "x"}]', "listed"),
        (PAGE, "-"),
        (
            b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><guid>g</guid>"
            b"<description>Body.</description></item></channel></rss>",
            "g",
        ),
        (b"Just a paragraph typed in.", "stdin"),
        (b"<p>A pasted fragment of a page, with a paragraph long enough to keep.</p>", "stdin"),
    ],
)
def test_readers_read_bytes_sniffs_without_suffix(data: bytes, kind: str) -> None:
    (document,) = read_bytes(data, name="-")
    assert isinstance(document, Document)
    assert document.id == ("stdin" if kind == "-" else kind)


def test_readers_unknown_suffix_with_text_is_rejected() -> None:
    assert codes(read_bytes(b"a,b\n", name="t.csv", suffix="csv")) == ["E009"]


def test_readers_unknown_suffix_with_json_is_sniffed() -> None:
    assert codes(read_bytes(GOOD, name="doc.data", suffix=".data")) == ["doc"]


def test_readers_file_without_suffix_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text("Permission is hereby granted.\n", encoding="utf-8")
    (tmp_path / "article").write_bytes(GOOD)
    assert codes(list(walk([tmp_path]))) == ["E009", "doc"]


def test_readers_utf16_text_is_decoded() -> None:
    (document,) = read_bytes("Grüße aus Kiel".encode("utf-16"), name="g.txt", suffix=".txt")
    assert isinstance(document, Document)
    assert document.text == "Grüße aus Kiel"


def test_readers_folder_given_to_read_file_is_rejected(tmp_path: Path) -> None:
    assert codes(read_file(tmp_path)) == ["E015"]


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (read_file, 42),
        (lambda value: read_bytes(value, name="x"), "text, not bytes"),
        (lambda value: list(walk([value])), 3.5),
    ],
)
def test_readers_wrong_argument_type_raises(
    call: Callable[[object], object], argument: object
) -> None:
    with pytest.raises(TypeError):
        call(argument)


# -- URLs (httpx.MockTransport, no network) ------------------------------------

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Mock Radio</title>'
    b"<item><guid>m-1</guid><link>https://mock.example/1</link><title>One</title>"
    b"<description>First bulletin text.</description></item></channel></rss>"
)


def mock_client() -> httpx.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        routes = {
            "/story": (200, "text/html; charset=utf-8", PAGE),
            "/feed": (200, "application/rss+xml", RSS),
            "/feed.xml": (200, "text/xml", RSS),
            "/doc": (200, "application/octet-stream", GOOD),
            "/notes": (200, "text/plain", b"Notes from the meeting."),
        }
        if request.url.path == "/down":
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path not in routes:
            return httpx.Response(404, request=request)
        status, content_type, body = routes[request.url.path]
        return httpx.Response(
            status, headers={"Content-Type": content_type}, content=body, request=request
        )

    return httpx.Client(transport=httpx.MockTransport(answer))


def test_readers_read_url_html_page() -> None:
    with mock_client() as client:
        (document,) = read_url("https://www.mock.example/story", client=client)
    assert isinstance(document, Document)
    assert document.id == document.url == "https://www.mock.example/story"
    assert document.outlet == "mock.example"
    assert "night ferry" in document.text


@pytest.mark.parametrize("path", ["/feed", "/feed.xml"])
def test_readers_read_url_feed(path: str) -> None:
    with mock_client() as client:
        (document,) = read_url(f"https://mock.example{path}", client=client)
    assert isinstance(document, Document)
    assert (document.id, document.outlet, document.text) == (
        "m-1",
        "Mock Radio",
        "First bulletin text.",
    )


@pytest.mark.parametrize(
    ("path", "expected"), [("/doc", "doc"), ("/notes", "doc"), ("/gone", "E012"), ("/down", "E012")]
)
def test_readers_read_url_outcomes(path: str, expected: str) -> None:
    with mock_client() as client:
        assert codes(read_url(f"https://mock.example{path}", client=client)) == [expected]


def test_readers_walk_fetches_urls_with_given_client(tmp_path: Path) -> None:
    (tmp_path / "local.json").write_bytes(GOOD)
    with mock_client() as client:
        found = list(
            walk(
                ["https://mock.example/gone", "https://mock.example/feed", tmp_path], client=client
            )
        )
    assert codes(found) == ["E012", "doc", "doc"]


# -- the shared cases ----------------------------------------------------------


@pytest.mark.shared
def test_readers_shared_corpus_reads_without_rejection() -> None:
    if not SHARED.is_dir():
        pytest.fail(f"the shared cases folder is missing: expected it at {SHARED}")
    files = sorted(SHARED.glob("cases/*/corpus/*.json"))
    if not files:
        pytest.fail(f"no corpus files under {SHARED / 'cases'}")
    found = [item for path in files for item in read_file(path)]
    rejected = [item.reason for item in found if isinstance(item, Rejection)]
    assert rejected == []
    assert len(found) == len(files)

"""docs/cli.md documents every command, argument, option and choice, and its examples run."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from retold.cli.main import cli

DOCS = Path(__file__).parents[1] / "docs" / "cli.md"
HEADING_RE = re.compile(r"^#{1,6} +`?(retold(?: [a-z-]+)*)`? *$")


def _commands(command: click.Command, path: str = "retold") -> Iterator[tuple[str, click.Command]]:
    """Every command under the CLI, depth first, with its full name ('retold eval cases')."""
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _commands(sub, f"{path} {name}")


def _params(command: click.Command) -> list[click.Parameter]:
    """The command's parameters including the help option click adds."""
    return command.get_params(click.Context(command))


def _sections() -> dict[str, str]:
    """Text under each '## `retold ...`' heading, up to the next heading of any level."""
    sections: dict[str, str] = {}
    current: str | None = None
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            match = HEADING_RE.match(line)
            current = match.group(1) if match else None
            if current is not None:
                sections[current] = ""
            continue
        if current is not None:
            sections[current] += line + "\n"
    return sections


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"`{re.escape(word)}(?![\w-])", text) is not None


COMMANDS = list(_commands(cli))
OPTIONS = [
    (path, opt)
    for path, command in COMMANDS
    for param in _params(command)
    if isinstance(param, click.Option)
    for opt in [*param.opts, *param.secondary_opts]
]
ARGUMENTS = [
    (path, param.human_readable_name)
    for path, command in COMMANDS
    for param in _params(command)
    if isinstance(param, click.Argument)
]
CHOICES = [
    (path, param.opts[0], choice)
    for path, command in COMMANDS
    for param in _params(command)
    if isinstance(param, click.Option) and isinstance(param.type, click.Choice)
    for choice in param.type.choices
]


def _examples() -> list[str]:
    """Command lines in the fenced blocks, without usage lines and from the 'retold' word on."""
    lines = []
    inside = False
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            inside = not inside
            continue
        if inside and "retold " in line and "[OPTIONS]" not in line:
            lines.append(line[line.index("retold ") :].split("|")[0].split(">")[0].strip())
    return lines


def test_docs_file_exists() -> None:
    assert DOCS.is_file()


def test_docs_walk_finds_every_command() -> None:
    # Guards the parametrized tests below against an empty walk.
    assert {path for path, _ in COMMANDS} >= {
        "retold",
        "retold ingest",
        "retold check",
        "retold extract",
        "retold eval",
        "retold eval cases",
    }


@pytest.mark.parametrize("path", [path for path, _ in COMMANDS])
def test_docs_every_command_has_a_section(path: str) -> None:
    assert path in _sections(), f"docs/cli.md has no heading for `{path}`"


@pytest.mark.parametrize(("path", "opt"), OPTIONS, ids=[f"{p}:{o}" for p, o in OPTIONS])
def test_docs_every_option_is_in_its_command_section(path: str, opt: str) -> None:
    assert _mentions(_sections().get(path, ""), opt), f"`{opt}` is not documented under `{path}`"


@pytest.mark.parametrize(("path", "name"), ARGUMENTS, ids=[f"{p}:{n}" for p, n in ARGUMENTS])
def test_docs_every_argument_is_in_its_command_section(path: str, name: str) -> None:
    assert _mentions(_sections().get(path, ""), name), f"`{name}` is not documented under `{path}`"


@pytest.mark.parametrize(
    ("path", "opt", "choice"), CHOICES, ids=[f"{p}:{o}={c}" for p, o, c in CHOICES]
)
def test_docs_every_choice_is_in_its_command_section(path: str, opt: str, choice: str) -> None:
    assert _mentions(_sections().get(path, ""), choice), (
        f"{opt} {choice} is not documented under `{path}`"
    )


def test_docs_has_examples() -> None:
    assert len(_examples()) >= 8


@pytest.mark.parametrize("line", _examples())
def test_docs_example_uses_real_commands_and_options(line: str) -> None:
    words = shlex.split(line)[1:]
    command: click.Command = cli
    while words and isinstance(command, click.Group) and words[0] in command.commands:
        command = command.commands[words.pop(0)]
    assert not isinstance(command, click.Group) or not words, f"unknown command in: {line}"
    known = {
        opt
        for p in _params(command)
        if isinstance(p, click.Option)
        for opt in [*p.opts, *p.secondary_opts]
    }
    for word in words:
        if word.startswith("-") and word != "-":
            assert word.split("=")[0] in known, f"{word} is not an option of this command: {line}"

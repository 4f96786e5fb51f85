"""The message catalogue: every template carries its code, and formats with its own fields."""

from __future__ import annotations

import ast
import inspect
import re
import string

import pytest

import retold.errors
from retold.errors import Errors, InputRejected, Warnings

CODE_RE = re.compile(r"^[EW]\d{3}$")


def _codes(cls: type) -> list[str]:
    return [name for name in vars(cls) if not name.startswith("_")]


def _raw(cls: type, code: str) -> str:
    """The template as written, without the code prefix the metaclass adds."""
    value = vars(cls)[code]
    assert isinstance(value, str)
    return value


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


ALL = [(Errors, code) for code in _codes(Errors)] + [(Warnings, code) for code in _codes(Warnings)]
IDS = [code for _, code in ALL]


def test_errors_catalogue_is_not_empty() -> None:
    assert len(_codes(Errors)) >= 10
    assert len(_codes(Warnings)) >= 1


@pytest.mark.parametrize(("cls", "code"), ALL, ids=IDS)
def test_errors_template_is_prefixed_with_its_code(cls: type, code: str) -> None:
    assert getattr(cls, code) == f"[{code}] {_raw(cls, code)}"


@pytest.mark.parametrize(("cls", "code"), ALL, ids=IDS)
def test_errors_code_is_well_formed(cls: type, code: str) -> None:
    assert CODE_RE.match(code)
    assert code[0] == ("E" if cls is Errors else "W")


def test_errors_codes_are_not_assigned_twice() -> None:
    # A second assignment in a class body silently replaces the first; read the source.
    tree = ast.parse(inspect.getsource(retold.errors))
    codes = [
        target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name in ("Errors", "Warnings")
        for stmt in node.body
        if isinstance(stmt, ast.Assign)
        for target in stmt.targets
        if isinstance(target, ast.Name)
    ]
    assert len(codes) == len(set(codes))
    assert sorted(codes) == sorted(IDS)


def test_errors_templates_are_distinct() -> None:
    templates = [_raw(cls, code) for cls, code in ALL]
    assert len(templates) == len(set(templates))


@pytest.mark.parametrize(("cls", "code"), ALL, ids=IDS)
def test_errors_template_formats_with_its_placeholders(cls: type, code: str) -> None:
    template = getattr(cls, code)
    values = {name: f"<{name}>" for name in _fields(template)}
    message = template.format(**values)
    assert message.startswith(f"[{code}] ")
    for value in values.values():
        assert value in message or repr(value) in message
    assert "{" not in message and "}" not in message


@pytest.mark.parametrize(("cls", "code"), ALL, ids=IDS)
def test_errors_template_is_one_sentence_line(cls: type, code: str) -> None:
    template = _raw(cls, code)
    assert "\n" not in template
    assert template.rstrip().endswith((".", ":", "}"))


@pytest.mark.parametrize(
    ("message", "code"),
    [
        (Errors.E001.format(path="a.json"), "E001"),
        (Errors.E014.format(path="a.json", field="published", expected="a string", got=3), "E014"),
        ("no code here", ""),
    ],
)
def test_errors_input_rejected_reads_code_from_message(message: str, code: str) -> None:
    assert InputRejected(message).code == code


def test_errors_input_rejected_explicit_code_wins() -> None:
    assert InputRejected("anything", code="E002").code == "E002"

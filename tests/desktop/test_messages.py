"""Every problem code the core and the store can return has words for the assistant."""

from __future__ import annotations

import importlib
import pkgutil
import string

import pytest

import core
import desktop.services
import desktop.store
import sync
from core.problems import error, registered_codes
from desktop.messages import catalogue, describe


def _import_all(package: object) -> None:
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):  # type: ignore[attr-defined]
        importlib.import_module(info.name)


@pytest.fixture(scope="module")
def codes() -> dict[str, object]:
    _import_all(core)
    _import_all(desktop.store)
    _import_all(desktop.services)
    _import_all(sync)  # the county's refusals reach the desk too
    return dict(registered_codes())


def test_every_registered_problem_code_has_a_message(codes: dict[str, object]) -> None:
    missing = sorted(set(codes) - set(catalogue()))
    assert missing == []


def test_no_message_for_a_code_that_does_not_exist(codes: dict[str, object]) -> None:
    orphans = sorted(set(catalogue()) - set(codes))
    assert orphans == []


def test_message_placeholders_are_plain_names() -> None:
    for code, text in catalogue().items():
        for _, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                assert name.isidentifier(), (code, name)
                assert not spec, (code, name)
                assert not conversion, (code, name)


def test_describe_fills_parameters_and_keeps_unknown_ones_visible() -> None:
    text = describe(error("id.checksum", expected="9", found="1"))
    assert "9" in text
    assert "{" not in text
    assert describe(error("no.such.code")) == "no.such.code"

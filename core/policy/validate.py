"""Turn what the YAML parser and the JSON Schema find into problem codes with the file and line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from core.policy.errors import PolicyCode
from core.policy.schema import LAYER_SCHEMA, SCHEMA_VERSION
from core.policy.yamldoc import PathPart, YamlDocument, key_troubles
from core.problems import Problem, error

_VALIDATOR = Draft202012Validator(LAYER_SCHEMA)
_DATE_PATTERN = LAYER_SCHEMA["properties"]["layer"]["properties"]["signed_off_on"]["anyOf"][0]["pattern"]
_RANGE_VALIDATORS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})


def show_path(path: Sequence[PathPart]) -> str:
    """A location such as "figures/daijiao.amount/#1/value" (list items counted from 1)."""
    return "/".join(f"#{part + 1}" if isinstance(part, int) else part for part in path) or "/"


def shown(value: object) -> str:
    """A short rendering of a bad value for a message."""
    if isinstance(value, dict | list):
        return type(value).__name__
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def located(
    code: PolicyCode,
    doc: YamlDocument,
    file: str,
    path: Sequence[PathPart],
    key: bool = False,
    /,
    **params: str | int,
) -> Problem:
    """A problem at `path` in `file`, with the line of the value (or of its key)."""
    return error(code, None, file=file, line=doc.line_of(path, key), path=show_path(path), **params)


def key_problems(doc: YamlDocument, file: str) -> list[Problem]:
    """Repeated keys (YAML keeps only the last, silently) and keys that are not text."""
    problems = []
    for trouble in key_troubles(doc.root):
        code = PolicyCode.DUPLICATE_KEY if trouble.kind == "duplicate" else PolicyCode.KEY_NOT_TEXT
        params: dict[str, str | int] = {
            "file": file,
            "line": trouble.line,
            "path": show_path(trouble.path),
            "key": trouble.key,
        }
        problems.append(error(code, None, **params))
    return problems


def schema_problems(doc: YamlDocument, file: str) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[str, int, str]] = set()
    for err in _VALIDATOR.iter_errors(doc.data):
        for problem in _from_schema_error(err, doc, file):
            marker = (problem.code, int(problem.params["line"]), str(problem.params))
            if marker not in seen:
                seen.add(marker)
                problems.append(problem)
    return sorted(problems, key=lambda p: int(p.params["line"]))


def _from_schema_error(err: ValidationError, doc: YamlDocument, file: str) -> Iterable[Problem]:
    path = tuple(err.absolute_path)
    kind = err.validator
    rule: Any = err.validator_value
    if kind == "required":
        instance = err.instance if isinstance(err.instance, Mapping) else {}
        for name in rule:
            if name not in instance:
                yield located(PolicyCode.MISSING_FIELD, doc, file, path, name=name)
    elif kind == "additionalProperties":
        yield from _extra_keys(err, doc, file, path)
    elif "propertyNames" in err.schema_path:
        name = str(err.instance)
        yield located(PolicyCode.BAD_FORMAT, doc, file, (*path, name), True, value=name, expected="a-z 0-9 _")
    elif kind == "type":
        expected = [str(t) for t in rule] if isinstance(rule, list) else [str(rule)]
        yield located(
            PolicyCode.WRONG_TYPE, doc, file, path, value=shown(err.instance), expected=" / ".join(expected)
        )
    elif kind == "enum":
        allowed = ", ".join(str(v) for v in rule)
        yield located(PolicyCode.NOT_ALLOWED, doc, file, path, value=shown(err.instance), allowed=allowed)
    elif kind == "pattern" or (kind == "anyOf" and isinstance(err.instance, str)):
        yield located(
            PolicyCode.BAD_FORMAT, doc, file, path, value=shown(err.instance), expected=_expected(err)
        )
    elif kind in _RANGE_VALIDATORS:
        yield located(PolicyCode.OUT_OF_RANGE, doc, file, path, value=shown(err.instance), limit=str(rule))
    else:
        yield located(PolicyCode.INVALID, doc, file, path, value=shown(err.instance), check=str(kind))


def _expected(err: ValidationError) -> str:
    pattern = err.validator_value if err.validator == "pattern" else _DATE_PATTERN
    return "YYYY-MM-DD" if pattern == _DATE_PATTERN else str(pattern)


def _extra_keys(
    err: ValidationError, doc: YamlDocument, file: str, path: tuple[PathPart, ...]
) -> Iterable[Problem]:
    schema: Mapping[str, Any] = err.schema if isinstance(err.schema, Mapping) else {}
    known = set(schema.get("properties", {}))
    patterns = list(schema.get("patternProperties", {}))
    instance = err.instance if isinstance(err.instance, Mapping) else {}
    for name in instance:
        if name in known or any(re.search(p, name) for p in patterns):
            continue
        code = PolicyCode.UNKNOWN_FIGURE if path == ("figures",) else PolicyCode.UNKNOWN_FIELD
        yield located(code, doc, file, (*path, name), True, name=name)


def header_problems(doc: YamlDocument, file: str, level: str, code: str, pack: str | None) -> list[Problem]:
    """The layer block must say what the file name promises, and all layers must belong to one pack."""
    data = doc.data if isinstance(doc.data, Mapping) else {}
    problems = []
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        problems.append(
            located(
                PolicyCode.SCHEMA_VERSION,
                doc,
                file,
                ("schema_version",),
                found=str(version),
                supported=SCHEMA_VERSION,
            )
        )
    layer = data.get("layer", {})
    if layer.get("level") != level:
        problems.append(
            located(
                PolicyCode.LAYER_MISMATCH,
                doc,
                file,
                ("layer", "level"),
                found=str(layer.get("level")),
                expected=level,
            )
        )
    if level != "national" and layer.get("code") != code:
        problems.append(
            located(
                PolicyCode.LAYER_MISMATCH,
                doc,
                file,
                ("layer", "code"),
                found=str(layer.get("code")),
                expected=code,
            )
        )
    if pack is not None and layer.get("pack") != pack:
        problems.append(
            located(
                PolicyCode.PACK_MISMATCH,
                doc,
                file,
                ("layer", "pack"),
                found=str(layer.get("pack")),
                expected=pack,
            )
        )
    return problems

"""Read a YAML file into plain data while keeping its node tree, so a bad value can be traced to its line.

Dates stay text here (the schema checks their shape, the loader turns them into dates), so that the
validated data is plain JSON and hashes the same way on every machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

PathPart = str | int

_STR_TAG = "tag:yaml.org,2002:str"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


# libyaml's parser when PyYAML was built with it (about ten times faster); its nodes carry line marks too
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader without the implicit timestamp type: `2022-01-01` stays the text the schema checks."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _TIMESTAMP_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class KeyTrouble:
    """A mapping key that is repeated or is not text, where plain data would silently lose it."""

    kind: str  # "duplicate" | "not_text"
    path: tuple[PathPart, ...]
    line: int
    key: str


@dataclass(frozen=True)
class YamlDocument:
    data: object
    root: Node | None

    def line_of(self, path: Sequence[PathPart], key: bool = False) -> int:
        """1-based line of the value at `path` (or of its key); the deepest existing node if it is missing."""
        return _line(self.root, path, key)


class YamlSyntaxError(Exception):
    def __init__(self, line: int, detail: str) -> None:
        super().__init__(f"line {line}: {detail}")
        self.line = line
        self.detail = detail


def read_yaml(path: Path) -> YamlDocument:
    """Parse one YAML document; raises OSError, UnicodeDecodeError or YamlSyntaxError."""
    text = path.read_text(encoding="utf-8")
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        raise YamlSyntaxError(line, str(exc.problem or exc.context or "")) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(0, str(exc)) from exc
    finally:
        loader.dispose()
    return YamlDocument(data, root)


def key_troubles(root: Node | None, path: tuple[PathPart, ...] = ()) -> list[KeyTrouble]:
    """Every repeated or non-text mapping key in the tree."""
    found: list[KeyTrouble] = []
    if isinstance(root, MappingNode):
        seen: set[str] = set()
        for key_node, value_node in root.value:
            name = str(key_node.value)
            line = key_node.start_mark.line + 1
            if not (isinstance(key_node, ScalarNode) and key_node.tag == _STR_TAG):
                found.append(KeyTrouble("not_text", path, line, name))
            elif name in seen:
                found.append(KeyTrouble("duplicate", path, line, name))
            seen.add(name)
            found.extend(key_troubles(value_node, (*path, name)))
    elif isinstance(root, SequenceNode):
        for index, item in enumerate(root.value):
            found.extend(key_troubles(item, (*path, index)))
    return found


def _line(root: Node | None, path: Sequence[PathPart], key: bool) -> int:
    if root is None:
        return 1
    node: Node = root
    key_node: Node | None = None
    for part in path:
        child = _child(node, part)
        if child is None:
            break
        key_node, node = child
    chosen = key_node if key and key_node is not None else node
    return int(chosen.start_mark.line) + 1


def _child(node: Node, part: PathPart) -> tuple[Node | None, Node] | None:
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if str(key_node.value) == str(part):
                return key_node, value_node
    elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return None, node.value[part]
    return None
